#!/usr/bin/env python3
"""Opens HTML pages in headless Chromium (Debian's chromium and chromium-driver, driven by
Selenium) and checks them as a reader would use them:

- the page loads with no console errors (a Content-Security-Policy violation is one);
- the script reveals the controls;
- sorting by a criterion orders the tools by it, empty cells last;
- the filter hides every tool whose name does not contain the query;
- "show only rows that differ" hides exactly the rows whose visible values are all equal;
- a light and a dark screenshot are written for a person to look at.

Usage: check_pages.py SCREENSHOT_DIR PAGE.html ...
Closes with 'N passed, N failed'.
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, where, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s: %s" % (where, message))


def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


READ_TABLE = """
const t = document.querySelector('table.tm-matrix');
const rows = Array.from(t.rows).filter(r => !r.classList.contains('tm-group'));
return {
  orientation: t.getAttribute('data-orientation'),
  rows: rows.map(r => Array.from(r.cells).map(c => ({
    sort: c.classList.contains('tm-na') ? '' : (c.getAttribute('data-sort') !== null ? c.getAttribute('data-sort')
          : (c.firstChild && c.firstChild.nodeType === 3 ? c.firstChild.nodeValue.toLowerCase() : (c.tagName === 'TD' ? c.textContent.toLowerCase() : null))),
    name: c.getAttribute('data-name') || (c.parentNode.getAttribute('data-name')),
    visible: c.offsetParent !== null && getComputedStyle(c).display !== 'none',
    text: c.innerText}))),
  rowVisible: rows.map(r => getComputedStyle(r).display !== 'none')
};
"""


def visible_tools(table):
    if table["orientation"] == "rows":
        return [row[0]["name"] for row, shown in zip(table["rows"][1:], table["rowVisible"][1:]) if shown]
    return [cell["name"] for cell in table["rows"][0][1:] if cell["visible"]]


def check_page(browser, path, shots, checker):
    where = os.path.basename(path)
    browser.get("file://" + os.path.abspath(path))
    logs = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    checker.check(not logs, where, "console messages: %s" % logs[:3])
    controls = browser.find_element(By.CSS_SELECTOR, ".tm-controls")
    checker.check(controls.is_displayed(), where, "the script did not reveal the controls")
    if not controls.is_displayed():
        return

    stem = os.path.splitext(where)[0]
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1400, min(max(height, 800), 6000))
    browser.save_screenshot(os.path.join(shots, stem + "-light.png"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    background = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    checker.check(background != "rgb(255, 255, 255)", where, "dark scheme keeps a white background")
    browser.save_screenshot(os.path.join(shots, stem + "-dark.png"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    browser.set_window_size(1400, 1000)

    table = browser.execute_script(READ_TABLE)
    by_rows = table["orientation"] == "rows"
    tools = visible_tools(table)

    # Sorting: every criterion's button orders the tools by its values, empty values last.
    buttons = browser.find_elements(By.CSS_SELECTOR, "button.tm-sort")
    checker.check(len(buttons) > 0, where, "no sort buttons")
    for index in range(len(buttons)):
        button = browser.find_elements(By.CSS_SELECTOR, "button.tm-sort")[index]
        key = button.get_attribute("data-key")
        numeric = button.get_attribute("data-numeric") == "true"
        browser.execute_script("arguments[0].scrollIntoView(); arguments[0].click();", button)
        table = browser.execute_script(READ_TABLE)
        if by_rows:
            column = [c.get_attribute("data-key") for c in browser.find_elements(By.CSS_SELECTOR, "button.tm-sort")].index(key) + 1
            values = [row[column]["sort"] for row in table["rows"][1:]]
        else:
            row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "table.tm-matrix tbody tr:not(.tm-group)")
                       if r.find_elements(By.CSS_SELECTOR, "button.tm-sort[data-key='%s']" % key))
            values = browser.execute_script("""
                return Array.from(arguments[0].querySelectorAll('td')).map(c => c.classList.contains('tm-na') ? '' :
                  (c.getAttribute('data-sort') !== null ? c.getAttribute('data-sort') :
                   (c.firstChild && c.firstChild.nodeType === 3 ? c.firstChild.nodeValue.toLowerCase() : c.textContent.toLowerCase())));""", row)
        present = [v for v in values if v not in (None, "")]
        empties_last = all(v in (None, "") for v in values[len(present):])
        if numeric:
            keys = [float(v) for v in present]
            reference = sorted(keys)
        else:
            # Text sorts by the browser's own collation, not Python's.
            keys = present
            reference = browser.execute_script("return arguments[0].slice().sort((a, b) => a.localeCompare(b));", present)
        ordered = keys == reference or keys == list(reversed(reference))
        checker.check(empties_last and ordered, where, "sorting by %s gave %s" % (key, values))
        # The header must move with the columns: each tool's cells stay under its name.
        after = browser.execute_script(READ_TABLE)
        checker.check(sorted(visible_tools(after)) == sorted(tools), where, "sorting lost a tool")

    # Filtering by the first tool's name.
    query = tools[0]
    box = browser.find_element(By.CSS_SELECTOR, ".tm-filter")
    box.clear()
    box.send_keys(query)
    table = browser.execute_script(READ_TABLE)
    expected = sorted(t for t in tools if query.lower() in t.lower())
    checker.check(sorted(visible_tools(table)) == expected, where, "filter %r shows %s, want %s" % (query, visible_tools(table), expected))
    box.clear()
    browser.execute_script("document.querySelector('.tm-filter').dispatchEvent(new Event('input'))")
    table = browser.execute_script(READ_TABLE)
    checker.check(sorted(visible_tools(table)) == sorted(tools), where, "clearing the filter does not bring every tool back")

    # Show only rows that differ.
    browser.find_element(By.CSS_SELECTOR, ".tm-differ").click()
    table = browser.execute_script(READ_TABLE)
    if by_rows:
        header = table["rows"][0]
        for column in range(1, len(header)):
            values = [row[column]["sort"] for row in table["rows"][1:]]
            same = len(set(values)) <= 1
            checker.check(header[column]["visible"] == (not same), where, "column %d: differs=%s but visible=%s" % (column, not same, header[column]["visible"]))
    else:
        for row, shown in zip(table["rows"][1:], table["rowVisible"][1:]):
            values = [cell["sort"] for cell in row[1:]]
            same = len(set(values)) <= 1
            checker.check(shown == (not same), where, "row %r: differs=%s but shown=%s" % (row[0]["text"][:40], not same, shown))
    browser.find_element(By.CSS_SELECTOR, ".tm-differ").click()
    table = browser.execute_script(READ_TABLE)
    checker.check(all(table["rowVisible"]), where, "unticking 'show only rows that differ' leaves rows hidden")
    logs = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    checker.check(not logs, where, "console messages after interaction: %s" % logs[:3])


def main():
    shots = sys.argv[1]
    os.makedirs(shots, exist_ok=True)
    checker = Checker()
    browser = driver()
    try:
        for path in sys.argv[2:]:
            check_page(browser, path, shots, checker)
    finally:
        browser.quit()
    print("browser: %d pages, screenshots in %s" % (len(sys.argv) - 2, shots))
    print("%d passed, %d failed" % (checker.passed, checker.failed))
    sys.exit(1 if checker.failed or len(sys.argv) < 3 else 0)


if __name__ == "__main__":
    main()

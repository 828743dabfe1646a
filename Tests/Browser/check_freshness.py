#!/usr/bin/env python3
"""Checks, in headless Chromium with a fixed clock, which cells the page's freshness script
marks as possibly out of date, and takes light and dark screenshots for a person to look at.

The page is Tests/Browser/freshness-fixture.json rendered by techmatrix: asOf 2025-01-01,
staleAfterDays 100; Alpha is verified 2025-01-01 and its Retries cell 2024-06-01; Beta has no
date of its own, so its cells take asOf. Expected, worked out by hand:
- on 2025-03-01 (59 days after asOf, 273 after 2024-06-01) only Alpha's Retries is stale;
- on 2025-04-11 (100 days after asOf: not older than 100) still only Alpha's Retries;
- on 2025-04-12 (101 days) and on 2025-06-01 every assessed cell (5) is stale;
- without the script nothing is marked and the legend stays hidden.

Usage: check_freshness.py TECHMATRIX SCREENSHOT_DIR
Closes with 'N passed, N failed'.
"""
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

HERE = os.path.dirname(os.path.abspath(__file__))

# Replaces Date so that "now" is the given local day at noon; everything else behaves as Date.
FIXED_CLOCK = """
(function(){
  var Real = Date, fixed = new Real(%d, %d, %d, 12, 0, 0).getTime();
  function FixedDate() { return arguments.length ? new (Function.prototype.bind.apply(Real, [null].concat([].slice.call(arguments))))() : new Real(fixed); }
  FixedDate.now = function(){ return fixed; };
  FixedDate.UTC = Real.UTC; FixedDate.parse = Real.parse; FixedDate.prototype = Real.prototype;
  Date = FixedDate;
})();
"""

READ = """
const cells = Array.from(document.querySelectorAll('table.tm-matrix tbody td'));
const key = document.querySelector('.tm-stale-key');
return {
  stale: cells.filter(c => c.classList.contains('tm-stale')).map(c => {
    const row = c.parentNode.querySelector('th').textContent.replace(' ↕', '').trim();
    const col = document.querySelector('table.tm-matrix thead tr').cells[c.cellIndex].getAttribute('data-name');
    return col + '/' + row;
  }).sort(),
  legendShown: key !== null && !key.hidden && key.offsetParent !== null,
  count: document.querySelector('.tm-stale-count') ? document.querySelector('.tm-stale-count').textContent : null,
  screenReader: cells.filter(c => c.classList.contains('tm-stale')).every(c => /possibly out of date/.test(c.textContent))
};
"""

ALL = sorted(["Alpha/Retries", "Alpha/Timeouts", "Alpha/Added latency", "Beta/Retries", "Beta/Added latency"])


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1100,900"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main():
    techmatrix, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    page = os.path.join(tempfile.mkdtemp(), "freshness.html")
    with open(page, "wb") as out:
        subprocess.run([techmatrix, "render", "--input", os.path.join(HERE, "freshness-fixture.json"), "--format", "html", "--output", "-"], stdout=out, check=True)
    passed = failed = 0

    def check(ok, message):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL " + message)

    cases = [((2025, 3, 1), ["Alpha/Retries"]), ((2025, 4, 11), ["Alpha/Retries"]), ((2025, 4, 12), ALL), ((2025, 6, 1), ALL)]
    for (year, month, day), expected in cases:
        driver = browser()
        script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FIXED_CLOCK % (year, month - 1, day)})
        driver.get("file://" + page)
        seen = driver.execute_script(READ)
        today = "%04d-%02d-%02d" % (year, month, day)
        logs = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
        check(not logs, "%s: console messages %s" % (today, logs[:3]))
        check(seen["stale"] == sorted(expected), "%s: stale cells %s, expected %s" % (today, seen["stale"], sorted(expected)))
        check(seen["legendShown"], "%s: the legend is not shown" % today)
        check(seen["count"] == str(len(expected)), "%s: the legend counts %s cells, expected %d" % (today, seen["count"], len(expected)))
        check(seen["screenReader"], "%s: a marked cell does not say 'possibly out of date' in its text" % today)
        if (year, month, day) == (2025, 3, 1):
            for scheme in ("light", "dark"):
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                driver.save_screenshot(os.path.join(shots, "freshness-%s-%s.png" % (today, scheme)))
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
        driver.quit()

    driver = browser(javascript=False)
    driver.get("file://" + page)
    # With JavaScript off nothing can run in the page; read the DOM through the driver.
    stale = driver.find_elements("css selector", "table.tm-matrix td.tm-stale")
    legend = driver.find_element("css selector", ".tm-stale-key")
    check(stale == [], "without the script %d cells are marked" % len(stale))
    check(not legend.is_displayed(), "without the script the legend is shown")
    driver.quit()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

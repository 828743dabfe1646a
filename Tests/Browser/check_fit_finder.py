#!/usr/bin/env python3
"""Drives the fit finder of an HTML page in headless Chromium (Debian's chromium and
chromium-driver, through Selenium), as a reader would use it, and checks it against the CLI:

- the page loads with no console messages (a Content-Security-Policy violation is one);
- every control of the finder has a label, and the ranking summary is a polite live region;
- the live ranking of the first profile equals the page's static ranking of it;
- ticking a must-have and moving a weight with the keyboard change the ranking, and the new
  ranking equals `techmatrix rank --require ... --weight ... --format json` for the same
  choices (read back from the URL fragment);
- loading the URL with that fragment in a fresh page gives the same controls and the same view;
- without JavaScript the page shows the static rankings and hides the finder; in print the
  controls are hidden and the rankings stay;
- light and dark screenshots of the section are written for a person to look at.

The page is service-meshes with its declared profiles replaced by two made for this check.

Usage: check_fit_finder.py SCREENSHOT_DIR TECHMATRIX_BINARY [PAGE_DIR]
PAGE_DIR keeps the page and its document (default: a temporary directory).
Closes with 'N passed, N failed'.
"""
import json
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PROFILES = [
    {"id": "secure-and-fast", "name": "Secure and fast", "description": "Mutual TLS is a must; latency counts most.",
     "require": {"mutual-tls-on-by-default": "yes"},
     "weights": {"added-latency": 3, "circuit-breaking": 2, "observability-out-of-the-box": 1}},
    {"id": "resilient", "name": "Resilient traffic",
     "require": {"circuit-breaking": "partial", "added-latency": {"atMost": 20}},
     "weights": {"added-latency": 1, "mutual-tls-on-by-default": 1}},
]


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL fit finder: %s" % message)


def driver(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1300,1000"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def make_page(binary, directory):
    exported = subprocess.run([binary, "export", "service-meshes"], check=True, capture_output=True).stdout
    document = json.loads(exported)
    document["profiles"] = PROFILES
    path = os.path.join(directory, "fit.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False)
    subprocess.run([binary, "render", "--input", path, "--format", "html", "--output-dir", directory], check=True,
                   capture_output=True)
    return path, os.path.join(directory, "service-meshes.html")


READ_VIEW = """
const live = document.querySelector('.tm-fit-result');
const rows = sel => Array.from(document.querySelectorAll(sel)).map(r => Array.from(r.cells).map(c => c.textContent));
return {
  ranked: rows('.tm-fit-result tbody tr'),
  order: Array.from(document.querySelectorAll('.tm-fit-result tbody tr')).map(r => r.getAttribute('data-tool')),
  unknown: Array.from(document.querySelectorAll('.tm-fit-result .tm-fit-unknown li')).map(li => li.getAttribute('data-tool')),
  out: Array.from(document.querySelectorAll('.tm-fit-result .tm-fit-out li')).map(li => li.getAttribute('data-tool')),
  text: live.innerText,
  summary: document.querySelector('.tm-fit-summary').textContent,
  checked: Array.from(document.querySelectorAll('.tm-fit-must')).filter(r => r.querySelector('.tm-fit-on').checked).map(r => r.getAttribute('data-criterion')),
  weights: Array.from(document.querySelectorAll('.tm-fit-weight')).map(r => [r.getAttribute('data-criterion'), r.querySelector('input').value, r.querySelector('output').textContent]),
  hash: location.hash,
  link: document.querySelector('.tm-fit-linkline a').getAttribute('href')
};
"""


def console(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def cli_arguments(fragment):
    """The `rank` options for a view's fragment: #fit?require=a:yes,b:atMost:5&weights=a:2."""
    parts = dict(part.split("=", 1) for part in fragment[len("#fit?"):].split("&"))
    require = []
    for item in filter(None, parts.get("require", "").split(",")):
        bits = item.split(":")
        if len(bits) == 3:
            require.append("%s=%s:%s" % (bits[0], "at-most" if bits[1] == "atMost" else "at-least", bits[2]))
        else:
            require.append("%s=%s" % (bits[0], bits[1]))
    weights = ["%s=%s" % tuple(item.split(":")) for item in filter(None, parts.get("weights", "").split(","))]
    arguments = []
    if require:
        arguments += ["--require", ",".join(require)]
    if weights:
        arguments += ["--weight", ",".join(weights)]
    return arguments


def fixed2(x):
    h = int(x * 100 + 0.5)
    return "%d.%02d" % (h // 100, h % 100)


def score_text(score):
    if score is None:
        return "\u2014"
    return fixed2(score[0]) if score[0] == score[1] else "[%s, %s]" % (fixed2(score[0]), fixed2(score[1]))


def check_against_cli(binary, document, view, checker, what):
    arguments = cli_arguments(view["hash"])
    result = subprocess.run([binary, "rank", "--input", document, "--format", "json"] + arguments, capture_output=True,
                            text=True)
    checker.check(result.returncode == 0, "%s: rank %s exited %d: %s" % (what, arguments, result.returncode, result.stderr))
    if result.returncode != 0:
        return
    ranking = json.loads(result.stdout)["rankings"][0]
    checker.check(view["order"] == [r["tool"] for r in ranking["ranked"]],
                  "%s: page order %s, CLI %s" % (what, view["order"], [r["tool"] for r in ranking["ranked"]]))
    checker.check([row[0] for row in view["ranked"]] == [str(r["place"]) for r in ranking["ranked"]], "%s: places differ" % what)
    checker.check([row[2] for row in view["ranked"]] == [score_text(r["score"]) for r in ranking["ranked"]],
                  "%s: scores %s, CLI %s" % (what, [row[2] for row in view["ranked"]], [score_text(r["score"]) for r in ranking["ranked"]]))
    checker.check(view["unknown"] == [r["tool"] for r in ranking["unknown"]], "%s: unknown differ" % what)
    checker.check(view["out"] == [r["tool"] for r in ranking["out"]], "%s: out differ" % what)


def main():
    shots, binary = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    checker = Checker()
    directory = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="techmatrix-fit-")
    os.makedirs(directory, exist_ok=True)
    document, page = make_page(binary, directory)
    url = "file://" + os.path.abspath(page)

    browser = driver()
    try:
        browser.get(url)
        checker.check(not console(browser), "console messages on load: %s" % console(browser)[:3])
        finder = browser.find_element(By.CSS_SELECTOR, ".tm-finder")
        checker.check(finder.is_displayed(), "the script did not reveal the finder")

        # Labels and the live region.
        unlabelled = browser.execute_script("""
            return Array.from(document.querySelectorAll('.tm-finder input, .tm-finder select')).filter(c =>
              !c.getAttribute('aria-label') && !(c.id && document.querySelector('label[for="' + c.id + '"]'))).map(c => c.outerHTML);""")
        checker.check(not unlabelled, "controls without a label: %s" % unlabelled[:3])
        summary = browser.find_element(By.CSS_SELECTOR, ".tm-fit-summary")
        checker.check(summary.get_attribute("aria-live") == "polite" and summary.get_attribute("role") == "status",
                      "the ranking summary is not a polite live region")

        # The live view of the first profile is the page's static ranking of it.
        view = browser.execute_script(READ_VIEW)
        static = browser.execute_script(
            "return Array.from(document.querySelectorAll('#service-meshes--fit-secure-and-fast tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent));")
        checker.check(view["ranked"] == static, "live %s differs from static %s" % (view["ranked"], static))
        checker.check(view["checked"] == ["mutual-tls-on-by-default"], "first profile's must-haves: %s" % view["checked"])
        before = view

        # Tick a must-have (circuit breaking, yes only) with the keyboard. Of the two meshes with
        # mutual TLS on by default, Linkerd has circuit breaking and Istio Ambient only a preview.
        box = browser.find_element(By.ID, "service-meshes--must-circuit-breaking")
        box.send_keys(Keys.SPACE)
        view = browser.execute_script(READ_VIEW)
        checker.check(view["checked"] == ["circuit-breaking", "mutual-tls-on-by-default"], "ticking: %s" % view["checked"])
        checker.check(view["order"] == ["linkerd"], "after requiring circuit breaking only Linkerd passes: %s" % view["order"])
        checker.check("istio-ambient" in view["out"] and "cilium" in view["out"] and view["unknown"] == [], "out %s unknown %s" % (view["out"], view["unknown"]))
        checker.check(view["summary"] != before["summary"], "the live region did not change")
        check_against_cli(binary, document, view, checker, "after ticking")

        # Untick both, then move the mutual-TLS weight to 10 and the circuit-breaking one to 0 with the keyboard.
        browser.find_element(By.ID, "service-meshes--must-mutual-tls-on-by-default").send_keys(Keys.SPACE)
        browser.find_element(By.ID, "service-meshes--must-circuit-breaking").send_keys(Keys.SPACE)
        browser.find_element(By.ID, "service-meshes--weight-mutual-tls-on-by-default").send_keys(Keys.END)
        browser.find_element(By.ID, "service-meshes--weight-circuit-breaking").send_keys(Keys.HOME)
        view = browser.execute_script(READ_VIEW)
        weights = {w[0]: w[1] for w in view["weights"]}
        checker.check(weights["mutual-tls-on-by-default"] == "10" and weights["circuit-breaking"] == "0", "sliders: %s" % view["weights"])
        # Latency and observability score every mesh alike (one latency figure, all partial), so
        # mutual TLS decides: Istio Ambient and Linkerd (yes) above the three partial or preview.
        checker.check(sorted(view["order"][:2]) == ["istio-ambient", "linkerd"] and len(view["order"]) == 5, "order after moving weights: %s" % view["order"])
        check_against_cli(binary, document, view, checker, "after moving weights")
        checker.check(view["hash"].startswith("#fit?") and view["link"] == view["hash"], "the view is not in the URL: %r %r" % (view["hash"], view["link"]))

        # Reload the URL with the fragment in a fresh page: the same view.
        saved = view
        browser.get("about:blank")
        browser.get(url + saved["hash"])
        view = browser.execute_script(READ_VIEW)
        for key in ("ranked", "order", "unknown", "out", "checked", "weights", "text", "summary", "hash"):
            checker.check(view[key] == saved[key], "reloaded %s: %r, want %r" % (key, view[key], saved[key]))
        checker.check(not console(browser), "console messages after interaction: %s" % console(browser)[:3])

        # A hand-edited fragment: unknown criteria, wrong kinds, a weight out of range, markup and a
        # bad escape are ignored item by item; the rest of the view is applied.
        browser.get("about:blank")
        browser.get(url + "#fit?require=nope:yes,mutual-tls-on-by-default:maybe,added-latency:atMost:5,"
                    "<img src=x onerror=alert(1)>&weights=added-latency:99,circuit-breaking:2,data-plane-model:1&x=%ZZ")
        view = browser.execute_script(READ_VIEW)
        weights = {w[0]: w[1] for w in view["weights"]}
        checker.check(view["checked"] == ["added-latency"], "hostile fragment: must-haves %s" % view["checked"])
        # Only the one valid weight survives; the out-of-range one and the text criterion's are dropped.
        checker.check(weights.get("circuit-breaking") == "2" and "data-plane-model" not in weights
                      and all(value == "0" for name, value in weights.items() if name != "circuit-breaking"),
                      "hostile fragment: weights %s" % view["weights"])
        checker.check(not console(browser), "console messages after a hostile fragment: %s" % console(browser)[:3])
        check_against_cli(binary, document, view, checker, "hostile fragment")
        browser.get(url + saved["hash"])

        # Screenshots of the section, light and dark.
        section = browser.find_element(By.ID, "service-meshes--fit")
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1300, min(max(height, 1000), 8000))
        for scheme in ("light", "dark"):
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            if scheme == "dark":
                background = browser.execute_script("return getComputedStyle(document.querySelector('.tm-finder')).backgroundColor")
                checker.check(background not in ("rgb(255, 255, 255)", "rgb(246, 248, 250)"), "dark scheme keeps a light finder: %s" % background)
            section.screenshot(os.path.join(shots, "fit-finder-%s.png" % scheme))
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
        hidden = browser.execute_script("return getComputedStyle(document.querySelector('.tm-fit-controls')).display")
        static_shown = browser.find_element(By.ID, "service-meshes--fit-resilient").is_displayed()
        checker.check(hidden == "none" and static_shown, "print: controls display %s, static rankings shown %s" % (hidden, static_shown))
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    finally:
        browser.quit()

    # Without JavaScript: the static rankings, no finder.
    plain = driver(javascript=False)
    try:
        plain.get(url)
        checker.check(not plain.find_element(By.CSS_SELECTOR, ".tm-finder").is_displayed(), "without a script the finder shows")
        tables = plain.find_elements(By.CSS_SELECTOR, ".tm-fit-profile table")
        checker.check(len(tables) == len(PROFILES) and all(t.is_displayed() for t in tables), "without a script: %d static rankings" % len(tables))
    finally:
        plain.quit()

    print("fit finder: screenshots in %s" % shots)
    print("%d passed, %d failed" % (checker.passed, checker.failed))
    sys.exit(1 if checker.failed else 0)


if __name__ == "__main__":
    main()

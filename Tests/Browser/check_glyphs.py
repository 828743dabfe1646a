#!/usr/bin/env python3
"""Checks in headless Chromium that every non-ASCII character a page shows is drawn by a font,
not as an empty box, and never by a colour-emoji font: the page must read the same on a machine
without one (Debian's headless Chromium has none, and showed ✅ as a box before "Yes").

For each distinct character outside ASCII in the page's text (and in the CSS `content` of
`::before`, `::after` and `::marker`), rendered in the font of the element that shows it:

- missing glyph: drawn on a canvas, it gives the same pixels as U+0378, a code point no font
  has, so the browser drew its "no glyph" box;
- fallback: the same character drawn with the element's font list followed by `monospace`,
  and by `serif`, gives other pixels: the page's own fonts lack it and a fallback drew it;
- emoji font: Chromium reports (CSS.getPlatformFontsForNode) a font named like an emoji font
  for an element that holds it.

The symbols the renderer can write (★ ☆ ◐ ◇ ≈ ≤ ≥ – — ↩ · ↕ −) are tested on every page, in
the table's font, whether or not that page shows them.

Usage: check_glyphs.py [--expect-problems] PAGE.html ...
With --expect-problems every page must FAIL (a deliberately broken fixture), otherwise pass.
Closes with 'N passed, N failed'.
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Every non-ASCII symbol the HTML renderer writes itself (stars, qualifiers, ranges, not assessed,
# the back-link, the version dot, the sort arrow, the cons marker, the old support marks).
SYMBOLS = "\u2605\u2606\u25d0\u25c7\u2248\u2264\u2265\u2013\u2014\u21a9\u00b7\u2195\u2212"

# Collects the characters, tags the elements that show them, and tests each on a canvas.
PROBE = r"""
const symbols = arguments[0];
const seen = new Map();
function note(text, element) {
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80 || /\s/.test(ch) || (code >= 0x200B && code <= 0x200F) || code === 0xFEFF) continue;
    if (/\p{M}/u.test(ch)) continue;
    if (!seen.has(ch)) seen.set(ch, element);
  }
}
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode, parent = node.parentElement;
  if (!parent || parent.closest('script,style,template,[hidden]') || !/[^\x00-\x7f]/.test(node.nodeValue)) continue;
  if (parent.getClientRects().length === 0) continue;
  parent.setAttribute('data-glyph-probe', '');
  note(node.nodeValue, parent);
}
for (const element of document.body.querySelectorAll('*')) {
  for (const pseudo of ['::before', '::after', '::marker']) {
    const content = getComputedStyle(element, pseudo).content;
    if (content && content !== 'none' && content !== 'normal' && /[^\x00-\x7f]/.test(content)) {
      note(content.replace(/^"|"$/g, ''), element);
    }
  }
}
// The symbols the renderer can write, tested in the table's font even where this page shows none.
const table = document.querySelector('.tm-matrix') || document.body;
note(symbols, table);
const canvas = document.createElement('canvas');
canvas.width = 64; canvas.height = 64;
const context = canvas.getContext('2d', {willReadFrequently: true});
function pixels(ch, font) {
  context.clearRect(0, 0, 64, 64);
  context.font = font;
  context.textBaseline = 'middle';
  context.fillStyle = '#000';
  context.fillText(ch, 8, 32);
  return Array.from(context.getImageData(0, 0, 64, 64).data).join(',');
}
const results = [];
for (const [ch, element] of seen) {
  const style = getComputedStyle(element);
  const base = style.fontStyle + ' ' + style.fontWeight + ' 40px ' + style.fontFamily;
  const drawn = pixels(ch, base);
  const missing = drawn === pixels('\u0378', base);
  const fallback = drawn !== pixels(ch, base + ', monospace') || drawn !== pixels(ch, base + ', serif');
  results.push({ch: ch, code: 'U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0'),
                family: style.fontFamily, missing: missing, fallback: fallback,
                where: element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ')[0] : '')});
}
return results;
"""


def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def glyph_problems(browser, allow_fallback=False):
    """The problems of the page loaded in `browser`: one line per character that is drawn as a
    box, by a fallback font (unless `allow_fallback`: a host page's own fonts are not ours), or
    by an emoji font. Also returns how many characters were tested."""
    results = browser.execute_script(PROBE, SYMBOLS)
    problems = []
    for result in results:
        if result["missing"]:
            problems.append("%s %s in <%s> has no glyph in any font (drawn as a box)" % (result["code"], result["ch"], result["where"]))
        elif result["fallback"] and not allow_fallback:
            problems.append("%s %s in <%s> is not in the page's fonts (%s); a fallback font drew it" % (
                result["code"], result["ch"], result["where"], result["family"]))
    browser.execute_cdp_cmd("DOM.enable", {})
    browser.execute_cdp_cmd("CSS.enable", {})
    root = browser.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    nodes = browser.execute_cdp_cmd("DOM.querySelectorAll", {"nodeId": root, "selector": "[data-glyph-probe]"})["nodeIds"]
    emoji = set()
    for node in nodes:
        for font in browser.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]:
            if "emoji" in font["familyName"].lower():
                emoji.add(font["familyName"])
    for family in sorted(emoji):
        problems.append("text is drawn with the emoji font %r" % family)
    return problems, [result["ch"] for result in results]


def main():
    arguments = sys.argv[1:]
    expect_problems = arguments[:1] == ["--expect-problems"]
    pages = arguments[1:] if expect_problems else arguments
    passed = failed = 0
    browser = driver()
    try:
        for path in pages:
            where = os.path.basename(path)
            browser.get("file://" + os.path.abspath(path))
            problems, characters = glyph_problems(browser)
            tested = "%d (%s)" % (len(characters), " ".join(characters))
            if expect_problems:
                ok = bool(problems)
                print("%s %s: %s characters tested, %d problems found (expected some)%s" % (
                    "ok" if ok else "FAIL", where, tested, len(problems), "".join("\n  " + p for p in problems[:10])))
            else:
                ok = not problems
                print("%s %s: %s characters tested, every one drawn by the page's fonts%s" % (
                    "ok" if ok else "FAIL", where, tested, "".join("\n  " + p for p in problems[:10])))
            passed, failed = passed + ok, failed + (not ok)
    finally:
        browser.quit()
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or not pages else 0)


if __name__ == "__main__":
    main()

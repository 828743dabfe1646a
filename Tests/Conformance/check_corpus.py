#!/usr/bin/env python3
"""Checks the conformance corpus with independent parsers.

For every generated matrix the corpus holds its canonical JSON and its renderings. Expected
texts are derived here, in Python, from the JSON document (read with Python's json module and
validated with the jsonschema package), never from TechMatrix's own renderers:

- JSON: every document validates against schema/techmatrix-v2.schema.json (Draft 2020-12).
- v2 members read back as the value says: qualifiers as ≈ ≤ ≥ (about, up to, at least when
  plain), ranges as 10–20 (10 to 20), preview as its own mark, versions beside tool names and
  on cells that describe another release, disputed cells marked, and the long CSV's
  qualifier, max, version, verified and disputed columns.
- Markdown: GitHub's cmark-gfm (cmarkgfm, table and autolink extensions) gives back every
  name and text cell exactly, the same cell count in every row, and no element that the text
  did not ask for.
- AsciiDoc: Asciidoctor (one run over every file, embeddable HTML5 with the title) converts
  without a warning, and html5lib reads back from its HTML the title, every table cell
  (group rows span the table), every paragraph, pro, con, note and source exactly, with no
  element that the text did not ask for and links only to the document's URLs. A hard line
  break is <br> plus the source's newline, which is read as one line break; nothing else is
  normalised: CR, tabs and edge white space come back as they were.
- reStructuredText: docutils' document tree (publish_doctree) holds the same texts exactly,
  with no system message of level 2 or more and no node that the text did not ask for. The
  characters that reStructuredText cannot hold as themselves (line breaks, tabs, white space
  at the ends of a text) are substitutions in the source and plain characters in the tree, so
  nothing is normalised here either. docutils' 10,000-character line limit is raised, since
  the corpus's longest texts make longer lines.
- CSV: Python's csv module gives back every field exactly, records end with CRLF.
- HTML: html5lib gives back every text exactly, CR and CRLF as LF (docs/html.md), and the
  tree holds no element or attribute that came from user text. Header cells hold the
  criterion's name exactly; its description is the element its aria-describedby names, outside
  the table. Every id starts with the matrix id and is unique, every in-page link, `for` and
  ARIA reference names an id of the document, and stars and support marks end with a space so
  the text reads without the stylesheet. (.ci/test also runs the Nu HTML Checker on every
  generated page and fragment.)
- Profiles: a matrix that declares them gets a "Which one fits" section in Markdown and HTML
  whose headings give back every profile name and whose ranking tables name only the matrix's
  tools; the page's JSON data block parses with Python's json module and holds exactly the
  document's rankable criteria, its tools' values for them and its profiles.

Usage: check_corpus.py CORPUS_DIR SCHEMA
Prints one line per failure and closes with 'N passed, N failed'.
"""
import re
import csv
import io
import json
import os
import subprocess
import sys

# Every full page carries exactly these scripts; their texts are collected across all pages and
# must be the same everywhere (checked once at the end).
PAGE_SCRIPTS = 2
SCRIPT_TEXTS = set()
PROFILE_PAGES = []

import cmarkgfm
import docutils.core
import docutils.nodes
import html5lib
import jsonschema
from cmarkgfm.cmark import Options

NOT_ASSESSED = "\u2014"
SVG = "{http://www.w3.org/2000/svg}"


def lf(text):
    """Markdown and HTML have one kind of line break: CRLF, CR and LF all come back as LF
    (docs/html.md)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def number_text(value):
    if isinstance(value, int) or (float(value).is_integer() and abs(value) < 2 ** 53):
        return str(int(value))
    return repr(float(value))


class Matrix:
    """The expected presentation, derived from the JSON document alone."""

    def __init__(self, doc):
        self.doc = doc
        self.criteria = doc["criteria"]
        self.tools = doc["tools"]
        self.sources = {s["id"]: s for s in doc.get("sources", [])}

    def value(self, criterion, tool):
        cell = tool.get("values", {}).get(criterion["id"])
        if isinstance(cell, dict):
            return cell["value"]
        return cell

    def cell(self, criterion, tool):
        cell = tool.get("values", {}).get(criterion["id"])
        return cell if isinstance(cell, dict) else {"value": cell}

    def annotation(self, criterion, tool):
        """(in 1.24; disputed): a cell's own release when it differs from its tool's, and disputes."""
        cell = self.cell(criterion, tool)
        parts = []
        if "version" in cell and cell["version"] != tool.get("version"):
            parts.append("in " + cell["version"])
        if cell.get("disputed"):
            parts.append("disputed")
        return " (" + "; ".join(parts) + ")" if parts else ""

    def tool_label(self, tool, separator):
        return tool["name"] + (separator + tool["version"] if "version" in tool else "")

    def shown_full(self, criterion, tool, plain, harden_text=None, html=False):
        value = self.shown(criterion, tool, plain, html)
        if value is None:
            return None
        if harden_text and criterion["kind"] == "text":
            value = harden_text(value)
        return value + self.annotation(criterion, tool)

    def shown(self, criterion, tool, plain, html=False):
        value = self.value(criterion, tool)
        if value is None:
            return None
        kind = criterion["kind"]
        if kind == "support":
            # HTML draws the mark as an SVG beside the word, never an emoji: the text is the word.
            return {"yes": "Yes", "partial": "Partial", "preview": "Preview", "no": "No"}[value] if plain or html else \
                {"yes": "\u2705 Yes", "partial": "\u25d0 Partial", "preview": "\u25c7 Preview", "no": "\u274c No"}[value]
        if kind == "number":
            cell = self.cell(criterion, tool)
            text = number_text(value)
            if "max" in cell:
                text += (" to " if plain else "\u2013") + number_text(cell["max"])
            unit = criterion.get("unit")
            if unit:
                text = text + unit if unit.startswith("%") else text + " " + unit
            prefix = {"about": ("about ", "\u2248 "), "at-most": ("up to ", "\u2264 "),
                      "at-least": ("at least ", "\u2265 ")}.get(cell.get("qualifier"))
            return (prefix[0] if plain else prefix[1]) + text if prefix else text
        if kind == "rating":
            return "%d/%d" % (int(value), criterion.get("scale", 5))
        return value

    def has_groups(self):
        return any("group" in c for c in self.criteria)

    def groups(self):
        runs = []
        for criterion in self.criteria:
            name = criterion.get("group")
            if runs and runs[-1][0] == name:
                runs[-1][1].append(criterion)
            else:
                runs.append((name, [criterion]))
        return runs

    def remarks(self, tool, key):
        return [r if isinstance(r, str) else r["text"] for r in tool.get(key, [])]


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, where, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL %s: %s" % (where, message[:600]))


def local(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


# A footnote's label: the line that cites it (a table row's number, H for the header row, P and
# a tool's number for its pros and cons) and a letter sequence.
FOOTNOTE_LABEL = re.compile(r"(?:[1-9][0-9]*|H|P[1-9][0-9]*)[a-z]+")


def text_of(element, problems, allowed_inline):
    """The text of an element as a reader sees it: <br> is a line break, footnote markers
    (<sup>) and rating stars are not part of the cell's text, comments are invisible."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # comment
            parts.append(child.tail or "")
            continue
        name = local(child.tag)
        if name == "br":
            parts.append("\n")
        elif name == "sup":
            if not FOOTNOTE_LABEL.fullmatch(''.join(child.itertext())):
                problems.append("footnote marker is not a label such as 3a, Ha or P2b: %r" % ''.join(child.itertext()))
        elif name == "span" and ("tm-stars" in child.get("class", "") or "tm-mark" in child.get("class", "")):
            # Rating stars and support marks are drawn beside the value and hidden from
            # assistive technology; the text is the value alone.
            if child.get("aria-hidden") != "true":
                problems.append("a %s span is not aria-hidden" % child.get("class"))
        elif name in allowed_inline:
            parts.append(text_of(child, problems, allowed_inline))
        else:
            problems.append("unexpected <%s> inside text" % name)
        parts.append(child.tail or "")
    return "".join(parts)


MD_ELEMENTS = {"html", "head", "body", "h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td",
               "br", "sup", "strong", "ul", "ol", "li", "a"}
HTML_ELEMENTS = {"html", "head", "body", "meta", "title", "style", "script", "header", "main", "section", "h1",
                 "h2", "h3", "h4", "p", "time", "div", "label", "input", "table", "caption", "thead", "tbody",
                 "tr", "th", "td", "span", "strong", "sup", "a", "button", "figure", "figcaption", "svg", "text",
                 "rect", "article", "ul", "ol", "li", "dl", "dt", "dd", "path", "circle"}
HTML_ATTRIBUTES = {"class", "id", "href", "rel", "scope", "colspan", "lang", "charset", "name", "content",
                   "http-equiv", "type", "autocomplete", "hidden", "title", "datetime", "role", "viewBox", "x",
                   "y", "width", "height", "rx", "aria-label", "aria-hidden", "aria-describedby", "d", "fill", "stroke",
                   "stroke-width", "stroke-linecap", "stroke-linejoin", "cx", "cy", "r"}
# The fit finder of a page whose matrix declares profiles.
FIT_ELEMENTS = {"select", "option", "fieldset", "legend", "output"}
FIT_ATTRIBUTES = {"aria-labelledby", "aria-live", "for", "value", "min", "max", "step"}


def check_tree(root, allowed, where, checker, matrix, markdown, attributes=HTML_ATTRIBUTES):
    urls = {s.get("url") for s in matrix.sources.values()} | {t.get("url") for t in matrix.tools}
    bad = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag == "DOCUMENT_FRAGMENT":
            continue
        name = local(element.tag)
        if name not in allowed:
            bad.append("element <%s>" % name)
        for attribute, value in element.attrib.items():
            attribute = local(attribute)
            if not markdown and attribute not in attributes and not attribute.startswith("data-"):
                bad.append("attribute %s=%r on <%s>" % (attribute, value, name))
            if attribute == "href" and not (value.startswith("#") or value in urls):
                bad.append("link to %r" % value)
            if markdown and attribute not in {"href", "id", "class", "align"}:
                bad.append("attribute %s on <%s>" % (attribute, name))
        if name == "script" and (element.get("src") or markdown):
            bad.append("script")
    checker.check(not bad, where, "unexpected markup: %s" % bad[:5])


def cells(row):
    return [c for c in row if isinstance(c.tag, str) and local(c.tag) in ("th", "td")]


def check_markdown(path, matrix, plain, by_rows, table_only, checker):
    where = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    html = cmarkgfm.github_flavored_markdown_to_html(source, options=Options.CMARK_OPT_UNSAFE)
    root = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=False)
    check_tree(root, MD_ELEMENTS, where, checker, matrix, markdown=True)
    all_tables = root.findall(".//table")
    rankings = [t for t in all_tables if [text_of(c, [], set()) for c in cells(t.find(".//tr"))][:2] == ["Place", "Tool"]]
    tables = [t for t in all_tables if t not in rankings]
    checker.check(len(tables) == 1, where, "expected one table, found %d" % len(tables))
    profiles = matrix.doc.get("profiles", []) if not table_only else []
    check_rankings(where, root, rankings, profiles, matrix, checker, markdown=True)
    if not tables:
        return
    rows = tables[0].findall(".//tr")
    problems = []
    texts = [[text_of(c, problems, {"strong"}) for c in cells(r)] for r in rows]
    checker.check(not problems, where, "cell markup: %s" % problems[:5])
    width = len(texts[0])
    checker.check(all(len(r) == width for r in texts), where, "rows with differing cell counts: %s" % [len(r) for r in texts])
    expected = expected_table(matrix, plain, by_rows, markdown=True)
    checker.check(texts == [[lf(t) for t in r] for r in expected], where, "table differs:\n got %r\nwant %r" % (
        first_difference(texts, [[lf(t) for t in r] for r in expected])))
    if not table_only:
        title = root.find(".//h1")
        checker.check(title is not None and text_of(title, [], set()) == lf(matrix.doc["title"]), where, "title differs")
        items = [text_of(li, [], {"a"}) for li in root.findall(".//li")]
        for tool in matrix.tools:
            for remark in matrix.remarks(tool, "pros") + matrix.remarks(tool, "cons"):
                checker.check(lf(remark) in items, where, "pro or con %r missing" % remark[:80])


def first_difference(got, want):
    for index, (a, b) in enumerate(zip(got, want)):
        if a != b:
            return ("row %d: %r" % (index, a), "row %d: %r" % (index, b))
    return (len(got), len(want))


def expected_table(matrix, plain, by_rows, markdown, separator=None, pad_groups=None, html=None):
    # HTML shows a support value as its word beside a drawn mark; the other formats keep the
    # symbol in the text.
    if html is None:
        html = not markdown
    def shown(criterion, tool):
        value = matrix.shown_full(criterion, tool, plain, html=html)
        return NOT_ASSESSED if value is None else value
    if separator is None:
        separator = " \u00b7 " if markdown else " "
    if pad_groups is None:
        pad_groups = markdown
    if by_rows:
        table = [["Tool"] + [c["name"] for c in matrix.criteria]]
        for tool in matrix.tools:
            table.append([matrix.tool_label(tool, separator)] + [shown(c, tool) for c in matrix.criteria])
        return table
    table = [["Criterion"] + [matrix.tool_label(t, separator) for t in matrix.tools]]
    for name, criteria in matrix.groups():
        if matrix.has_groups():
            table.append([name if name is not None else "Other"] + ([""] * len(matrix.tools) if pad_groups else []))
        for criterion in criteria:
            table.append([criterion["name"]] + [shown(criterion, t) for t in matrix.tools])
    return table


def check_html(path, matrix, plain, by_rows, fragment, checker):
    where = os.path.basename(path)
    with open(path, "rb") as f:
        data = f.read()
    if fragment:
        root = html5lib.parseFragment(data.decode("utf-8"), treebuilder="etree", namespaceHTMLElements=False)
        checker.check(all(local(e.tag) not in ("html", "head", "body", "script", "style")
                          for e in root.iter() if isinstance(e.tag, str) and e is not root), where, "fragment holds page elements")
    else:
        root = html5lib.parse(data, treebuilder="etree", namespaceHTMLElements=False)
        scripts = [s for s in root.findall(".//script") if s.get("type") is None]
        data = [s for s in root.findall(".//script") if s.get("type") == "application/json"]
        profiles = matrix.doc.get("profiles", [])
        # The page's own scripts (interaction, freshness, and the fit finder where the matrix has
        # profiles), the same bytes on every page: user text never adds or changes a script.
        expected = PAGE_SCRIPTS + (1 if profiles else 0)
        checker.check(len(scripts) == expected, where, "expected %d scripts, found %d" % (expected, len(scripts)))
        for script in scripts:
            SCRIPT_TEXTS.add(script.text or "")
        if profiles:
            PROFILE_PAGES.append(where)
        checker.check(len(data) == (1 if profiles else 0), where, "expected %d data blocks, found %d" % (1 if profiles else 0, len(data)))
        if data:
            check_fit_data(where, data[0].text, matrix, checker)
        title = root.find(".//title")
        checker.check(title is not None and title.text == lf(matrix.doc["title"]), where, "title element differs")
        checker.check(root.find(".//html").get("lang") == "en" if root.find(".//html") is not None else root.get("lang") == "en", where, "lang missing")
    fit = bool(matrix.doc.get("profiles")) and not fragment
    check_tree(root, HTML_ELEMENTS | (FIT_ELEMENTS if fit else set()), where, checker, matrix, markdown=False,
               attributes=HTML_ATTRIBUTES | (FIT_ATTRIBUTES if fit else set()))
    if fit:
        rankings = [t for t in root.findall(".//table") if "tm-fit-table" in t.get("class", "")]
        check_rankings(where, root, rankings, matrix.doc["profiles"], matrix, checker, markdown=False)
    table = root.find(".//table")
    checker.check(table is not None, where, "no table")
    if table is None:
        return
    caption = table.find("caption")
    checker.check(caption is not None and caption.text == lf(matrix.doc["title"]), where, "caption differs")
    problems = []
    texts = []
    for row in table.findall(".//tr"):
        texts.append([text_of(c, problems, {"strong", "a", "button", "span"}) for c in cells(row)])
    checker.check(not problems, where, "cell markup: %s" % problems[:5])
    expected = expected_table(matrix, plain, by_rows, markdown=False)
    if by_rows and matrix.has_groups():
        groups = [[""] + [name if name is not None else "Other" for name, _ in matrix.groups()]]
        # The empty corner cell of the group header row is a <td>.
        expected = groups + expected
    # Header cells hold the criterion's name exactly; its description is elsewhere (below).
    expected = [[lf(t) for t in row] for row in expected]
    checker.check(texts == expected, where, "table differs:\n got %r\nwant %r" % first_difference(texts, expected))
    check_descriptions(where, root, table, matrix, by_rows, checker)
    check_unstyled_text(where, table, checker)
    check_ids(where, root, matrix, fragment, checker)
    if not fragment:
        items = [text_of(li, [], {"a"}) for li in root.findall(".//article//li")]
        for tool in matrix.tools:
            for remark in matrix.remarks(tool, "pros") + matrix.remarks(tool, "cons"):
                checker.check(lf(remark) in items, where, "pro or con %r missing" % remark[:80])


def check_descriptions(where, root, table, matrix, by_rows, checker):
    """Each described criterion's header points with aria-describedby at one element, outside the
    table and not hidden, whose text is the description exactly; other headers point nowhere."""
    ids = {e.get("id"): e for e in root.iter() if isinstance(e.tag, str) and e.get("id")}
    inside = {id(e) for e in table.iter()}
    if by_rows:
        headers = [c for c in cells(table.findall(".//thead/tr")[-1])][1:]
    else:
        headers = [cells(r)[0] for r in table.findall(".//tbody/tr") if "tm-group" not in r.get("class", "")]
    checker.check(len(headers) == len(matrix.criteria), where, "%d criterion headers for %d criteria" % (len(headers), len(matrix.criteria)))
    for header, criterion in zip(headers, matrix.criteria):
        target = header.get("aria-describedby")
        if "description" not in criterion:
            checker.check(target is None, where, "criterion %r has no description but is described by %r" % (criterion["id"], target))
            continue
        element = ids.get(target)
        checker.check(element is not None, where, "criterion %r: aria-describedby=%r names no element" % (criterion["id"], target))
        if element is None:
            continue
        checker.check(id(element) not in inside and element.get("hidden") is None, where, "description of %r is inside the table or hidden" % criterion["id"])
        checker.check(text_of(element, [], set()) == lf(criterion["description"]), where, "description of %r differs: %r" % (
            criterion["id"], text_of(element, [], set())[:80]))


def check_unstyled_text(where, table, checker):
    """Without the stylesheet (a fragment in someone else's page) the text still reads: the
    stars and the support marks end with a space, so `★★★☆☆ 3/5`, not `★★★☆☆3/5`."""
    bad = []
    for span in table.iter("span"):
        classes = (span.get("class") or "").split()
        if "tm-stars" in classes and not (span.text or "").endswith(" "):
            bad.append("stars %r" % span.text)
        if "tm-mark" in classes:
            children = [c for c in span if isinstance(c.tag, str)]
            if not children or not (children[-1].tail or "").endswith(" "):
                bad.append("a support mark without a space after it")
    checker.check(not bad, where, "text runs together without the stylesheet: %s" % bad[:3])


def check_ids(where, root, matrix, fragment, checker):
    """Ids are unique and carry the matrix id (so two embedded matrices never share one), and
    every in-page link and ARIA reference names an id of the same document."""
    prefix = matrix.doc["id"] + "--"
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    ids = [e.get("id") for e in elements if e.get("id") is not None]
    checker.check(len(ids) == len(set(ids)), where, "duplicate ids: %s" % sorted({i for i in ids if ids.count(i) > 1})[:5])
    bad = [i for i in ids if not i.startswith(prefix)]
    checker.check(not bad, where, "ids without the matrix id: %s" % bad[:5])
    known = set(ids)
    for element in elements:
        href = element.get("href")
        if href is not None and href.startswith("#"):
            checker.check(href[1:] in known, where, "link to %r names no id" % href)
        for attribute in ("aria-describedby", "aria-labelledby", "for"):
            for target in (element.get(attribute) or "").split():
                checker.check(target in known, where, "%s=%r names no id" % (attribute, target))


def check_rankings(where, root, tables, profiles, matrix, checker, markdown):
    """Every profile has its heading, and ranking tables name only the matrix's tools."""
    headings = [text_of(h, [], {"strong"}) for h in root.findall(".//h2")]
    checker.check(("Which one fits" in headings) == bool(profiles), where, "a 'Which one fits' section %s" % (
        "is missing" if profiles else "without profiles"))
    # Markdown and HTML alike give back one kind of line break.
    same = lf
    titles = [text_of(h, [], set()) for h in root.findall(".//h3")]
    for profile in profiles:
        checker.check(same(profile["name"]) in titles, where, "no heading for profile %r" % profile["name"][:60])
    names = {same(t["name"]) for t in matrix.tools}
    checker.check(len(tables) <= len(profiles), where, "%d ranking tables for %d profiles" % (len(tables), len(profiles)))
    for table in tables:
        for row in table.findall(".//tbody/tr") if not markdown else table.findall(".//tr")[1:]:
            tool = text_of(cells(row)[1], [], set())
            checker.check(tool in names, where, "ranking names %r, not a tool of the matrix" % tool[:60])


def check_fit_data(where, text, matrix, checker):
    """The page's data block: the rankable criteria, the tools' values for them, the profiles."""
    try:
        data = json.loads(text)
    except ValueError as error:
        checker.check(False, where, "the fit data block is not JSON: %s" % error)
        return
    rankable = [c for c in matrix.criteria if c["kind"] != "text"]
    want_criteria = [{k: c[k] for k in ("id", "name", "kind", "unit", "better") if k in c} for c in rankable]
    for shown, criterion in zip(want_criteria, rankable):
        if criterion["kind"] == "rating":
            shown["scale"] = criterion.get("scale", 5)
    checker.check(data.get("criteria") == want_criteria, where, "fit data criteria differ")

    def reduced(cell):
        value = cell["value"] if isinstance(cell, dict) else cell
        if isinstance(cell, dict) and ("qualifier" in cell or "max" in cell):
            return {k: cell[k] for k in ("value", "qualifier", "max") if k in cell}
        return value
    ids = {c["id"] for c in rankable}
    want_tools = [{"id": t["id"], "name": t["name"],
                   "values": {k: reduced(v) for k, v in t.get("values", {}).items() if k in ids}} for t in matrix.tools]
    checker.check(data.get("tools") == want_tools, where, "fit data tools differ")
    want_profiles = [dict({"require": {}, "weights": {}}, **p) for p in matrix.doc.get("profiles", [])]
    checker.check(data.get("profiles") == want_profiles, where, "fit data profiles differ")


# AsciiDoc (Asciidoctor, to HTML5) and reStructuredText (docutils, its document tree).

ADOC_ELEMENTS = {"html", "head", "body", "div", "h1", "h2", "h3", "p", "table", "colgroup", "col", "thead", "tbody",
                 "tr", "th", "td", "strong", "sup", "br", "ul", "li", "a", "dl", "dt", "dd"}
ADOC_ATTRIBUTES = {"class", "id", "style", "colspan", "href"}


def convert_asciidoc(corpus, names):
    """Converts every AsciiDoc file with one Asciidoctor run (embeddable HTML with the title
    shown). Returns the warnings Asciidoctor printed, by file name."""
    out = os.path.join(corpus, "asciidoctor")
    os.makedirs(out, exist_ok=True)
    warnings = {}
    for start in range(0, len(names), 500):
        batch = names[start:start + 500]
        run = subprocess.run(["asciidoctor", "-s", "-a", "showtitle", "-w", "-D", out] + [os.path.join(corpus, n) for n in batch],
                             capture_output=True, text=True)
        for line in run.stderr.splitlines():
            for name in batch:
                if name in line:
                    warnings.setdefault(name, []).append(line)
                    break
            else:
                warnings.setdefault("(asciidoctor)", []).append(line)
    return out, warnings


def adoc_text(element, problems, allowed_inline):
    """An element's text as Asciidoctor writes it: a hard line break is <br> and the newline
    after it in the source, which is one line break; footnote markers (<sup>) are not text."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        name = local(child.tag)
        tail = child.tail or ""
        if name == "br":
            parts.append("\n")
            if tail.startswith("\n"):
                tail = tail[1:]
        elif name == "sup":
            if not "".join(child.itertext()).isalnum():
                problems.append("footnote marker is not a label: %r" % "".join(child.itertext()))
        elif name in allowed_inline:
            parts.append(adoc_text(child, problems, allowed_inline))
        else:
            problems.append("unexpected <%s> inside text" % name)
        parts.append(tail)
    return "".join(parts)


def note_texts(matrix):
    """Every note the notes list must give back: cell notes and criterion descriptions."""
    notes = [c["description"] for c in matrix.criteria if "description" in c]
    for tool in matrix.tools:
        for cell in tool.get("values", {}).values():
            if isinstance(cell, dict) and "note" in cell:
                notes.append(cell["note"])
    return notes


def prose_texts(matrix):
    """Summary, methodology, verdict and the summaries of tools with pros or cons (the tools
    that get a section): each is one paragraph."""
    texts = [matrix.doc[k] for k in ("summary", "methodology", "verdict") if k in matrix.doc]
    return texts + [t["summary"] for t in matrix.tools if "summary" in t and (t.get("pros") or t.get("cons"))]


def check_light_common(where, matrix, table, paragraphs, items, notes, links, table_only, checker, title=None):
    """What AsciiDoc and reStructuredText must both give back, from their parsed trees."""
    # The table-only files are rendered as rows; the others as the default lays them out:
    # columns up to eight tools, rows beyond.
    by_rows = table_only or len(matrix.tools) > 8
    expected = expected_table(matrix, plain=table_only, by_rows=by_rows, markdown=False, separator=" \u00b7 ",
                              pad_groups=PAD_GROUPS[where.rsplit(".", 1)[1]], html=False)
    checker.check(table == expected, where, "table differs:\n got %r\nwant %r" % first_difference(table, expected))
    for note in note_texts(matrix):
        checker.check(any(n.startswith(note) for n in notes), where, "note %r missing" % note[:80])
    urls = {s.get("url") for s in matrix.sources.values()} - {None}
    checker.check(set(links) <= urls, where, "links to %r" % sorted(set(links) - urls)[:3])
    if table_only:
        return
    checker.check(title == matrix.doc["title"], where, "title differs: %r" % (title or "")[:80])
    for text in prose_texts(matrix):
        checker.check(text in paragraphs, where, "paragraph %r missing" % text[:80])
    for tool in matrix.tools:
        for remark in matrix.remarks(tool, "pros") + matrix.remarks(tool, "cons"):
            checker.check(remark in items, where, "pro or con %r missing" % remark[:80])
    for source in matrix.sources.values():
        checker.check(any(i.startswith(source["title"]) for i in items), where, "source %r missing" % source["title"][:80])
        if "url" in source:
            checker.check(source["url"] in links, where, "no link to %r" % source["url"])


PAD_GROUPS = {"adoc": False, "rst": True}


def check_asciidoc(path, html_path, warnings, matrix, table_only, checker):
    where = os.path.basename(path)
    checker.check(not warnings, where, "Asciidoctor warns: %s" % warnings[:3])
    with open(html_path, encoding="utf-8") as f:
        root = html5lib.parse(f.read(), treebuilder="etree", namespaceHTMLElements=False)
    check_tree(root, ADOC_ELEMENTS, where, checker, matrix, markdown=False, attributes=ADOC_ATTRIBUTES)
    tables = root.findall(".//table")
    checker.check(len(tables) == 1, where, "expected one table, found %d" % len(tables))
    if not tables:
        return
    problems = []
    rows = [[adoc_text(c, problems, {"p", "strong"}) for c in cells(r)] for r in tables[0].findall(".//tr")]
    inline = {"strong", "a"}
    paragraphs = [adoc_text(p, problems, inline) for p in root.findall(".//p") if "tableblock" not in p.get("class", "")]
    items = [adoc_text(li.find("p"), problems, inline) for li in root.findall(".//li") if li.find("p") is not None]
    notes = [adoc_text(dd.find("p"), problems, inline) for dd in root.findall(".//dd") if dd.find("p") is not None]
    labels = [adoc_text(dt, problems, set()) for dt in root.findall(".//dt")]
    checker.check(labels == [str(n + 1) for n in range(len(labels))] or all(l.isalnum() for l in labels), where, "note labels %r" % labels[:5])
    checker.check(not problems, where, "markup inside text: %s" % problems[:5])
    links = [a.get("href") for a in root.findall(".//a")]
    title = root.find(".//h1")
    check_light_common(where, matrix, rows, paragraphs, items, notes, links, table_only, checker,
                       title=adoc_text(title, [], set()) if title is not None else None)


RST_NODES = {"document", "section", "title", "paragraph", "Text", "table", "tgroup", "colspec", "thead", "tbody", "row",
             "entry", "strong", "superscript", "bullet_list", "list_item", "field_list", "field", "field_name",
             "field_body", "reference", "substitution_definition", "line_block", "line"}


def rst_text(node):
    """A node's text without footnote markers (superscript)."""
    if isinstance(node, docutils.nodes.Text):
        return node.astext()  # the text itself; the node keeps escapes as NUL characters
    if isinstance(node, docutils.nodes.superscript):
        return ""
    return "".join(rst_text(child) for child in node.children)


def check_rst(path, matrix, table_only, checker):
    where = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    stream = io.StringIO()
    # docutils refuses source lines over 10,000 characters unless told otherwise (a guard
    # against denial of service); the corpus's longest texts, escaped, make longer lines.
    document = docutils.core.publish_doctree(source, settings_overrides={
        "line_length_limit": 1_000_000, "report_level": 2, "halt_level": 5, "warning_stream": stream, "file_insertion_enabled": False, "raw_enabled": False})
    checker.check(not stream.getvalue(), where, "docutils reports: %s" % stream.getvalue()[:400])
    # Two sections of one title (a tool named like the matrix) share an implicit target name;
    # docutils only informs about that (level 1, below every report level) and renders both.
    for message in list(document.findall(docutils.nodes.system_message)):
        if message["level"] == 1 and "Duplicate implicit target name" in message.astext():
            message.parent.remove(message)
    bad = sorted({type(n).__name__ for n in document.findall() if type(n).__name__ not in RST_NODES})
    checker.check(not bad, where, "unexpected nodes: %s" % bad[:5])
    tables = list(document.findall(docutils.nodes.table))
    checker.check(len(tables) == 1, where, "expected one table, found %d" % len(tables))
    if not tables:
        return
    rows = [[rst_text(e) for e in row.findall(docutils.nodes.entry)] for row in tables[0].findall(docutils.nodes.row)]
    for sup in document.findall(docutils.nodes.superscript):
        checker.check(sup.astext().isalnum(), where, "footnote marker is not a label: %r" % sup.astext())
    paragraphs = [rst_text(p) for p in document.findall(docutils.nodes.paragraph)]
    # Prose with line breaks is a line block, a line node a line.
    paragraphs += ["\n".join(rst_text(line) for line in block.children) for block in document.findall(docutils.nodes.line_block)]
    items = [rst_text(i) for i in document.findall(docutils.nodes.list_item)]
    notes = [rst_text(b) for b in document.findall(docutils.nodes.field_body)]
    links = [r["refuri"] for r in document.findall(docutils.nodes.reference) if "refuri" in r]
    title = document.next_node(docutils.nodes.title)
    check_light_common(where, matrix, rows, paragraphs, items, notes, links, table_only, checker,
                       title=rst_text(title) if title is not None else None)


def harden(text, raw):
    if raw or not text:
        return text
    return "'" + text if text[0] in "=+-@\t\r" else text


def check_csv(path, matrix, variant, checker):
    where = os.path.basename(path)
    with open(path, "rb") as f:
        data = f.read()
    bom = variant == "raw"
    raw = variant == "raw"
    checker.check(data.startswith(b"\xef\xbb\xbf") == bom, where, "byte order mark")
    checker.check(data.endswith(b"\r\n"), where, "last record does not end with CRLF")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig" if bom else "utf-8"), newline="")))
    plain = variant == "columns"

    def cell(criterion, tool):
        value = matrix.shown_full(criterion, tool, plain, lambda text: harden(text, raw))
        return NOT_ASSESSED if value is None else value

    versions = any("version" in t for t in matrix.tools)

    def joined(tool, key):
        return harden("\n".join(matrix.remarks(tool, key)), raw)

    if variant == "long":
        expected = [["tool_id", "tool", "criterion_id", "criterion", "group", "kind", "assessed", "value", "unit", "scale", "note", "sources",
                     "qualifier", "max", "version", "verified", "disputed"]]
        for tool in matrix.tools:
            for criterion in matrix.criteria:
                cellv = tool.get("values", {}).get(criterion["id"])
                value = matrix.value(criterion, tool)
                note = cellv.get("note", "") if isinstance(cellv, dict) else ""
                sources = " ".join(cellv.get("sources", [])) if isinstance(cellv, dict) else ""
                if value is None:
                    shown = ""
                elif criterion["kind"] == "text":
                    shown = harden(value, raw)
                elif criterion["kind"] in ("number", "rating"):
                    shown = number_text(value)
                else:
                    shown = value
                expected.append([tool["id"], harden(tool["name"], raw), criterion["id"], harden(criterion["name"], raw),
                                 harden(criterion.get("group", ""), raw), criterion["kind"],
                                 "false" if value is None else "true", shown,
                                 harden(criterion.get("unit", ""), raw) if criterion["kind"] == "number" else "",
                                 str(criterion.get("scale", 5)) if criterion["kind"] == "rating" else "",
                                 harden(note, raw), sources] + ([
                                     cellv.get("qualifier", "") if isinstance(cellv, dict) else "",
                                     number_text(cellv["max"]) if isinstance(cellv, dict) and "max" in cellv else "",
                                     harden((cellv.get("version") if isinstance(cellv, dict) else None) or tool.get("version", ""), raw),
                                     (cellv.get("verified") if isinstance(cellv, dict) else None) or tool.get("verified") or matrix.doc.get("asOf", ""),
                                     "true" if isinstance(cellv, dict) and cellv.get("disputed") else "false",
                                 ] if value is not None else ["", "", "", "", ""]))
    elif variant == "columns":
        expected = [["Criterion"] + [harden(t["name"], raw) for t in matrix.tools]]
        if versions:
            expected.append(["Version"] + [harden(t.get("version", ""), raw) for t in matrix.tools])
        for criterion in matrix.criteria:
            expected.append([harden(criterion["name"], raw)] + [cell(criterion, t) for t in matrix.tools])
        expected.append(["Pros"] + [joined(t, "pros") for t in matrix.tools])
        expected.append(["Cons"] + [joined(t, "cons") for t in matrix.tools])
    else:
        expected = [["Tool"] + (["Version"] if versions else []) + [harden(c["name"], raw) for c in matrix.criteria] + ["Pros", "Cons"]]
        for tool in matrix.tools:
            expected.append([harden(tool["name"], raw)] + ([harden(tool.get("version", ""), raw)] if versions else [])
                            + [cell(c, tool) for c in matrix.criteria]
                            + [joined(tool, "pros"), joined(tool, "cons")])
    checker.check(rows == expected, where, "rows differ: got %r want %r" % first_difference(rows, expected))


def main():
    corpus, schema_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    checker = Checker()
    ids = sorted(name[:-5] for name in os.listdir(corpus) if name.endswith(".json"))
    adoc_files = sorted(name for name in os.listdir(corpus) if name.endswith(".adoc"))
    adoc_html, adoc_warnings = convert_asciidoc(corpus, adoc_files)
    checker.check("(asciidoctor)" not in adoc_warnings, "corpus", "Asciidoctor: %s" % adoc_warnings.get("(asciidoctor)", [])[:3])
    seen = set()
    for matrix_id in ids:
        base = os.path.join(corpus, matrix_id)
        with open(base + ".json", encoding="utf-8") as f:
            doc = json.load(f)
        errors = list(validator.iter_errors(doc))
        checker.check(not errors, matrix_id + ".json", "schema: %s" % [e.message[:200] for e in errors[:3]])
        matrix = Matrix(doc)
        # Without --orientation, Markdown and HTML lay out up to eight tools as columns.
        default_rows = len(doc["tools"]) > 8
        check_markdown(base + ".md", matrix, plain=False, by_rows=default_rows, table_only=False, checker=checker)
        check_markdown(base + ".rows.md", matrix, plain=True, by_rows=True, table_only=True, checker=checker)
        for suffix, table_only in (("adoc", False), ("rows.adoc", True)):
            name = "%s.%s" % (matrix_id, suffix)
            check_asciidoc(base + "." + suffix, os.path.join(adoc_html, name[:-5] + ".html"), adoc_warnings.get(name, []),
                           matrix, table_only, checker)
        check_rst(base + ".rst", matrix, table_only=False, checker=checker)
        check_rst(base + ".rows.rst", matrix, table_only=True, checker=checker)
        check_csv(base + ".csv", matrix, "rows", checker)
        check_csv(base + ".columns.csv", matrix, "columns", checker)
        check_csv(base + ".long.csv", matrix, "long", checker)
        check_csv(base + ".raw.csv", matrix, "raw", checker)
        check_html(base + ".html", matrix, plain=False, by_rows=default_rows, fragment=False, checker=checker)
        check_html(base + ".rows.html", matrix, plain=True, by_rows=True, fragment=False, checker=checker)
        check_html(base + ".fragment.html", matrix, plain=False, by_rows=default_rows, fragment=True, checker=checker)
        for tool in doc["tools"]:
            for cell in tool.get("values", {}).values():
                if isinstance(cell, dict):
                    for feature in ("qualifier", "max", "version", "disputed"):
                        if feature in cell:
                            seen.add(cell[feature] if feature == "qualifier" else feature)
                if cell == "preview" or isinstance(cell, dict) and cell.get("value") == "preview":
                    seen.add("preview")
            if "version" in tool:
                seen.add("tool version")
    # The checks above only prove what the corpus holds: it must hold every v2 shape of a cell.
    for feature in ("about", "at-most", "at-least", "max", "preview", "version", "disputed", "tool version"):
        checker.check(feature in seen, "corpus", "no matrix holds %s, so it was never read back" % feature)
    distinct = PAGE_SCRIPTS + (1 if PROFILE_PAGES else 0)
    checker.check(len(SCRIPT_TEXTS) == distinct, "corpus", "pages carry %d different scripts, expected %d; user text must never change one" % (len(SCRIPT_TEXTS), distinct))
    print("conformance: %d matrices (%d AsciiDoc files through Asciidoctor, %d reStructuredText files through docutils)" % (
        len(ids), len(adoc_files), 2 * len(ids)))
    print("%d passed, %d failed" % (checker.passed, checker.failed))
    sys.exit(1 if checker.failed or not ids else 0)


if __name__ == "__main__":
    main()

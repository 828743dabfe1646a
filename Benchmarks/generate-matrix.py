#!/usr/bin/env python3
"""Writes a seeded techmatrix document of TOOLS x CRITERIA for the benchmark, in one of two
shapes.

plain (the default, techmatrix/v1): criteria cycle through the four kinds; cells are filled at
about 90 %, a tenth of them with a note and a source; every tool has two pros and a con. Text is
plain English with some punctuation that the renderers must escape.

realistic (techmatrix/v2): the same kinds and fill, but most cells carry a note and two or three
sources; text is longer and holds pipes, backslashes, `<`, `&`, quotes, line breaks, emoji, CJK
and right-to-left scripts; numbers are often qualified (about, at most, at least) or ranges;
some cells name their own version or verified date, a few are disputed; tools state versions.
Usage: generate-matrix.py TOOLS CRITERIA SEED OUT.json [plain|realistic]
"""
import json
import random
import sys

WORDS = ("sidecar proxy mesh latency policy cluster node agent runtime storage query cache shard "
         "replica gateway retry circuit breaker quota tenant audit trace metric log span export").split()


def sentence(rng, low, high):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    text = " ".join(words).capitalize()
    if rng.random() < 0.2:
        text += " | " + rng.choice(WORDS)
    if rng.random() < 0.1:
        text += " <" + rng.choice(WORDS) + "> & more"
    return text


# Text the realistic shape mixes in: every one is something a renderer must get right.
EXTRAS = ("a | b", "C:\\Program Files\\mesh", "<script>", "R&D", "\"quoted\"", "line one\nline two", "CRLF\r\nend",
          "🚀 fast", "👍🏽", "中文文档", "日本語のテキスト", "한국어", "العربية", "עברית", "x*y_z", "`code`", "[link]", "~50 %",
          "#1", "- dash", "=SUM(A1)", "https://example.org/x", "user@example.org", "tab\there", " edge ")


def rich_sentence(rng, low, high):
    parts = []
    for _ in range(rng.randint(low, high)):
        parts.append(rng.choice(EXTRAS) if rng.random() < 0.25 else rng.choice(WORDS))
    text = " ".join(parts)
    return text[0].upper() + text[1:] if text[0].isascii() and text[0].isalpha() else text


def realistic(tools, criteria, seed):
    rng = random.Random(seed)
    kinds = ["text", "support", "number", "rating"]
    doc = {
        "format": "techmatrix/v2",
        "id": "benchmark-realistic-%dx%d" % (tools, criteria),
        "title": "Benchmark matrix (realistic): %d tools × %d criteria | 比較 | مقارنة" % (tools, criteria),
        "summary": "A generated matrix with notes, sources & hard text: <pipes>, \\backslashes\\, line\nbreaks, 🚀, 中文, עברית.",
        "methodology": "Generated; every cell is made up.",
        "asOf": "2025-01-01",
        "sources": [{"id": "s%d" % i, "title": "Source %d: %s" % (i, rich_sentence(rng, 2, 5)),
                     "url": "https://example.org/%d" % i, "author": "Author %d" % i, "published": "2024-06-%02d" % (i % 28 + 1)}
                    for i in range(40)],
        "criteria": [],
        "tools": [],
        "verdict": "Generated | no verdict <yet> & none needed.",
    }
    for c in range(criteria):
        kind = kinds[c % 4]
        criterion = {"id": "criterion-%d" % c, "name": "Criterion %d %s" % (c, rng.choice(WORDS + ["| pipe", "中文", "🚀"])),
                     "kind": kind, "group": "Group %d" % (c // 10)}
        if c % 7 == 0:
            criterion["description"] = rich_sentence(rng, 4, 10)
        if kind == "number":
            criterion["unit"] = "ms"
            criterion["better"] = "lower"
        if kind == "rating":
            criterion["scale"] = 5
            criterion["better"] = "higher"
        doc["criteria"].append(criterion)
    for t in range(tools):
        values = {}
        for criterion in doc["criteria"]:
            if rng.random() > 0.9:
                continue
            kind = criterion["kind"]
            cell = {}
            if kind == "text":
                cell["value"] = rich_sentence(rng, 2, 8)
            elif kind == "support":
                cell["value"] = rng.choice(["yes", "partial", "preview", "no"])
            elif kind == "number":
                cell["value"] = round(rng.uniform(0, 500), 2)
                roll = rng.random()
                if roll < 0.2:
                    cell["qualifier"] = "about"
                elif roll < 0.3:
                    cell["qualifier"] = "at-most"
                elif roll < 0.4:
                    cell["qualifier"] = "at-least"
                elif roll < 0.5:
                    cell["max"] = round(cell["value"] + rng.uniform(1, 100), 2)
            else:
                cell["value"] = rng.randint(0, 5)
            if rng.random() < 0.8:
                cell["note"] = rich_sentence(rng, 2, 6)
                cell["sources"] = ["s%d" % s for s in rng.sample(range(40), rng.choice([2, 2, 3]))]
                if rng.random() < 0.03:
                    cell["disputed"] = True
            if rng.random() < 0.05:
                cell["version"] = "%d.%d" % (rng.randint(0, 3), rng.randint(0, 30))
            if rng.random() < 0.05:
                cell["verified"] = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
            values[criterion["id"]] = cell["value"] if len(cell) == 1 else cell
        doc["tools"].append({
            "id": "tool-%d" % t, "name": "Tool %d %s" % (t, rng.choice(WORDS + ["中文", "עברית", "🚀"])),
            "url": "https://example.org/tool/%d" % t, "version": "%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 40), rng.randint(0, 9)),
            "verified": "2024-12-%02d" % rng.randint(1, 28),
            "values": values,
            "pros": [rich_sentence(rng, 4, 12), {"text": rich_sentence(rng, 4, 12), "sources": ["s%d" % rng.randint(0, 39)]}],
            "cons": [rich_sentence(rng, 4, 12)],
        })
    return doc


def main():
    tools, criteria, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    shape = sys.argv[5] if len(sys.argv) > 5 else "plain"
    if shape == "realistic":
        with open(out, "w", encoding="utf-8") as f:
            json.dump(realistic(tools, criteria, seed), f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
        return
    if shape != "plain":
        raise SystemExit("unknown shape " + shape)
    rng = random.Random(seed)
    kinds = ["text", "support", "number", "rating"]
    doc = {
        "format": "techmatrix/v1",
        "id": "benchmark-%dx%d" % (tools, criteria),
        "title": "Benchmark matrix: %d tools x %d criteria" % (tools, criteria),
        "summary": "A generated matrix for measuring render speed.",
        "asOf": "2025-01-01",
        "sources": [{"id": "source-%d" % i, "title": "Source %d" % i, "url": "https://example.org/%d" % i} for i in range(5)],
        "criteria": [],
        "tools": [],
        "verdict": "Generated.",
    }
    for c in range(criteria):
        kind = kinds[c % 4]
        criterion = {"id": "criterion-%d" % c, "name": "Criterion %d %s" % (c, rng.choice(WORDS)), "kind": kind,
                     "group": "Group %d" % (c // 10)}
        if kind == "number":
            criterion["unit"] = "ms"
            criterion["better"] = "lower"
        if kind == "rating":
            criterion["scale"] = 5
            criterion["better"] = "higher"
        doc["criteria"].append(criterion)
    for t in range(tools):
        values = {}
        for c, criterion in enumerate(doc["criteria"]):
            if rng.random() > 0.9:
                continue
            kind = criterion["kind"]
            if kind == "text":
                value = sentence(rng, 3, 12)
            elif kind == "support":
                value = rng.choice(["yes", "partial", "no"])
            elif kind == "number":
                value = round(rng.uniform(0, 500), 2)
            else:
                value = rng.randint(0, 5)
            if rng.random() < 0.1:
                value = {"value": value, "note": sentence(rng, 4, 10), "sources": ["source-%d" % rng.randint(0, 4)]}
            values[criterion["id"]] = value
        doc["tools"].append({
            "id": "tool-%d" % t, "name": "Tool %d %s" % (t, rng.choice(WORDS)), "url": "https://example.org/tool/%d" % t,
            "values": values,
            "pros": [sentence(rng, 4, 12), {"text": sentence(rng, 4, 12), "sources": ["source-0"]}],
            "cons": [sentence(rng, 4, 12)],
        })
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()

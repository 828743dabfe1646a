#!/usr/bin/env python3
"""Writes a seeded techmatrix/v1 document of TOOLS x CRITERIA for the benchmark.

Criteria cycle through the four kinds; cells are filled at about 90 %, a tenth of them with a
note and a source; every tool has two pros and a con. Text is plain English with some
punctuation that the renderers must escape.
Usage: generate-matrix.py TOOLS CRITERIA SEED OUT.json
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


def main():
    tools, criteria, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
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

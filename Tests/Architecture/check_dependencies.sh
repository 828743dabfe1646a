#!/usr/bin/env bash
# Checks that the folders of Sources/TechMatrix use each other only along the arrows of
# ARCHITECTURE.md. For every Swift file it finds the top-level types the file declares (struct,
# enum, class, protocol, actor, typealias) and every type name the file mentions outside
# comments and string literals (string interpolations are read); a mention of a type declared
# in another folder is an arrow from this folder to that one. An arrow outside the allowed graph
# fails (exit 1), naming the file, the type and the arrow, unless it is listed in
# Tests/Architecture/known-violations.txt, where every entry is debt to remove.
#
# Usage: bash Tests/Architecture/check_dependencies.sh [--list]
#   --list  print every current violation in the allow-list's format and exit 0
# Limits: only type names are seen. A call of a method declared in an extension in another
# folder (`matrix.problems()`), or an implicit member (`.markdown`), names no type and is not seen.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 - "$@" <<'PY'
import os, re, sys

ROOT = "Sources/TechMatrix"
ALLOW_LIST = "Tests/Architecture/known-violations.txt"
FOLDERS = ["Support", "Diagnostics", "Model", "DSL", "Validation", "Interchange", "Ranking", "Rendering", "Diff", "Embedding", "Audit", "CLI"]
# Arrow = "may use". A folder may always use itself.
ALLOWED = {
    "Support": set(),
    "Diagnostics": {"Support"},
    "Model": {"Support"},
    "DSL": {"Model", "Support", "Diagnostics"},
    "Validation": {"Model", "Support", "Diagnostics"},
    "Interchange": {"Validation", "Model", "Support", "Diagnostics"},
    "Ranking": {"Model", "Support", "Diagnostics"},
    "Rendering": {"Ranking", "Interchange", "Model", "Support"},
    "Diff": {"Rendering", "Interchange", "Model", "Support", "Diagnostics"},
    "Embedding": {"Rendering", "Model", "Support", "Diagnostics"},
    "Audit": {"Rendering", "Model", "Support", "Diagnostics"},
    "CLI": set(FOLDERS),
}

def code_tokens(text):
    """Identifiers outside comments and string literals (interpolations included), each with its
    brace depth, as (identifier, depth)."""
    tokens = []
    i, n = 0, len(text)
    depth = 0
    # A stack of contexts: ("code", paren depth) inside interpolations, to return to the string.
    stack = []
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if text.startswith("/*", i):
            level, i = 1, i + 2
            while i < n and level:
                if text.startswith("/*", i): level, i = level + 1, i + 2
                elif text.startswith("*/", i): level, i = level - 1, i + 2
                else: i += 1
            continue
        m = re.match(r'(#*)("""|")', text[i:])
        if m:
            hashes, quote = m.group(1), m.group(2)
            i += len(m.group(0))
            close = quote + hashes
            interpolation = "\\" + hashes + "("
            # Read the string; an interpolation is lexed as code up to its closing parenthesis.
            while i < n:
                if text.startswith(close, i):
                    i += len(close)
                    break
                if text.startswith(interpolation, i):
                    i += len(interpolation)
                    level, start = 1, i
                    while i < n and level:
                        if text[i] == "(": level += 1
                        elif text[i] == ")": level -= 1
                        elif text[i] == '"':
                            # A string inside the interpolation: skip it simply.
                            j = text.find('"', i + 1)
                            i = n if j < 0 else j
                        i += 1
                    tokens += [(name, depth) for name, _ in code_tokens(text[start:i - 1])]
                    continue
                if not hashes and text[i] == "\\":
                    i += 2
                    continue
                i += 1
            continue
        if c == "{": depth += 1
        elif c == "}": depth -= 1
        m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", text[i:])
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_$")):
            tokens.append((m.group(0), depth))
            i += len(m.group(0))
            continue
        i += 1
    return tokens

DECLARATION = {"struct", "enum", "class", "protocol", "actor", "typealias"}

files = {}
for folder in sorted(os.listdir(ROOT)):
    path = os.path.join(ROOT, folder)
    if not os.path.isdir(path):
        continue
    for directory, _, names in os.walk(path):
        for name in sorted(names):
            if name.endswith(".swift"):
                files[os.path.join(directory, name)] = folder
loose = [name for name in os.listdir(ROOT) if name.endswith(".swift")]

problems = []
# The graph itself must run one way: no folder may reach itself through the arrows.
def reaches(start, goal, seen=()):
    return any(nxt == goal or (nxt not in seen and reaches(nxt, goal, seen + (nxt,))) for nxt in ALLOWED[start] if nxt != start)
for folder in FOLDERS:
    if folder != "CLI" and reaches(folder, folder):
        problems.append(f"the allowed graph has a cycle through {folder}: arrows must run one way")
for name in loose:
    problems.append(f"{ROOT}/{name}: a file outside the folders; put it in one of {', '.join(FOLDERS)}")
for path, folder in files.items():
    if folder not in ALLOWED:
        problems.append(f"{path}: folder {folder} is not in the graph of ARCHITECTURE.md; add it there and here")

tokens = {path: code_tokens(open(path, encoding="utf-8").read()) for path in files}
owner = {}  # type name -> folder that declares it at top level
for path, folder in files.items():
    items = tokens[path]
    for (word, depth), (following, _) in zip(items, items[1:]):
        if word in DECLARATION and depth == 0:
            if following in owner and owner[following] != folder:
                problems.append(f"{path}: type {following} is also declared in {owner[following]}; the check needs unique type names")
            owner[following] = folder

violations = set()
for path, folder in files.items():
    for word, _ in tokens[path]:
        target = owner.get(word)
        if target and target != folder and folder in ALLOWED and target not in ALLOWED[folder]:
            violations.add((os.path.relpath(path, ROOT), word, f"{folder} -> {target}"))

def line(violation):
    return f"{violation[0]} {violation[1]} {violation[2]}"

if "--list" in sys.argv[1:]:
    for violation in sorted(violations):
        print(line(violation))
    sys.exit(0)

known = set()
if os.path.exists(ALLOW_LIST):
    for raw in open(ALLOW_LIST, encoding="utf-8"):
        text = raw.split("#", 1)[0].strip()
        if text:
            known.add(" ".join(text.split()))

new = sorted(v for v in violations if line(v) not in known)
stale = sorted(known - {line(v) for v in violations})
for entry in stale:
    print(f"note: {ALLOW_LIST}: '{entry}' no longer occurs; remove it from the list")
for violation in new:
    problems.append(f"{ROOT}/{violation[0]}: uses {violation[1]} from {violation[2].split(' -> ')[1]}: the arrow {violation[2].replace('->', '→')} is not allowed (see ARCHITECTURE.md)")
for problem in problems:
    print(f"error: {problem}")
print(f"{len(files)} files in {len(set(files.values()))} folders, {len(owner)} types; "
      f"{len(violations)} forbidden arrows, {len(violations) - len(new)} of them known debt in {ALLOW_LIST}; {len(problems)} errors")
sys.exit(1 if problems else 0)
PY

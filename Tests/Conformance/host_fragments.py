#!/usr/bin/env python3
"""Puts every fragment of the conformance corpus into a minimal host page, so that the Nu HTML
Checker (which validates documents, not fragments) checks the fragments too.

For each CORPUS_DIR/<id>.fragment.html it writes OUT_DIR/<id>.fragment-host.html: a valid
HTML document whose body is a heading and the fragment, byte for byte.

Usage: host_fragments.py CORPUS_DIR OUT_DIR
"""
import os
import sys

HEAD = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Host page</title>\n</head>\n<body>\n<h1>Host page</h1>\n'
TAIL = '</body>\n</html>\n'


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    count = 0
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".fragment.html"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            fragment = f.read()
        with open(os.path.join(out, name[:-len(".html")] + "-host.html"), "w", encoding="utf-8", newline="") as f:
            f.write(HEAD + fragment + TAIL)
        count += 1
    print("hosted %d fragments in %s" % (count, out))


if __name__ == "__main__":
    main()

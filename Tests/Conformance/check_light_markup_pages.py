#!/usr/bin/env python3
"""Checks committed AsciiDoc and reStructuredText renderings (output/*.adoc, output/*.rst):
Asciidoctor converts each .adoc without a warning, and docutils reads each .rst without a
system message of level 2 (warning) or more.

Usage: check_light_markup_pages.py FILE...
Prints one line per failure and closes with 'N passed, N failed'.
"""
import io
import subprocess
import sys

import docutils.core


def main():
    passed = failed = 0
    for path in sys.argv[1:]:
        if path.endswith(".adoc"):
            run = subprocess.run(["asciidoctor", "-s", "-w", "-o", "-", path], capture_output=True, text=True)
            problems = run.stderr.strip() or ("exit status %d" % run.returncode if run.returncode else "")
        else:
            stream = io.StringIO()
            with open(path, encoding="utf-8") as f:
                docutils.core.publish_doctree(f.read(), source_path=path, settings_overrides={
                    "report_level": 2, "halt_level": 5, "warning_stream": stream})
            problems = stream.getvalue().strip()
        if problems:
            failed += 1
            print("FAIL %s: %s" % (path, problems[:600]))
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or not sys.argv[1:] else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validates audit reports (`techmatrix audit --format json`) against
schema/techmatrix-audit.schema.json with the independent jsonschema validator (Draft 2020-12),
and checks that each report's counts agree with its findings.

Usage: check_audit_schema.py SCHEMA REPORT.json ...
Closes with 'N passed, N failed'.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    passed = failed = 0
    for path in sys.argv[2:]:
        report = json.load(open(path, encoding="utf-8"))
        errors = sorted(validator.iter_errors(report), key=lambda e: list(e.path))
        for error in errors[:5]:
            print("FAIL %s: %s at %s" % (path, error.message, "/".join(map(str, error.path))))
        ok = not errors
        for matrix in report.get("matrices", []):
            for severity in ("error", "warning", "info"):
                counted = sum(1 for f in matrix["findings"] if f["severity"] == severity)
                if counted != matrix["counts"][severity]:
                    print("FAIL %s: %s counts %d %s findings, lists %d" % (path, matrix["id"], matrix["counts"][severity], severity, counted))
                    ok = False
        passed, failed = passed + ok, failed + (not ok)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

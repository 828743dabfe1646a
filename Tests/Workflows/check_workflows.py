#!/usr/bin/env python3
"""Checks the workflows the repository ships for its users:

- `.pre-commit-hooks.yaml` is a valid pre-commit manifest (pre-commit's own validator), and each
  hook's command, run as the hook would run it (the built executable in place of
  `swift run --quiet techmatrix`), passes on this repository, and the embed hook fails on a
  stale write-up and passes on a fresh one;
- `docs/examples/matrix-diff-comment.yml`: its diff step, run with bash on a git repository whose
  pull request changes one cell, writes the Markdown comment and lets the job go on. (The comment
  step needs GitHub and is not run.)

Usage: check_workflows.py TECHMATRIX_BINARY
Closes with 'N passed, N failed'.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENTRY = "swift run --quiet techmatrix"


class Checker:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL " + message)


def run(command, cwd, env=None):
    return subprocess.run(command, cwd=cwd, shell=isinstance(command, str), capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, executable="/bin/bash" if isinstance(command, str) else None)


def main():
    binary = os.path.abspath(sys.argv[1])
    checker = Checker()
    manifest = os.path.join(ROOT, ".pre-commit-hooks.yaml")
    validated = run([sys.executable, "-m", "pre_commit", "validate-manifest", manifest], ROOT)
    checker.check(validated.returncode == 0, "pre-commit validate-manifest: %s%s" % (validated.stdout, validated.stderr))
    hooks = {hook["id"]: hook for hook in yaml.safe_load(open(manifest, encoding="utf-8"))}
    checker.check(set(hooks) == {"techmatrix-render-check", "techmatrix-embed-check", "techmatrix-audit"}, "hooks: %s" % sorted(hooks))
    for hook in hooks.values():
        checker.check(hook["entry"].startswith(ENTRY + " "), "%s does not run the package's command: %s" % (hook["id"], hook["entry"]))

    # The hooks that look at the whole repository pass on it.
    for name in ("techmatrix-render-check", "techmatrix-audit"):
        result = run(hooks[name]["entry"].replace(ENTRY, binary, 1), ROOT)
        checker.check(result.returncode == 0, "%s fails on the repository: %s%s" % (name, result.stdout[-500:], result.stderr[-500:]))

    work = tempfile.mkdtemp()
    try:
        # The embed hook gets the changed write-ups as file names: stale fails, fresh passes.
        document = os.path.join(work, "notes.md")
        with open(document, "w", encoding="utf-8") as f:
            f.write("# Notes\n\n<!-- techmatrix:service-meshes table-only -->\n<!-- /techmatrix -->\n")
        embed = hooks["techmatrix-embed-check"]["entry"].replace(ENTRY, binary, 1)
        checker.check(run(embed + " notes.md", work).returncode == 1, "the embed hook passes a stale write-up")
        checker.check(run([binary, "embed", "notes.md"], work).returncode == 0, "embed could not update the write-up")
        checker.check(run(embed + " notes.md", work).returncode == 0, "the embed hook fails a fresh write-up")

        # The workflow's diff step on a pull request that changes one cell.
        workflow = yaml.safe_load(open(os.path.join(ROOT, "docs/examples/matrix-diff-comment.yml"), encoding="utf-8"))
        steps = workflow["jobs"]["diff"]["steps"]
        step = next(s for s in steps if "techmatrix diff" in s.get("run", ""))
        git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]
        run(git + ["init", "-q", "-b", "main"], work)
        checker.check(run([binary, "render", "service-meshes", "--format", "json"], work).returncode == 0, "render")
        run(git + ["add", "output"], work)
        run(git + ["commit", "-q", "-m", "base"], work)
        run(git + ["update-ref", "refs/remotes/origin/main", "HEAD"], work)
        path = os.path.join(work, "output/service-meshes.json")
        text = open(path, encoding="utf-8").read()
        checker.check('"Laborious to configure, in the write-up author\'s view"' in text, "the fixture cell is not in the matrix")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace('"Laborious to configure, in the write-up author\'s view"', '"Quick to configure"'))
        run(git + ["commit", "-q", "-am", "pull request"], work)
        env = {name: ("main" if value == "${{ github.base_ref }}" else value) for name, value in step.get("env", {}).items()}
        command = step["run"].replace(".build/release/techmatrix", binary)
        result = run(command, work, env)
        checker.check(result.returncode == 0, "the diff step fails the job: %s" % result.stderr)
        comment = open(os.path.join(work, "matrix-diff.md"), encoding="utf-8").read() if os.path.exists(os.path.join(work, "matrix-diff.md")) else ""
        checker.check("| " in comment and "Quick to configure" in comment and "Laborious to configure" in comment,
                      "the comment does not show the changed cell: %r" % comment[:400])
    finally:
        shutil.rmtree(work)
    print("%d passed, %d failed" % (checker.passed, checker.failed))
    return 1 if checker.failed else 0


if __name__ == "__main__":
    sys.exit(main())

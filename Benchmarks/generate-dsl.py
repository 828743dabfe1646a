#!/usr/bin/env python3
"""Writes a DSL source with N tools x C criteria in the README's idiom: every criterion and
every tool in its own `static let`, the matrix listing them. Uses the v2 DSL throughout:
`citing:`, tool versions and verified dates, qualified numbers and ranges, `preview`, cell
versions and disputed cells, a shared fragment, methodology and a profile; half the tools
rely on `citing:` instead of `sources:`. Used by typecheck.sh."""
import sys

def main(tools: int, criteria: int, out: str) -> None:
    kinds = ["number", "text", "support", "rating"]
    lines = ["import TechMatrix", "", "enum Generated {",
             '    static let talk = Source("A talk", id: "talk", author: "Someone", event: "A conference 2025")',
             '    static let post = Source("A write-up", id: "post", url: "https://example.org/post", accessed: "2025-02-01", reports: talk)',
             '    @ToolBuilder static func shared() -> ToolContent {',
             '        Pro("Open source", sources: talk)',
             '    }']
    for c in range(criteria):
        kind = kinds[c % 4]
        group = f'group: "Group {c // 8}"'
        if kind == "number":
            lines.append(f'    static let c{c} = Criterion.number("Criterion {c}", unit: "ms", better: .lower, {group})')
        elif kind == "rating":
            lines.append(f'    static let c{c} = Criterion.rating("Criterion {c}", scale: 5, {group})')
        else:
            lines.append(f'    static let c{c} = Criterion.{kind}("Criterion {c}", {group})')
    for t in range(tools):
        lines.append(f'    static let tool{t} = Tool("Tool {t}", url: "https://example.org/{t}", version: "1.{t}", verified: "2025-01-01", citing: post) {{')
        lines.append('        shared()')
        cite = ", sources: talk" if t % 2 == 0 else ""
        for c in range(criteria):
            kind = kinds[c % 4]
            v = (t * 7 + c) % 100
            if kind == "number":
                number = [f"{v}", f".about({v})", f".atMost({v})", f"{v}...{v + 5}"][(t + c) % 4]
                lines.append(f'        c{c}({number}, note: "Measured on the demo"{cite})')
            elif kind == "text":
                lines.append(f'        c{c}("Value {t}-{c}"{cite})')
            elif kind == "support":
                if (t + c) % 5 == 0:
                    lines.append(f'        c{c}(.preview, note: "Sources disagree", version: "2.0", disputed: true, sources: talk, post)')
                else:
                    lines.append(f'        c{c}(.{["yes", "partial", "no"][(t + c) % 3]}{cite})')
            else:
                lines.append(f'        c{c}({(t + c) % 6}{cite})')
        lines.append(f'        Pro("Fast to set up"{cite})')
        lines.append(f'        Con("Few integrations"{cite})')
        lines.append("    }")
    lines.append('    static let matrix = Matrix("Generated", asOf: "2025-01-01") {')
    lines.append('        Summary("A generated matrix for measuring type-check time.")')
    lines.append('        Methodology("Generated.")')
    lines.append('        Profile("Fast", require: [c0.required(atMost: 50)], weights: [c0.weighted(3), c3.weighted(1)])')
    lines.append("        talk")
    lines += [f"        c{c}" for c in range(criteria)]
    lines += [f"        tool{t}" for t in range(tools)]
    lines.append("    }")
    lines.append("}")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])

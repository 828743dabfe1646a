#!/usr/bin/env python3
"""Writes a DSL source with N tools x C criteria in the README's idiom: every criterion and
every tool in its own `static let`, the matrix listing them. Used by typecheck.sh."""
import sys

def main(tools: int, criteria: int, out: str) -> None:
    kinds = ["number", "text", "support", "rating"]
    lines = ["import TechMatrix", "", "enum Generated {",
             '    static let talk = Source("A talk", id: "talk", author: "Someone", event: "A conference 2025")']
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
        lines.append(f'    static let tool{t} = Tool("Tool {t}", url: "https://example.org/{t}") {{')
        for c in range(criteria):
            kind = kinds[c % 4]
            if kind == "number":
                lines.append(f'        c{c}({(t * 7 + c) % 100}, note: "Measured on the demo", sources: talk)')
            elif kind == "text":
                lines.append(f'        c{c}("Value {t}-{c}", sources: talk)')
            elif kind == "support":
                lines.append(f'        c{c}(.{["yes", "partial", "no"][(t + c) % 3]}, sources: talk)')
            else:
                lines.append(f'        c{c}({(t + c) % 6}, sources: talk)')
        lines.append('        Pro("Fast to set up", sources: talk)')
        lines.append('        Con("Few integrations", sources: talk)')
        lines.append("    }")
    lines.append('    static let matrix = Matrix("Generated", asOf: "2025-01-01") {')
    lines.append('        Summary("A generated matrix for measuring type-check time.")')
    lines.append("        talk")
    lines += [f"        c{c}" for c in range(criteria)]
    lines += [f"        tool{t}" for t in range(tools)]
    lines.append("    }")
    lines.append("}")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])

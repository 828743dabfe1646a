#!/usr/bin/env python3
"""The peers the benchmark compares against, each run as its own process the way people use
them today: read a techmatrix/v1 document with Python's json module, build one table (tools
as rows, every criterion, pros and cons), and write it.

Usage: peers.py PEER FORMAT INPUT.json OUTPUT
PEER is tabulate, pandas or pytablewriter; FORMAT is md, csv or html. tabulate has no CSV
writer, so its CSV column uses Python's csv module on the same rows.
"""
import csv
import json
import sys


def rows(doc):
    criteria = doc["criteria"]
    header = ["Tool"] + [c["name"] for c in criteria] + ["Pros", "Cons"]
    body = []
    for tool in doc["tools"]:
        values = tool.get("values", {})
        row = [tool["name"]]
        for criterion in criteria:
            cell = values.get(criterion["id"])
            if isinstance(cell, dict):
                cell = cell["value"]
            row.append("" if cell is None else cell)
        for key in ("pros", "cons"):
            row.append("\n".join(r if isinstance(r, str) else r["text"] for r in tool.get(key, [])))
        body.append(row)
    return header, body


def main():
    peer, fmt, source, target = sys.argv[1:5]
    with open(source, encoding="utf-8") as f:
        doc = json.load(f)
    header, body = rows(doc)
    with open(target, "w", encoding="utf-8", newline="") as out:
        if peer == "tabulate":
            if fmt == "csv":
                writer = csv.writer(out)
                writer.writerow(header)
                writer.writerows(body)
            else:
                from tabulate import tabulate
                out.write(tabulate(body, headers=header, tablefmt="github" if fmt == "md" else "html"))
        elif peer == "pandas":
            import pandas
            frame = pandas.DataFrame(body, columns=header)
            if fmt == "md":
                out.write(frame.to_markdown(index=False))
            elif fmt == "csv":
                frame.to_csv(out, index=False)
            else:
                out.write(frame.to_html(index=False))
        elif peer == "pytablewriter":
            import pytablewriter
            writer = {"md": pytablewriter.MarkdownTableWriter, "csv": pytablewriter.CsvTableWriter,
                      "html": pytablewriter.HtmlTableWriter}[fmt]()
            writer.headers = header
            writer.value_matrix = body
            writer.stream = out
            writer.write_table()
        else:
            raise SystemExit("unknown peer " + peer)


if __name__ == "__main__":
    main()

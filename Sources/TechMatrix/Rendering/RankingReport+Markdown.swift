/// Rankings as GitHub-flavoured Markdown: the "Which one fits" section of a matrix's Markdown
/// rendering, and `rank --format md` for a pull-request comment or a write-up. User text
/// goes through ``MarkdownEscaping``.
extension RankingReport {
    /// The "Which one fits" section: one subsection per declared profile. Writes nothing for a
    /// matrix without profiles.
    static func whichOneFits(_ matrix: Matrix, plain: Bool, into output: inout ByteBuffer) {
        guard !matrix.profiles.isEmpty else { return }
        output.append("## Which one fits\n\n")
        output.append("For each use case: the tools that meet its must-haves, ranked by a weighted score from 0 to 1. ")
        output.append("A score is an interval [low, high] when a cell is not assessed (low counts it as the worst, high as the best); ")
        output.append("tools whose intervals overlap cannot be told apart on what is known.\n\n")
        for ranking in declared(matrix) {
            output.append("### ")
            MarkdownEscaping.heading(ranking.profile.name, into: &output)
            output.append("\n\n")
            RankingReport(matrix: matrix, ranking: ranking, plain: plain).markdownBody(into: &output)
        }
    }

    /// `rank --format md`: a heading per profile, then its body.
    static func markdown(_ matrix: Matrix, rankings: [Ranking], plain: Bool) -> String {
        var output = ByteBuffer(capacity: 4096)
        for ranking in rankings {
            output.append("### Which one fits: ")
            MarkdownEscaping.heading(ranking.profile.name, into: &output)
            output.append(" (")
            MarkdownEscaping.heading(matrix.title, into: &output)
            output.append(")\n\n")
            RankingReport(matrix: matrix, ranking: ranking, plain: plain).markdownBody(into: &output)
        }
        output.removeTrailingBlankLine()
        return output.string
    }

    /// Description, must-haves and weights, the ranking table, the unknown and the out tools,
    /// the sensitivity and the notes.
    func markdownBody(into output: inout ByteBuffer) {
        if let description = ranking.profile.description {
            MarkdownEscaping.prose(description, into: &output)
            output.append("\n\n")
        }
        if let requirements {
            output.append("**Must have:** ")
            MarkdownEscaping.tableCell(requirements, into: &output)
            output.append("\n\n")
        }
        if let weights {
            output.append("**Weights:** ")
            MarkdownEscaping.tableCell(weights, into: &output)
            output.append("\n\n")
        }
        if !ranking.ranked.isEmpty {
            output.append("| " + RankedRow.headings.joined(separator: " | ") + " |\n|")
            output.append(String(repeating: " --- |", count: RankedRow.headings.count) + "\n")
            for entry in ranking.ranked {
                // Place, score and share are digits and punctuation of ours; names are escaped.
                let row = rankedRow(entry)
                output.append("| " + row.place + " | ")
                MarkdownEscaping.tableCell(row.tool, into: &output)
                output.append(" | " + row.score + " | " + row.firstIn + " | ")
                MarkdownEscaping.tableCell(row.apart, into: &output)
                output.append(" |\n")
            }
            output.append("\n")
        }
        for (title, entries, unknown) in [("Unknown, not ranked", ranking.unknown, true), ("Out", ranking.out, false)] where !entries.isEmpty {
            output.append("**\(title):**\n\n")
            for entry in entries {
                output.append("- ")
                MarkdownEscaping.prose(entry.tool.name, into: &output)
                output.append(": ")
                let said = reasons(entry, unknown: unknown)
                MarkdownEscaping.tableCell(said.reasons, into: &output)
                output.append((said.score ?? "") + "\n")
            }
            output.append("\n")
        }
        for sentence in ([sensitivity].compactMap { $0 } + notes) {
            MarkdownEscaping.prose(sentence, into: &output)
            output.append("\n\n")
        }
    }
}

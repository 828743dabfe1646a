/// The page's "Which one fits" section, for matrices that declare profiles: the fit finder
/// (must-haves, weight sliders, a live ranking; hidden until its script runs) and, per declared
/// profile, the static ranking that the page shows with or without the script.
extension HTMLRenderer {
    /// Whether the page carries the section, its style, its script and their hashes.
    var hasFitSection: Bool { !matrix.profiles.isEmpty && !options.fragment }

    func whichOneFits(into output: inout ByteBuffer) {
        guard hasFitSection else { return }
        output.append("<section class=\"tm-fit\" id=\"")
        anchor("fit", into: &output)
        output.append("\" aria-labelledby=\"")
        anchor("fit-heading", into: &output)
        output.append("\">\n<h2 id=\"")
        anchor("fit-heading", into: &output)
        output.append("\">Which one fits</h2>\n")
        output.append(
            "<p class=\"tm-fit-intro\">For each use case: the tools that meet its must-haves, ranked by a weighted score from 0 to 1. A score is an interval [low, high] when a cell is not assessed (low counts it as the worst, high as the best); tools whose intervals overlap cannot be told apart on what is known.</p>\n"
        )
        finder(into: &output)
        for ranking in RankingReport.declared(matrix) {
            var report = RankingReport(matrix: matrix, ranking: ranking, plain: options.plainSymbols)
            report.supportWords = true
            output.append("<article class=\"tm-fit-profile\" id=\"")
            anchor("fit-" + ranking.profile.id, into: &output)
            output.append("\">\n<h3 class=\"tm-prose\">")
            HTMLEscaping.text(ranking.profile.name, into: &output)
            output.append("</h3>\n")
            if let description = ranking.profile.description {
                output.append("<p class=\"tm-prose\">")
                HTMLEscaping.text(description, into: &output)
                output.append("</p>\n")
            }
            report.html(into: &output)
            output.append("</article>\n")
        }
        output.append("</section>\n")
    }

    /// The interactive part: one row per criterion that can be required, one slider per
    /// criterion that can be weighted, the live region and the link. The script fills in the
    /// values from the URL fragment or the first profile and reveals it.
    private func finder(into output: inout ByteBuffer) {
        output.append("<div class=\"tm-finder\" hidden")
        if options.plainSymbols { output.append(" data-plain=\"true\"") }
        output.append(">\n<h3>Find your fit</h3>\n<p class=\"tm-fit-start\"><label for=\"")
        anchor("fit-start", into: &output)
        output.append("\">Start from</label> <select id=\"")
        anchor("fit-start", into: &output)
        output.append("\">")
        for profile in matrix.profiles {
            output.append("<option value=\"")
            output.append(profile.id)
            output.append("\">")
            HTMLEscaping.text(profile.name, into: &output)
            output.append("</option>")
        }
        output.append("<option value=\"\">Nothing</option></select></p>\n<div class=\"tm-fit-controls\">\n")
        output.append("<fieldset class=\"tm-fit-musts\">\n<legend>Must-haves</legend>\n")
        for criterion in matrix.criteria where Ranking.isRequirable(criterion) {
            var id = ByteBuffer(capacity: 64)
            anchor("must-" + criterion.id, into: &id)
            output.append("<div class=\"tm-fit-row tm-fit-must\" data-criterion=\"")
            output.append(criterion.id)
            output.append("\"><span class=\"tm-fit-name\"><input type=\"checkbox\" class=\"tm-fit-on\" id=\"")
            output.append(id)
            output.append("\"> <label for=\"")
            output.append(id)
            output.append("\">")
            HTMLEscaping.text(criterion.name, into: &output)
            output.append("</label></span> <span class=\"tm-fit-how\">")
            switch criterion.kind {
            case .support:
                selectLabel(criterion, "what passes", into: &output)
                output.append("<option value=\"yes\">yes only</option><option value=\"partial\">yes, partial or preview</option></select>")
            case .number(let unit, let better):
                selectLabel(criterion, "at most or at least", into: &output)
                output.append(
                    better == .higher
                        ? "<option value=\"atLeast\">at least</option><option value=\"atMost\">at most</option></select>"
                        : "<option value=\"atMost\">at most</option><option value=\"atLeast\">at least</option></select>")
                output.append(" <input type=\"number\" class=\"tm-fit-limit\" step=\"any\" value=\"")
                output.append(NumberFormatting.json(defaultLimit(criterion)))
                output.append("\" aria-label=\"")
                HTMLEscaping.attribute(criterion.name + ": limit", into: &output)
                output.append("\">")
                if let unit, !unit.isEmpty {
                    output.append(" <span class=\"tm-fit-unit\">")
                    HTMLEscaping.text(unit, into: &output)
                    output.append("</span>")
                }
            case .rating(let scale, _):
                output.append("at least <input type=\"number\" class=\"tm-fit-limit\" min=\"0\" max=\"\(scale)\" step=\"1\" value=\"\((scale + 1) / 2)\" aria-label=\"")
                HTMLEscaping.attribute(criterion.name + ": lowest rating that passes", into: &output)
                output.append("\">/\(scale)")
            case .text:
                break
            }
            output.append("</span></div>\n")
        }
        output.append("</fieldset>\n<fieldset class=\"tm-fit-weights\">\n<legend>Weights, from 0 (ignore) to 10</legend>\n")
        for criterion in matrix.criteria where Ranking.isWeightable(criterion) {
            var id = ByteBuffer(capacity: 64)
            anchor("weight-" + criterion.id, into: &id)
            output.append("<div class=\"tm-fit-row tm-fit-weight\" data-criterion=\"")
            output.append(criterion.id)
            output.append("\"><label for=\"")
            output.append(id)
            output.append("\">")
            HTMLEscaping.text(criterion.name, into: &output)
            output.append("</label> <span class=\"tm-fit-how\"><input type=\"range\" min=\"0\" max=\"10\" step=\"0.5\" value=\"0\" id=\"")
            output.append(id)
            output.append("\"> <output for=\"")
            output.append(id)
            output.append("\">0</output></span></div>\n")
        }
        output.append("</fieldset>\n</div>\n")
        output.append("<p class=\"tm-fit-summary\" role=\"status\" aria-live=\"polite\"></p>\n")
        output.append("<div class=\"tm-fit-result\"></div>\n")
        output.append("<p class=\"tm-fit-linkline\"><a href=\"#")
        anchor("fit", into: &output)
        output.append("\">Link to this view</a></p>\n</div>\n")
        output.append("<script type=\"application/json\" class=\"tm-fit-data\">")
        output.append(Ranking.pageDataText(matrix).dropLast().description)
        output.append("</script>\n")
    }

    private func selectLabel(_ criterion: Criterion, _ what: String, into output: inout ByteBuffer) {
        output.append("<select class=\"tm-fit-op\" aria-label=\"")
        HTMLEscaping.attribute(criterion.name + ": " + what, into: &output)
        output.append("\">")
    }

    /// A limit that every assessed cell meets, so that ticking the box first keeps everyone.
    private func defaultLimit(_ criterion: Criterion) -> Double {
        var ends: [Double] = []
        for tool in matrix.tools {
            guard let interval = tool[criterion]?.interval else { continue }
            ends += [interval.lowerBound, interval.upperBound].filter(\.isFinite)
        }
        if case .number(_, .higher) = criterion.kind { return ends.min() ?? 0 }
        return ends.max() ?? 0
    }
}

extension RankingReport {
    /// One profile's ranking as HTML: must-haves, weights, the table, the unknown and out
    /// tools, the sensitivity and the notes. The page's script builds the same markup for the
    /// fit finder.
    func html(into output: inout ByteBuffer) {
        func paragraph(_ label: String, _ text: String) {
            output.append("<p><strong>\(label)</strong> ")
            HTMLEscaping.text(text, into: &output)
            output.append("</p>\n")
        }
        if let requirements { paragraph("Must have:", requirements) }
        if let weights { paragraph("Weights:", weights) }
        if !ranking.ranked.isEmpty {
            output.append("<div class=\"tm-fit-wrap\"><table class=\"tm-fit-table\">\n<caption>Ranking for ")
            HTMLEscaping.text(ranking.profile.name, into: &output)
            output.append("</caption>\n<thead><tr>")
            for heading in RankedRow.headings { output.append("<th scope=\"col\">" + heading + "</th>") }
            output.append("</tr></thead>\n<tbody>\n")
            for entry in ranking.ranked {
                let row = rankedRow(entry)
                output.append("<tr data-tool=\"")
                output.append(entry.tool.id)
                output.append("\"><td>" + row.place + "</td><th scope=\"row\">")
                HTMLEscaping.text(row.tool, into: &output)
                output.append("</th><td class=\"tm-fit-score\">" + row.score + "</td><td>" + row.firstIn + "</td><td>")
                HTMLEscaping.text(row.apart, into: &output)
                output.append("</td></tr>\n")
            }
            output.append("</tbody>\n</table></div>\n")
        }
        for (title, entries, unknown) in [("Unknown, not ranked", ranking.unknown, true), ("Out", ranking.out, false)] where !entries.isEmpty {
            output.append("<h4>\(title)</h4>\n<ul class=\"")
            output.append(unknown ? "tm-fit-unknown" : "tm-fit-out")
            output.append("\">\n")
            for entry in entries {
                output.append("<li data-tool=\"")
                output.append(entry.tool.id)
                output.append("\"><strong>")
                HTMLEscaping.text(entry.tool.name, into: &output)
                output.append("</strong>: ")
                let said = reasons(entry, unknown: unknown)
                HTMLEscaping.text(said.reasons, into: &output)
                output.append(said.score ?? "")
                output.append("</li>\n")
            }
            output.append("</ul>\n")
        }
        if let sensitivity {
            output.append("<p class=\"tm-fit-sensitivity")
            if ranking.sensitivity?.fragile == true { output.append(" tm-fragile") }
            output.append("\">")
            HTMLEscaping.text(sensitivity, into: &output)
            output.append("</p>\n")
        }
        for note in notes {
            output.append("<p class=\"tm-fit-note\">")
            HTMLEscaping.text(note, into: &output)
            output.append("</p>\n")
        }
    }
}

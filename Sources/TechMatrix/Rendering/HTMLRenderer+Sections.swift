extension HTMLRenderer {
    /// Pros and cons, one card per tool that has any.
    func cards(into output: inout ByteBuffer) {
        let tools = matrix.tools.indices.filter {
            let tool = matrix.tools[$0]
            return !tool.pros.isEmpty || !tool.cons.isEmpty || tool.summary != nil || Presentation.versionLine(tool) != nil
        }
        guard !tools.isEmpty else { return }
        output.append("<section>\n<h2>Pros and cons</h2>\n<div class=\"tm-cards\">\n")
        for toolIndex in tools {
            let tool = matrix.tools[toolIndex]
            output.append("<article class=\"tm-card\">\n<h3 class=\"tm-prose\">")
            HTMLEscaping.text(tool.name, into: &output)
            output.append("</h3>\n")
            if let line = Presentation.versionLine(tool) {
                output.append("<p class=\"tm-verified\">")
                HTMLEscaping.text(line, into: &output)
                output.append("</p>\n")
            }
            if let summary = tool.summary {
                output.append("<p class=\"tm-prose\">")
                HTMLEscaping.text(summary, into: &output)
                output.append("</p>\n")
            }
            for list in presentation.remarkLists(toolIndex) {
                let letter = Self.noteLetter(list.kind)
                output.append("<h4>\(list.kind.title)</h4>\n<ul class=\"\(list.kind == .pros ? "tm-pros" : "tm-cons")\">\n")
                for (index, (remark, footnote)) in list.items.enumerated() {
                    output.append("<li>")
                    HTMLEscaping.text(remark.text, into: &output)
                    if let number = footnote {
                        footnoteReference(number, from: NotePlace(letter: letter, first: toolIndex, second: index), into: &output)
                    }
                    output.append("</li>\n")
                }
                output.append("</ul>\n")
            }
            output.append("</article>\n")
        }
        output.append("</div>\n</section>\n")
    }

    /// The place of the first reference to footnote `number`, for its back-link, in the order
    /// the page shows them (the table, then the pros and cons); `nil` when nothing cites it.
    ///
    /// A footnote is made from the first thing that cites it and only things on its own line
    /// share it, and the presentation makes each line's footnotes in the order the table shows
    /// them, so what it was made from is its first reference: nothing is scanned or stored.
    func firstReference(_ number: Int) -> NotePlace? {
        switch presentation.footnoteOwner(number) {
        case .cell(let criterion, let tool):
            return NotePlace(letter: UInt8(ascii: "c"), first: criterion, second: tool)
        case .remark(let kind, let tool, let index):
            return NotePlace(letter: Self.noteLetter(kind), first: tool, second: index)
        case .description(let criterion):
            // A description on a criterion's label is not a reference; a cell of its row that
            // says the same shares it and is.
            for tool in matrix.tools.indices where presentation.entry(criterion, tool).footnote == number {
                return NotePlace(letter: UInt8(ascii: "c"), first: criterion, second: tool)
            }
            return nil
        }
    }

    /// The numbered notes, each with a back-link to where it is first cited.
    func notes(into output: inout ByteBuffer) {
        guard presentation.footnoteCount > 0 else { return }
        output.append("<section>\n")
        heading("Notes", into: &output)
        output.append("<ul class=\"tm-notes\">\n")
        // Each source's link is written once and copied into every note that cites it.
        let links = matrix.sources.map { source in
            var link = ByteBuffer(capacity: 128)
            self.link(source.title, url: source.url, into: &link)
            return link
        }
        var positions: [Int] = []
        for index in 0..<presentation.footnoteCount {
            presentation.prefetchFootnote(after: index + 1)
            let footnote = presentation.footnote(index + 1)
            let number = index + 1
            output.append("<li id=\"")
            fixedAnchor("note-", into: &output)
            presentation.appendFootnoteLabel(number, into: &output)
            output.append("\"><span class=\"tm-note-label\">")
            presentation.appendFootnoteLabel(number, into: &output)
            output.append("</span> ")
            presentation.appendNote(
                footnote, links: links, positions: &positions, into: &output, text: { HTMLEscaping.text($0, into: &$1) },
                date: { HTMLEscaping.text($0, into: &$1) })
            if let reference = firstReference(number) {
                output.append(" <a href=\"#")
                referenceAnchor(reference, into: &output)
                output.append("\" aria-label=\"back to the first reference\">↩</a>")
            }
            output.append("</li>\n")
        }
        output.append("</ul>\n</section>\n")
    }

    /// A section's heading: `<h2>` on a page; in a fragment the level the options ask for, or a
    /// paragraph when they ask for none, so that the fragment adds nothing to its host's outline.
    func heading(_ title: StaticString, into output: inout ByteBuffer) {
        guard options.fragment else {
            output.append("<h2>\(title)</h2>\n")
            return
        }
        guard let level = options.headingLevel else {
            output.append("<p class=\"tm-heading\"><strong>\(title)</strong></p>\n")
            return
        }
        output.append("<h")
        output.appendDecimal(level.rawValue)
        output.append(">\(title)</h")
        output.appendDecimal(level.rawValue)
        output.append(">\n")
    }

    /// Every source with its link and details.
    func sources(into output: inout ByteBuffer) {
        guard !matrix.sources.isEmpty else { return }
        output.append("<section>\n<h2>Sources</h2>\n<ul>\n")
        for source in matrix.sources {
            output.append("<li id=\"")
            anchor("source-" + source.id, into: &output)
            output.append("\">")
            link(source.title, url: source.url, into: &output)
            if let details = presentation.sourceDetails(source) {
                output.append(" — ")
                HTMLEscaping.text(details, into: &output)
            }
            output.append("</li>\n")
        }
        output.append("</ul>\n</section>\n")
    }

    /// A link for `http` and `https` URLs only, opened without a referrer; plain text otherwise.
    func link(_ text: String, url: String?, into output: inout ByteBuffer) {
        var href = ByteBuffer(capacity: 64)
        if let url, HTMLEscaping.webHref(url, into: &href) {
            output.append("<a href=\"")
            output.append(href)
            output.append("\" rel=\"noopener noreferrer\">")
            HTMLEscaping.text(text, into: &output)
            output.append("</a>")
        } else {
            HTMLEscaping.text(text, into: &output)
        }
    }
}

/// A Markdown, HTML, AsciiDoc or reStructuredText document with regions that TechMatrix keeps
/// up to date:
///
/// ```markdown
/// <!-- techmatrix:service-meshes table-only plain -->
/// (generated; replaced on every run)
/// <!-- /techmatrix -->
/// ```
///
/// Markers are comments of the document's language: `<!-- … -->` in Markdown and HTML, line
/// comments in AsciiDoc (`// techmatrix:service-meshes table-only` … `// /techmatrix`) and
/// comments in reStructuredText (`.. techmatrix:service-meshes table-only` … `.. /techmatrix`).
/// Markers stand on lines of their own. The opening marker names a matrix id and options
/// (`table-only`, `rows`, `columns`, `plain`, `pad`, `fragment`, `style`, `h2` … `h6`); everything outside the
/// regions, the marker lines included, is kept byte for byte. In HTML documents the matrix is
/// always rendered as a fragment, since a page cannot hold another page.
struct EmbeddedDocument: Sendable {
    /// The kind of document, which decides how regions are rendered.
    enum Kind: Sendable, Hashable {
        /// Markdown: regions get Markdown.
        case markdown
        /// HTML: regions get an HTML fragment.
        case html
        /// AsciiDoc: regions get AsciiDoc.
        case asciiDoc
        /// reStructuredText: regions get reStructuredText, with a blank line before and after
        /// it so that the marker comments end where they should.
        case reStructuredText

        /// The kind for a file name: `.md`, `.markdown` → Markdown; `.html`, `.htm` → HTML;
        /// `.adoc`, `.asciidoc`, `.asc` → AsciiDoc; `.rst` → reStructuredText.
        init?(fileName: String) {
            let lower = fileName.lowercased()
            let suffixes: [(Kind, [String])] = [
                (.markdown, [".md", ".markdown"]), (.html, [".html", ".htm"]),
                (.asciiDoc, [".adoc", ".asciidoc", ".asc"]), (.reStructuredText, [".rst"]),
            ]
            guard let kind = suffixes.first(where: { $0.1.contains { lower.hasSuffix($0) } })?.0 else { return nil }
            self = kind
        }

        /// How markers are written in this kind of document: the opening marker is
        /// `opening` + id and options + `end`, the closing marker is `closing` exactly.
        var markerSyntax: (opening: String, end: String, closing: String) {
            switch self {
            case .markdown, .html: ("<!-- techmatrix:", " -->", "<!-- /techmatrix -->")
            case .asciiDoc: ("// techmatrix:", "", "// /techmatrix")
            case .reStructuredText: (".. techmatrix:", "", ".. /techmatrix")
            }
        }
    }

    /// A problem with a marker, at a 1-based line.
    struct MarkerError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The line of the offending marker.
        var line: Int
        /// What is wrong and what to do.
        var message: String
        /// `line N: message`.
        var description: String { "line \(line): \(message)" }
    }

    static var options: [String] { RenderFlag.allMarkerWords }

    /// The document's bytes.
    var bytes: [UInt8]
    /// The document's kind.
    var kind: Kind

    /// The document with every region rendered from `matrices`.
    /// - Throws: ``MarkerError`` for the first malformed, unknown, unclosed, nested or stray
    ///   marker; the document is then not changed.
    func updated(with matrices: [Matrix]) throws(MarkerError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var open: (line: Int, region: Region)?
        let syntax = kind.markerSyntax
        let usage = syntax.opening + "<id> [options]" + syntax.end
        // What every marker line starts with, before the `:` of an opening marker.
        let openingStem = String(syntax.opening.dropLast())
        let closingStem = String(syntax.closing.dropLast(syntax.end.count))
        for (number, line) in Self.lines(of: bytes).enumerated().map({ ($0.offset + 1, $0.element) }) {
            let text = String(decoding: line, as: UTF8.self).trimmingWhiteSpace
            let isOpening = text.hasPrefix(openingStem)
            let isClosing = text.hasPrefix(closingStem)
            if !isOpening && !isClosing {
                if open == nil { output += line }
                continue
            }
            if isClosing {
                guard text == syntax.closing else {
                    throw MarkerError(line: number, message: "malformed closing marker; write \(syntax.closing)")
                }
                guard let (_, region) = open else {
                    throw MarkerError(line: number, message: "closing marker without an opening \(syntax.opening)<id>\(syntax.end) before it")
                }
                output += region.render(kind: kind, lineEnding: region.lineEnding)
                output += line
                open = nil
                continue
            }
            if let (openedAt, _) = open {
                throw MarkerError(line: number, message: "a marker inside the region opened at line \(openedAt); regions cannot nest")
            }
            let region = try Region(marker: text, line: number, matrices: matrices, syntax: syntax, usage: usage)
            var withEnding = region
            withEnding.lineEnding = line.suffix(2) == [0x0D, 0x0A] ? [0x0D, 0x0A] : [0x0A]
            output += line
            if line.last != 0x0A { output += withEnding.lineEnding }
            open = (number, withEnding)
        }
        if let (openedAt, _) = open {
            throw MarkerError(line: openedAt, message: "the region opened here is never closed with \(syntax.closing)")
        }
        return output
    }

    /// The lines of `bytes`, each with its line ending.
    static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// One region's marker: the matrix and the options to render it with.
    struct Region {
        var matrix: Matrix
        var options: RenderOptions
        var lineEnding: [UInt8] = [0x0A]

        /// - Parameters:
        ///   - syntax: How the document's kind writes markers.
        ///   - usage: The opening marker as the error messages show it.
        init(marker: String, line: Int, matrices: [Matrix], syntax: (opening: String, end: String, closing: String), usage: String) throws(MarkerError) {
            let end = syntax.end.trimmingWhiteSpace
            guard marker.hasPrefix(syntax.opening), marker.hasSuffix(end), marker.count >= syntax.opening.count + end.count else {
                throw MarkerError(line: line, message: "malformed marker; write \(usage)")
            }
            let words = marker.dropFirst(syntax.opening.count).dropLast(end.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let id = words.first else {
                throw MarkerError(line: line, message: "the marker names no matrix; write \(usage)")
            }
            guard let matrix = matrices.first(where: { $0.id == id }) else {
                let suggestion = Suggestion.closest(to: id, in: matrices.map(\.id))
                throw MarkerError(line: line, message: "no matrix has id '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            }
            var options = RenderOptions()
            for word in words.dropFirst() {
                guard let flag = RenderFlag.flag(forMarkerWord: word), flag.apply(flag.values.isEmpty ? nil : word, to: &options) else {
                    let suggestion = Suggestion.closest(to: word, in: EmbeddedDocument.options)
                    throw MarkerError(line: line, message: "unknown option '\(word)' in the marker; expected \(EmbeddedDocument.options.joined(separator: ", "))" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
                }
            }
            self.matrix = matrix
            self.options = options
        }

        func render(kind: Kind, lineEnding: [UInt8]) -> [UInt8] {
            var options = self.options
            let format: OutputFormat
            switch kind {
            case .markdown: format = .markdown
            case .html:
                format = .html
                options.fragment = true
            case .asciiDoc: format = .asciiDoc
            case .reStructuredText: format = .reStructuredText
            }
            var rendered = Renderer(options: options).renderBytes(matrix, as: format)
            // A comment ends at a blank line, and the closing one must follow one too.
            if kind == .reStructuredText { rendered = [0x0A] + rendered + [0x0A] }
            guard lineEnding == [0x0D, 0x0A] else { return rendered }
            var converted: [UInt8] = []
            converted.reserveCapacity(rendered.count + rendered.count / 20)
            for byte in rendered {
                if byte == 0x0A { converted.append(0x0D) }
                converted.append(byte)
            }
            return converted
        }
    }
}

private extension String {
    var trimmingWhiteSpace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

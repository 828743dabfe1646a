/// A Markdown or HTML document with regions that TechMatrix keeps up to date:
///
/// ```markdown
/// <!-- techmatrix:service-meshes table-only plain -->
/// (generated; replaced on every run)
/// <!-- /techmatrix -->
/// ```
///
/// Markers stand on lines of their own. The opening marker names a matrix id and options
/// (`table-only`, `rows`, `columns`, `plain`, `pad`, `fragment`, `style`, `h2` … `h6`); everything outside the
/// regions, the marker lines included, is kept byte for byte. In HTML documents the matrix is
/// always rendered as a fragment, since a page cannot hold another page.
public struct EmbeddedDocument: Sendable {
    /// The kind of document, which decides how regions are rendered.
    public enum Kind: Sendable, Hashable {
        /// Markdown: regions get Markdown.
        case markdown
        /// HTML: regions get an HTML fragment.
        case html

        /// The kind for a file name: `.md`, `.markdown` → Markdown; `.html`, `.htm` → HTML.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { self = .markdown }
            else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
            else { return nil }
        }
    }

    /// A problem with a marker, at a 1-based line.
    public struct MarkerError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The line of the offending marker.
        public var line: Int
        /// What is wrong and what to do.
        public var message: String
        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    static var options: [String] { RenderFlag.allMarkerWords }

    /// The document's bytes.
    public var bytes: [UInt8]
    /// The document's kind.
    public var kind: Kind

    /// Wraps a document.
    public init(bytes: [UInt8], kind: Kind) {
        self.bytes = bytes
        self.kind = kind
    }

    /// The document with every region rendered from `matrices`.
    /// - Throws: ``MarkerError`` for the first malformed, unknown, unclosed, nested or stray
    ///   marker; the document is then not changed.
    public func updated(with matrices: [Matrix]) throws(MarkerError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var open: (line: Int, region: Region)?
        for (number, line) in Self.lines(of: bytes).enumerated().map({ ($0.offset + 1, $0.element) }) {
            let text = String(decoding: line, as: UTF8.self).trimmingWhiteSpace
            let isOpening = text.hasPrefix("<!-- techmatrix")
            let isClosing = text.hasPrefix("<!-- /techmatrix")
            if !isOpening && !isClosing {
                if open == nil { output += line }
                continue
            }
            if isClosing {
                guard text == "<!-- /techmatrix -->" else {
                    throw MarkerError(line: number, message: "malformed closing marker; write <!-- /techmatrix -->")
                }
                guard let (_, region) = open else {
                    throw MarkerError(line: number, message: "closing marker without an opening <!-- techmatrix:<id> --> before it")
                }
                output += region.render(kind: kind, lineEnding: region.lineEnding)
                output += line
                open = nil
                continue
            }
            if let (openedAt, _) = open {
                throw MarkerError(line: number, message: "a marker inside the region opened at line \(openedAt); regions cannot nest")
            }
            let region = try Region(marker: text, line: number, matrices: matrices)
            var withEnding = region
            withEnding.lineEnding = line.suffix(2) == [0x0D, 0x0A] ? [0x0D, 0x0A] : [0x0A]
            output += line
            if line.last != 0x0A { output += withEnding.lineEnding }
            open = (number, withEnding)
        }
        if let (openedAt, _) = open {
            throw MarkerError(line: openedAt, message: "the region opened here is never closed with <!-- /techmatrix -->")
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

        init(marker: String, line: Int, matrices: [Matrix]) throws(MarkerError) {
            guard marker.hasPrefix("<!-- techmatrix:"), marker.hasSuffix("-->") else {
                throw MarkerError(line: line, message: "malformed marker; write <!-- techmatrix:<id> [options] -->")
            }
            let words = marker.dropFirst("<!-- techmatrix:".count).dropLast(3).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let id = words.first else {
                throw MarkerError(line: line, message: "the marker names no matrix; write <!-- techmatrix:<id> [options] -->")
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
            }
            let rendered = Renderer(options: options).renderBytes(matrix, as: format)
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

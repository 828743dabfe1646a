/// The formats TechMatrix writes; the CLI's `--format` takes their names.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// GitHub-flavoured Markdown.
    case markdown = "md"
    /// AsciiDoc, as Asciidoctor reads it.
    case asciiDoc = "adoc"
    /// reStructuredText, as docutils reads it.
    case reStructuredText = "rst"
    /// RFC 4180 CSV.
    case csv
    /// A self-contained HTML page.
    case html
    /// Canonical `techmatrix/v2` JSON.
    case json

    /// The file name extension, which is also the name `--format` takes.
    public var fileExtension: String { rawValue }
}

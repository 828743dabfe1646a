/// The formats TechMatrix writes; the CLI's `--format` takes their names.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// GitHub-flavoured Markdown.
    case markdown = "md"
    /// RFC 4180 CSV.
    case csv
    /// A self-contained HTML page.
    case html
    /// Canonical `techmatrix/v1` JSON.
    case json

    /// The file name extension, which is also the name `--format` takes.
    public var fileExtension: String { rawValue }
}

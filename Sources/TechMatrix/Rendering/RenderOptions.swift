/// How a matrix is rendered. The defaults give the committed renderings in `output/`.
public struct RenderOptions: Sendable, Hashable {
    /// Which way round the comparison table is laid out.
    public enum Orientation: String, Sendable, Hashable, CaseIterable {
        /// One column per tool, one row per criterion: the default for Markdown, AsciiDoc,
        /// reStructuredText and HTML.
        case toolsAsColumns = "columns"
        /// One row per tool, one column per criterion: the default for CSV.
        case toolsAsRows = "rows"
    }

    /// The table's orientation; `nil` means the format's default: for Markdown and HTML,
    /// ``tableOrientation(toolCount:)``; for CSV, tools as rows.
    public var orientation: Orientation?

    /// The most tools that Markdown and HTML lay out as columns when no orientation is given;
    /// with more, each tool is a row, so that a table of fifty tools is not fifty columns wide.
    public static let maximumToolColumns = 8

    /// The default orientation of a Markdown or HTML table of `toolCount` tools: tools as
    /// columns up to ``maximumToolColumns``, as rows beyond.
    public static func tableOrientation(toolCount: Int) -> Orientation {
        toolCount <= maximumToolColumns ? .toolsAsColumns : .toolsAsRows
    }
    /// Support cells as words only (`Yes`), without symbols (`✅ Yes`).
    public var plainSymbols: Bool
    /// Markdown, AsciiDoc, reStructuredText and HTML: only the table and its notes, for pasting
    /// into a write-up.
    public var tableOnly: Bool
    /// Markdown: pad columns to equal display width.
    public var padColumns: Bool
    /// CSV: begin with a UTF-8 byte order mark, for Excel.
    public var byteOrderMark: Bool
    /// CSV: one row per tool and criterion (the tidy shape).
    public var longFormat: Bool
    /// CSV: turn off formula-injection hardening.
    public var rawCSV: Bool
    /// HTML: only the table and its notes, with no `<html>` and no script.
    public var fragment: Bool

    /// Creates options; every switch is off by default.
    public init(
        orientation: Orientation? = nil, plainSymbols: Bool = false, tableOnly: Bool = false,
        padColumns: Bool = false, byteOrderMark: Bool = false, longFormat: Bool = false,
        rawCSV: Bool = false, fragment: Bool = false
    ) {
        self.orientation = orientation
        self.plainSymbols = plainSymbols
        self.tableOnly = tableOnly
        self.padColumns = padColumns
        self.byteOrderMark = byteOrderMark
        self.longFormat = longFormat
        self.rawCSV = rawCSV
        self.fragment = fragment
    }
}

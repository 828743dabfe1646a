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

    /// The level of an HTML fragment's headings, so that they fit the host page's outline.
    public enum HeadingLevel: Int, Sendable, Hashable, CaseIterable {
        /// `<h2>`.
        case h2 = 2
        /// `<h3>`.
        case h3
        /// `<h4>`.
        case h4
        /// `<h5>`.
        case h5
        /// `<h6>`.
        case h6

        /// `h2` … `h6`: the option's value and its embed marker word.
        public var name: String { "h\(rawValue)" }
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
    /// HTML fragment: start with its own stylesheet (scoped to the fragment, allowed by a host's
    /// Content-Security-Policy through its fixed hash, ``fragmentStyleSource``).
    public var fragmentStyle: Bool
    /// HTML fragment: the level of its headings; `nil` writes them as bold paragraphs, which add
    /// nothing to the host page's outline.
    public var headingLevel: HeadingLevel?

    /// The CSP source that allows a fragment's stylesheet (`'sha256-…'`), for a host page's
    /// `style-src`. The stylesheet is a constant, so the hash never changes with the matrix.
    public static var fragmentStyleSource: String { SHA256.cspSource(for: HTMLAssets.fragmentStyle) }

    /// Creates options; every switch is off by default.
    public init(
        orientation: Orientation? = nil, plainSymbols: Bool = false, tableOnly: Bool = false,
        padColumns: Bool = false, byteOrderMark: Bool = false, longFormat: Bool = false,
        rawCSV: Bool = false, fragment: Bool = false, fragmentStyle: Bool = false, headingLevel: HeadingLevel? = nil
    ) {
        self.orientation = orientation
        self.plainSymbols = plainSymbols
        self.tableOnly = tableOnly
        self.padColumns = padColumns
        self.byteOrderMark = byteOrderMark
        self.longFormat = longFormat
        self.rawCSV = rawCSV
        self.fragment = fragment
        self.fragmentStyle = fragmentStyle
        self.headingLevel = headingLevel
    }
}

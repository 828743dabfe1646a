/// Every render option a user can give, on the command line (`--plain`, `--orientation rows`)
/// or as a word in an embed marker (`plain`, `rows`). This one table drives parsing, the help
/// text, the marker words and the shell completion scripts.
enum RenderFlag: String, CaseIterable, Sendable {
    /// `--orientation columns|rows`; the markers' `columns` and `rows`.
    case orientation
    /// `--plain`: support cells as words only.
    case plain
    /// `--table-only`: Markdown, AsciiDoc or reStructuredText with only the table and its notes.
    case tableOnly = "table-only"
    /// `--pad`: Markdown columns padded to equal display width.
    case pad
    /// `--fragment`: HTML with only the table and its notes.
    case fragment
    /// `--style`: an HTML fragment with its own stylesheet.
    case style
    /// `--heading-level h2|…|h6`: the level of an HTML fragment's headings; the markers' `h2` … `h6`.
    case headingLevel = "heading-level"
    /// `--long`: CSV in the tidy shape.
    case long
    /// `--bom`: CSV with a UTF-8 byte order mark.
    case bom
    /// `--csv-raw`: CSV without formula-injection hardening.
    case csvRaw = "csv-raw"

    /// The option's name on the command line, without dashes.
    var name: String { rawValue }

    /// The values an option takes, or an empty list for a switch.
    var values: [String] {
        switch self {
        case .orientation: RenderOptions.Orientation.allCases.map(\.rawValue)
        case .headingLevel: RenderOptions.HeadingLevel.allCases.map(\.name)
        default: []
        }
    }

    /// One line of help.
    var help: String {
        switch self {
        case .orientation: "Tools as columns or as rows (default: Markdown, AsciiDoc, reStructuredText and HTML columns up to 8 tools, rows beyond; CSV rows)."
        case .plain: "Support cells as words only (Yes, Partial, Preview, No), without symbols."
        case .tableOnly: "Markdown, AsciiDoc, reStructuredText: only the table and its notes, for pasting into a write-up."
        case .pad: "Markdown: pad columns to equal display width."
        case .fragment: "HTML: only the table and its notes, for embedding in another page."
        case .style: "HTML fragment: include its stylesheet (a host's CSP allows it with style-src \(RenderOptions.fragmentStyleSource))."
        case .headingLevel: "HTML fragment: the level of its headings (default: none, bold paragraphs that stay out of the host's outline)."
        case .long: "CSV: one row per tool and criterion (the tidy shape)."
        case .bom: "CSV: start with a UTF-8 byte order mark, for Excel."
        case .csvRaw: "CSV: turn off formula-injection hardening."
        }
    }

    /// The words an embed marker may use for this option: a switch by its name, an option with
    /// values by each value; empty for options that make no sense in a write-up (CSV only).
    var markerWords: [String] {
        switch self {
        case .orientation, .headingLevel: values
        case .plain, .tableOnly, .pad, .fragment, .style: [name]
        case .long, .bom, .csvRaw: []
        }
    }

    /// Every word an embed marker may use, in table order.
    static var allMarkerWords: [String] { allCases.flatMap(\.markerWords) }

    /// The flag an embed marker word stands for.
    static func flag(forMarkerWord word: String) -> RenderFlag? {
        allCases.first { $0.markerWords.contains(word) }
    }

    /// Sets the option in `options`: a switch with `value` nil, an option with one of its
    /// ``values``.
    /// - Returns: `false` when `value` is not one the option takes.
    func apply(_ value: String?, to options: inout RenderOptions) -> Bool {
        switch self {
        case .orientation:
            guard let value, let orientation = RenderOptions.Orientation(rawValue: value) else { return false }
            options.orientation = orientation
        case .plain: options.plainSymbols = true
        case .tableOnly: options.tableOnly = true
        case .pad: options.padColumns = true
        case .fragment: options.fragment = true
        case .style: options.fragmentStyle = true
        case .headingLevel:
            guard let value, let level = RenderOptions.HeadingLevel.allCases.first(where: { $0.name == value }) else { return false }
            options.headingLevel = level
        case .long: options.longFormat = true
        case .bom: options.byteOrderMark = true
        case .csvRaw: options.rawCSV = true
        }
        return true
    }
}

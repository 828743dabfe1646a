/// Prose under a matrix's title or about a tool. Several `Summary` elements in one block
/// become paragraphs, joined by a blank line.
public struct Summary: Sendable, Hashable {
    /// The prose, exactly as written.
    public var text: String

    /// Creates a summary paragraph.
    public init(_ text: String) { self.text = text }
}

/// A matrix's closing judgement. Several `Verdict` elements become paragraphs.
public struct Verdict: Sendable, Hashable {
    /// The prose, exactly as written.
    public var text: String

    /// Creates a verdict paragraph.
    public init(_ text: String) { self.text = text }
}

/// How a matrix's facts were gathered and what its states mean, shown under the key.
/// Several `Methodology` elements become paragraphs.
///
/// ```swift
/// Methodology("Cells come from the talk's slides; documentation fills what the talk left out.")
/// ```
public struct Methodology: Sendable, Hashable {
    /// The prose, exactly as written.
    public var text: String

    /// Creates a methodology paragraph.
    public init(_ text: String) { self.text = text }
}

extension Optional where Wrapped == String {
    /// Appends `paragraph`, separated from what is there by a blank line.
    mutating func appendParagraph(_ paragraph: String) {
        if let existing = self { self = existing + "\n\n" + paragraph } else { self = paragraph }
    }
}

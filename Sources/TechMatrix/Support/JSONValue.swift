/// A parsed JSON value. Objects keep their members in document order, repeats included,
/// so that the decoder can report a repeated member instead of silently keeping one.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number; `literal` keeps the text only when it does not fit a finite double.
    case number(Double, literal: String? = nil)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The text of a string value.
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// How messages show the value: strings quoted and cut, numbers as written, containers
    /// by their type.
    var shortDescription: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let value, let literal): literal ?? NumberFormatting.json(value)
        case .string(let text): Quoting.quoted(text)
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// One member of a JSON object.
struct JSONMember: Sendable, Hashable {
    var key: String
    var value: JSONValue
}

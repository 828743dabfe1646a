/// Where a problem is: a path into the `techmatrix/v2` document, such as
/// `tools[2].values.latency`. Matrices built with the DSL use the same paths, since the
/// document mirrors the model.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        /// A member of an object.
        case key(String)
        /// An element of an array, counted from 0.
        case index(Int)
    }

    /// The steps from the document root.
    public var components: [Component]

    /// Creates a path from its steps; the empty path is the document root.
    public init(_ components: [Component] = []) { self.components = components }

    /// The path one member deeper.
    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }

    /// The path one element deeper.
    public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    /// The last step's key, if the last step is a member.
    public var lastKey: String? {
        if case .key(let key)? = components.last { return key }
        return nil
    }

    /// Whether `self` is `other` or lies inside it.
    public func hasPrefix(_ other: JSONPath) -> Bool {
        components.count >= other.components.count && Array(components.prefix(other.components.count)) == other.components
    }

    /// The path as written in messages: `tools[2].values.latency`, or `(document)` for the root.
    /// A key that is not a plain identifier is quoted: `values["odd key"]`.
    public var description: String {
        if components.isEmpty { return "(document)" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                if !key.isEmpty, key.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == "$") }) {
                    text += text.isEmpty ? key : "." + key
                } else {
                    text += "[" + Quoting.quoted(key) + "]"
                }
            }
        }
        return text
    }
}

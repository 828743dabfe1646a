import Foundation

/// Derives identifiers from names, the default for matrices, criteria, tools and sources.
///
/// The rule, applied in order:
/// 1. Decompose the name with Unicode compatibility mapping (NFKD), so `é` becomes `e` plus
///    a combining accent and `ﬁ` becomes `fi`.
/// 2. Delete apostrophes (`'` and `’`), so `What's new` gives `whats-new`.
/// 3. Keep ASCII letters, lowercased, and ASCII digits; every run of anything else becomes
///    one `-`.
/// 4. Trim `-` from both ends, cut to 64 characters, and trim a `-` left at the cut.
///
/// `Istio Ambient` gives `istio-ambient`, `Café Mesh 2.0` gives `cafe-mesh-2-0`. A name with
/// no ASCII letter or digit (`日本`) gives an empty id, which validation reports: give such a
/// name an explicit id.
public enum Slug {
    /// The longest identifier the spec allows.
    public static let maximumLength = 64

    /// The identifier derived from `name` by the rule above.
    ///
    /// - Parameter name: A matrix title, criterion or tool name, or source title.
    /// - Returns: A string matching `^[a-z0-9]+(-[a-z0-9]+)*$`, or an empty string.
    public static func make(from name: String) -> String {
        var result: [UInt8] = []
        var pendingDash = false
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            let value = scalar.value
            let byte: UInt8?
            switch value {
            case 0x61...0x7A, 0x30...0x39: byte = UInt8(value)
            case 0x41...0x5A: byte = UInt8(value + 0x20)
            default: byte = nil
            }
            // Combining marks left by decomposition vanish instead of splitting a word.
            if byte == nil, scalar.properties.generalCategory == .nonspacingMark { continue }
            guard let byte else {
                pendingDash = !result.isEmpty
                continue
            }
            if pendingDash { result.append(UInt8(ascii: "-")) }
            pendingDash = false
            result.append(byte)
        }
        if result.count > maximumLength { result.removeLast(result.count - maximumLength) }
        while result.last == UInt8(ascii: "-") { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `id` is a valid identifier: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
    public static func isValid(_ id: String) -> Bool {
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        var previousWasDash = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasDash = false
            case UInt8(ascii: "-"):
                if previousWasDash { return false }
                previousWasDash = true
            default:
                return false
            }
        }
        return !previousWasDash
    }
}

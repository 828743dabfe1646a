/// How many terminal or monospace columns text takes, for padded Markdown tables: East Asian
/// wide and fullwidth characters and emoji take two, combining marks, zero-width characters and
/// variation selectors none, everything else one. Measured per grapheme cluster, so a flag or
/// a ZWJ family counts once.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        // Printable ASCII, the common case, is one column a byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var width = 0
        for character in text {
            width += of(character)
        }
        return width
    }

    static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        var result = 0
        for scalar in character.unicodeScalars {
            let properties = scalar.properties
            if scalar.value == 0xFE0F { return 2 }  // emoji presentation selector
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: break
            }
            if properties.isEmojiPresentation || isWide(scalar.value) { return 2 }
            result = max(result, 1)
        }
        return result
    }

    /// East Asian Width W and F ranges (Unicode 15, UAX #11), condensed.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

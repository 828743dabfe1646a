/// Escaping for CSV fields (RFC 4180) with OWASP's formula-injection hardening.
enum CSVEscaping {
    /// RFC 4180 §2 rules 5–7: a field holding `"`, `,`, CR or LF is enclosed in double quotes,
    /// and each `"` inside is doubled. Other fields are written as they are.
    static func field(_ text: String, into output: inout ByteBuffer) {
        field(text, hardened: false, into: &output)
    }

    /// The field of `text` as ``hardened(_:)`` would make it when `hardened` is set, written
    /// without making that text: the leading `'` goes inside the quotes, if any.
    static func field(_ text: String, hardened: Bool, into output: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            let prefix = hardened && bytes.first.map(startsFormula) == true
            guard needsQuotes(bytes) else {
                if prefix { output.append(UInt8(ascii: "'")) }
                output.append(bytes)
                return
            }
            output.append(0x22)
            if prefix { output.append(UInt8(ascii: "'")) }
            var runStart = 0
            for index in 0..<bytes.count where bytes[index] == 0x22 {
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                output.append(0x22)
                runStart = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            output.append(0x22)
        }
    }

    /// Whether a field holds `"`, `,`, CR or LF, tested eight bytes at a time.
    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let word = ByteScan.word(bytes, at: index)
            if ByteScan.has(word, 0x22) || ByteScan.has(word, 0x2C) || ByteScan.has(word, 0x0D) || ByteScan.has(word, 0x0A) { return true }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x2C || byte == 0x0D || byte == 0x0A { return true }
            index += 1
        }
        return false
    }

    /// OWASP CSV injection rule: a text field that starts with `=`, `+`, `-`, `@`, tab or CR
    /// could run as a formula in a spreadsheet, so it gets a leading `'`, which spreadsheets
    /// show as text. Applied to user text only, never to typed numbers.
    static func hardened(_ text: String) -> String {
        guard let first = text.utf8.first, startsFormula(first) else { return text }
        return "'" + text
    }

    /// Whether a field that starts with this byte could run as a formula.
    private static func startsFormula(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}

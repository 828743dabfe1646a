/// A calendar date written `YYYY-MM-DD`, as the spec's `asOf` and `published` fields hold it.
///
/// The text is kept as written so that a bad date can be reported rather than lost;
/// ``isValid`` says whether it names a real day of the proleptic Gregorian calendar.
public struct CalendarDate: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The date as written.
    public var text: String

    /// Wraps a date written `YYYY-MM-DD`.
    public init(_ text: String) { self.text = text }

    /// Wraps a date literal such as `"2025-03-31"`.
    public init(stringLiteral value: String) { self.text = value }

    /// The date as written.
    public var description: String { text }

    /// The year, month and day, or `nil` when the text is not a real `YYYY-MM-DD` date.
    public var components: (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                result = result * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return result
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        return (year, month, day)
    }

    /// Whether the text names a real calendar date.
    public var isValid: Bool { components != nil }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

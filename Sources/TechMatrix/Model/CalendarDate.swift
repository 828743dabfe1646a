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
        // Read in place: this runs for every dated cell a renderer writes.
        var text = text
        return text.withUTF8 { Self.components(of: $0) }
    }

    private static func components(of bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
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
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
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

extension CalendarDate {
    /// The number of days from 1970-01-01 to this date (negative before it), or `nil` when the
    /// text is not a real date. Two dates' day numbers differ by the days between them.
    public var dayNumber: Int? {
        guard let (year, month, day) = components else { return nil }
        // Days from civil (Howard Hinnant's algorithm), exact over the proleptic calendar.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, written `YYYY-MM-DD`.
    /// - Parameter dayNumber: Days since 1970-01-01; dates before year 0 or after 9999 are not
    ///   written in four digits and so are not valid calendar dates.
    public init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        self.init(digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2))
    }
}

/// Writes a cell's value as ``Presentation/text(of:kind:plain:)`` shows it, through a format's
/// escaping, without making the text and escaping it again for every cell: the four support
/// labels and each criterion's unit are escaped once, and the digits are written as they are.
///
/// This gives exactly the bytes of escaping the whole text when the escaping leaves digits,
/// `.`, `-`, `+`, `e`, `/`, the qualifier and range marks and the space unchanged and
/// changes nothing else because of them: true of HTML's and Markdown's table-cell escaping
/// (a unit is escaped after a `0`, so it is seen with a number before it, as in a cell), and
/// of CSV's quoting of a whole field, where the value is the field: only a unit can need the
/// quotes, and a quoted unit no longer starts with the `0`, so its criterion takes the
/// whole-text path.
/// `ValueWriterTests` checks it against the whole-text path on generated values and units.
struct ValueWriter {
    private let plain: Bool
    /// The support labels, escaped, in `Support.allCases` order.
    private let supportLabels: [ByteBuffer]
    /// Each criterion's unit as its number cells end (` ms`, `%`), escaped; empty when none,
    /// `nil` when the escaping changed the `0` it was escaped after (then the whole text is
    /// escaped instead, cell by cell).
    private let unitSuffixes: [ByteBuffer?]

    /// - Parameters:
    ///   - matrix: The matrix whose criteria give the units.
    ///   - plain: Words instead of symbols, as ``Presentation/text(of:kind:plain:)`` takes it.
    ///   - escape: The format's escaping of cell text.
    init(_ matrix: Matrix, plain: Bool, escape: (String, inout ByteBuffer) -> Void) {
        self.plain = plain
        supportLabels = Support.allCases.map { support in
            var label = ByteBuffer(capacity: 16)
            escape(Presentation.supportLabel(support, plain: plain), &label)
            return label
        }
        unitSuffixes = matrix.criteria.map { criterion in
            var suffix = ByteBuffer(capacity: 16)
            guard case .number(let unit?, _) = criterion.kind, !unit.isEmpty else { return suffix }
            var escaped = ByteBuffer(capacity: 16)
            escape("0" + Presentation.unitSuffix(unit), &escaped)
            let bytes = escaped.bytes
            guard bytes.first == UInt8(ascii: "0") else { return nil }
            bytes.dropFirst().withUnsafeBufferPointer { suffix.append($0) }
            return suffix
        }
    }

    /// Writes `cell`'s value, the cell being for the criterion at `criterionIndex`.
    func write(_ cell: Cell, criterionIndex: Int, kind: Criterion.Kind, into output: inout ByteBuffer, escape: (String, inout ByteBuffer) -> Void) {
        switch cell.value {
        case .text(let text):
            escape(text, &output)
        case .support(let support):
            output.append(supportLabels[Self.position(support)])
        case .number(let number):
            guard let suffix = unitSuffixes[criterionIndex] else {
                escape(Presentation.text(of: cell, kind: kind, plain: plain), &output)
                return
            }
            output.append(Presentation.qualifierMark(cell.qualifier, plain: plain))
            NumberFormatting.appendJSON(number, into: &output)
            if let maximum = cell.maximum {
                output.append(Presentation.rangeMark(plain: plain))
                NumberFormatting.appendJSON(maximum, into: &output)
            }
            output.append(suffix)
        case .rating(let rating):
            guard case .rating(let scale, _) = kind, rating >= 0, scale >= 0 else {
                escape(Presentation.text(of: cell, kind: kind, plain: plain), &output)
                return
            }
            output.appendDecimal(rating)
            output.append(UInt8(ascii: "/"))
            output.appendDecimal(scale)
        }
    }

    private static func position(_ support: Support) -> Int {
        switch support {
        case .yes: 0
        case .partial: 1
        case .preview: 2
        case .no: 3
        }
    }
}

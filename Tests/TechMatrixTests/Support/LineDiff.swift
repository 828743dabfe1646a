import Foundation

/// A small line diff for test failures: the differing lines with their line numbers and a few
/// lines of context, instead of two whole documents side by side.
enum LineDiff {
    /// The differences between `expected` and `actual`, or `nil` when they are equal.
    ///
    /// Lines are split at LF; a CR left at the end of a line is shown as `\r` so that a
    /// line-ending change is visible. At most `maximumLines` lines are printed.
    static func describe(expected: String, actual: String, context: Int = 3, maximumLines: Int = 60) -> String? {
        guard expected != actual else { return nil }
        let old = lines(of: expected)
        let new = lines(of: actual)
        let script = editScript(from: old, to: new)
        let changed = script.indices.filter { script[$0].kind != .same }
        guard !changed.isEmpty else { return nil }

        // Keep each change and the `context` lines around it; a gap becomes one "…" line.
        var keep = Set<Int>()
        for index in changed {
            keep.formUnion(max(0, index - context)...min(script.count - 1, index + context))
        }
        let removed = changed.filter { script[$0].kind == .removed }.count
        var lines = ["\(removed) line(s) expected but missing (-), \(changed.count - removed) unexpected (+); first at line \(script[changed[0]].number):"]
        var previous: Int?
        for index in keep.sorted() {
            if lines.count > maximumLines {
                lines.append("… (output cut at \(maximumLines) lines)")
                break
            }
            if let previous, index != previous + 1 { lines.append("…") }
            previous = index
            lines.append(script[index].formatted)
        }
        return lines.joined(separator: "\n")
    }

    struct Line {
        enum Kind { case same, removed, inserted }
        var kind: Kind
        var oldNumber: Int?
        var newNumber: Int?
        var text: String

        /// The number shown in the summary: the old line number, or the new one for an insertion.
        var number: Int { oldNumber ?? newNumber ?? 0 }

        var formatted: String {
            let mark =
                switch kind {
                case .same: " "
                case .removed: "-"
                case .inserted: "+"
                }
            func column(_ number: Int?) -> String {
                let text = number.map(String.init) ?? ""
                return String(repeating: " ", count: max(0, 5 - text.count)) + text
            }
            let visible = text.replacingOccurrences(of: "\r", with: "\\r")
            return "\(mark)\(column(oldNumber)) \(column(newNumber)) | \(visible)"
        }
    }

    /// The whole of both texts as one sequence of kept, removed and inserted lines, from the
    /// standard library's (Myers) `difference(from:)`.
    /// The lines of `text`, split at every LF byte: splitting the `String` would keep CR LF,
    /// a single `Character`, whole.
    static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    static func editScript(from old: [String], to new: [String]) -> [Line] {
        var removedOffsets = Set<Int>(), insertedOffsets = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removedOffsets.insert(offset)
            case .insert(let offset, _, _): insertedOffsets.insert(offset)
            }
        }
        var script: [Line] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removedOffsets.contains(i) {
                script.append(Line(kind: .removed, oldNumber: i + 1, text: old[i]))
                i += 1
            } else if j < new.count, insertedOffsets.contains(j) {
                script.append(Line(kind: .inserted, newNumber: j + 1, text: new[j]))
                j += 1
            } else {
                script.append(Line(kind: .same, oldNumber: i + 1, newNumber: j + 1, text: old[i]))
                i += 1
                j += 1
            }
        }
        return script
    }
}

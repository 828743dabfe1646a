/// A unified diff of two texts in one hunk: the lines between their common beginning and
/// common end, with three lines of context, cut after `limit` changed lines per side. Enough
/// to show why a rendering is stale; not a general diff algorithm.
enum UnifiedDiff {
    static func make(old: String, new: String, oldName: String, newName: String, limit: Int = 20) -> String {
        let a = lines(old)
        let b = lines(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let context = 3
        let start = max(0, prefix - context)
        let aEnd = min(a.count, a.count - suffix + context)
        let bEnd = min(b.count, b.count - suffix + context)
        var out = ["--- \(oldName)", "+++ \(newName)"]
        out.append("@@ -\(range(start, aEnd)) +\(range(start, bEnd)) @@")
        for line in a[start..<prefix] { out.append(" " + line) }
        let removed = Array(a[prefix..<(a.count - suffix)])
        let added = Array(b[prefix..<(b.count - suffix)])
        for line in removed.prefix(limit) { out.append("-" + line) }
        if removed.count > limit { out.append("-… \(removed.count - limit) more lines") }
        for line in added.prefix(limit) { out.append("+" + line) }
        if added.count > limit { out.append("+… \(added.count - limit) more lines") }
        for line in a[(a.count - suffix)..<aEnd] { out.append(" " + line) }
        return out.joined(separator: "\n")
    }

    private static func range(_ start: Int, _ end: Int) -> String {
        let count = end - start
        return count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }

    private static func lines(_ text: String) -> [String] {
        var result = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if result.last == "" { result.removeLast() }
        return result
    }
}

/// What changed between two revisions of a matrix, keyed by id: metadata, sources, criteria
/// and tools added, removed, renamed or moved, cells changed, and pros and cons added or
/// removed.
///
/// ```swift
/// let diff = MatrixDiff(old: yesterday, new: today)
/// if !diff.isEmpty { print(diff.text()) }
/// ```
struct MatrixDiff: Sendable, Hashable {
    /// One change.
    enum Change: Sendable, Hashable {
        /// A matrix field changed: `id`, `title`, `summary`, `asOf` or `verdict`.
        case metadata(field: String, old: String?, new: String?)
        /// A source was added.
        case sourceAdded(Source)
        /// A source was removed.
        case sourceRemoved(Source)
        /// A field of a source changed.
        case sourceChanged(id: String, field: String, old: String?, new: String?)
        /// A criterion was added.
        case criterionAdded(Criterion)
        /// A criterion was removed.
        case criterionRemoved(Criterion)
        /// A criterion kept its id but changed its name.
        case criterionRenamed(id: String, old: String, new: String)
        /// A criterion moved in the display order (0-based positions).
        case criterionMoved(id: String, from: Int, to: Int)
        /// Another field of a criterion changed: `group`, `description` or `kind`.
        case criterionChanged(id: String, field: String, old: String?, new: String?)
        /// A tool was added.
        case toolAdded(Tool)
        /// A tool was removed.
        case toolRemoved(Tool)
        /// A tool kept its id but changed its name.
        case toolRenamed(id: String, old: String, new: String)
        /// A tool moved in the display order (0-based positions).
        case toolMoved(id: String, from: Int, to: Int)
        /// Another field of a tool changed: `url` or `summary`.
        case toolChanged(id: String, field: String, old: String?, new: String?)
        /// A cell changed; `nil` is *not assessed*.
        case cellChanged(tool: String, criterion: String, old: Cell?, new: Cell?)
        /// A pro was added to or removed from a tool.
        case proAdded(tool: String, Remark)
        /// A pro was removed from a tool.
        case proRemoved(tool: String, Remark)
        /// A con was added to a tool.
        case conAdded(tool: String, Remark)
        /// A con was removed from a tool.
        case conRemoved(tool: String, Remark)
        /// A decision profile was added.
        case profileAdded(Profile)
        /// A decision profile was removed.
        case profileRemoved(Profile)
        /// A profile's name, description, requirements or weights changed; requirements and
        /// weights are compared as a whole and shown as `criterion: value` lists.
        case profileChanged(id: String, field: String, old: String?, new: String?)
    }

    /// The old revision.
    let old: Matrix
    /// The new revision.
    let new: Matrix
    /// Every change, grouped as listed in ``Change`` and in display order within each group.
    let changes: [Change]

    /// Compares two revisions of a matrix.
    init(old: Matrix, new: Matrix) {
        self.old = old
        self.new = new
        var changes: [Change] = []
        func field(_ name: String, _ a: String?, _ b: String?) {
            if a != b { changes.append(.metadata(field: name, old: a, new: b)) }
        }
        field("id", old.id, new.id)
        field("title", old.title, new.title)
        field("summary", old.summary, new.summary)
        field("methodology", old.methodology, new.methodology)
        field("asOf", old.asOf?.text, new.asOf?.text)
        field("staleAfterDays", old.staleAfterDays.map(String.init), new.staleAfterDays.map(String.init))
        field("verdict", old.verdict, new.verdict)

        let oldSources = Dictionary(old.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newSources = Dictionary(new.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for source in new.sources where oldSources[source.id] == nil { changes.append(.sourceAdded(source)) }
        for source in old.sources where newSources[source.id] == nil { changes.append(.sourceRemoved(source)) }
        for source in new.sources {
            guard let before = oldSources[source.id] else { continue }
            for (name, a, b) in [("title", before.title, source.title), ("author", before.author, source.author),
                                 ("event", before.event, source.event), ("url", before.url, source.url),
                                 ("published", before.published?.text, source.published?.text),
                                 ("accessed", before.accessed?.text, source.accessed?.text),
                                 ("reports", before.reports, source.reports)] as [(String, String?, String?)] where a != b {
                changes.append(.sourceChanged(id: source.id, field: name, old: a, new: b))
            }
        }

        let oldCriteria = Dictionary(old.criteria.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newCriteria = Dictionary(new.criteria.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for criterion in new.criteria where oldCriteria[criterion.id] == nil { changes.append(.criterionAdded(criterion)) }
        for criterion in old.criteria where newCriteria[criterion.id] == nil { changes.append(.criterionRemoved(criterion)) }
        for criterion in new.criteria {
            guard let before = oldCriteria[criterion.id] else { continue }
            if before.name != criterion.name { changes.append(.criterionRenamed(id: criterion.id, old: before.name, new: criterion.name)) }
            for (name, a, b) in [("group", before.group, criterion.group), ("description", before.description, criterion.description),
                                 ("kind", Self.describe(before.kind), Self.describe(criterion.kind))] as [(String, String?, String?)] where a != b {
                changes.append(.criterionChanged(id: criterion.id, field: name, old: a, new: b))
            }
        }
        for (id, from, to) in Self.moves(old.criteria.map(\.id), new.criteria.map(\.id)) {
            changes.append(.criterionMoved(id: id, from: from, to: to))
        }

        let oldTools = Dictionary(old.tools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newTools = Dictionary(new.tools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for tool in new.tools where oldTools[tool.id] == nil { changes.append(.toolAdded(tool)) }
        for tool in old.tools where newTools[tool.id] == nil { changes.append(.toolRemoved(tool)) }
        for tool in new.tools {
            guard let before = oldTools[tool.id] else { continue }
            if before.name != tool.name { changes.append(.toolRenamed(id: tool.id, old: before.name, new: tool.name)) }
            for (name, a, b) in [("url", before.url, tool.url), ("summary", before.summary, tool.summary),
                                 ("version", before.version, tool.version),
                                 ("verified", before.verified?.text, tool.verified?.text)] where a != b {
                changes.append(.toolChanged(id: tool.id, field: name, old: a, new: b))
            }
        }
        for (id, from, to) in Self.moves(old.tools.map(\.id), new.tools.map(\.id)) {
            changes.append(.toolMoved(id: id, from: from, to: to))
        }

        // Cells of tools present in both, criteria in the new display order, then removed ones.
        let criterionOrder = new.criteria.map(\.id) + old.criteria.map(\.id).filter { newCriteria[$0] == nil }
        for tool in new.tools {
            guard let before = oldTools[tool.id] else { continue }
            for criterion in criterionOrder where before.cell(for: criterion) != tool.cell(for: criterion) {
                changes.append(.cellChanged(tool: tool.id, criterion: criterion, old: before.cell(for: criterion), new: tool.cell(for: criterion)))
            }
        }
        for tool in new.tools {
            guard let before = oldTools[tool.id] else { continue }
            for pro in tool.pros where !before.pros.contains(pro) { changes.append(.proAdded(tool: tool.id, pro)) }
            for pro in before.pros where !tool.pros.contains(pro) { changes.append(.proRemoved(tool: tool.id, pro)) }
            for con in tool.cons where !before.cons.contains(con) { changes.append(.conAdded(tool: tool.id, con)) }
            for con in before.cons where !tool.cons.contains(con) { changes.append(.conRemoved(tool: tool.id, con)) }
        }
        let oldProfiles = Dictionary(old.profiles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newProfiles = Dictionary(new.profiles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for profile in new.profiles where oldProfiles[profile.id] == nil { changes.append(.profileAdded(profile)) }
        for profile in old.profiles where newProfiles[profile.id] == nil { changes.append(.profileRemoved(profile)) }
        for profile in new.profiles {
            guard let before = oldProfiles[profile.id] else { continue }
            for (name, a, b) in [("name", before.name, profile.name), ("description", before.description, profile.description),
                                 ("require", Self.describe(before.requirements), Self.describe(profile.requirements)),
                                 ("weights", Self.describe(before.weights), Self.describe(profile.weights))] as [(String, String?, String?)] where a != b {
                changes.append(.profileChanged(id: profile.id, field: name, old: a, new: b))
            }
        }
        self.changes = changes
    }

    /// Requirements as `criterion: value` pairs sorted by criterion id, or `nil` for none.
    static func describe(_ requirements: [String: Profile.Requirement]) -> String? {
        requirements.isEmpty ? nil : requirements.keys.sorted().map { "\($0): \(requirements[$0]!)" }.joined(separator: ", ")
    }

    /// Weights as `criterion: weight` pairs sorted by criterion id, or `nil` for none.
    static func describe(_ weights: [String: Double]) -> String? {
        weights.isEmpty ? nil : weights.keys.sorted().map { "\($0): \(NumberFormatting.json(weights[$0]!))" }.joined(separator: ", ")
    }

    /// Whether the two revisions are equal.
    var isEmpty: Bool { changes.isEmpty }

    /// A criterion kind as the listings show it: `number (ms, lower is better)`.
    static func describe(_ kind: Criterion.Kind) -> String {
        switch kind {
        case .text: return "text"
        case .support: return "support"
        case .number(let unit, let better):
            let parts = [unit, better.map { "\($0.rawValue) is better" }].compactMap { $0 }
            return parts.isEmpty ? "number" : "number (\(parts.joined(separator: ", ")))"
        case .rating(let scale, let better):
            return "rating (0–\(scale)" + (better.map { ", \($0.rawValue) is better" } ?? "") + ")"
        }
    }

    /// Ids present in both orders that are not part of a longest common subsequence: the ones
    /// that moved, with their old and new positions. Inserting or removing an entry moves
    /// nothing else.
    /// - Complexity: O(*n* × *m*) for *n* and *m* shared entries.
    static func moves(_ old: [String], _ new: [String]) -> [(String, Int, Int)] {
        let newSet = Set(new), oldSet = Set(old)
        let a = old.filter { newSet.contains($0) }
        let b = new.filter { oldSet.contains($0) }
        guard a != b else { return [] }
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var stable = Set<String>()
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { stable.insert(a[i]); i += 1; j += 1 } else if lengths[i + 1][j] >= lengths[i][j + 1] { i += 1 } else { j += 1 }
        }
        return new.enumerated().compactMap { position, id in
            guard oldSet.contains(id), !stable.contains(id), let from = old.firstIndex(of: id) else { return nil }
            return (id, from, position)
        }
    }
}

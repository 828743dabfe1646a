/// What a DSL block wrote beyond the value it built: the criteria and sources its cells,
/// pros and cons cite (so that a matrix can list the ones its block leaves out) and the
/// criteria it assessed more than once (which validation reports).
///
/// It rides along with a ``Tool`` or ``Matrix`` built by the DSL but is not part of the
/// value: every `Declaration` is equal to every other and hashes to nothing, so `==` compares
/// what a matrix holds and nothing else. Decoded matrices carry an empty one.
struct Declaration: Sendable, Hashable {
    /// Criteria the block's cells assess, in order of first use.
    var criteria: [Criterion] = []
    /// Sources the block cites, in order of first use.
    var sources: [Source] = []
    /// Ids of the criteria a tool block assessed more than once.
    var repeatedCriteria: [String] = []

    static func == (_: Declaration, _: Declaration) -> Bool { true }
    func hash(into _: inout Hasher) {}

    /// Adds a criterion unless one with its id is already recorded.
    mutating func use(_ criterion: Criterion) {
        if !criteria.contains(where: { $0.id == criterion.id }) { criteria.append(criterion) }
    }

    /// Adds sources unless ones with their ids are already recorded.
    mutating func cite(_ cited: [Source]) {
        for source in cited where !sources.contains(where: { $0.id == source.id }) { sources.append(source) }
    }
}

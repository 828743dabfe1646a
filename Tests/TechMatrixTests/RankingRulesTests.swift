import Foundation
import Testing

@testable import TechMatrix

/// One test per scoring rule of docs/ranking.md, on small matrices whose answers are worked out
/// by hand (or, for the perturbation counts, by an independent Python transcription of
/// Mulberry32 given in the comments), never taken from the code under test.
@Suite("Ranking rules")
struct RankingRulesTests {
    static let mtls = Criterion(id: "mtls", name: "mTLS", kind: .support)
    static let retries = Criterion(id: "retries", name: "Retries", kind: .support)
    static let latency = Criterion(id: "latency", name: "Latency", kind: .number(unit: "ms", better: .lower))
    static let throughput = Criterion(id: "throughput", name: "Throughput", kind: .number(unit: nil, better: .higher))
    static let size = Criterion(id: "size", name: "Size", kind: .number(unit: "MB", better: nil))
    static let setup = Criterion(id: "setup", name: "Setup", kind: .rating(scale: 5, better: .higher))
    static let pain = Criterion(id: "pain", name: "Pain", kind: .rating(scale: 4, better: .lower))
    static let notes = Criterion(id: "notes", name: "Notes", kind: .text)

    static func tool(_ id: String, _ cells: [String: Cell]) -> Tool { Tool(id: id, name: id.uppercased(), cells: cells) }

    static func matrix(_ tools: [Tool], profiles: [Profile] = []) -> Matrix {
        Matrix(id: "m", title: "M", criteria: [mtls, retries, latency, throughput, size, setup, pain, notes], tools: tools, profiles: profiles)
    }

    static func number(_ value: Double, _ qualifier: Cell.Qualifier? = nil, max: Double? = nil) -> Cell {
        Cell(.number(value), qualifier: qualifier, maximum: max)
    }

    // MARK: Requirements

    @Test("support: yes passes only yes; partial passes yes, partial and preview; a missing cell is unknown")
    func supportRequirements() {
        let tools = [
            Self.tool("a", ["mtls": Cell(.support(.yes)), "retries": Cell(.support(.preview))]),
            Self.tool("b", ["mtls": Cell(.support(.partial)), "retries": Cell(.support(.partial))]),
            Self.tool("c", ["retries": Cell(.support(.no))]),
            Self.tool("d", ["retries": Cell(.support(.yes))]),
        ]
        let yes = Ranking(matrix: Self.matrix(tools), profile: Profile(id: "p", name: "P", requirements: ["mtls": .support(.yes)]))
        #expect(yes.ranked.map(\.tool.id) == ["a"])
        #expect(yes.out.map(\.tool.id) == ["b"])
        #expect(yes.out[0].failures.map(\.criterion.id) == ["mtls"])
        #expect(yes.unknown.map(\.tool.id) == ["c", "d"])
        #expect(yes.unknown[0].unknowns.map(\.outcome) == [.notAssessed])
        let partial = Ranking(matrix: Self.matrix(tools), profile: Profile(id: "p", name: "P", requirements: ["retries": .support(.partial)]))
        #expect(partial.ranked.map(\.tool.id).sorted() == ["a", "b", "d"])
        #expect(partial.out.map(\.tool.id) == ["c"])
        // A tool that fails one requirement is out even when it is unknown for another.
        let both = Ranking(matrix: Self.matrix(tools), profile: Profile(id: "p", name: "P", requirements: ["mtls": .support(.yes), "retries": .support(.partial)]))
        #expect(both.out.map(\.tool.id) == ["b", "c"])
        #expect(both.out[1].unknowns.map(\.criterion.id) == ["mtls"])
        #expect(both.unknown.map(\.tool.id) == ["d"])
    }

    @Test("numbers: a qualified value or a range that straddles the limit is unknown; on the limit passes")
    func numberRequirements() {
        let cells: [(Cell, Ranking.Check.Outcome, Ranking.Check.Outcome)] = [
            // cell, at most 5, at least 5
            (Self.number(5), .pass, .pass),
            (Self.number(4, .about), .pass, .fail),
            (Self.number(3, max: 8), .straddles, .straddles),
            (Self.number(5, max: 8), .straddles, .pass),
            (Self.number(1, max: 5), .pass, .straddles),
            (Self.number(4, .atMost), .pass, .fail),
            (Self.number(6, .atMost), .straddles, .straddles),
            (Self.number(5, .atMost), .pass, .straddles),
            (Self.number(6, .atLeast), .fail, .pass),
            (Self.number(5, .atLeast), .straddles, .pass),
            (Self.number(2, .atLeast), .straddles, .straddles),
            (Self.number(9), .fail, .pass),
        ]
        for (cell, atMost, atLeast) in cells {
            #expect(Ranking.check(cell, requirement: .atMost(5), criterion: Self.latency)?.outcome == atMost, "\(cell) at most 5")
            #expect(Ranking.check(cell, requirement: .atLeast(5), criterion: Self.latency)?.outcome == atLeast, "\(cell) at least 5")
        }
        #expect(Ranking.check(nil, requirement: .atMost(5), criterion: Self.latency)?.outcome == .notAssessed)
    }

    @Test("ratings: the minimum passes, one below fails")
    func ratingRequirements() {
        #expect(Ranking.check(Cell(.rating(3)), requirement: .minimum(3), criterion: Self.setup)?.outcome == .pass)
        #expect(Ranking.check(Cell(.rating(2)), requirement: .minimum(3), criterion: Self.setup)?.outcome == .fail)
        #expect(Ranking.check(nil, requirement: .minimum(3), criterion: Self.setup)?.outcome == .notAssessed)
    }

    // MARK: Scores

    @Test("values: yes 1, partial and preview 0.5, no 0; a rating is value / scale, or (scale - value) / scale when lower is better")
    func normalisedValues() {
        #expect(Ranking.normalised(Cell(.support(.yes)), criterion: Self.mtls, bounds: nil) == .init(low: 1, high: 1))
        #expect(Ranking.normalised(Cell(.support(.partial)), criterion: Self.mtls, bounds: nil) == .init(low: 0.5, high: 0.5))
        #expect(Ranking.normalised(Cell(.support(.preview)), criterion: Self.mtls, bounds: nil) == .init(low: 0.5, high: 0.5))
        #expect(Ranking.normalised(Cell(.support(.no)), criterion: Self.mtls, bounds: nil) == .init(low: 0, high: 0))
        #expect(Ranking.normalised(Cell(.rating(4)), criterion: Self.setup, bounds: nil) == .init(low: 0.8, high: 0.8))
        #expect(Ranking.normalised(Cell(.rating(1)), criterion: Self.pain, bounds: nil) == .init(low: 0.75, high: 0.75))
        #expect(Ranking.normalised(nil, criterion: Self.setup, bounds: nil) == .init(low: 0, high: 1))
    }

    @Test("numbers are placed between the row's best and worst interval ends: qualifiers and ranges give intervals")
    func numbersBetweenBestAndWorst() {
        // Finite ends of the latency row: 10, 20, 30, 15, 40, 25 → worst 40, best 10, span 30.
        let tools = [
            Self.tool("exact", ["latency": Self.number(10)]),
            Self.tool("range", ["latency": Self.number(20, max: 30)]),
            Self.tool("upto", ["latency": Self.number(15, .atMost)]),
            Self.tool("atleast", ["latency": Self.number(40, .atLeast)]),
            Self.tool("about", ["latency": Self.number(25, .about)]),
            Self.tool("none", [:]),
        ]
        let ranking = Ranking(matrix: Self.matrix(tools), profile: Profile(id: "p", name: "P", weights: ["latency": 2]))
        let scores = Dictionary(uniqueKeysWithValues: ranking.ranked.map { ($0.tool.id, $0.score!) })
        func close(_ interval: Ranking.Interval, _ low: Double, _ high: Double) -> Bool {
            abs(interval.low - low) < 1e-12 && abs(interval.high - high) < 1e-12
        }
        #expect(close(scores["exact"]!, 1, 1))
        #expect(close(scores["range"]!, 10.0 / 30, 20.0 / 30))  // worst end 30, best end 20
        #expect(close(scores["upto"]!, 25.0 / 30, 1))  // ≤ 15 may be better than the best
        #expect(close(scores["atleast"]!, 0, 0))  // ≥ 40 is at best the worst
        #expect(close(scores["about"]!, 0.5, 0.5))  // ≈ 25 is the point 25
        #expect(close(scores["none"]!, 0, 1))
        // Higher is better: the same ends mirrored.
        let up = Ranking.normalised(Self.number(20, max: 30), criterion: Self.throughput, bounds: (10, 40))
        #expect(abs(up.low - 10.0 / 30) < 1e-12 && abs(up.high - 20.0 / 30) < 1e-12)
        // A row whose assessed values are all equal: as good as them is 1, worse is 0.
        #expect(Ranking.normalised(Self.number(7), criterion: Self.latency, bounds: (7, 7)) == .init(low: 1, high: 1))
        #expect(Ranking.normalised(Self.number(7, .atLeast), criterion: Self.latency, bounds: (7, 7)) == .init(low: 0, high: 1))
    }

    @Test("a not-assessed cell makes the score an interval: low counts it as the worst, high as the best")
    func notAssessedInterval() {
        // Weights mTLS 1, setup 3. A: mTLS yes, setup missing → low (1·1 + 3·0)/4, high (1·1 + 3·1)/4.
        // B: mTLS no, setup 5/5 → 3/4 exactly.
        let tools = [Self.tool("a", ["mtls": Cell(.support(.yes))]), Self.tool("b", ["mtls": Cell(.support(.no)), "setup": Cell(.rating(5))])]
        let ranking = Ranking(matrix: Self.matrix(tools), profile: Profile(id: "p", name: "P", weights: ["mtls": 1, "setup": 3]))
        let a = ranking.ranked.first { $0.tool.id == "a" }!
        let b = ranking.ranked.first { $0.tool.id == "b" }!
        #expect(a.score == .init(low: 0.25, high: 1))
        #expect(b.score == .init(low: 0.75, high: 0.75))
        // They overlap: same place, each listed as not told apart from the other; B first by its surer low end.
        #expect(a.place == 1 && b.place == 1)
        #expect(ranking.ranked.map(\.tool.id) == ["b", "a"])
        #expect(a.apart == ["b"] && b.apart == ["a"])
        let report = RankingReport(matrix: Self.matrix(tools), ranking: ranking, plain: true).text()
        #expect(report.contains("[0.25, 1.00]"), "\(report)")
        #expect(report.contains("0.75"), "\(report)")
        #expect(report.contains("cannot be told apart on what is known from A"), "\(report)")
    }

    @Test("intervals that do not overlap are ranked; overlapping ones share a place; equal points tie")
    func overlapAndTies() {
        // Weight on mTLS only: yes 1, partial 0.5, missing [0, 1], another yes 1.
        let tools = [
            Self.tool("a", ["mtls": Cell(.support(.partial))]),
            Self.tool("b", ["mtls": Cell(.support(.yes))]),
            Self.tool("c", [:]),
            Self.tool("d", ["mtls": Cell(.support(.yes))]),
            Self.tool("e", ["mtls": Cell(.support(.no))]),
        ]
        let ranking = Ranking(matrix: Self.matrix(tools), profile: Profile(id: "p", name: "P", weights: ["mtls": 1]))
        let places = Dictionary(uniqueKeysWithValues: ranking.ranked.map { ($0.tool.id, $0.place!) })
        // b and d are 1; c [0, 1] overlaps everyone; a 0.5 is below b and d; e 0 is below a, b, d.
        #expect(places == ["b": 1, "d": 1, "c": 1, "a": 3, "e": 4])
        #expect(ranking.ranked.map(\.tool.id) == ["b", "d", "c", "a", "e"])
        let apart = Dictionary(uniqueKeysWithValues: ranking.ranked.map { ($0.tool.id, $0.apart) })
        #expect(apart["b"] == ["d", "c"])
        #expect(apart["a"] == ["c"])
        #expect(apart["e"] == ["c"])
    }

    @Test("a number or rating without better cannot be weighted: the weight is left out and the report says so")
    func withoutBetter() {
        let tools = [Self.tool("a", ["size": Self.number(3), "mtls": Cell(.support(.yes))]), Self.tool("b", ["size": Self.number(9), "mtls": Cell(.support(.no))])]
        let matrix = Self.matrix(tools)
        let ranking = Ranking(matrix: matrix, profile: Profile(id: "p", name: "P", weights: ["size": 5, "mtls": 1]))
        #expect(ranking.ignored.map(\.criterion.id) == ["size"])
        #expect(ranking.weights.map(\.criterion.id) == ["mtls"])
        #expect(ranking.ranked.map(\.tool.id) == ["a", "b"])
        #expect(ranking.ranked.map(\.place) == [1, 2])
        let report = RankingReport(matrix: matrix, ranking: ranking, plain: true).text()
        #expect(report.contains("The weight on Size is left out: the criterion does not say whether lower or higher is better"), "\(report)")
        #expect(!Ranking.isWeightable(Self.size) && !Ranking.isWeightable(Self.notes) && Ranking.isWeightable(Self.pain))
    }

    @Test("a weight of 0 counts as no weight; all weights 0 leaves the passing tools unranked")
    func zeroWeights() {
        let tools = [
            Self.tool("a", ["mtls": Cell(.support(.yes)), "setup": Cell(.rating(1))]),
            Self.tool("b", ["mtls": Cell(.support(.partial)), "setup": Cell(.rating(5))]),
        ]
        let matrix = Self.matrix(tools)
        let with = Ranking(matrix: matrix, profile: Profile(id: "p", name: "P", weights: ["mtls": 2, "setup": 0]))
        let without = Ranking(matrix: matrix, profile: Profile(id: "p", name: "P", weights: ["mtls": 2]))
        #expect(with.weights.map(\.criterion.id) == ["mtls"])
        #expect(with.ranked == without.ranked)
        #expect(with.sensitivity == without.sensitivity)
        let none = Ranking(matrix: matrix, profile: Profile(id: "p", name: "P", requirements: ["mtls": .support(.partial)], weights: ["setup": 0]))
        #expect(none.weights.isEmpty)
        #expect(none.ranked.map(\.tool.id) == ["a", "b"])
        #expect(none.ranked.allSatisfy { $0.score == nil && $0.place == 1 && $0.firstShare == nil })
        #expect(none.sensitivity == nil)
        #expect(RankingReport(matrix: matrix, ranking: none, plain: true).notes.contains("Nothing is weighted: the tools that pass are listed in matrix order, not ranked."))
    }

    // MARK: Sensitivity

    /// The first outputs of Mulberry32 from seed 13, from an independent Python transcription:
    ///
    ///     a = (a + 0x6D2B79F5) & M; t = ((a ^ (a >> 15)) * (a | 1)) & M
    ///     t = t ^ ((t + (((t ^ (t >> 7)) * (t | 61)) & M)) & M); out = (t ^ (t >> 14)) & M
    @Test("Mulberry32 from seed 13 gives the published algorithm's numbers")
    func mulberry32() {
        var generator = Mulberry32(seed: 13)
        #expect((0..<5).map { _ in generator.nextUInt32() } == [2_432_337_258, 1_546_691_432, 303_185_372, 206_875_054, 157_929_676])
    }

    /// A is yes/no and B no/yes on two support criteria weighted w1 and w2, so A scores
    /// w1/(w1 + w2) and B w2/(w1 + w2) under every perturbation. Counts of the 200 perturbations
    /// from the Python transcription above (factors 0.5 + u, drawn w1 then w2):
    /// w 1 and 3: B always first (3 · 0.5 > 1 · 1.5), A never; 1 and 2: A first in 12, B in 188;
    /// 1 and 1.2: A 65, B 135 (67.5 %: fragile); 1 and 1: a tie unperturbed, A 97, B 103.
    @Test(
        "sensitivity on a seeded example with a known answer",
        arguments: [
            (1.0, 3.0, 0, 200, 1.0, false),
            (1.0, 2.0, 12, 188, 0.94, false),
            (1.0, 1.2, 65, 135, 0.675, true),
            (1.0, 1.0, 97, 103, 0.0, true),
        ])
    func sensitivity(w1: Double, w2: Double, firstA: Int, firstB: Int, holds: Double, fragile: Bool) {
        let tools = [
            Self.tool("a", ["mtls": Cell(.support(.yes)), "retries": Cell(.support(.no))]),
            Self.tool("b", ["mtls": Cell(.support(.no)), "retries": Cell(.support(.yes))]),
        ]
        let ranking = Ranking(matrix: Self.matrix(tools), profile: Profile(id: "p", name: "P", weights: ["mtls": w1, "retries": w2]))
        let shares = Dictionary(uniqueKeysWithValues: ranking.ranked.map { ($0.tool.id, $0.firstShare!) })
        #expect(shares["a"] == Double(firstA) / 200)
        #expect(shares["b"] == Double(firstB) / 200)
        #expect(ranking.sensitivity?.firstPlaceHolds == holds)
        #expect(ranking.sensitivity?.fragile == fragile)
        #expect(ranking.sensitivity?.perturbations == 200)
        let report = RankingReport(matrix: Self.matrix(tools), ranking: ranking, plain: true)
        #expect(report.sensitivity?.hasSuffix(fragile ? ": fragile." : ": not fragile.") == true)
    }

    // MARK: Words

    @Test("reasons name the criterion and its value")
    func reasons() {
        let tools = [Self.tool("a", ["latency": Self.number(15, .about)]), Self.tool("b", ["latency": Self.number(3, max: 8)]), Self.tool("c", [:])]
        let matrix = Self.matrix(tools)
        let ranking = Ranking(matrix: matrix, profile: Profile(id: "p", name: "P", requirements: ["latency": .atMost(5)]))
        let report = RankingReport(matrix: matrix, ranking: ranking, plain: false)
        #expect(report.reason(ranking.out[0].failures[0]) == "Latency is ≈ 15 ms, needs at most 5 ms")
        #expect(report.reason(ranking.unknown[0].unknowns[0]) == "Latency is 3–8 ms: may or may not be at most 5 ms")
        #expect(report.reason(ranking.unknown[1].unknowns[0]) == "Latency not assessed (needs at most 5 ms)")
        #expect(RankingReport.fixed2(0.125) == "0.13" && RankingReport.fixed2(1) == "1.00" && RankingReport.fixed2(0.999) == "1.00")
        #expect(RankingReport.percent(0.675) == "67.5 %" && RankingReport.percent(1) == "100 %")
    }
}

import Foundation
import Testing

@testable import TechMatrix

/// The page's fit finder ranks with JavaScript, the CLI and the renderers with Swift: one set of
/// rules written twice. This runs both on the same generated matrices and profiles and asserts
/// the same answers, member for member, numbers within 1e-9.
@Suite("Ranking: Swift and the page's JavaScript agree")
struct RankingAgreementTests {
    static let harness = """
        const fs = require("fs");
        const TMRank = require(process.argv[2]);
        const cases = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
        const results = cases.map(c => c.doc.profiles.map(p => TMRank.rank(c.doc, p)));
        fs.writeFileSync(process.argv[4], JSON.stringify(results));
        """

    static var node: String? {
        ["/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the page's script under Node on `matrices` and returns, per matrix, one result per
    /// declared profile.
    static func javascriptRankings(_ matrices: [Matrix]) throws -> [JSONValue] {
        let node = try #require(node, "Node is needed: install Debian's nodejs")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("techmatrix-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("rank.js")
        let harness = directory.appendingPathComponent("harness.js")
        let input = directory.appendingPathComponent("cases.json")
        let output = directory.appendingPathComponent("results.json")
        try RankingScript.source.write(to: script, atomically: true, encoding: .utf8)
        try Self.harness.write(to: harness, atomically: true, encoding: .utf8)
        let cases = "[" + matrices.map { "{\"doc\": " + Ranking.pageDataText($0) + "}" }.joined(separator: ",") + "]"
        try cases.write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [harness.path, script.path, input.path, output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parsed = try JSONParser.parse(Array(try Data(contentsOf: output)))
        guard case .array(let perMatrix) = parsed else {
            Issue.record("node wrote no array")
            return []
        }
        return perMatrix
    }

    /// Where two JSON values differ (objects compared by member name, numbers within 1e-9), or `nil`.
    static func difference(_ a: JSONValue, _ b: JSONValue, at path: String = "$") -> String? {
        switch (a, b) {
        case (.number(let x, _), .number(let y, _)):
            return abs(x - y) <= 1e-9 ? nil : "\(path): \(x) vs \(y)"
        case (.array(let xs), .array(let ys)):
            guard xs.count == ys.count else { return "\(path): \(xs.count) vs \(ys.count) elements" }
            for index in xs.indices {
                if let found = difference(xs[index], ys[index], at: "\(path)[\(index)]") { return found }
            }
            return nil
        case (.object(let xs), .object(let ys)):
            let keys = Set(xs.map(\.key))
            guard keys == Set(ys.map(\.key)) else { return "\(path): members \(keys.sorted()) vs \(Set(ys.map(\.key)).sorted())" }
            for member in xs {
                let other = ys.first { $0.key == member.key }!
                if let found = difference(member.value, other.value, at: "\(path).\(member.key)") { return found }
            }
            return nil
        default:
            return a == b ? nil : "\(path): \(a.shortDescription) vs \(b.shortDescription)"
        }
    }

    @Test("250 generated matrices, 400 or more profiles: qualifiers, ranges, unknowns and ties")
    func generatedMatrices() throws {
        var matrices: [Matrix] = []
        var seed: UInt64 = 0
        var profiles = 0
        while matrices.count < 250 || profiles < 400 {
            let matrix = RankingGenerator.matrix(seed: seed)
            seed += 1
            guard !matrix.profiles.isEmpty else { continue }
            #expect(matrix.problems().isEmpty, "seed \(seed - 1): \(matrix.problems())")
            matrices.append(matrix)
            profiles += matrix.profiles.count
        }
        let javascript = try Self.javascriptRankings(matrices)
        try #require(javascript.count == matrices.count)
        // What the generator gave: the test is only worth something when these all occur.
        var seen: [String: Int] = [:]
        for (matrix, results) in zip(matrices, javascript) {
            guard case .array(let perProfile) = results else { Issue.record("no array for \(matrix.id)"); continue }
            for (profile, result) in zip(matrix.profiles, perProfile) {
                let ranking = Ranking(matrix: matrix, profile: profile)
                if let found = Self.difference(ranking.jsonValue, result) {
                    Issue.record("\(matrix.id) \(profile.id): \(found)")
                }
                if !ranking.out.isEmpty { seen["out", default: 0] += 1 }
                if !ranking.unknown.isEmpty { seen["unknown", default: 0] += 1 }
                if ranking.unknown.contains(where: { $0.unknowns.contains { $0.outcome == .straddles } }) { seen["straddles", default: 0] += 1 }
                if ranking.ranked.contains(where: { !$0.apart.isEmpty }) { seen["overlap", default: 0] += 1 }
                if ranking.ranked.contains(where: { $0.score.map { $0.low < $0.high } ?? false }) { seen["interval", default: 0] += 1 }
                if ranking.ranked.count >= 2, Set(ranking.ranked.map(\.place)).count > 1 { seen["ordered", default: 0] += 1 }
                if ranking.sensitivity?.fragile == true { seen["fragile", default: 0] += 1 }
                if ranking.sensitivity?.fragile == false, ranking.ranked.count >= 2 { seen["robust", default: 0] += 1 }
                if !ranking.ignored.isEmpty { seen["ignored", default: 0] += 1 }
                if ranking.weights.isEmpty { seen["unweighted", default: 0] += 1 }
                let points = ranking.ranked.compactMap(\.score).filter { $0.low == $0.high }
                if Set(points.map(\.low)).count < points.count { seen["tie", default: 0] += 1 }
            }
        }
        for kind in ["out", "unknown", "straddles", "overlap", "interval", "ordered", "fragile", "robust", "ignored", "unweighted", "tie"] {
            #expect(seen[kind, default: 0] >= 5, "only \(seen[kind, default: 0]) rankings with \(kind)")
        }
        print("ranking agreement: \(matrices.count) matrices, \(profiles) profiles, \(seen.sorted { $0.key < $1.key })")
    }
}

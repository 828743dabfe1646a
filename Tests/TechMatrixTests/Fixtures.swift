import Foundation
import Testing
@testable import TechMatrix

/// A small valid document, edited by replacing exact pieces of text so that each test shows
/// precisely what it breaks.
enum Fixtures {
    static let document = #"""
        {
          "format": "techmatrix/v1",
          "id": "service-meshes",
          "title": "Service meshes",
          "asOf": "2025-03-31",
          "sources": [
            { "id": "rexed-2025", "title": "The Service Mesh Wars", "url": "https://example.org/talk", "published": "2025-03-31" }
          ],
          "criteria": [
            { "id": "dataplane", "name": "Data plane", "kind": "text" },
            { "id": "retries", "name": "Retries", "kind": "support" },
            { "id": "latency", "name": "Added latency", "kind": "number", "unit": "ms", "better": "lower" },
            { "id": "setup", "name": "Ease of setup", "kind": "rating", "scale": 5, "better": "higher" }
          ],
          "tools": [
            { "id": "istio", "name": "Istio", "url": "https://istio.io", "values": { "latency": { "value": 15, "sources": ["rexed-2025"] } } },
            { "id": "linkerd", "name": "Linkerd", "values": { "retries": "yes", "setup": 4 }, "pros": ["Light"] },
            { "id": "cilium", "name": "Cilium", "values": { "dataplane": "eBPF" }, "cons": [{ "text": "Complex", "sources": ["rexed-2025"] }] }
          ]
        }
        """#

    /// The document with `old` replaced by `new`; records an issue if `old` is not there,
    /// so that a test cannot pass by editing nothing.
    static func document(replacing old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        #expect(document.contains(old), "fixture does not contain \(old)", sourceLocation: sourceLocation)
        return document.replacingOccurrences(of: old, with: new)
    }

    /// The diagnostics for a document, as the CLI prints them after the file name.
    static func diagnostics(_ text: String) -> [String] {
        do {
            _ = try MatrixDecoder().decode(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }
}

import TechMatrix

enum ServiceMeshes {
    static let rexed = Source("The Service Mesh Wars: A New Hope for Kubernetes", id: "rexed-2025", author: "Henrik Rexed", event: "Cloud Native Rejekts London 2025")
    static let latency = Criterion.number("Added latency", unit: "ms", better: .lower, group: "Performance")
    static let istio = Tool("Istio") {
        latency(15, sources: rexed)
    }
    static let matrix = Matrix("Service meshes", asOf: "2025-03-31") {
        rexed
        latency
        istio
    }
}

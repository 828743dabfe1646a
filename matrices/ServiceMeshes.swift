import TechMatrix

/// Service meshes, from Henrik Rexed's comparison at Rejekts London 2025 and the Linkerd
/// multi-cluster session at KubeCon EU 2021.
enum ServiceMeshes {
    static let talk = Talks.serviceMeshWars
    static let linkerdSession = Talks.linkerdMultiCluster
    static let globalLB = Talks.globalLoadBalancing
    static let istioDocs = Source("Istio documentation", id: "istio-docs", url: "https://istio.io/latest/docs/")
    static let linkerdDocs = Source("Linkerd documentation", id: "linkerd-docs", url: "https://linkerd.io")
    static let ciliumDocs = Source("Cilium documentation", id: "cilium-docs", url: "https://docs.cilium.io")
    static let kumaDocs = Source("Kuma documentation", id: "kuma-docs", url: "https://kuma.io/docs/")

    static let dataPlane = Criterion.text("Data-plane model", group: "Architecture")
    static let setup = Criterion.text("Install and configuration effort", group: "Operations")
    static let latency = Criterion.number(
        "Added latency", unit: "ms", better: .lower, group: "Performance",
        description: "Per request, on the OpenTelemetry demo application.")
    static let observability = Criterion.support("Observability out of the box", group: "Operations")
    static let resilience = Criterion.support(
        "L7 resilience", group: "Traffic management", description: "Retries, circuit breaking and rate limiting.")
    static let mTLS = Criterion.support("Mutual TLS between workloads", group: "Security")
    static let multiCluster = Criterion.text("Multi-cluster story", group: "Multi-cluster")
    static let gatewayAPI = Criterion.text(
        "Gateway API and GAMMA", group: "Traffic management",
        description: "The talk found that the Gateway API has no retries, circuit breaking or rate limiting yet, and that GAMMA (Gateway API for service mesh) has only just started; it did not rate each mesh.")

    static let istio = Tool("Istio", url: "https://istio.io") {
        dataPlane("Envoy sidecar proxy in every pod", sources: istioDocs)
        latency(15, note: "Measured in the talk on the OpenTelemetry demo.", sources: talk)
        resilience(.yes, note: "Retries and circuit breaking are built in; rate limiting goes through Envoy's rate-limit filters.", sources: istioDocs)
        mTLS(.yes, sources: istioDocs)
        Pro("A solid all-round mesh", sources: talk)
        Pro("Retries, circuit breaking and rate limiting through Envoy", sources: istioDocs)
        Con("Adds about 15 ms per request on the OpenTelemetry demo", sources: talk)
    }

    static let istioAmbient = Tool("Istio Ambient", url: "https://istio.io") {
        dataPlane("No sidecar: Istio's sidecar-less ambient mode", sources: talk)
        Pro("Drops the per-pod sidecar", sources: talk)
        Pro("Likely the best path once it catches up on features", sources: talk)
        Con("Cannot do everything the sidecar mode does yet", sources: talk)
    }

    static let linkerd = Tool("Linkerd", url: "https://linkerd.io") {
        dataPlane("Sidecar proxy (linkerd2-proxy) in every pod", sources: linkerdDocs)
        setup("Laborious to configure", sources: talk)
        observability(
            .partial,
            note: "The 2021 session listed observability out of the box; the 2025 comparison found it minimal.",
            sources: linkerdSession, talk)
        mTLS(.yes, note: "On by default, with no extra configuration.", sources: linkerdSession)
        multiCluster("Service mirroring makes services of one cluster callable from another", sources: linkerdSession)
        Pro("Quite fast in the 2025 comparison", sources: talk)
        Pro("Mutual TLS without extra work", sources: linkerdSession)
        Pro("Service mirroring connects clusters", sources: linkerdSession)
        Con("Laborious to configure", sources: talk)
        Con("Little observability in the 2025 comparison", sources: talk)
        Con("Upgrades are hard", sources: linkerdSession)
        Con("Existing applications must change the endpoints they call to reach mirrored services", sources: linkerdSession)
    }

    static let cilium = Tool("Cilium service mesh", id: "cilium", url: "https://cilium.io") {
        dataPlane("eBPF in the kernel, no sidecar; Cilium is first of all a CNI network plugin", sources: talk, ciliumDocs)
        latency(0, note: "The talk reported no added latency; not a precise measurement.", sources: talk)
        resilience(.no, note: "No retries, circuit breaking or rate limiting.", sources: talk)
        multiCluster("Cluster Mesh joins clusters for internal services; clusters must reach each other and their IP ranges must not overlap", sources: globalLB)
        Pro("Very fast, with no added latency reported", sources: talk)
        Pro("Cluster Mesh connects several clusters", sources: globalLB)
        Con("A network plugin first: lacks retries, circuit breaking and rate limiting", sources: talk)
        Con("Cluster Mesh needs clusters that can reach each other with non-overlapping IP ranges", sources: globalLB)
    }

    static let kuma = Tool("Kuma", url: "https://kuma.io") {
        dataPlane("Envoy sidecar proxy in every pod", sources: kumaDocs)
        setup("Easy to deploy and configure", sources: talk)
        mTLS(.yes, note: "Enabled through a mesh-wide mutual TLS policy.", sources: kumaDocs)
        Pro("Easy to deploy and configure", sources: talk)
    }

    static let matrix = Matrix("Service meshes", asOf: "2025-04-01") {
        Summary("Five service meshes compared on how they carry traffic, what they cost in latency and effort, and what they offer for resilience, security and multiple clusters. The figures come from Henrik Rexed's comparison at Cloud Native Rejekts London 2025, with the Linkerd multi-cluster session of KubeCon EU 2021 and the projects' documentation where the talks were silent.")
        talk
        linkerdSession
        globalLB
        Talks.dayTwoWriteUp
        Talks.kubeCon2021WriteUp
        istioDocs
        linkerdDocs
        ciliumDocs
        kumaDocs
        dataPlane
        setup
        observability
        latency
        resilience
        gatewayAPI
        mTLS
        multiCluster
        istio
        istioAmbient
        linkerd
        cilium
        kuma
        Verdict("No mesh wins outright: pick by the features you need. Cilium costs the least latency but is no full mesh, Kuma is the easiest to run, Linkerd is fast but laborious to configure, and Istio is capable but slower. Istio Ambient may become the best choice once it is feature-complete, and the Gateway API's GAMMA work may one day give all of them a common configuration.")
    }
}

import TechMatrix

/// Service meshes, from Vojta Mareš's write-up of Henrik Rexed's comparison at Rejekts London
/// 2025, an attendee's notes on a Linkerd session at KubeCon EU 2021, and each project's own
/// documentation, page by page.
enum ServiceMeshes {
    // MARK: Sources

    static let writeUp = Talks.dayTwoOnMeshWars
    static let clusterMeshWriteUp = Talks.dayTwoOnGlobalLB
    static let notes2021 = Talks.notes2021OnLinkerd

    /// A documentation page read on the day the matrix was reviewed.
    private static func page(_ title: String, id: String, _ url: String) -> Source {
        Source(title, id: id, url: url, accessed: "2026-12-01")
    }

    static let istioQuickstart = page("Istio: Getting started with sidecar mode", id: "istio-quickstart", "https://istio.io/latest/docs/overview/quickstart/")
    static let istioTraffic = page("Istio: Traffic management", id: "istio-traffic-management", "https://istio.io/latest/docs/concepts/traffic-management/")
    static let istioCircuitBreaking = page("Istio: Circuit breaking", id: "istio-circuit-breaking", "https://istio.io/latest/docs/tasks/traffic-management/circuit-breaking/")
    static let istioRateLimit = page("Istio: Enabling rate limits using Envoy", id: "istio-rate-limit", "https://istio.io/latest/docs/tasks/policy-enforcement/rate-limit/")
    static let istioMTLS = page("Istio: Mutual TLS migration", id: "istio-mtls-migration", "https://istio.io/latest/docs/tasks/security/authentication/mtls-migration/")
    static let istioMultiCluster = page("Istio: Install multicluster", id: "istio-multicluster", "https://istio.io/latest/docs/setup/install/multicluster/")
    static let istioPrometheus = page("Istio: Prometheus integration", id: "istio-prometheus", "https://istio.io/latest/docs/ops/integrations/prometheus/")
    static let istio124 = page("Announcing Istio 1.24", id: "istio-1-24", "https://istio.io/latest/news/releases/1.24.x/announcing-1.24/")
    static let ambientOverview = page("Istio: Ambient mode overview", id: "istio-ambient-overview", "https://istio.io/latest/docs/ambient/overview/")
    static let ambientL7 = page("Istio: Use Layer 7 features in ambient mode", id: "istio-ambient-l7", "https://istio.io/latest/docs/ambient/usage/l7-features/")
    static let ambientMultiCluster = page("Istio: Ambient multicluster", id: "istio-ambient-multicluster", "https://istio.io/latest/docs/ambient/install/multicluster/")

    static let linkerdOverview = page("Linkerd: Overview", id: "linkerd-overview", "https://linkerd.io/docs/overview/")
    static let linkerdRetries = page("Linkerd: Retries and timeouts", id: "linkerd-retries-timeouts", "https://linkerd.io/docs/features/retries-and-timeouts/")
    static let linkerdCircuitBreaking = page("Linkerd: Circuit breaking", id: "linkerd-circuit-breaking", "https://linkerd.io/docs/reference/circuit-breaking/")
    static let linkerdRateLimit = page("Linkerd: Rate limiting", id: "linkerd-rate-limiting", "https://linkerd.io/docs/features/rate-limiting/")
    static let linkerdMTLS = page("Linkerd: Automatic mTLS", id: "linkerd-automatic-mtls", "https://linkerd.io/docs/features/automatic-mtls/")
    static let linkerdMultiCluster = page("Linkerd: Multi-cluster communication", id: "linkerd-multicluster", "https://linkerd.io/docs/features/multicluster/")
    static let linkerdGatewayAPI = page("Linkerd: Gateway API support", id: "linkerd-gateway-api", "https://linkerd.io/docs/features/gateway-api/")
    static let linkerdTelemetry = page("Linkerd: Telemetry and monitoring", id: "linkerd-telemetry", "https://linkerd.io/docs/features/telemetry/")

    static let ciliumL7 = page("Cilium: L7-aware traffic management", id: "cilium-l7-traffic", "https://docs.cilium.io/en/stable/network/servicemesh/l7-traffic-management/")
    static let ciliumGAMMA = page("Cilium: GAMMA support", id: "cilium-gamma", "https://docs.cilium.io/en/stable/network/servicemesh/gateway-api/gamma/")
    static let ciliumCircuitBreaker = page("Cilium: Envoy circuit breaker", id: "cilium-circuit-breaker", "https://docs.cilium.io/en/stable/network/servicemesh/envoy-circuit-breaker/")
    static let ciliumMutualAuth = page(
        "Cilium: Mutual authentication (beta)", id: "cilium-mutual-auth", "https://docs.cilium.io/en/stable/network/servicemesh/mutual-authentication/mutual-authentication/")
    static let ciliumClusterMesh = page("Cilium: Multi-cluster networking (Cluster Mesh)", id: "cilium-cluster-mesh", "https://docs.cilium.io/en/stable/network/clustermesh/intro/")
    static let ciliumHubble = page("Cilium: Network observability with Hubble", id: "cilium-hubble", "https://docs.cilium.io/en/stable/observability/hubble/")

    static let kumaArchitecture = page("Kuma: Architecture", id: "kuma-architecture", "https://kuma.io/docs/2.14.x/introduction/architecture/")
    static let kumaRetry = page("Kuma: MeshRetry", id: "kuma-meshretry", "https://kuma.io/docs/2.14.x/policies/meshretry/")
    static let kumaTimeout = page("Kuma: MeshTimeout", id: "kuma-meshtimeout", "https://kuma.io/docs/2.14.x/policies/meshtimeout/")
    static let kumaCircuitBreaker = page("Kuma: MeshCircuitBreaker", id: "kuma-meshcircuitbreaker", "https://kuma.io/docs/2.14.x/policies/meshcircuitbreaker/")
    static let kumaRateLimit = page("Kuma: MeshRateLimit", id: "kuma-meshratelimit", "https://kuma.io/docs/2.14.x/policies/meshratelimit/")
    static let kumaMTLS = page("Kuma: Mutual TLS", id: "kuma-mutual-tls", "https://kuma.io/docs/2.14.x/policies/mutual-tls/")
    static let kumaMultiZone = page("Kuma: Multi-zone deployment", id: "kuma-multi-zone", "https://kuma.io/docs/2.14.x/production/deployment/multi-zone/")
    static let kumaGatewayAPI = page("Kuma: Kubernetes Gateway API", id: "kuma-gateway-api", "https://kuma.io/docs/2.14.x/using-mesh/managing-ingress-traffic/gateway-api/")
    static let kumaObservability = page("Kuma: Observability", id: "kuma-observability", "https://kuma.io/docs/2.14.x/explore/observability/")

    /// Cells taken from the 2025 write-up describe the releases current when the talk was given;
    /// the write-up names none.
    static let talkRelease = "the release current in March 2025"
    static let notesRelease = "the release current in 2021"

    // MARK: Criteria

    static let dataPlane = Criterion.text("Data-plane model", group: "Architecture")
    static let sidecarless = Criterion.support(
        "Runs without a sidecar", group: "Architecture", description: "A data plane with no proxy inside each application pod.")
    static let retries = Criterion.support("Retries", group: "Traffic management")
    static let timeouts = Criterion.support("Request timeouts", group: "Traffic management")
    static let circuitBreaking = Criterion.support("Circuit breaking", group: "Traffic management")
    static let rateLimiting = Criterion.support(
        "Rate limiting", group: "Traffic management", description: "Partial: only local (per proxy) limits, or only through raw Envoy configuration.")
    static let gamma = Criterion.support(
        "Mesh routing with the Gateway API (GAMMA)", group: "Traffic management",
        description:
            "Gateway API routes attached to Services for traffic inside the mesh. The 2025 write-up adds that the Gateway API specification has no retries, circuit breaking or rate limiting yet (Envoy Gateway offers them through its own resource), and that GAMMA is getting started and may solve that in perhaps two years."
    )
    static let mTLS = Criterion.support(
        "Mutual TLS on by default", group: "Security", description: "Yes: with no configuration. Partial: available, but to be switched on or made strict. Preview: only as a beta feature.")
    static let multiCluster = Criterion.support("Multi-cluster", group: "Multi-cluster")
    static let observability = Criterion.support(
        "Observability out of the box", group: "Operations", description: "Partial: telemetry is produced, but dashboards or storage are add-ons.")
    static let setup = Criterion.text("Install and configuration effort", group: "Operations")
    static let latency = Criterion.number(
        "Added latency", unit: "ms", better: .lower, group: "Performance",
        description: "On the OpenTelemetry demo application, as the write-up of the 2025 comparison reports it; the write-up gives one figure.")

    // MARK: Tools

    static let istio = Tool("Istio (sidecar mode)", id: "istio", url: "https://istio.io", version: "1.31", verified: "2026-12-01") {
        dataPlane("An Envoy proxy beside every pod", sources: istioQuickstart)
        sidecarless(.no, note: "Istio's sidecar-less data plane is ambient mode, the next column.", sources: istioQuickstart, ambientOverview)
        retries(.yes, note: "Set per route; since 1.24 a 503 is no longer retried by default.", sources: istioTraffic, istio124)
        timeouts(.yes, note: "Request and per-try timeouts are set per route.", sources: istioTraffic)
        circuitBreaking(.yes, note: "Connection-pool limits and outlier detection in a DestinationRule.", sources: istioCircuitBreaking)
        rateLimiting(
            .partial, note: "Local and global limits, both by patching Envoy with an EnvoyFilter; global limits also need a separate rate-limit service.",
            sources: istioRateLimit)
        mTLS(
            .partial, note: "Sidecars use mutual TLS with each other automatically, but a workload still accepts plain text (PERMISSIVE) until a STRICT policy is set.",
            sources: istioMTLS)
        multiCluster(.yes, note: "One mesh over several clusters: multi-primary or primary-remote, on one network or several.", sources: istioMultiCluster)
        observability(
            .partial, note: "The proxies expose metrics that Prometheus scrapes by default; Prometheus and the dashboards ship only as sample add-ons for demonstration.",
            sources: istioPrometheus)
        latency(.about(15), note: "About 15 ms on the OpenTelemetry demo.", version: talkRelease, sources: writeUp)
        Pro("Retries and timeouts per route, circuit breaking per destination", sources: istioTraffic, istioCircuitBreaking)
        Pro("Decent, in the write-up author's summary of the 2025 comparison", sources: writeUp)
        Con("Adds latency: about 15 ms on the OpenTelemetry demo, as the write-up reports it", sources: writeUp)
        Con("Rate limits only by patching Envoy configuration", sources: istioRateLimit)
    }

    static let istioAmbient = Tool("Istio Ambient", id: "istio-ambient", url: "https://istio.io", version: "1.31", verified: "2026-12-01") {
        dataPlane(
            "A shared proxy on every node (ztunnel) for mutual TLS and layer 4; an optional Envoy waypoint proxy, outside the application pods, for layer 7",
            sources: ambientOverview)
        sidecarless(.yes, note: "Generally available (stable) since Istio 1.24.", sources: ambientOverview, istio124)
        retries(
            .partial, note: "Only through a waypoint proxy: the documentation requires one for layer-7 traffic management. The ambient pages do not name retries.", sources: ambientOverview, ambientL7)
        timeouts(.partial, note: "Only through a waypoint proxy, as for retries.", sources: ambientOverview, ambientL7)
        circuitBreaking(.preview, note: "Set in a DestinationRule; the documentation rates the classic traffic APIs as alpha in ambient mode.", sources: ambientL7)
        gamma(.preview, note: "HTTPRoute on a waypoint is beta; TCPRoute and TLSRoute are alpha.", sources: ambientL7)
        mTLS(.yes, note: "Workloads enrolled in ambient mode get mutual TLS from ztunnel, with no waypoint.", sources: ambientOverview)
        multiCluster(.preview, note: "Alpha: multi-primary on several networks only, with significant limitations.", sources: ambientMultiCluster)
        observability(.partial, note: "ztunnel gives layer-4 telemetry; the full set of Istio traffic metrics needs a waypoint proxy.", sources: ambientL7)
        Pro("No proxy inside the application pods", sources: ambientOverview)
        Pro("Will probably be the best path once it can do what it cannot do yet, in the write-up author's view", sources: writeUp)
        Con("Cannot do some things yet, in the 2025 write-up", sources: writeUp)
        Con("Layer-7 features need a waypoint proxy, several of them beta or alpha", sources: ambientL7)
    }

    static let linkerd = Tool("Linkerd", url: "https://linkerd.io", version: "2.20", verified: "2026-12-01") {
        dataPlane("A small Rust proxy (linkerd2-proxy) beside every pod, not Envoy", sources: linkerdOverview)
        retries(.yes, note: "Opt-in, for HTTP and gRPC routes; done by the calling pod's proxy.", sources: linkerdRetries)
        timeouts(.yes, sources: linkerdRetries)
        circuitBreaking(.yes, note: "Opt-in per Service: the calling proxy stops sending to a failing endpoint.", sources: linkerdCircuitBreaking)
        rateLimiting(.partial, note: "Local only: each pod's proxy limits its own inbound traffic. The resource's API version is v1alpha1.", sources: linkerdRateLimit)
        gamma(.yes, note: "HTTPRoute and GRPCRoute attached to Services configure routing inside the mesh; the documentation does not use the name GAMMA.", sources: linkerdGatewayAPI)
        mTLS(.yes, note: "Between meshed pods, for all TCP traffic, with no configuration.", sources: linkerdMTLS, notes2021)
        multiCluster(
            .yes, note: "Services of linked clusters are mirrored; traffic goes through a gateway, pod to pod on a flat network, or to federated services.", sources: linkerdMultiCluster, notes2021)
        observability(
            .partial,
            note:
                "The 2021 notes list observability out of the box; the 2025 write-up calls it minimal. The documentation: proxies record metrics, but the dashboard and its Prometheus come with the separate Viz extension.",
            disputed: true, sources: linkerdTelemetry, writeUp, notes2021)
        setup("Laborious to configure, in the write-up author's view", version: talkRelease, sources: writeUp)
        Pro("Quite fast, in the 2025 write-up", sources: writeUp)
        Pro("Mutual TLS with no configuration", sources: linkerdMTLS)
        Pro("Service mirroring for connecting clusters, which the 2021 notes call easy", sources: notes2021, linkerdMultiCluster)
        Con("Laborious to configure, in the 2025 write-up", sources: writeUp)
        Con("Minimal observability, in the 2025 write-up", sources: writeUp)
        Con("Upgrades are hard, among the 2021 note-taker's take-aways", sources: notes2021)
        Con("Existing applications need to change the endpoints they call, among the 2021 note-taker's take-aways", sources: notes2021)
    }

    static let cilium = Tool("Cilium service mesh", id: "cilium", url: "https://cilium.io", version: "1.20 (main-branch docs)", verified: "2026-12-01") {
        dataPlane(
            "eBPF in the kernel, with one Envoy proxy per node for layer-7 features; the write-up calls Cilium primarily a network plugin",
            sources: ciliumL7, writeUp)
        sidecarless(.yes, note: "Layer-7 traffic goes through the per-node Envoy proxy.", sources: ciliumGAMMA)
        retries(.no, note: "The write-up says Cilium lacks retries; the documentation pages read do not describe them.", version: talkRelease, sources: writeUp)
        circuitBreaking(
            .partial,
            note: "The write-up says Cilium lacks circuit breaking; the documentation shows it configured as raw Envoy settings in a CiliumClusterwideEnvoyConfig, which Kubernetes does not validate.",
            disputed: true, sources: writeUp, ciliumCircuitBreaker)
        rateLimiting(.no, note: "The write-up says Cilium lacks rate limiting; the documentation lists rate-limit filters in its Envoy build but no guide.", version: talkRelease, sources: writeUp)
        gamma(.partial, note: "HTTPRoute and GRPCRoute in the Service's own namespace only (producer routes); consumer routes are not supported.", sources: ciliumGAMMA)
        mTLS(.preview, note: "Mutual authentication is beta and switched on by hand; encryption (WireGuard or IPsec) is a separate setting.", sources: ciliumMutualAuth)
        multiCluster(
            .yes, note: "Cluster Mesh joins clusters; they must reach each other and their IP ranges must not overlap, as the load-balancing write-up adds.",
            sources: ciliumClusterMesh, clusterMeshWriteUp)
        observability(.partial, note: "Hubble sees flows on each node; the cluster-wide view and the service map need Hubble Relay and UI deployed.", sources: ciliumHubble)
        Pro("Super fast and adds no latency, in the write-up author's words (no figure is given)", sources: writeUp)
        Pro("Cluster Mesh connects clusters and gives internal endpoints across them", sources: clusterMeshWriteUp, ciliumClusterMesh)
        Con("Primarily a network plugin that lacks service-mesh functions (retries, circuit breaking, rate limiting), in the 2025 write-up", sources: writeUp)
        Con("Cluster Mesh needs clusters that reach each other, with IP ranges that do not overlap", sources: clusterMeshWriteUp)
    }

    static let kuma = Tool("Kuma", url: "https://kuma.io", version: "2.14", verified: "2026-12-01") {
        dataPlane("An Envoy proxy (kuma-dp) beside every pod", sources: kumaArchitecture)
        retries(.yes, note: "MeshRetry, for HTTP, gRPC and TCP, with back-off.", sources: kumaRetry)
        timeouts(.yes, note: "MeshTimeout, for connections, idle time and requests.", sources: kumaTimeout)
        circuitBreaking(.yes, note: "MeshCircuitBreaker: connection limits and outlier detection.", sources: kumaCircuitBreaker)
        rateLimiting(.partial, note: "MeshRateLimit: local limits per service instance.", sources: kumaRateLimit)
        gamma(.preview, note: "HTTPRoutes whose parent is a Service; the documentation still calls the GAMMA routing spec experimental.", sources: kumaGatewayAPI)
        mTLS(.partial, note: "Off until a mesh enables it; then traffic is denied unless a traffic permission allows it.", sources: kumaMTLS)
        multiCluster(.yes, note: "Multi-zone: a global control plane and one per zone, with traffic between zones through zone ingress.", sources: kumaMultiZone)
        observability(.partial, note: "Metrics and traces are set up by policies; the bundled Prometheus, Jaeger, Loki and Grafana stack is not for production.", sources: kumaObservability)
        setup("Easy to deploy and configure, in the write-up author's view", version: talkRelease, sources: writeUp)
        Pro("Easy to deploy and configure, in the 2025 write-up", sources: writeUp)
        Pro("Retries, timeouts, circuit breaking and local rate limits as policies", sources: kumaRetry, kumaTimeout, kumaCircuitBreaker, kumaRateLimit)
        Con("Mutual TLS is off until a mesh enables it", sources: kumaMTLS)
    }

    // MARK: Profiles

    static let resilience = Profile(
        "Resilient service calls", id: "resilient-calls",
        description: "Services that must ride out slow or failing dependencies: retries and timeouts are musts, circuit breaking and rate limits count.",
        require: [retries.required(.partial), timeouts.required(.partial)],
        weights: [retries.weighted(2), timeouts.weighted(2), circuitBreaking.weighted(3), rateLimiting.weighted(1)])
    static let zeroTrust = Profile(
        "Encrypted by default", id: "encrypted-by-default",
        description: "A team that wants every call between workloads encrypted and authenticated without configuring it.",
        require: [mTLS.required(.yes)],
        weights: [mTLS.weighted(3), observability.weighted(1), sidecarless.weighted(1)])
    static let manyClusters = Profile(
        "Several clusters", id: "several-clusters",
        description: "Services spread over several clusters that call each other.",
        require: [multiCluster.required(.partial)],
        weights: [multiCluster.weighted(3), mTLS.weighted(2), gamma.weighted(1)])

    static let matrix = Matrix("Service meshes", asOf: "2026-12-01", staleAfterDays: 365) {
        Summary(
            "Five service meshes compared on how they carry traffic, what they offer for resilience, security and several clusters, and what they cost in latency and effort. The features come from each project's documentation; the judgements and the one latency figure come from Vojta Mareš's write-up of Henrik Rexed's comparison at Cloud Native Rejekts London 2025, with an attendee's notes on a Linkerd session at KubeCon EU 2021."
        )
        Methodology(
            "Support cells come from the projects' documentation, read page by page on 2026-12-01 for Istio 1.31, Linkerd 2.20, Kuma 2.14 and Cilium's main-branch documentation (its newest release notes are 1.20's). Yes means documented and generally available; partial means available with a limit the note names; preview means beta, alpha or experimental; no means the cited source says it is missing."
        )
        Methodology(
            Talks.writeUpMethod
                + " The 2025 write-up gives one figure, Istio's, and says only that Cilium adds no latency, which is not a measurement; the 2021 notes call themselves not very coherent.")
        Methodology(
            "Cells stay empty where the documentation is silent: sidecar-less modes of Linkerd and Kuma, Cilium's request timeouts, Istio's and Istio Ambient's mesh routing and rate limits, and every latency but Istio's."
        )
        dataPlane; sidecarless
        retries; timeouts; circuitBreaking; rateLimiting; gamma
        mTLS; multiCluster; observability; setup; latency
        istio; istioAmbient; linkerd; cilium; kuma
        resilience; zeroTrust; manyClusters
        Verdict(
            "There is no clear winner, the 2025 write-up concludes: it depends on what you need, and the profiles above state three such needs. In their documentation, Istio, Linkerd and Kuma offer retries, timeouts and circuit breaking; Istio Ambient and Cilium handle layer 7 in shared proxies instead of sidecars, and several of those features are beta, alpha or raw Envoy configuration. Linkerd and Istio Ambient make mutual TLS the default with no configuration; Istio's sidecars use it automatically but accept plain text until a strict policy is set. The write-up found Kuma easy and Linkerd laborious to configure, and reports about 15 ms of added latency for Istio on the OpenTelemetry demo."
        )
    }
}

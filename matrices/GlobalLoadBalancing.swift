import TechMatrix

/// Global load balancing across Kubernetes clusters, from Vojta Mareš's write-up of Tobias
/// Schneck and Nicolai Ort's talk at Rejekts London 2025, with the K8GB and Cilium documentation.
enum GlobalLoadBalancing {
    /// Vojta Mareš's day-two post, which reports the talk.
    static let writeUp = Talks.dayTwoOnGlobalLB

    static let k8gbIntro = Source(
        "K8GB documentation: Getting Started (v0.20.0)", id: "k8gb-docs-intro", url: "https://k8gb.io/intro/",
        accessed: "2026-12-01")
    static let k8gbStrategy = Source(
        "K8GB documentation: k8gb strategy options (v0.20.0)", id: "k8gb-docs-strategy", url: "https://k8gb.io/strategy/",
        accessed: "2026-12-01")
    static let ciliumClusterMeshIntro = Source(
        "Cilium documentation: Multi-Cluster (Cluster Mesh) (stable docs, 1.19)", id: "cilium-docs-clustermesh-intro",
        url: "https://docs.cilium.io/en/stable/network/clustermesh/intro/", accessed: "2026-12-01")

    /// What the write-up-derived cells describe: the write-up names no release.
    static let march2025 = "the release current in March 2025"

    static let approach = Criterion.text("How it works", group: "Design")
    static let selfHosted = Criterion.support("Runs on your own clusters", group: "Design")
    static let strategies = Criterion.text("Load-balancing strategies", group: "Design")
    static let requirements = Criterion.text("Requirements", group: "Design")
    static let publicFailover = Criterion.support(
        "Public ingress failover", group: "Failover", description: "Traffic from the internet keeps flowing when a cluster goes down.")
    static let internalFailover = Criterion.support("Internal service failover", group: "Failover")
    static let healthSignal = Criterion.text("What decides where traffic goes", group: "Failover")
    static let failoverBehaviour = Criterion.text("Failover behaviour", group: "Failover")

    static let k8gb = Tool("K8GB", url: "https://www.k8gb.io", version: "v0.20.0", verified: "2026-12-01", citing: writeUp) {
        approach(
            "DNS based: a CoreDNS instance of its own in the cluster holds the A records for ingress hosts, and external-dns points a provider such as Cloudflare at those instances with NS records",
            version: march2025)
        selfHosted(.yes, note: "A controller in each Kubernetes cluster; running several instances across data centers or clouds is a stated goal.", sources: k8gbIntro)
        strategies(
            "Round robin (the default), weighted round robin, failover (pinned to a primary cluster until it has no available Pods) and GeoIP (the cluster closest to the client)",
            sources: k8gbStrategy)
        requirements(
            "In a multi-cluster setup, K8GB has to be connected across clusters so the instances do not interfere with each other's configuration",
            version: march2025)
        publicFailover(.yes, note: "The write-up's takeaway recommends K8GB, or a ready-made solution, for public services such as APIs.", version: march2025)
        healthSignal("The health of the Pods behind a GSLB-enabled host, from their liveness and readiness probes", sources: k8gbIntro)
        failoverBehaviour(
            "A brief outage can occur during failover, because DNS is heavily cached; under one minute in the live demo",
            version: march2025)
        Pro("A Kubernetes-native global load balancer")
        Pro("A very nice solution, in the write-up author's view")
        Pro("Recommended by the write-up's author, with ready-made solutions, for public services such as APIs")
        Pro("Configured through Kubernetes resources: a Gslb custom resource per host", sources: k8gbIntro)
        Con("DNS caching can cause a brief outage during failover")
        Con("The K8GB instances in every cluster have to be connected to each other")
    }

    static let clusterMesh = Tool(
        "Cilium Cluster Mesh", url: "https://cilium.io", version: "1.19", verified: "2026-12-01", citing: writeUp
    ) {
        approach("Links several clusters, giving internal endpoints and interconnected clusters", version: march2025)
        selfHosted(.yes, note: "Built yourself on your own clusters rather than bought.", version: march2025)
        requirements("The clusters need to see each other, and their IP ranges must not overlap", version: march2025)
        publicFailover(.no, note: "It does not solve ingress when one cluster goes down.", version: march2025)
        internalFailover(
            .yes, note: "The write-up's takeaway: failover for internal services can be solved with multiple clusters and Cluster Mesh.",
            version: march2025)
        Pro("Works well for connecting clusters, per the write-up")
        Pro(
            "Extends the networking datapath across clusters, so endpoints in all connected clusters can communicate, with policy enforcement",
            sources: ciliumClusterMeshIntro)
        Pro("Load balancing across clusters is configured with Kubernetes annotations", sources: ciliumClusterMeshIntro)
        Con("Does not solve ingress when one cluster goes down")
        Con("The clusters need to see each other, with IP ranges that do not overlap")
    }

    static let managed = Tool(
        "Managed global load balancer", id: "managed-global-load-balancer", version: "managed service, not versioned",
        verified: "2026-12-01", citing: writeUp
    ) {
        Summary("A ready-made product bought from a provider; the write-up's examples are Google Cloud (GSLB), Cloudflare, Fastly and Akamai.")
        approach("A ready-made HA solution bought from a provider", version: march2025)
        selfHosted(.no, note: "An off-the-shelf product, bought rather than built yourself.", version: march2025)
        publicFailover(.yes, note: "The write-up's takeaway recommends a ready-made solution, or K8GB, for public services such as APIs.", version: march2025)
        Pro("Ready-made: nothing to build yourself")
        Con("An off-the-shelf product you have to buy")
    }

    static let publicServices = Profile(
        "Public services such as APIs", id: "public-services",
        description: "Internet traffic must keep reaching you when a cluster goes down.",
        require: [publicFailover.required(.yes)])
    static let publicOnOwnClusters = Profile(
        "Public services on your own clusters", id: "public-services-self-hosted",
        description: "Public failover without buying a product from a provider.",
        require: [publicFailover.required(.yes), selfHosted.required(.yes)])
    static let internalServices = Profile(
        "Internal services across clusters", id: "internal-services",
        description: "Services that call each other across clusters; only Cilium Cluster Mesh is assessed on internal failover.",
        weights: [internalFailover.weighted(5), selfHosted.weighted(1)])

    static let matrix = Matrix(
        "Global load balancing across Kubernetes clusters", id: "global-load-balancing", asOf: "2026-12-01", staleAfterDays: 365
    ) {
        Summary(
            "Three ways to keep services reachable when one of several clusters goes down, from Vojta Mareš's write-up of Tobias Schneck and Nicolai Ort's talk at Cloud Native Rejekts London 2025.")
        Methodology(Talks.writeUpMethod)
        Methodology(
            "Approach, requirements, failover and the pros and cons marked as the write-up's come from Vojta Mareš's write-up of the talk; they describe the tools as they were in March 2025, and the write-up names no release. Load-balancing strategies, what decides where traffic goes, and the K8GB and Cilium pros that cite documentation come from the projects' own pages, read on 2026-12-01: K8GB v0.20.0, and the Cilium stable documentation (the 1.19 line when it was read). The managed global load balancer is a kind of product, not one release, so its version reads \"managed service, not versioned\"."
        )
        Methodology(
            "Yes means the sources say the tool does it; No means they say it does not. An empty cell is not assessed: the write-up says nothing on it and the documentation read does not settle it. Internal service failover is assessed only for Cluster Mesh and load-balancing strategies only for K8GB, for that reason."
        )
        Talks.globalLoadBalancing
        writeUp
        k8gbIntro
        k8gbStrategy
        ciliumClusterMeshIntro
        approach
        selfHosted
        strategies
        requirements
        publicFailover
        internalFailover
        healthSignal
        failoverBehaviour
        k8gb
        clusterMesh
        managed
        publicServices
        publicOnOwnClusters
        internalServices
        Verdict(
            "It depends on what has to fail over. The write-up's author concludes that failover for internal services can be solved with multiple clusters and Cilium Cluster Mesh, and that public services such as APIs need either a ready-made solution or K8GB."
        )
    }
}

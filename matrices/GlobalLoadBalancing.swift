import TechMatrix

/// Global load balancing across Kubernetes clusters, from Tobias Schneck and Nicolai Ort's
/// talk at Rejekts London 2025.
enum GlobalLoadBalancing {
    static let talk = Talks.globalLoadBalancing

    static let approach = Criterion.text("How it works", group: "Design")
    static let selfHosted = Criterion.support("Runs on your own clusters", group: "Design")
    static let publicFailover = Criterion.support(
        "Public ingress failover", group: "Failover", description: "Traffic from the internet keeps flowing when a cluster goes down.")
    static let internalFailover = Criterion.support("Internal service failover", group: "Failover")
    static let failoverBehaviour = Criterion.text("Failover behaviour", group: "Failover")
    static let requirements = Criterion.text("Requirements", group: "Design")

    static let k8gb = Tool("K8GB", url: "https://www.k8gb.io") {
        approach("DNS based: its own CoreDNS serves A records for ingress hosts, and external-dns delegates the zone to it with NS records at a provider such as Cloudflare", sources: talk)
        selfHosted(.yes, sources: talk)
        publicFailover(.yes, sources: talk)
        failoverBehaviour("A short outage while cached DNS answers expire; under a minute in the live demo", sources: talk)
        requirements("The K8GB instances of all clusters must be connected so they do not overwrite each other's configuration", sources: talk)
        Pro("Kubernetes-native global load balancing you run yourself", sources: talk)
        Pro("Solves failover for public ingress", sources: talk)
        Con("DNS caching causes a brief outage during failover", sources: talk)
        Con("The instances in every cluster have to be wired together", sources: talk)
    }

    static let clusterMesh = Tool("Cilium Cluster Mesh", url: "https://cilium.io") {
        approach("Joins the networks of several clusters, so services get endpoints in every cluster", sources: talk)
        selfHosted(.yes, sources: talk)
        publicFailover(.no, note: "It does not move ingress traffic when a cluster goes down.", sources: talk)
        internalFailover(.yes, sources: talk)
        requirements("Clusters must reach each other, and their IP ranges must not overlap", sources: talk)
        Pro("Works well for internal services across clusters", sources: talk)
        Con("Does not solve ingress when a cluster fails", sources: talk)
        Con("Needs reachable clusters with non-overlapping IP ranges", sources: talk)
    }

    static let managed = Tool("Managed global load balancer", id: "managed-global-load-balancer") {
        Summary("A product bought from a provider, such as Google Cloud's global load balancing, Cloudflare, Fastly or Akamai.")
        approach("A ready-made high-availability service from a cloud or CDN provider", sources: talk)
        selfHosted(.no, sources: talk)
        publicFailover(.yes, sources: talk)
        Pro("Ready-made: nothing to build", sources: talk)
        Con("An external product to pay for and depend on", sources: talk)
    }

    static let matrix = Matrix("Global load balancing across Kubernetes clusters", id: "global-load-balancing", asOf: "2025-04-01") {
        Summary("Three ways to keep services reachable when one of several clusters goes down, from Tobias Schneck and Nicolai Ort's talk at Cloud Native Rejekts London 2025.")
        talk
        Talks.dayTwoWriteUp
        approach
        selfHosted
        requirements
        publicFailover
        internalFailover
        failoverBehaviour
        k8gb
        clusterMesh
        managed
        Verdict("Use Cilium Cluster Mesh for internal services across clusters. For public endpoints such as APIs, buy a managed global load balancer or run K8GB yourself.")
    }
}

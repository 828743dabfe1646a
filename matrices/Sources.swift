import TechMatrix

/// The talks and write-ups the built-in matrices take their facts from, and the project
/// documentation added where a fact is certain but the talk did not state it.
enum Talks {
    static let dayOneWriteUp = Source(
        "Rejekts 2025 in London – Day One", id: "mares-rejekts-2025-day-one", author: "Vojta Mareš",
        event: "Cloud Native Rejekts London 2025", published: "2025-03-31")
    static let dayTwoWriteUp = Source(
        "Rejekts 2025 in London – Day Two", id: "mares-rejekts-2025-day-two", author: "Vojta Mareš",
        event: "Cloud Native Rejekts London 2025", published: "2025-04-01")
    static let kubeCon2021WriteUp = Source(
        "KubeCon / Cloud Native Con Europe 2021", id: "kubecon-eu-2021-notes",
        event: "KubeCon + CloudNativeCon Europe 2021 (virtual)", published: "2021-12-07")

    static let serviceMeshWars = Source(
        "The Service Mesh Wars: A New Hope for Kubernetes", id: "rexed-2025", author: "Henrik Rexed",
        event: "Cloud Native Rejekts London 2025", published: "2025-03-31")
    static let kubernetesGuardians = Source(
        "The Kubernetes Guardians: A Deep Dive Into Your Security Avengers", id: "rexed-hirschberg-2025",
        author: "Henrik Rexed and Ben Hirschberg", event: "Cloud Native Rejekts London 2025", published: "2025-03-31")
    static let globalLoadBalancing = Source(
        "Evaluating Global Load Balancing Options for Kubernetes in Practice", id: "schneck-ort-2025",
        author: "Tobias Schneck and Nicolai Ort", event: "Cloud Native Rejekts London 2025", published: "2025-03-31")
    static let ociRegistry = Source(
        "OCI Registry as a Secure and Single Source of Distribution for Your Container Images & Artifacts",
        id: "este-gracias-2025", author: "Stephane Este-Gracias", event: "Cloud Native Rejekts London 2025",
        published: "2025-03-30")
    static let multiClusterCRDs = Source(
        "CRD Data Architecture for Multi-Cluster Kubernetes", id: "baenziger-2025", author: "Clay Baenziger",
        event: "Cloud Native Rejekts London 2025", published: "2025-03-30")
    static let linkerdMultiCluster = Source(
        "Linkerd multi-cluster session (title not recorded in the notes)", id: "linkerd-multicluster-2021",
        event: "KubeCon + CloudNativeCon Europe 2021 (virtual)")
    static let prometheusStorage = Source(
        "Prometheus long-term storage session: M3, Thanos and Cortex (title not recorded in the notes)",
        id: "prometheus-lts-2021", event: "KubeCon + CloudNativeCon Europe 2021 (virtual)")
}

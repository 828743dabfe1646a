import TechMatrix

/// The talks the built-in matrices draw on, and the attendees' write-ups that report them.
///
/// No talk is cited directly: every fact from a talk is known only through a write-up, so a
/// claim cites the write-up, which ``Source/reports`` the talk. A write-up that covers several
/// talks appears once per talk (a source reports on one other source); the write-up's own
/// views cite the same source, and their notes say that the view is the write-up author's.
enum Talks {
    // MARK: Talks (known only through the write-ups below)

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
    /// The notes give neither title, speaker nor day of the 2021 sessions.
    static let linkerdSession = Source(
        "KubeCon EU 2021 session on cluster partitioning and Linkerd (title not recorded in the notes)",
        id: "linkerd-session-2021", event: "KubeCon + CloudNativeCon Europe 2021 (virtual)")
    static let prometheusStorage = Source(
        "KubeCon EU 2021 session on Prometheus long-term storage: M3, Thanos and Cortex (title not recorded in the notes)",
        id: "prometheus-lts-2021", event: "KubeCon + CloudNativeCon Europe 2021 (virtual)")
    static let confidentialContainers = Source(
        "KubeCon EU 2021 session on confidential containers (title not recorded in the notes)",
        id: "confidential-containers-2021", event: "KubeCon + CloudNativeCon Europe 2021 (virtual)")
    static let policySession = Source(
        "KubeCon EU 2021 sessions on policy: PodSecurityPolicy, OPA and Gatekeeper (titles not recorded in the notes)",
        id: "policy-sessions-2021", event: "KubeCon + CloudNativeCon Europe 2021 (virtual)")

    // MARK: Write-ups, one source per talk they report

    private static func dayOne(_ id: String, reports talk: Source) -> Source {
        Source(
            "Rejekts 2025 in London – Day One", id: id, author: "Vojta Mareš", event: "Cloud Native Rejekts London 2025",
            published: "2025-03-31", reports: talk)
    }
    private static func dayTwo(_ id: String, reports talk: Source) -> Source {
        Source(
            "Rejekts 2025 in London – Day Two", id: id, author: "Vojta Mareš", event: "Cloud Native Rejekts London 2025",
            published: "2025-04-01", reports: talk)
    }
    private static func notes2021(_ id: String, reports session: Source) -> Source {
        Source(
            "KubeCon / Cloud Native Con Europe 2021", id: id, event: "KubeCon + CloudNativeCon Europe 2021 (virtual)",
            published: "2021-12-07", reports: session)
    }

    static let dayTwoOnMeshWars = dayTwo("mares-day-two-mesh-wars", reports: serviceMeshWars)
    static let dayTwoOnGuardians = dayTwo("mares-day-two-guardians", reports: kubernetesGuardians)
    static let dayTwoOnGlobalLB = dayTwo("mares-day-two-global-lb", reports: globalLoadBalancing)
    static let dayOneOnOCIRegistry = dayOne("mares-day-one-oci-registry", reports: ociRegistry)
    static let dayOneOnMultiCluster = dayOne("mares-day-one-multi-cluster", reports: multiClusterCRDs)
    static let notes2021OnLinkerd = notes2021("kubecon-eu-2021-notes-linkerd", reports: linkerdSession)
    static let notes2021OnPrometheus = notes2021("kubecon-eu-2021-notes-prometheus", reports: prometheusStorage)
    static let notes2021OnConfidentialContainers = notes2021(
        "kubecon-eu-2021-notes-confidential-containers", reports: confidentialContainers)
    static let notes2021OnPolicy = notes2021("kubecon-eu-2021-notes-policy", reports: policySession)
    /// The 2021 notes where they report no identified session.
    static let notes2021 = Source(
        "KubeCon / Cloud Native Con Europe 2021", id: "kubecon-eu-2021-notes",
        event: "KubeCon + CloudNativeCon Europe 2021 (virtual)", published: "2021-12-07")

    /// What every matrix says about the write-ups, for its methodology.
    static let writeUpMethod =
        "No talk is cited directly: a claim from a talk cites the attendee's write-up that reports it. Where a write-up gives its author's own view (\"my takeaway\", \"for me\"), the note says so. Hedges in the write-ups (about, potentially, probably, maybe) are kept as qualifiers, notes or disputed cells."
}

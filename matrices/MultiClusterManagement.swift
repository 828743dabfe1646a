import TechMatrix

/// Multi-cluster management, from Vojta Mareš's write-up of Clay Baenziger's talk at Rejekts
/// London 2025, notes on KubeCon EU 2021 that describe Cluster API, and the projects' own
/// documentation.
enum MultiClusterManagement {
    /// Vojta Mareš's day-one post, which reports the talk.
    static let writeUp = Talks.dayOneOnMultiCluster
    /// The 2021 notes, where they report no identified session.
    static let notes2021 = Talks.notes2021

    static let clusterAPIBook = Source(
        "The Cluster API Book: Introduction (v1.14)", id: "cluster-api-book-introduction",
        url: "https://release-1-14.cluster-api.sigs.k8s.io/introduction.html", accessed: "2026-12-01")
    static let karmadaIntro = Source(
        "Karmada documentation: What is Karmada? (v1.18)", id: "karmada-docs-introduction", url: "https://karmada.io/docs/",
        accessed: "2026-12-01")
    static let ocmArchitecture = Source(
        "Open Cluster Management documentation: Architecture (v1.3.1)", id: "ocm-docs-architecture",
        url: "https://open-cluster-management.io/docs/concepts/architecture/", accessed: "2026-12-01")
    static let ocmManifestWork = Source(
        "Open Cluster Management documentation: ManifestWork (v1.3.1)", id: "ocm-docs-manifestwork",
        url: "https://open-cluster-management.io/docs/concepts/work-distribution/manifestwork/", accessed: "2026-12-01")

    /// What the write-up-derived cells describe: the write-up names no release.
    static let march2025 = "the release current in March 2025"

    static let stage = Criterion.text("Lifecycle stage it covers", group: "Scope")
    static let createsClusters = Criterion.support("Provisions and upgrades clusters", group: "Scope")
    static let placesWorkloads = Criterion.support("Places workloads on many clusters", group: "Scope")
    static let declarative = Criterion.support("Declarative, Kubernetes-style APIs", group: "Scope")
    static let inUse = Criterion.text("In use, as reported", id: "in-use", group: "Adoption")

    static let clusterAPI = Tool(
        "Cluster API", url: "https://cluster-api.sigs.k8s.io", version: "v1.14", verified: "2026-12-01", citing: writeUp
    ) {
        stage(
            "Day zero and day one; day-two operations are still the wild west",
            note: "The write-up author's takeaway.", version: march2025)
        createsClusters(.yes, note: "The book describes declarative APIs and tooling that provision, upgrade and operate many clusters.", sources: clusterAPIBook)
        declarative(
            .yes, note: "Declarative, Kubernetes-style APIs for creating, configuring and managing clusters, in the 2021 notes and in the Cluster API book.",
            sources: notes2021, clusterAPIBook)
        inUse("The DoD, together with Flux and Rancher", note: "From the 2021 notes.", version: "2021", sources: notes2021)
        Pro("With it, or with Karmada, building multiple clusters is no longer a big problem, per the write-up")
        Pro(
            "Its stated goal is the whole cluster lifecycle (create, scale, upgrade, destroy) through a declarative API, on premises and in the cloud",
            sources: clusterAPIBook)
        Con("Day-two operations are still the wild west, in the write-up author's view")
    }

    static let karmada = Tool("Karmada", url: "https://karmada.io", version: "v1.18", verified: "2026-12-01", citing: writeUp) {
        stage(
            "Building multiple clusters",
            note: "So the write-up; Karmada's own introduction describes running applications across multiple clusters and clouds, not creating clusters.",
            disputed: true, sources: writeUp, karmadaIntro)
        placesWorkloads(.yes, note: "Applications run unchanged on several clusters and clouds, per its introduction.", sources: karmadaIntro)
        declarative(.yes, note: "It speaks Kubernetes-native APIs, so the existing Kubernetes tool chain keeps working.", sources: karmadaIntro)
        inUse("Bloomberg, whose multi-cluster solution is fairly old", version: march2025)
        Pro("Used at Bloomberg for its multi-cluster solution")
        Pro("Lists failover, auto-scaling and load balancing of applications across clusters among its features", sources: karmadaIntro)
    }

    static let openClusterManagement = Tool(
        "Open Cluster Management", url: "https://open-cluster-management.io", version: "v1.3.1", verified: "2026-12-01", citing: writeUp
    ) {
        stage(
            "Multi-cluster orchestration from a hub cluster; an agent on each managed cluster pulls the hub's prescriptions and applies them",
            sources: ocmArchitecture)
        placesWorkloads(.yes, note: "A ManifestWork on the hub holds Kubernetes resources to be applied to a managed cluster.", sources: ocmManifestWork)
        declarative(.yes, note: "The hub stores its prescriptions for each cluster declaratively.", sources: ocmArchitecture)
        Pro("Recommended by the write-up's author, after the remark that day two is still the wild west")
        Pro("The agents on managed clusters are meant to keep managing them while the hub is unavailable", sources: ocmArchitecture)
    }

    static let buildingClusters = Profile(
        "Building clusters", id: "building-clusters",
        description: "You need to create and upgrade many clusters; only Cluster API is assessed on provisioning.",
        weights: [createsClusters.weighted(5), declarative.weighted(1)])
    static let runningAFleet = Profile(
        "Running applications across a fleet", id: "running-a-fleet",
        description: "The clusters exist; you need to place and keep workloads on many of them.",
        require: [placesWorkloads.required(.yes)], weights: [declarative.weighted(1)])

    static let matrix = Matrix("Multi-cluster management", asOf: "2026-12-01", staleAfterDays: 365) {
        Summary(
            "Building many clusters is no longer a big problem; running them on day two still is. Cluster API and Karmada come from Vojta Mareš's write-up of Clay Baenziger's talk at Cloud Native Rejekts London 2025; Open Cluster Management is the write-up author's own recommendation; notes on KubeCon Europe 2021 describe Cluster API."
        )
        Methodology(Talks.writeUpMethod)
        Methodology(
            "The lifecycle stage, Bloomberg's use of Karmada and the pros and cons that cite the write-up come from Vojta Mareš's write-up; they describe the tools as they were in March 2025, and the write-up names no release. The 2021 notes say of themselves that they are not really coherent and that the event was too long ago to recall everything, so the cell that rests on them alone (the DoD's use of Cluster API) carries the version 2021, and the declarative-API cell also cites the Cluster API book. What each project provisions, places and declares comes from its own documentation, read on 2026-12-01: the Cluster API book for v1.14, the Karmada v1.18 documentation and the Open Cluster Management documentation at v1.3.1."
        )
        Methodology(
            "Yes means the sources say the project does it. An empty cell is not assessed: the documentation read does not settle it, and it is not a No. Karmada's stage is marked disputed because the write-up groups it with tools for building clusters while its own introduction describes running applications across clusters."
        )
        Talks.multiClusterCRDs
        writeUp
        notes2021
        clusterAPIBook
        karmadaIntro
        ocmArchitecture
        ocmManifestWork
        stage
        createsClusters
        placesWorkloads
        declarative
        inUse
        clusterAPI
        karmada
        openClusterManagement
        buildingClusters
        runningAFleet
        Verdict(
            "It depends on the stage. In the write-up author's view, multi-cluster is complicated and needs experienced people: Cluster API handles day zero and one, but day-two operations are still the wild west. The write-up notes that etcd is often not fast enough for a hub cluster used as a metadata database and recommends a project such as Kine; its author suggests looking at Open Cluster Management and replacing etcd with another database for hub clusters, such as PostgreSQL via Kine."
        )
    }
}

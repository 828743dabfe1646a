import TechMatrix

/// Multi-cluster management, from Clay Baenziger's talk at Rejekts London 2025 and notes on
/// a Cluster API talk at KubeCon EU 2021.
enum MultiClusterManagement {
    static let talk = Talks.multiClusterCRDs
    static let writeUp = Talks.dayOneWriteUp
    static let notes2021 = Talks.kubeCon2021WriteUp

    static let stage = Criterion.text("Lifecycle stage it covers", group: "Scope")
    static let declarative = Criterion.support("Declarative, Kubernetes-style APIs", group: "Scope")
    static let inUse = Criterion.text("In production, as reported", group: "Adoption")

    static let clusterAPI = Tool("Cluster API", url: "https://cluster-api.sigs.k8s.io") {
        stage("Day zero and day one: creating and configuring clusters; day two is left open", sources: talk)
        declarative(.yes, note: "A Kubernetes project for declarative cluster creation, configuration and lifecycle management.", sources: notes2021)
        Pro("Makes building many clusters easy", sources: talk)
        Pro("Declarative, Kubernetes-style cluster lifecycle", sources: notes2021)
        Con("Day-two operations are not covered", sources: talk)
    }

    static let karmada = Tool("Karmada", url: "https://karmada.io") {
        stage("Building and running many clusters", sources: talk)
        inUse("Bloomberg, for its long-standing multi-cluster setup", sources: talk)
        Pro("Used at Bloomberg's scale", sources: talk)
    }

    static let openClusterManagement = Tool("Open Cluster Management", url: "https://open-cluster-management.io") {
        stage("Day-two management of a fleet from a hub cluster", sources: writeUp)
        Pro("Recommended by the write-up's author as the next thing to look at for day two", sources: writeUp)
    }

    static let matrix = Matrix("Multi-cluster management", asOf: "2025-03-31") {
        Summary("Creating many clusters is no longer hard; running them on day two still is. These three projects came up in Clay Baenziger's talk at Cloud Native Rejekts London 2025 and in the write-up of it, with notes on Cluster API from KubeCon Europe 2021.")
        talk
        writeUp
        notes2021
        stage
        declarative
        inUse
        clusterAPI
        karmada
        openClusterManagement
        Verdict("Cluster API covers creating clusters, but day-two operations remain hard and need experienced people. For a hub cluster, consider a faster store than etcd, such as PostgreSQL through Kine.")
    }
}

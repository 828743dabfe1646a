import TechMatrix

/// Long-term storage for Prometheus, from the KubeCon EU 2021 session that compared M3,
/// Thanos and Cortex.
enum PrometheusStorage {
    static let talk = Talks.prometheusStorage

    static let language = Criterion.support("Written in Go", group: "What all three share")
    static let openSource = Criterion.support("Open source", group: "What all three share")
    static let compatible = Criterion.support("Prometheus compatible", group: "What all three share")
    static let retention = Criterion.support("Long-term retention", group: "What all three share")
    static let globalView = Criterion.support("Global query view", group: "What all three share")
    static let scaling = Criterion.support("Horizontal scaling", group: "What all three share")
    static let architecture = Criterion.text("Architecture", group: "Where they differ")
    static let model = Criterion.text("Push or pull", group: "Where they differ")
    static let dependencies = Criterion.text("External dependencies", group: "Where they differ")
    static let complexity = Criterion.text("Operational complexity", group: "Where they differ")
    static let caching = Criterion.support("Query caching", group: "Where they differ")
    static let storage = Criterion.text("Storage cost and speed", group: "Where they differ")
    static let availability = Criterion.text(
        "High availability", group: "Where they differ",
        description: "The session weighed HA, but the notes record no finding per tool.")

    static let thanos = Tool("Thanos", url: "https://thanos.io") {
        language(.yes, sources: talk); openSource(.yes, sources: talk); compatible(.yes, sources: talk)
        retention(.yes, sources: talk); globalView(.yes, sources: talk); scaling(.yes, sources: talk)
        architecture("A sidecar next to each Prometheus ships its data to object storage", sources: talk)
        model("Both pull and push", sources: talk)
        dependencies("Object storage", sources: talk)
        complexity("Low: a simple architecture that can be rolled out gradually", sources: talk)
        caching(.partial, note: "Its query frontend speeds up queries but does not cache as well as Cortex's.", sources: talk)
        storage("Block storage: cheaper, but slower", sources: talk)
        Pro("Simple architecture", sources: talk)
        Pro("Can be deployed gradually", sources: talk)
        Pro("Uses block storage", sources: talk)
        Pro("Supports both pull and push", sources: talk)
        Pro("A query frontend improves performance", sources: talk)
        Con("Block storage is slower", sources: talk)
        Con("Its mixed pull and push model was listed as a drawback too", sources: talk)
        Con("The query frontend does not cache as well", sources: talk)
    }

    static let cortex = Tool("Cortex", url: "https://cortexmetrics.io") {
        language(.yes, sources: talk); openSource(.yes, sources: talk); compatible(.yes, sources: talk)
        retention(.yes, sources: talk); globalView(.yes, sources: talk); scaling(.yes, sources: talk)
        architecture("Prometheus remote-writes to a distributor, which feeds ingesters; a key-value store (Consul or etcd) coordinates them, and data goes to chunk storage (Bigtable, Cassandra, DynamoDB) or block storage (S3), with Memcached in front", sources: talk)
        model("Push, through Prometheus remote write", sources: talk)
        dependencies("A key-value store (Consul or etcd), a chunk or block store, and Memcached", sources: talk)
        complexity("High", sources: talk)
        caching(.yes, note: "A query frontend with caching.", sources: talk)
        storage("Chunk storage is fast but expensive; block storage is cheaper but slower", sources: talk)
        Pro("A query frontend with caching", sources: talk)
        Pro("Push based", sources: talk)
        Pro("Chunk storage for speed, or block storage for lower cost", sources: talk)
        Con("Complex", sources: talk)
        Con("Depends on external services", sources: talk)
        Con("Push based, which the session counted against it as well", sources: talk)
        Con("Chunk storage is expensive and block storage is slower", sources: talk)
    }

    static let m3 = Tool("M3", url: "https://m3db.io") {
        language(.yes, sources: talk); openSource(.yes, sources: talk); compatible(.yes, sources: talk)
        retention(.yes, sources: talk); globalView(.yes, sources: talk); scaling(.yes, sources: talk)
        architecture("Prometheus writes to M3DB, a horizontally scalable database coordinated by etcd", sources: talk)
        model("Push", sources: talk)
        dependencies("etcd; the session asked whether more are needed", sources: talk)
        complexity("High, although it has few components", sources: talk)
        caching(.yes, sources: talk)
        storage("Data stays inside the cluster, in M3DB", sources: talk)
        Pro("Data stays in the cluster", sources: talk)
        Pro("Push model", sources: talk)
        Pro("Few components", sources: talk)
        Pro("Has a cache", sources: talk)
        Con("Complex to operate", sources: talk)
        Con("External dependencies, listed with a question mark", sources: talk)
        Con("The push model, listed as a drawback with a question mark", sources: talk)
    }

    static let matrix = Matrix("Prometheus long-term storage", asOf: "2021-12-07") {
        Summary("Running two Prometheus servers that scrape the same targets neither scales nor gives real high availability or long retention. This matrix compares the three answers a KubeCon Europe 2021 session weighed on performance, availability, cost and operational complexity: M3, Thanos and Cortex. The facts come from a conference attendee's notes on that session.")
        talk
        Talks.kubeCon2021WriteUp
        language; openSource; compatible; retention; globalView; scaling
        architecture; model; dependencies; complexity; caching; storage; availability
        thanos
        cortex
        m3
        Verdict("Any of the three will do the job. The presenter chose Thanos for its simplicity.")
    }
}

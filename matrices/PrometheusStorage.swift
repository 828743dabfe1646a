import TechMatrix

/// Long-term storage for Prometheus: an attendee's notes on a KubeCon EU 2021 session that
/// compared M3, Thanos and Cortex, and each project's documentation as it stands today.
enum PrometheusStorage {
    // MARK: Sources

    static let notes = Talks.notes2021OnPrometheus

    /// A documentation page read on the day the matrix was reviewed.
    private static func page(_ title: String, id: String, _ url: String) -> Source {
        Source(title, id: id, url: url, accessed: "2026-12-01")
    }

    static let thanosDesign = page("Thanos: Design", id: "thanos-design", "https://thanos.io/tip/thanos/design.md/")
    static let thanosGettingStarted = page("Thanos: Getting started", id: "thanos-getting-started", "https://thanos.io/tip/thanos/getting-started.md/")
    static let thanosSidecar = page("Thanos: Sidecar", id: "thanos-sidecar", "https://thanos.io/tip/components/sidecar.md/")
    static let thanosReceive = page("Thanos: Receiver", id: "thanos-receive", "https://thanos.io/tip/components/receive.md/")
    static let thanosQuery = page("Thanos: Querier/Query", id: "thanos-query", "https://thanos.io/tip/components/query.md/")
    static let thanosFrontend = page("Thanos: Query Frontend", id: "thanos-query-frontend", "https://thanos.io/tip/components/query-frontend.md/")
    static let thanosStorage = page("Thanos: Object storage", id: "thanos-storage", "https://thanos.io/tip/thanos/storage.md/")
    static let thanosCompact = page("Thanos: Compactor", id: "thanos-compact", "https://thanos.io/tip/components/compact.md/")
    static let thanosTenancy = page("Thanos: Multi-tenancy", id: "thanos-multi-tenancy", "https://thanos.io/tip/operating/multi-tenancy.md/")

    static let cortexArchitecture = page("Cortex: Architecture", id: "cortex-architecture", "https://cortexmetrics.io/docs/architecture/")
    static let cortexGettingStarted = page("Cortex: Getting started", id: "cortex-getting-started", "https://cortexmetrics.io/docs/getting-started/")
    static let cortexMigration = page(
        "Cortex: Migrate storage from Thanos and Prometheus", id: "cortex-migrate-from-thanos",
        "https://cortexmetrics.io/docs/blocks-storage/migrate-storage-from-thanos-and-prometheus/")

    static let m3Overview = page("M3: Introduction", id: "m3-introduction", "https://m3db.io/docs/")
    static let m3Components = page("M3: Components", id: "m3-components", "https://m3db.io/docs/overview/components/")
    static let m3DBOverview = page("M3DB: Architecture overview", id: "m3db-architecture", "https://m3db.io/docs/architecture/m3db/overview/")
    static let m3Prometheus = page("M3: Prometheus integration", id: "m3-prometheus", "https://m3db.io/docs/integrations/prometheus/")
    static let m3Etcd = page("M3: etcd", id: "m3-etcd", "https://m3db.io/docs/operational_guide/etcd/")
    static let m3Caching = page("M3DB: Caching", id: "m3db-caching", "https://m3db.io/docs/architecture/m3db/caching/")
    static let m3Storage = page("M3DB: Storage", id: "m3db-storage", "https://m3db.io/docs/architecture/m3db/storage/")
    static let m3Replication = page(
        "M3: Replication and deployment in zones", id: "m3-replication", "https://m3db.io/docs/operational_guide/replication_and_deployment_in_zones/")
    static let m3Rollup = page("M3: Mapping and rollup rules", id: "m3-mapping-rollup", "https://m3db.io/docs/operational_guide/mapping_rollup/")

    /// What the 2021 notes describe: the releases of that time, which they do not name.
    static let notesRelease = "the release current in 2021"

    // MARK: Criteria

    static let sharedGroup = "What the 2021 notes say all three share"
    static let differGroup = "Where the 2021 notes say they differ"
    static let docsGroup = "From the documentation"
    static let language = Criterion.support("Written in Go", group: sharedGroup)
    static let openSource = Criterion.support("Open source", group: sharedGroup)
    static let compatible = Criterion.support("Prometheus compatible", group: sharedGroup)
    static let retention = Criterion.support("Long-term storage", group: sharedGroup)
    static let globalView = Criterion.support("Global queries and views", group: sharedGroup)
    static let scaling = Criterion.support("Horizontally scalable", group: sharedGroup)
    static let architecture = Criterion.text("Architecture", group: differGroup)
    static let model = Criterion.text("Push or pull", group: differGroup)
    static let dependencies = Criterion.text("External dependencies", group: differGroup)
    static let complexity = Criterion.text("Operational complexity", group: differGroup)
    static let caching = Criterion.support("Query caching", group: differGroup)
    static let storage = Criterion.text("Storage cost and speed", group: differGroup)
    static let availability = Criterion.text(
        "High availability", group: docsGroup,
        description: "The 2021 session weighed availability, but the notes record nothing per tool; the cells are the documentation's.")
    static let downsampling = Criterion.support("Downsampling", group: docsGroup)
    static let tenancy = Criterion.support("Multi-tenancy", group: docsGroup)

    // MARK: Tools

    static let thanos = Tool("Thanos", url: "https://thanos.io", version: "0.43.0-dev (main-branch docs; last release 0.42.4)", verified: "2026-12-01") {
        language(.yes, sources: notes, thanosGettingStarted)
        openSource(.yes, version: notesRelease, sources: notes)
        compatible(.yes, note: "Its querier answers PromQL through the Prometheus HTTP API.", sources: notes, thanosQuery)
        retention(.yes, version: notesRelease, sources: notes)
        globalView(.yes, version: notesRelease, sources: notes)
        scaling(.yes, sources: notes, thanosReceive)
        architecture(
            "Separate components around one store API: a sidecar or a receiver takes Prometheus data, store gateways serve it from object storage, queriers answer queries",
            note: "The 2021 notes describe a sidecar next to Prometheus pushing to object storage, and add \"TODO look into architecture\".",
            sources: thanosDesign, notes)
        model(
            "Both: the sidecar leaves scraping to Prometheus, the receiver takes remote writes", note: "The 2021 notes list the pull and push model as a strength and again as a drawback.",
            sources: thanosSidecar, thanosReceive, notes)
        dependencies("Prometheus, and object storage if wanted; no key-value store", note: "The 2021 notes list no dependencies for Thanos.", sources: thanosGettingStarted)
        complexity("A simple architecture that can be deployed gradually", version: notesRelease, sources: notes)
        caching(
            .yes, note: "The query frontend caches results of range queries. The 2021 notes add that it did not cache as well, without saying than what.",
            sources: thanosFrontend, notes)
        storage("Block storage, listed as a strength and, as slower, as a drawback", version: notesRelease, sources: notes)
        availability("Queriers merge the series of Prometheus pairs by replica label; receivers replicate writes by a replication factor", sources: thanosQuery, thanosReceive)
        downsampling(.yes, note: "The compactor writes 5-minute blocks for data older than 40 hours and 1-hour blocks after 10 days.", sources: thanosCompact)
        tenancy(.partial, note: "By external labels, or per-tenant databases in the receiver; the documentation warns that a wrong label setup can leak data.", sources: thanosTenancy)
        Pro("Simple architecture, in the 2021 notes", sources: notes)
        Pro("Can be deployed gradually, in the 2021 notes", sources: notes)
        Pro("A query frontend that improves performance, in the 2021 notes", sources: notes)
        Pro("Object storage as the main store, with no key-value store to run", sources: thanosStorage, thanosGettingStarted)
        Con("Block storage is slower, in the 2021 notes", sources: notes)
        Con("Its push and pull model, listed as a drawback too in the 2021 notes", sources: notes)
        Con("Multi-tenancy rests on labels, which the documentation warns can leak data when misconfigured", sources: thanosTenancy)
    }

    static let cortex = Tool("Cortex", url: "https://cortexmetrics.io", version: "1.21.1", verified: "2026-12-01") {
        language(.yes, version: notesRelease, sources: notes)
        openSource(.yes, version: notesRelease, sources: notes)
        compatible(.yes, note: "Prometheus pushes to it by remote write; its querier answers PromQL.", sources: notes, cortexArchitecture)
        retention(.yes, version: notesRelease, sources: notes)
        globalView(.yes, version: notesRelease, sources: notes)
        scaling(.yes, note: "Every service scales horizontally; distributors are stateless.", sources: notes, cortexArchitecture)
        architecture(
            "Microservices: Prometheus remote-writes to distributors, which feed ingesters on a hash ring; blocks go to object storage",
            note: "The 2021 notes describe distributor and ingesters with a key-value store in Consul or etcd, writing to Bigtable, Cassandra, DynamoDB, S3 and Memcached.",
            sources: cortexArchitecture, notes)
        model("Push, by Prometheus remote write", note: "The 2021 notes list push both as a strength and as a drawback.", sources: cortexArchitecture, notes)
        dependencies(
            "An object store for blocks and a key-value store for the hash ring (Consul, etcd or built-in gossip); authentication from a reverse proxy",
            note: "The 2021 notes list external dependencies as a drawback.", sources: cortexArchitecture, notes)
        complexity("Complexity is listed as a drawback", version: notesRelease, sources: notes)
        caching(.yes, note: "The query frontend caches results in Memcached, Redis or memory.", sources: cortexArchitecture, notes)
        storage(
            "Chunk storage for performance but expensive; block storage easier and cheaper but slower",
            note: "The documentation now describes block storage only.", version: notesRelease, sources: notes)
        availability("Each series is written to several ingesters by a replication factor; an HA tracker keeps one replica of a Prometheus pair", sources: cortexArchitecture)
        downsampling(.no, note: "The documentation says Cortex does not support downsampling.", sources: cortexMigration)
        tenancy(.yes, note: "Every request names its tenant, and each tenant has its own database and limits; authentication is left to a proxy.", sources: cortexGettingStarted, cortexArchitecture)
        Pro("A query frontend with caching, in the 2021 notes and the documentation", sources: notes, cortexArchitecture)
        Pro("Push based, in the 2021 notes", sources: notes)
        Pro("Multi-tenant by design", sources: cortexGettingStarted)
        Con("Complexity, in the 2021 notes", sources: notes)
        Con("External dependencies, in the 2021 notes", sources: notes)
        Con("Push based, listed as a drawback as well in the 2021 notes", sources: notes)
        Con("No downsampling", sources: cortexMigration)
    }

    static let m3 = Tool("M3", url: "https://m3db.io", version: "1.5.0", verified: "2026-12-01") {
        language(.yes, note: "The documentation says M3DB is written entirely in Go.", sources: notes, m3DBOverview)
        openSource(.yes, version: notesRelease, sources: notes)
        compatible(.yes, note: "Prometheus writes and reads through M3 Coordinator; M3 Query speaks PromQL.", sources: notes, m3Prometheus, m3Components)
        retention(.yes, version: notesRelease, sources: notes)
        globalView(.yes, version: notesRelease, sources: notes)
        scaling(.yes, sources: notes, m3DBOverview)
        architecture(
            "A distributed database (M3DB), a coordinator that bridges Prometheus, a query engine and an aggregator",
            note: "The 2021 notes: Prometheus writes to a horizontally scalable M3DB, managed and coordinated by etcd.",
            sources: m3Components, notes)
        model("Push: Prometheus remote-writes to M3 Coordinator", note: "The 2021 notes list the push model as a strength, and again as a drawback with a question mark.", sources: m3Prometheus, notes)
        dependencies("etcd, for placement and configuration", note: "The 2021 notes list external dependencies as a drawback, with a question mark.", sources: m3Etcd, notes)
        complexity("Complex to operate, although it has few components", version: notesRelease, sources: notes)
        caching(
            .partial,
            note: "The 2021 notes list a cache among its strengths; the documentation describes keeping stored blocks in memory, not a cache of query results.",
            disputed: true, sources: m3Caching, notes)
        storage("Data stays in the cluster", version: notesRelease, sources: notes)
        availability("Synchronous replication, a replication factor of at least 3 recommended, replicas spread across zones", sources: m3Replication, m3DBOverview)
        downsampling(
            .yes, note: "By mapping and rollup rules in the coordinator, or by M3 Aggregator, which the documentation says is in heavy development.",
            sources: m3Rollup, m3Components)
        Pro("Data stays in the cluster, in the 2021 notes", sources: notes)
        Pro("Push model, in the 2021 notes", sources: notes)
        Pro("Few components, in the 2021 notes", sources: notes)
        Pro("Has a cache, in the 2021 notes", sources: notes)
        Con("Complex to operate, in the 2021 notes", sources: notes)
        Con("External dependencies, with a question mark, in the 2021 notes", sources: notes)
        Con("The push model, listed with a question mark as a drawback in the 2021 notes", sources: notes)
    }

    // MARK: Profiles

    static let tenants = Profile(
        "Many teams, one store", id: "many-teams",
        description: "A platform team that stores metrics for several tenants and must keep them apart.",
        require: [tenancy.required(.partial)],
        weights: [tenancy.weighted(3), caching.weighted(1)])
    static let longHistory = Profile(
        "Years of history", id: "years-of-history",
        description: "Long retention where old data is queried at lower resolution.",
        require: [downsampling.required(.yes)],
        weights: [downsampling.weighted(3), caching.weighted(1)])

    static let matrix = Matrix("Prometheus long-term storage", asOf: "2026-12-01", staleAfterDays: 365) {
        Summary(
            "Running two Prometheus servers that scrape the same targets neither scales nor gives real high availability or long retention. A KubeCon Europe 2021 session weighed three answers, M3, Thanos and Cortex, on performance, availability, cost and operational complexity; this matrix holds what an attendee's notes record of it, next to what each project's documentation says today."
        )
        Methodology(
            "The comparison itself is from 2021: the notes were published on 2021-12-07 about a session earlier that year, and their author says they are not really coherent and were written long after the event. Cells from the notes carry the version \"the release current in 2021\". The notes list two unlabelled groups of points for each tool; this matrix reads the first as strengths and the second as drawbacks, and the unlabelled list of six points as what all three share."
        )
        Methodology(
            "Documentation cells were read page by page on 2026-12-01: Thanos from its main-branch documentation (0.43.0-dev; the last release is 0.42.4), Cortex 1.21.1, and M3, whose documentation is not versioned and whose newest release, 1.5.0, is from 2022. "
                + Talks.writeUpMethod)
        Methodology("One cell is empty: the M3 documentation states multi-tenancy only as an aim. Licences are not assessed beyond the notes: no documentation page read states them.")
        language; openSource; compatible; retention; globalView; scaling
        architecture; model; dependencies; complexity; caching; storage
        availability; downsampling; tenancy
        thanos; cortex; m3
        tenants; longHistory
        Verdict(
            "In the end it does not really matter which one you pick, say the 2021 notes; the presenter took Thanos for its simplicity. The documentation adds differences the notes do not weigh: Cortex is multi-tenant by design but does not downsample, Thanos downsamples and needs no key-value store, and M3 keeps data on its own nodes with etcd beside it."
        )
    }
}

import TechMatrix

/// Kubernetes runtime-security agents, from Henrik Rexed and Ben Hirschberg's comparison at
/// Rejekts London 2025, with the projects' documentation for what each one does.
enum RuntimeSecurity {
    static let talk = Talks.kubernetesGuardians
    static let falcoDocs = Source("Falco documentation", id: "falco-docs", url: "https://falco.org/docs/")
    static let kubeArmorDocs = Source("KubeArmor documentation", id: "kubearmor-docs", url: "https://docs.kubearmor.io")
    static let tetragonDocs = Source("Tetragon documentation", id: "tetragon-docs", url: "https://tetragon.io/docs/")
    static let kubescapeDocs = Source("Kubescape documentation", id: "kubescape-docs", url: "https://kubescape.io/docs/")

    static let enforcement = Criterion.text(
        "Enforces at runtime or reports", group: "Protection",
        description: "Whether the agent blocks what its rules forbid, or only reports events.")
    static let deployment = Criterion.text("Deployment model", group: "Operations")
    static let configuration = Criterion.text("Configuration effort", group: "Operations")
    static let defaults = Criterion.support("Sensible defaults out of the box", group: "Operations")
    static let latency = Criterion.number(
        "Added latency", unit: "ms", better: .lower, group: "Performance",
        description: "Across a microservice call chain.")

    static let latencyNote = "The talk gave one figure for all four agents: up to about 10 ms over a microservice call chain."

    static let falco = Tool("Falco", url: "https://falco.org") {
        enforcement("Reports: detects suspicious behaviour and raises alerts", sources: falcoDocs)
        deployment("A DaemonSet on every node", sources: falcoDocs)
        latency(10, note: latencyNote, sources: talk)
        Pro("Runtime threat detection from kernel events", sources: falcoDocs)
        Con("Detects and alerts but does not block", sources: falcoDocs)
        Con("Adds latency to service calls", sources: talk)
    }

    static let kubeArmor = Tool("KubeArmor", url: "https://kubearmor.io") {
        enforcement("Enforces: blocks actions its policies forbid, using Linux security modules", sources: kubeArmorDocs)
        deployment("An operator that runs a DaemonSet and a controller, configured through CRDs", sources: kubeArmorDocs)
        latency(10, note: latencyNote, sources: talk)
        Pro("Blocks forbidden actions at runtime instead of only reporting them", sources: kubeArmorDocs)
        Con("More moving parts than a single DaemonSet", sources: kubeArmorDocs)
        Con("Adds latency to service calls", sources: talk)
    }

    static let tetragon = Tool("Tetragon", url: "https://tetragon.io") {
        enforcement("Both: observes with eBPF and can enforce, for example by killing a process", sources: tetragonDocs)
        deployment("A DaemonSet on every node, plus an operator for its tracing-policy CRDs", sources: tetragonDocs)
        latency(10, note: latencyNote, sources: talk)
        Pro("Observes and enforces in the kernel with eBPF", sources: tetragonDocs)
        Con("Adds latency to service calls", sources: talk)
    }

    static let kubescape = Tool("Kubescape", url: "https://kubescape.io") {
        deployment("An operator with several components, including a node agent DaemonSet and CRDs", sources: kubescapeDocs)
        configuration("The easiest of the four: deploy it and meaningful findings follow", sources: talk)
        defaults(.yes, note: "Smart defaults give useful results without tuning.", sources: talk)
        latency(10, note: latencyNote, sources: talk)
        Pro("The easiest to start with", sources: talk)
        Pro("Useful findings straight after deployment, thanks to smart defaults", sources: talk)
        Con("Adds latency to service calls", sources: talk)
    }

    static let matrix = Matrix("Kubernetes runtime-security agents", asOf: "2025-04-01") {
        Summary("Four agents that watch what runs in a cluster, compared on whether they block or only report, how they are deployed and configured, and what they cost in latency. The comparison is Henrik Rexed and Ben Hirschberg's at Cloud Native Rejekts London 2025; what each agent does comes from its own documentation, because the talk grouped the agents without naming which one enforces.")
        talk
        Talks.dayTwoWriteUp
        falcoDocs
        kubeArmorDocs
        tetragonDocs
        kubescapeDocs
        enforcement
        deployment
        configuration
        defaults
        latency
        falco
        kubeArmor
        tetragon
        kubescape
        Verdict("Kubescape is the one to start with: it is the easiest to deploy and its defaults give meaningful results at once. Whichever agent you choose, budget for added latency, up to about 10 ms across a chain of microservice calls.")
    }
}

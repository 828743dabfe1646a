import TechMatrix

/// Kubernetes runtime-security agents, from Vojta Mareš's write-up of Henrik Rexed and Ben
/// Hirschberg's comparison at Rejekts London 2025, and each project's own documentation.
enum RuntimeSecurity {
    // MARK: Sources

    static let writeUp = Talks.dayTwoOnGuardians

    /// A documentation page read on the day the matrix was reviewed.
    private static func page(_ title: String, id: String, _ url: String) -> Source {
        Source(title, id: id, url: url, accessed: "2026-12-01")
    }

    static let falcoOverview = page("Falco: About Falco", id: "falco-docs-overview", "https://falco.org/docs/")
    static let falcoDrivers = page("Falco: Kernel events and drivers", id: "falco-kernel-events", "https://falco.org/docs/concepts/event-sources/kernel/")
    static let falcoKubernetes = page("Falco: Deploy on Kubernetes", id: "falco-kubernetes", "https://falco.org/docs/setup/kubernetes/")
    static let falcoDefaultRules = page("Falco: Default rules", id: "falco-default-rules", "https://falco.org/docs/reference/rules/default-rules/")
    static let falcoOutputs = page("Falco: Outputs", id: "falco-outputs", "https://falco.org/docs/concepts/outputs/")
    static let falcoPackages = page("Falco: Install on a host (packages)", id: "falco-packages", "https://falco.org/docs/setup/packages/")

    static let kubeArmorIntroduction = page("KubeArmor: Introduction", id: "kubearmor-introduction", "https://docs.kubearmor.io/kubearmor/")
    static let kubeArmorOverview = page("KubeArmor: Overview", id: "kubearmor-overview", "https://docs.kubearmor.io/kubearmor/quick-links/kubearmor_overview")
    static let kubeArmorDeployment = page("KubeArmor: Deployment guide", id: "kubearmor-deployment-guide", "https://docs.kubearmor.io/kubearmor/quick-links/deployment_guide")
    static let kubeArmorPolicies = page("KubeArmor: Security policy specification", id: "kubearmor-policy-spec", "https://docs.kubearmor.io/kubearmor/documentation/security_policy_specification")
    static let kubeArmorHardening = page("KubeArmor: Hardening guide", id: "kubearmor-hardening", "https://docs.kubearmor.io/kubearmor/use-cases/hardening_guide")
    static let kubeArmorEvents = page("KubeArmor: Events", id: "kubearmor-events", "https://docs.kubearmor.io/kubearmor/documentation/kubearmor-events")
    static let kubeArmorVM = page("KubeArmor: Virtual machines and bare metal", id: "kubearmor-vm", "https://docs.kubearmor.io/kubearmor/quick-links/kubearmor_vm")

    static let tetragonEnforcement = page("Tetragon: Enforcement", id: "tetragon-enforcement", "https://tetragon.io/docs/concepts/enforcement/")
    static let tetragonOverview = page("Tetragon: Overview", id: "tetragon-overview", "https://tetragon.io/docs/overview/")
    static let tetragonHooks = page("Tetragon: Hook points", id: "tetragon-hooks", "https://tetragon.io/docs/concepts/tracing-policy/hooks/")
    static let tetragonKubernetes = page("Tetragon: Install on Kubernetes", id: "tetragon-kubernetes", "https://tetragon.io/docs/installation/kubernetes/")
    static let tetragonPolicies = page("Tetragon: Tracing policy", id: "tetragon-tracing-policy", "https://tetragon.io/docs/concepts/tracing-policy/")
    static let tetragonEvents = page("Tetragon: Events", id: "tetragon-events", "https://tetragon.io/docs/concepts/events/")
    static let tetragonMetrics = page("Tetragon: Metrics", id: "tetragon-metrics", "https://tetragon.io/docs/installation/metrics/")
    static let tetragonPackage = page("Tetragon: Install as a package", id: "tetragon-package", "https://tetragon.io/docs/installation/package/")

    static let kubescapeRuntime = page("Kubescape: Runtime threat detection", id: "kubescape-runtime-detection", "https://kubescape.io/docs/operator/runtime-threat-detection/")
    static let kubescapeOperator = page("Kubescape: The Kubescape Operator", id: "kubescape-operator", "https://kubescape.io/docs/operator/")
    static let kubescapeRules = page("Kubescape: Node-agent rule library", id: "kubescape-rule-library", "https://kubescape.io/docs/operator/node-agent-rule-library/")
    static let kubescapeIncubation = page("Kubescape is now a CNCF incubating project", id: "kubescape-incubation", "https://kubescape.io/blog/2025/02/25/kubescape-incubation/")

    /// The write-up names no release.
    static let talkRelease = "the release current in March 2025"
    static let latencyView = "Adds latency: all four potentially even 10 ms in a microservice call stack, in the write-up author's view (one figure for all, not a measurement per agent)"

    // MARK: Criteria

    static let enforcement = Criterion.support(
        "Blocks what its policies forbid", group: "Protection",
        description:
            "No: it detects and alerts. The 2025 write-up says some agents enforce rules at runtime while others mainly report events, without naming which; the cells come from the documentation.")
    static let mechanism = Criterion.text("How it watches the kernel", group: "Protection")
    static let policyFormat = Criterion.text("Rules and policies written as", group: "Protection")
    static let defaults = Criterion.support(
        "Rules out of the box", group: "Protection", description: "Partial: ready-made policies exist but are fetched and applied by hand.")
    static let kubernetesAware = Criterion.support("Kubernetes metadata in events", group: "Integration")
    static let outputs = Criterion.text("Where alerts and events go", group: "Integration")
    static let hosts = Criterion.support("Also protects hosts outside Kubernetes", group: "Integration")
    static let deployment = Criterion.text("Deployment model", group: "Operations")
    static let configuration = Criterion.text("Configuration effort", group: "Operations")
    static let maturity = Criterion.text("CNCF maturity", group: "Operations")

    // MARK: Tools

    static let falco = Tool("Falco", url: "https://falco.org", version: "0.44.1", verified: "2026-12-01") {
        enforcement(.no, note: "A detection agent: it raises alerts, and any response is left to other tools.", sources: falcoOverview)
        mechanism("System calls, through its modern eBPF probe (the default) or a kernel module", sources: falcoDrivers)
        policyFormat("YAML rules: conditions, macros and lists, with an output message", sources: falcoOverview)
        defaults(.yes, note: "A maintained default rule set; only its stable rules load by default.", sources: falcoDefaultRules)
        kubernetesAware(.yes, note: "Events carry container-runtime and Kubernetes metadata.", sources: falcoOverview)
        outputs("Standard output, a file, syslog, a program or HTTP, optionally as JSON; Falcosidekick forwards to more than 50 systems", sources: falcoOutputs)
        hosts(.yes, note: "DEB and RPM packages or a tarball, on x86_64 and aarch64 Linux.", sources: falcoPackages)
        deployment("A DaemonSet on every node from the Helm chart, or the Falco Operator with its own custom resources", sources: falcoKubernetes)
        maturity("Graduated", sources: falcoOverview)
        Pro("Detection from system calls with a maintained default rule set", sources: falcoDrivers, falcoDefaultRules)
        Pro("Runs on plain Linux hosts too", sources: falcoPackages)
        Con("Detects and alerts but does not block", sources: falcoOverview)
        Con(latencyView, sources: writeUp)
    }

    static let kubeArmor = Tool("KubeArmor", url: "https://kubearmor.io", version: "1.7.4", verified: "2026-12-01") {
        enforcement(.yes, note: "Blocks or audits process, file, network and capability operations through Linux security modules.", sources: kubeArmorOverview)
        mechanism("eBPF to watch system activity; a Linux security module (BPF-LSM, AppArmor or SELinux) to enforce", sources: kubeArmorOverview)
        policyFormat("Kubernetes custom resources (KubeArmorPolicy, KubeArmorClusterPolicy, KubeArmorHostPolicy) with Allow, Audit or Block actions", sources: kubeArmorPolicies)
        defaults(.partial, note: "Hardening policies from CIS, MITRE, NIST and STIG sources are fetched per workload with karmor recommend and applied by hand.", sources: kubeArmorHardening)
        kubernetesAware(.yes, note: "Events name the cluster, namespace, pod, labels and container.", sources: kubeArmorEvents)
        outputs("JSON events over gRPC, read with karmor logs or relayed to SIEM tools; an OpenTelemetry adapter", sources: kubeArmorEvents)
        hosts(.yes, note: "systemd mode on virtual machines and bare metal, with host policies.", sources: kubeArmorVM)
        deployment("A Helm-installed operator that runs KubeArmor as a DaemonSet", sources: kubeArmorDeployment)
        maturity("Sandbox", sources: kubeArmorIntroduction)
        Pro("Blocks forbidden actions at runtime instead of only reporting them", sources: kubeArmorOverview)
        Pro("Protects hosts outside Kubernetes in systemd mode", sources: kubeArmorVM)
        Con("Ready-made policies must be fetched and applied by hand", sources: kubeArmorHardening)
        Con(latencyView, sources: writeUp)
    }

    static let tetragon = Tool("Tetragon", url: "https://tetragon.io", version: "1.7.0", verified: "2026-12-01") {
        enforcement(
            .yes, note: "In the kernel: it overrides a call's return value or sends a signal such as SIGKILL; the documentation advises combining the two.",
            sources: tetragonEnforcement)
        mechanism("eBPF on kprobes, tracepoints, uprobes and LSM hooks, filtering in the kernel", sources: tetragonHooks, tetragonOverview)
        policyFormat("TracingPolicy custom resources: hook points, in-kernel selectors and actions", sources: tetragonPolicies)
        defaults(.partial, note: "A base install reports process starts and exits; other detections come from a policy library applied by hand.", sources: tetragonEvents)
        kubernetesAware(.yes, note: "It understands namespaces and pods; events carry pod, container and image.", sources: tetragonOverview)
        outputs("A gRPC API and JSON logs; Prometheus metrics, on by default on Kubernetes", sources: tetragonEvents, tetragonMetrics)
        hosts(.yes, note: "A systemd service from release tarballs, or a container.", sources: tetragonPackage)
        deployment("A DaemonSet from the Helm chart, with an operator beside it", sources: tetragonKubernetes, tetragonMetrics)
        Pro("Observes and enforces in the kernel with eBPF", sources: tetragonOverview, tetragonEnforcement)
        Con("Beyond process events, detections are policies to pick and apply", sources: tetragonEvents)
        Con(latencyView, sources: writeUp)
    }

    static let kubescape = Tool("Kubescape", url: "https://kubescape.io", version: "4.0.12", verified: "2026-12-01") {
        enforcement(
            .no, note: "Runtime threat detection learns each workload's behaviour and raises alerts on deviations; the documentation describes alerts and exporters only.",
            sources: kubescapeRuntime)
        mechanism("eBPF, mostly through Inspektor Gadget, in the operator's node agent", sources: kubescapeRuntime)
        policyFormat("CEL rules in Rules custom resources, bound to workloads by RuntimeRuleAlertBinding", sources: kubescapeRules)
        defaults(
            .yes, note: "The Helm chart can install a default library of 28 rules (24 enabled); the write-up's author calls its defaults sensible and smart.",
            sources: kubescapeRules, writeUp)
        kubernetesAware(.yes, note: "Alerts name the cluster, namespace, pod, container, image and workload.", sources: kubescapeRuntime)
        outputs("The node agent's logs by default; exporters for Alertmanager, syslog, HTTP, standard output and Graylog", sources: kubescapeRuntime)
        deployment("The Kubescape Operator, a set of services installed with Helm, with a node-agent DaemonSet for runtime detection", sources: kubescapeOperator)
        configuration("The easiest of the four, in the write-up author's view: deploy it and meaningful information follows at once", version: talkRelease, sources: writeUp)
        maturity("Incubating", sources: kubescapeIncubation)
        Pro("The easiest, in the write-up author's view", sources: writeUp)
        Pro("Meaningful information right after deployment, thanks to smart defaults, in the write-up author's view", sources: writeUp)
        Con("Detects and alerts but does not block", sources: kubescapeRuntime)
        Con(latencyView, sources: writeUp)
    }

    // MARK: Profiles

    static let prevent = Profile(
        "Block, not just alert", id: "block-not-alert",
        description: "A team that wants forbidden actions stopped as they happen.",
        require: [enforcement.required(.yes)],
        weights: [enforcement.weighted(3), defaults.weighted(1), hosts.weighted(1)])
    static let quickStart = Profile(
        "Useful on day one", id: "useful-on-day-one",
        description: "A small team that wants findings straight after installing, with little rule writing.",
        require: [defaults.required(.partial)],
        weights: [defaults.weighted(3), kubernetesAware.weighted(1)])
    static let mixedFleet = Profile(
        "Kubernetes and plain hosts", id: "kubernetes-and-hosts",
        description: "One agent for clusters and for virtual machines or bare metal outside them.",
        require: [hosts.required(.yes)],
        weights: [hosts.weighted(3), enforcement.weighted(1), defaults.weighted(1)])

    static let matrix = Matrix("Kubernetes runtime-security agents", asOf: "2026-12-01", staleAfterDays: 365) {
        Summary(
            "Four agents that watch what runs in a cluster, compared on whether they block or only report, how they watch the kernel, what they ship and where they run. Henrik Rexed and Ben Hirschberg compared them at Cloud Native Rejekts London 2025, as Vojta Mareš's write-up reports; what each agent does comes from its own documentation, because the write-up says only that some enforce rules at runtime while others mainly report events, without naming which."
        )
        Methodology(
            "Cells come from each project's documentation, read page by page on 2026-12-01 for Falco 0.44.1, KubeArmor 1.7.4 (its documentation follows the main branch), Tetragon 1.7.0 and Kubescape 4.0.12 (a release tag: its documentation names no version). For Kubescape, a posture scanner first, the runtime cells describe the runtime threat detection of its operator's node agent."
        )
        Methodology(
            Talks.writeUpMethod
                + " The write-up's only figure, potentially even 10 ms of added latency in a microservice call stack, is one figure for all four agents, so it stands in each agent's cons and not as four equal cells."
        )
        Methodology(
            "Empty cells: the documentation names no CNCF maturity for Tetragon, and documents Kubescape's runtime detection only inside a cluster; only the write-up speaks of configuration effort, and only for Kubescape."
        )
        enforcement; mechanism; policyFormat; defaults
        kubernetesAware; outputs; hosts
        deployment; configuration; maturity
        falco; kubeArmor; tetragon; kubescape
        prevent; quickStart; mixedFleet
        Verdict(
            "It depends on whether you need blocking: in their documentation KubeArmor and Tetragon enforce policies in the kernel, while Falco and Kubescape detect and alert. The write-up's author names Kubescape the easiest, with sensible smart defaults that give meaningful information as soon as it is deployed, and adds that all four add latency, potentially even 10 ms in a microservice call stack."
        )
    }
}

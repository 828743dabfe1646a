import TechMatrix

/// Kubernetes policy engines after PodSecurityPolicy, from the 2021 KubeCon EU notes ("move to
/// OPA / Kyverno") and the projects' own documentation.
enum PolicyEngines {
    static let notes = Talks.notes2021OnPolicy

    // MARK: Documentation pages (read 2026-12-01 from the projects' published sources)

    static let gatekeeperIntro = Source(
        "Gatekeeper documentation: Introduction", id: "gatekeeper-docs-intro",
        url: "https://open-policy-agent.github.io/gatekeeper/website/docs/", accessed: "2026-12-01")
    static let gatekeeperTemplates = Source(
        "Gatekeeper documentation: Constraint Templates", id: "gatekeeper-docs-constraint-templates",
        url: "https://open-policy-agent.github.io/gatekeeper/website/docs/constrainttemplates", accessed: "2026-12-01")
    static let gatekeeperMutation = Source(
        "Gatekeeper documentation: Mutation", id: "gatekeeper-docs-mutation",
        url: "https://open-policy-agent.github.io/gatekeeper/website/docs/mutation", accessed: "2026-12-01")
    static let gatekeeperExternalData = Source(
        "Gatekeeper documentation: External Data", id: "gatekeeper-docs-external-data",
        url: "https://open-policy-agent.github.io/gatekeeper/website/docs/externaldata", accessed: "2026-12-01")
    static let gatekeeperAudit = Source(
        "Gatekeeper documentation: Audit", id: "gatekeeper-docs-audit",
        url: "https://open-policy-agent.github.io/gatekeeper/website/docs/audit", accessed: "2026-12-01")
    static let gatekeeperLibrary = Source(
        "Gatekeeper documentation: Policy Library", id: "gatekeeper-docs-library",
        url: "https://open-policy-agent.github.io/gatekeeper/website/docs/library", accessed: "2026-12-01")
    static let gatekeeperGator = Source(
        "Gatekeeper documentation: The gator CLI", id: "gatekeeper-docs-gator",
        url: "https://open-policy-agent.github.io/gatekeeper/website/docs/gator", accessed: "2026-12-01")

    static let kyvernoIntro = Source(
        "Kyverno documentation: Introduction", id: "kyverno-docs-introduction",
        url: "https://kyverno.io/docs/introduction/", accessed: "2026-12-01")
    static let kyvernoPolicyTypes = Source(
        "Kyverno documentation: Policy Types Overview", id: "kyverno-docs-policy-types",
        url: "https://kyverno.io/docs/policy-types/overview/", accessed: "2026-12-01")
    static let kyvernoReports = Source(
        "Kyverno documentation: Policy Reports", id: "kyverno-docs-reports",
        url: "https://kyverno.io/docs/guides/reports/", accessed: "2026-12-01")
    static let kyvernoApplying = Source(
        "Kyverno documentation: Applying Policies", id: "kyverno-docs-applying-policies",
        url: "https://kyverno.io/docs/guides/applying-policies/", accessed: "2026-12-01")
    static let kyvernoCLI = Source(
        "Kyverno documentation: Kyverno CLI", id: "kyverno-docs-cli",
        url: "https://kyverno.io/docs/subprojects/kyverno-cli/", accessed: "2026-12-01")

    static let opaKubernetes = Source(
        "Open Policy Agent documentation: OPA for Kubernetes Admission Control", id: "opa-docs-kubernetes",
        url: "https://www.openpolicyagent.org/docs/kubernetes", accessed: "2026-12-01")
    static let opaCICD = Source(
        "Open Policy Agent documentation: Using OPA in CI/CD Pipelines", id: "opa-docs-cicd",
        url: "https://www.openpolicyagent.org/docs/cicd", accessed: "2026-12-01")

    // MARK: Criteria

    static let language = Criterion.text("Policy language", group: "Authoring")
    static let validation = Criterion.support(
        "Validation at admission", group: "What policies can do",
        description: "Accept or reject resources as the API server admits them.")
    static let mutation = Criterion.support(
        "Mutation", group: "What policies can do", description: "Change resources as they are admitted.")
    static let generation = Criterion.support(
        "Generation of resources", group: "What policies can do",
        description: "Create or clone other resources when a resource appears.")
    static let imageVerification = Criterion.support(
        "Image signature verification", group: "What policies can do")
    static let audit = Criterion.support(
        "Audit of existing resources", group: "Operations",
        description: "Check resources that were already in the cluster before a policy existed.")
    static let library = Criterion.support(
        "Ready-made policy library", group: "Operations",
        description: "A maintained collection of policies to apply; in every case here it is a separate project, not part of the install.")
    static let cli = Criterion.support(
        "CLI for tests and CI outside the cluster", group: "Operations")
    static let inTheNotes = Criterion.text(
        "In the 2021 KubeCon notes", group: "From the 2021 notes",
        description: "What an attendee's notes on KubeCon EU 2021 sessions about policy say of the engine.")

    // MARK: Tools

    static let notesVersion = "the release current at KubeCon EU 2021"

    static let gatekeeper = Tool(
        "OPA Gatekeeper", id: "gatekeeper", url: "https://open-policy-agent.github.io/gatekeeper/website/",
        version: "v3.23.x (v3.23.0)", verified: "2026-12-01"
    ) {
        language(
            "Rego or CEL in ConstraintTemplates for validation; mutation is declared in separate mutator resources (AssignMetadata, Assign, ModifySet, AssignImage), not in Rego",
            sources: gatekeeperTemplates, gatekeeperIntro)
        validation(.yes, note: "A validating and mutating admission webhook; constraints can deny, warn or only audit.", sources: gatekeeperIntro)
        mutation(
            .yes, note: "Stable since v3.10; the examples include adding an annotation and adding a sidecar to a Pod.",
            sources: gatekeeperMutation)
        imageVerification(
            .partial,
            note: "Not built in: through the External Data feature, which is beta, and a community provider such as ratify or cosign-gatekeeper-provider.",
            sources: gatekeeperExternalData)
        audit(.yes, note: "Audit periodically evaluates existing resources against the constraints.", sources: gatekeeperAudit)
        library(
            .yes, note: "The separate Gatekeeper policy library: constraint templates, sample constraints and sample mutations.",
            sources: gatekeeperLibrary)
        cli(
            .preview, note: "The gator CLI tests templates and constraints locally; it is labelled beta.", sources: gatekeeperGator)
        inTheNotes(
            "Reported as an extensible admission controller for Kubernetes that uses OPA policies and can also inject or modify requests, for example to insert sidecars or add labels",
            note: "The notes name no talk or speaker for this passage.", version: notesVersion, sources: notes)
        Pro("Audits resources that already exist, not only new requests", sources: gatekeeperAudit)
        Pro("Validation policies in Rego or CEL", sources: gatekeeperTemplates)
        Con("Image signature checks need a beta feature and a third-party provider", sources: gatekeeperExternalData)
        Con("Mutation uses different resources from validation", sources: gatekeeperIntro)
    }

    static let kyverno = Tool("Kyverno", url: "https://kyverno.io", version: "1.18", verified: "2026-12-01") {
        language(
            "Kubernetes YAML resources with CEL expressions; the older ClusterPolicy type, which uses JMESPath, is deprecated in 1.18",
            sources: kyvernoIntro, kyvernoPolicyTypes)
        validation(.yes, note: "ValidatingPolicy, stable in 1.18.", sources: kyvernoPolicyTypes)
        mutation(.yes, note: "MutatingPolicy, for new or existing resources; stable in 1.18.", sources: kyvernoPolicyTypes)
        generation(.yes, note: "GeneratingPolicy creates or clones resources on triggers; stable in 1.18.", sources: kyvernoPolicyTypes)
        imageVerification(
            .yes, note: "ImageValidatingPolicy checks image signatures and attestations; stable in 1.18.", sources: kyvernoPolicyTypes)
        audit(
            .yes,
            note: "Background scans apply policies to existing resources and record the results in policy reports; on unless a policy turns them off.",
            sources: kyvernoReports)
        library(.yes, note: "The separate Kyverno Policies collection.", sources: kyvernoApplying)
        cli(.yes, note: "The Kyverno CLI applies and tests policies outside a cluster, for example in CI/CD pipelines; marked stable.", sources: kyvernoCLI)
        inTheNotes(
            "Named with OPA as where to move once PodSecurityPolicy is deprecated; nothing more is reported",
            note: "The notes name no talk or speaker for this line; it follows notes on a presentation that the author calls a bit incoherent.",
            version: notesVersion, sources: notes)
        Pro("Policies are Kubernetes resources in YAML with CEL, so there is no separate policy language to learn", sources: kyvernoIntro)
        Pro("Validation, mutation, generation and image verification are all stable policy types", sources: kyvernoPolicyTypes)
        Con("The legacy ClusterPolicy type is deprecated, so older policies need migrating", sources: kyvernoPolicyTypes)
    }

    static let opa = Tool(
        "Open Policy Agent with kube-mgmt", id: "opa", url: "https://www.openpolicyagent.org",
        version: "1.11.0 (stored copy of the docs pages)", verified: "2026-12-01"
    ) {
        language("Rego", sources: opaKubernetes)
        validation(
            .yes,
            note: "The API server is configured to send admission reviews to OPA; the kube-mgmt sidecar loads policies from ConfigMaps.",
            sources: opaKubernetes)
        mutation(
            .yes, note: "As a mutating admission controller; the docs' examples include injecting sidecars and setting annotations.",
            sources: opaKubernetes)
        audit(
            .no, note: "The OPA docs list audit among the things Gatekeeper adds on top of plain OPA.", sources: opaKubernetes)
        cli(
            .yes, note: "opa eval and its exit-code flags are documented for CI/CD checks.",
            version: "docs page as stored; release not identified", sources: opaCICD)
        inTheNotes(
            "Named with Kyverno as where to move once PodSecurityPolicy is deprecated; described as a general policy engine that services query for decisions, written in Go, run as a sidecar or host-level daemon, compilable to WebAssembly, with tooling to build, test and debug policies",
            note: "The notes name no talk or speaker for these passages.", version: notesVersion, sources: notes)
        Pro("Aims to unify policy enforcement across the stack, with services asking it for decisions", sources: notes)
        Con(
            "Its own documentation recommends Gatekeeper for Kubernetes admission control; plain OPA with kube-mgmt is the alternative for OPA's management features such as decision logs and bundles",
            sources: opaKubernetes)
        Con("No audit of existing resources without Gatekeeper", sources: opaKubernetes)
    }

    // MARK: Matrix

    static let matrix = Matrix(
        "Kubernetes policy engines", id: "kubernetes-policy-engines", asOf: "2026-12-01", staleAfterDays: 365
    ) {
        Summary(
            "What to use for admission policy now that PodSecurityPolicy is gone. An attendee's notes from KubeCon Europe 2021 said to move to OPA or Kyverno, and described Gatekeeper as the admission controller that runs OPA policies. This matrix compares OPA Gatekeeper, Kyverno and plain OPA with its kube-mgmt sidecar on what their own documentation says they do."
        )
        Methodology(
            "Every cell except the last row comes from the projects' own documentation, read on 2026-12-01: Gatekeeper's versioned docs for v3.23.x, Kyverno's docs for 1.18, and two pages of the OPA docs read from a stored copy (the Kubernetes page as of OPA 1.11.0; the CI/CD page at an unidentified release), so the OPA column may lag the live site. The last row comes from an attendee's notes on KubeCon EU 2021 sessions about policy, which record neither titles nor speakers; the notes' author calls them not really coherent. Plain OPA is a column because the notes name OPA itself, next to Kyverno, as a successor to PodSecurityPolicy. Yes means the documentation describes the feature as usable; partial means it needs another project or a beta feature, and the note says which; preview means it is labelled beta; no means the documentation says it is missing. Empty cells mean the documentation read does not say: Gatekeeper's and OPA's on generating resources, OPA's on image signatures and on a policy library. Pod Security Admission is not compared because the notes do not mention it. "
                + Talks.writeUpMethod)
        Talks.policySession
        notes
        gatekeeperIntro; gatekeeperTemplates; gatekeeperMutation; gatekeeperExternalData; gatekeeperAudit; gatekeeperLibrary; gatekeeperGator
        kyvernoIntro; kyvernoPolicyTypes; kyvernoReports; kyvernoApplying; kyvernoCLI
        opaKubernetes; opaCICD
        language; validation; mutation; generation; imageVerification; audit; library; cli; inTheNotes
        gatekeeper
        kyverno
        opa
        Profile(
            "Replacing PodSecurityPolicy", id: "replacing-psp",
            description: "Reject non-compliant pods at admission and find the ones that are already running.",
            require: [validation.required(.yes), audit.required(.yes)], weights: [library.weighted(2), cli.weighted(1)])
        Profile(
            "Supply-chain checks", id: "supply-chain",
            description: "Verify image signatures in the cluster and test the same policies in CI before deploying.",
            require: [imageVerification.required(.partial)], weights: [imageVerification.weighted(3), cli.weighted(2)])
        Profile(
            "Platform automation", id: "platform-automation",
            description: "Policies that also change or create resources, such as adding labels and sidecars or generating defaults for new namespaces.",
            require: [mutation.required(.yes)], weights: [generation.weighted(3), mutation.weighted(2)])
        Verdict(
            "It depends on the policy language you want and on what besides validation you need. All three validate and mutate at admission. Kyverno's documentation lists generation and image verification as stable policy types, written in YAML with CEL. Gatekeeper uses Rego or CEL, audits existing resources and has a policy library, but checks image signatures only through a beta feature and a provider. OPA's own documentation points Kubernetes users to Gatekeeper, leaving plain OPA with kube-mgmt for those who want OPA's management features."
        )
    }
}

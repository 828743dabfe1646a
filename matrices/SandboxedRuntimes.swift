import TechMatrix

/// Sandboxed container runtimes, from the 2021 KubeCon EU notes on confidential containers and
/// the projects' own documentation.
enum SandboxedRuntimes {
    static let notes = Talks.notes2021OnConfidentialContainers

    // MARK: Documentation pages (read 2026-12-01 from the projects' published sources)

    static let kataOverview = Source(
        "Kata Containers documentation: Kata Containers (overview)", id: "kata-docs-overview",
        url: "https://kata-containers.github.io/kata-containers/", accessed: "2026-12-01")
    static let kataInstallation = Source(
        "Kata Containers documentation: Installation", id: "kata-docs-installation",
        url: "https://kata-containers.github.io/kata-containers/installation/", accessed: "2026-12-01")
    static let kataHypervisors = Source(
        "Kata Containers documentation: Hypervisors", id: "kata-docs-hypervisors",
        url: "https://kata-containers.github.io/kata-containers/hypervisors/", accessed: "2026-12-01")
    static let kataQuickStart = Source(
        "Kata Containers documentation: Quick Start Guide", id: "kata-docs-quick-start",
        url: "https://kata-containers.github.io/kata-containers/quick-start-guide/", accessed: "2026-12-01")
    static let kataHelm = Source(
        "Kata Containers documentation: Helm Configuration", id: "kata-docs-helm",
        url: "https://kata-containers.github.io/kata-containers/helm-configuration/", accessed: "2026-12-01")
    static let kataGPU = Source(
        "Kata Containers documentation: Enabling NVIDIA GPU workloads using GPU passthrough with Kata Containers",
        id: "kata-docs-nvidia-gpu",
        url: "https://kata-containers.github.io/kata-containers/use-cases/NVIDIA-GPU-passthrough-and-Kata-QEMU/",
        accessed: "2026-12-01")
    static let kataSNP = Source(
        "Kata Containers with AMD SEV-SNP VMs", id: "kata-docs-snp",
        url: "https://github.com/kata-containers/kata-containers/blob/main/docs/how-to/how-to-run-kata-containers-with-SNP-VMs.md",
        accessed: "2026-12-01")

    static let gVisorOverview = Source(
        "gVisor documentation: What is gVisor?", id: "gvisor-docs-overview", url: "https://gvisor.dev/docs/",
        accessed: "2026-12-01")
    static let gVisorKubernetes = Source(
        "gVisor documentation: Kubernetes Quick Start", id: "gvisor-docs-kubernetes",
        url: "https://gvisor.dev/docs/user_guide/quick_start/kubernetes/", accessed: "2026-12-01")
    static let gVisorContainerd = Source(
        "gVisor documentation: Containerd Quick Start", id: "gvisor-docs-containerd",
        url: "https://gvisor.dev/docs/user_guide/containerd/quick_start/", accessed: "2026-12-01")
    static let gVisorPlatforms = Source(
        "gVisor documentation: Changing Platforms", id: "gvisor-docs-platforms",
        url: "https://gvisor.dev/docs/user_guide/platforms/", accessed: "2026-12-01")
    static let gVisorPlatformGuide = Source(
        "gVisor documentation: Platform Guide (architecture)", id: "gvisor-docs-platform-guide",
        url: "https://gvisor.dev/docs/architecture_guide/platforms/", accessed: "2026-12-01")
    static let gVisorGPU = Source(
        "gVisor documentation: GPU Support", id: "gvisor-docs-gpu", url: "https://gvisor.dev/docs/user_guide/gpu/",
        accessed: "2026-12-01")

    static let firecrackerReadme = Source(
        "Firecracker README", id: "firecracker-readme",
        url: "https://github.com/firecracker-microvm/firecracker/blob/main/README.md", accessed: "2026-12-01")
    static let firecrackerFAQ = Source(
        "Firecracker FAQ", id: "firecracker-faq",
        url: "https://github.com/firecracker-microvm/firecracker/blob/main/FAQ.md", accessed: "2026-12-01")
    static let firecrackerGettingStarted = Source(
        "Getting Started with Firecracker", id: "firecracker-getting-started",
        url: "https://github.com/firecracker-microvm/firecracker/blob/main/docs/getting-started.md", accessed: "2026-12-01")

    // MARK: Criteria

    static let isolation = Criterion.text(
        "Isolation mechanism", group: "Isolation",
        description: "What stands between the workload and the host kernel.")
    static let platform = Criterion.text(
        "Hypervisor or platform", group: "Isolation",
        description: "The virtual machine monitor or syscall-interception platform underneath.")
    static let integration = Criterion.text(
        "Container and Kubernetes integration", group: "Kubernetes",
        description: "How containerd, CRI-O or Kubernetes reach the runtime.")
    static let runtimeClass = Criterion.support(
        "Pods select it with a RuntimeClass", group: "Kubernetes",
        description: "Whether the project's documentation sets up a Kubernetes RuntimeClass that pods name in runtimeClassName.")
    static let withoutVirtualization = Criterion.support(
        "Runs without hardware virtualisation", group: "Host requirements",
        description: "Whether it works on a host without KVM (or an equivalent) and CPU virtualisation extensions, such as a cloud VM without nested virtualisation.")
    static let confidential = Criterion.support(
        "Confidential computing (TEE)", group: "Workloads",
        description: "Running the sandbox inside a hardware trusted execution environment such as Intel TDX or AMD SEV-SNP.")
    static let gpu = Criterion.support("GPU workloads", group: "Workloads")
    static let inTheNotes = Criterion.text(
        "In the 2021 confidential-containers notes", group: "From the 2021 notes",
        description: "What an attendee's notes on a KubeCon EU 2021 session about confidential containers say of the runtime.")

    // MARK: Tools

    static let notesVersion = "the release current at KubeCon EU 2021"

    static let kata = Tool(
        "Kata Containers", id: "kata-containers", url: "https://kata-containers.github.io/kata-containers/", version: "4.1.0",
        verified: "2026-12-01"
    ) {
        isolation(
            "A lightweight virtual machine per pod, with its own guest kernel: hardware virtualisation as a second layer around the container",
            sources: kataOverview)
        platform(
            "A choice of VMMs per runtime configuration: QEMU, Cloud Hypervisor, Firecracker, Dragonball or StratoVirt",
            sources: kataHypervisors)
        integration(
            "Implements the OCI runtime specification as a containerd shim (containerd-shim-kata-v2); containerd's CRI then offers the Kata runtimes to pods. CRI-O is also listed as a supported container runtime",
            sources: kataOverview, kataInstallation)
        runtimeClass(
            .yes, note: "The recommended kata-deploy Helm chart creates the Kata RuntimeClasses, for example kata-qemu.",
            sources: kataInstallation, kataOverview)
        withoutVirtualization(
            .no,
            note:
                "Every host needs CPU virtualisation extensions and /dev/kvm: bare metal, or a VM with nested virtualisation. On Microsoft Hypervisor hosts /dev/mshv with Cloud Hypervisor takes the place of KVM.",
            sources: kataInstallation)
        confidential(
            .partial,
            note:
                "Only the QEMU-based runtimes support Intel TDX and AMD SEV-SNP (IBM Secure Execution on s390x); the other four hypervisors do not. The Helm chart ships TEE runtime classes such as qemu-snp and qemu-tdx, but the AMD SEV-SNP how-to says it is meant for developers and not for production.",
            sources: kataHypervisors, kataQuickStart, kataHelm, kataSNP)
        gpu(
            .partial,
            note: "NVIDIA GPUs by passthrough, with dedicated NVIDIA GPU runtime classes; of the five hypervisors only QEMU is marked as supporting GPUs.",
            sources: kataGPU, kataHypervisors)
        inTheNotes(
            "Listed first in the session's solution space and marked \"most natural solution\"",
            note:
                "The notes do not say whether the words are the speaker's or the note-taker's. They also record the whole approach as a work in progress that needs more work, and their author calls the post not really coherent.",
            version: notesVersion, sources: notes)
        Pro("Hardware-virtualised isolation with a guest kernel per pod", sources: kataOverview)
        Pro("Documents confidential computing with Intel TDX and AMD SEV-SNP on its QEMU runtimes", sources: kataHypervisors, kataQuickStart)
        Con("Needs KVM or another hypervisor device on every node", sources: kataInstallation)
        Con("Confidential computing and GPUs are limited to the QEMU-based runtimes", sources: kataHypervisors)
    }

    static let gVisor = Tool(
        "gVisor", url: "https://gvisor.dev",
        version: "master docs, 2026-08-21 (latest tag release-20260817.0)", verified: "2026-12-01"
    ) {
        isolation(
            "An application kernel written in Go that runs in user space, one per sandbox, and implements the Linux system interface",
            sources: gVisorOverview)
        platform(
            "Syscall interception through a platform: systrap by default, KVM as an option; ptrace is still in the code but no longer supported",
            sources: gVisorPlatforms)
        integration(
            "The OCI runtime runsc and the containerd shim containerd-shim-runsc-v1; for Kubernetes also GKE Sandbox and a Minikube addon",
            sources: gVisorOverview, gVisorKubernetes, gVisorContainerd)
        runtimeClass(
            .yes, note: "The containerd quick start creates a gvisor RuntimeClass with the runsc handler.",
            sources: gVisorContainerd, gVisorKubernetes)
        withoutVirtualization(
            .yes,
            note:
                "The default systrap platform needs no virtualisation support and suits hosts that are themselves VMs; /dev/kvm is needed only for the optional KVM platform, which performs best on bare metal.",
            sources: gVisorPlatforms, gVisorPlatformGuide)
        gpu(
            .partial,
            note: "NVIDIA only, through the nvproxy driver proxy enabled with --nvproxy. It runs most CUDA applications, on selected GPU models, driver versions and platforms.",
            sources: gVisorGPU)
        inTheNotes(
            "Listed in the session's solution space, without comment", version: notesVersion, sources: notes)
        Pro("No virtualisation extensions needed with the default platform", sources: gVisorPlatforms)
        Con("GPU support covers selected NVIDIA GPUs and driver versions only", sources: gVisorGPU)
    }

    static let firecracker = Tool(
        "Firecracker", url: "https://firecracker-microvm.github.io",
        version: "1.17.0-dev (main-branch docs; newest release 1.16.1)", verified: "2026-12-01"
    ) {
        isolation(
            "A microVM: hardware virtualisation with a minimal device model (six emulated devices)",
            sources: firecrackerReadme, firecrackerFAQ)
        platform("Firecracker is itself the virtual machine monitor, on Linux KVM", sources: firecrackerReadme)
        integration(
            "A VMM with a REST API, not an OCI runtime: containers reach it through integrations such as Kata Containers, firecracker-containerd, Weave Ignite or Flintlock",
            sources: firecrackerFAQ, firecrackerReadme)
        runtimeClass(
            .partial,
            note: "Not on its own: Kata Containers offers Firecracker as one of its hypervisors, and the Kata Helm chart creates a kata-fc RuntimeClass.",
            version: "Kata Containers 4.1.0 with Firecracker", sources: firecrackerFAQ, kataHelm)
        withoutVirtualization(
            .no, note: "Needs read and write access to /dev/kvm; on EC2 that means .metal instances.",
            sources: firecrackerGettingStarted)
        inTheNotes(
            "Listed in the session's solution space, without comment", version: notesVersion, sources: notes)
        Pro("A minimal device model keeps the microVM small", sources: firecrackerFAQ)
        Con("Reaches Kubernetes only through another project, such as Kata Containers", sources: firecrackerFAQ, kataHelm)
        Con("Needs KVM on every host", sources: firecrackerGettingStarted)
    }

    // MARK: Matrix

    static let matrix = Matrix(
        "Sandboxed container runtimes", id: "sandboxed-container-runtimes", asOf: "2026-12-01", staleAfterDays: 365
    ) {
        Summary(
            "Three ways to put a stronger boundary than namespaces between a container and the host: Kata Containers (a lightweight VM per pod), gVisor (a user-space application kernel) and Firecracker (a minimal VMM for microVMs). An attendee's notes on a KubeCon Europe 2021 session about confidential containers listed all three as the solution space; what each one does today comes from its own documentation."
        )
        Methodology(
            "Every cell except the last row comes from the projects' own documentation, read on 2026-12-01 from their published sources: the Kata Containers docs site (release 4.1.0), the gVisor site (unversioned, built from master) and Firecracker's Markdown docs on its main branch (1.17.0-dev; newest release 1.16.1). The last row comes from an attendee's notes on a KubeCon EU 2021 confidential-containers session; the notes record neither talk title nor speaker, and their author calls them not really coherent. Yes means the documentation describes the feature as usable; partial means only some configurations have it, it needs another project, or its guide is not meant for production, and the note says which; no means the documentation rules it out (for the host-requirements row: it says KVM is required). Cells are empty where a project's own documentation says nothing: gVisor and Firecracker on confidential computing, and Firecracker on GPUs. Kata's hypervisor table marks Firecracker as lacking GPU, TDX and SEV-SNP support when used under Kata, but that describes Kata's integration, not Firecracker itself. "
                + Talks.writeUpMethod)
        Talks.confidentialContainers
        notes
        kataOverview; kataInstallation; kataHypervisors; kataQuickStart; kataHelm; kataGPU; kataSNP
        gVisorOverview; gVisorKubernetes; gVisorContainerd; gVisorPlatforms; gVisorPlatformGuide; gVisorGPU
        firecrackerReadme; firecrackerFAQ; firecrackerGettingStarted
        isolation; platform; integration; runtimeClass; withoutVirtualization; confidential; gpu; inTheNotes
        kata
        gVisor
        firecracker
        Profile(
            "Nodes without hardware virtualisation", id: "no-virtualisation",
            description: "Worker nodes are cloud VMs without nested virtualisation, so KVM is not available.",
            require: [withoutVirtualization.required(.yes)], weights: [runtimeClass.weighted(2), gpu.weighted(1)])
        Profile(
            "Sandboxed GPU workloads", id: "gpu-workloads",
            description: "Untrusted AI or other GPU jobs that should run in a sandbox.",
            require: [gpu.required(.partial)], weights: [gpu.weighted(3), runtimeClass.weighted(2)])
        Profile(
            "Confidential workloads", id: "confidential-workloads",
            description: "The host and its operator must not be able to read the workload's memory; only Kata's documentation covers this, so the others are unknown rather than ruled out.",
            weights: [confidential.weighted(5), runtimeClass.weighted(1)])
        Verdict(
            "It depends on the nodes and the workload. Kata Containers and gVisor both document a RuntimeClass for pods; Firecracker reaches Kubernetes through another project such as Kata. Only gVisor's default platform runs without KVM. Kata's documentation is the only one of the three to cover confidential computing, on its QEMU-based runtimes. Kata and gVisor both document NVIDIA GPU support with limits: Kata on its QEMU runtimes only, gVisor on selected GPUs and drivers. The 2021 notes marked Kata the most natural solution for confidential containers, while recording that approach as a work in progress."
        )
    }
}

import TechMatrix

/// Tools for OCI registries and artifacts, listed in Vojta Mareš's write-up of Stephane
/// Este-Gracias's talk at Rejekts London 2025, with the projects' documentation for what each
/// one does.
enum OCIArtifactTools {
    /// Vojta Mareš's day-one post, which reports the talk.
    static let writeUp = Talks.dayOneOnOCIRegistry

    static let orasIntro = Source(
        "ORAS documentation: Introduction (1.3)", id: "oras-docs-introduction", url: "https://oras.land/docs/",
        accessed: "2026-12-01")
    static let orasCopy = Source(
        "ORAS documentation: oras cp (1.3)", id: "oras-docs-cp", url: "https://oras.land/docs/commands/oras_cp",
        accessed: "2026-12-01")
    static let cosignOtherTypes = Source(
        "Sigstore documentation: Cosign, Signing Other Types (Cosign v3)", id: "cosign-docs-other-types",
        url: "https://docs.sigstore.dev/cosign/signing/other_types/", accessed: "2026-12-01")
    static let cosignContainers = Source(
        "Sigstore documentation: Cosign, Signing Containers (Cosign v3)", id: "cosign-docs-containers",
        url: "https://docs.sigstore.dev/cosign/signing/signing_with_containers/", accessed: "2026-12-01")
    static let trivyVulnerability = Source(
        "Trivy documentation: Vulnerability Scanning (v0.74)", id: "trivy-docs-vulnerability",
        url: "https://trivy.dev/v0.74/guide/scanner/vulnerability/", accessed: "2026-12-01")
    static let skopeoReadme = Source(
        "Skopeo README (v1.22.2)", id: "skopeo-readme", url: "https://github.com/containers/skopeo/blob/v1.22.2/README.md",
        accessed: "2026-12-01")

    /// What the write-up-derived cells describe: the write-up names no release.
    static let march2025 = "the release current in March 2025"

    static let job = Criterion.text("Main job", group: "Purpose")
    static let artifacts = Criterion.support("Pushes and pulls any OCI artifact", group: "Capabilities")
    static let signing = Criterion.support("Signs images and artifacts", group: "Capabilities")
    static let scanning = Criterion.support("Scans for vulnerabilities", group: "Capabilities")
    static let copying = Criterion.support("Copies images between registries without a daemon", group: "Capabilities")

    static let oras = Tool("ORAS", url: "https://oras.land", version: "1.3", verified: "2026-12-01", citing: writeUp) {
        job("Working with OCI artifacts", version: march2025)
        artifacts(.yes, note: "Pushes OCI artifacts to OCI registries and pulls them back.", sources: orasIntro)
        Pro("A generic registry client: a CLI, and client libraries for building your own clients", sources: orasIntro)
        Pro("Copies artifacts from one registry to another with oras cp", sources: orasCopy)
    }

    static let cosign = Tool("Cosign", url: "https://github.com/sigstore/cosign", version: "v3.x", verified: "2026-12-01", citing: writeUp) {
        job("Signing, primarily of container images", version: march2025)
        signing(
            .yes,
            note: "Primarily container images, per the write-up; the Cosign documentation adds anything stored in a registry (OCI artifacts, SBOMs, Tekton bundles, WASM) and files on disk.",
            sources: writeUp, cosignOtherTypes)
        Pro(
            "Stores signatures in the container registry by default, attached through the OCI 1.1 referrers specification; a local Sigstore bundle is the alternative",
            sources: cosignContainers)
    }

    static let trivy = Tool("Trivy", url: "https://trivy.dev", version: "v0.74.0", verified: "2026-12-01", citing: writeUp) {
        job("Scanning for security vulnerabilities", version: march2025)
        scanning(.yes, sources: writeUp, trivyVulnerability)
        Pro(
            "Detects known vulnerabilities in the OS packages, language-specific packages, non-packaged software and Kubernetes components it finds in a scan target",
            sources: trivyVulnerability)
    }

    static let skopeo = Tool("Skopeo", url: "https://github.com/containers/skopeo", version: "v1.22.2", verified: "2026-12-01", citing: writeUp) {
        job("Working with remote container images", version: march2025)
        copying(.yes, note: "Copies images from one registry to another without privilege; it needs no running daemon.", sources: skopeoReadme)
        Pro("Inspects a remote image, layers included, without pulling it to the host", sources: skopeoReadme)
        Pro("Syncs an external image repository to an internal registry for air-gapped deployments", sources: skopeoReadme)
    }

    static let signingProfile = Profile(
        "Signing what you distribute", id: "signing",
        description: "You need signatures on the images and artifacts you publish.",
        weights: [signing.weighted(5), artifacts.weighted(1)])
    static let scanningProfile = Profile(
        "Scanning before you ship", id: "scanning",
        description: "You need to find known vulnerabilities in images before they are deployed.",
        weights: [scanning.weighted(5)])
    static let mirroringProfile = Profile(
        "Moving images between registries", id: "mirroring",
        description: "You copy or mirror images between registries, for example into an air-gapped one.",
        weights: [copying.weighted(5), artifacts.weighted(2)])

    static let matrix = Matrix("OCI registry and artifact tools", id: "oci-artifact-tools", asOf: "2026-12-01", staleAfterDays: 365) {
        Summary(
            "Vojta Mareš's write-up of Stephane Este-Gracias's talk at Cloud Native Rejekts London 2025 describes the OCI registry as becoming practically the standard, single registry for all artifacts, supporting practically everything: container images, Kubernetes manifests, ML models, attestations and signatures. It lists these four as useful tools, not just for working with OCI."
        )
        Methodology(Talks.writeUpMethod)
        Methodology(
            "Each tool's main job comes from the write-up, which names no release (those cells describe the tools as of March 2025). Capabilities and the pros come from each project's documentation, read on 2026-12-01: ORAS 1.3, the Sigstore documentation for Cosign v3, Trivy v0.74 and the Skopeo v1.22.2 README."
        )
        Methodology(
            "The tools do different jobs, so each is assessed only on the capability its documentation describes. Yes means the sources say the tool does it. An empty cell is not assessed: the documentation read does not settle it, and it is not a No. The profiles therefore weight capabilities rather than require them."
        )
        Talks.ociRegistry
        writeUp
        orasIntro
        orasCopy
        cosignOtherTypes
        cosignContainers
        trivyVulnerability
        skopeoReadme
        job
        artifacts
        signing
        scanning
        copying
        oras
        cosign
        trivy
        skopeo
        signingProfile
        scanningProfile
        mirroringProfile
        Verdict(
            "It depends on the job: ORAS works with OCI artifacts, Cosign signs them, Trivy scans for security vulnerabilities and Skopeo works with remote container images. In the write-up author's view, OCI is practically a repository for all artifacts, where everything can be signed and have an SBOM attached."
        )
    }
}

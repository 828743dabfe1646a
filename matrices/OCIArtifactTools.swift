import TechMatrix

/// Tools for OCI registries and artifacts, named in Stephane Este-Gracias's talk at Rejekts
/// London 2025, with the projects' documentation for what each one does.
enum OCIArtifactTools {
    static let talk = Talks.ociRegistry
    static let orasDocs = Source("ORAS documentation", id: "oras-docs", url: "https://oras.land/docs/")
    static let cosignDocs = Source("Sigstore Cosign documentation", id: "cosign-docs", url: "https://docs.sigstore.dev")
    static let trivyDocs = Source("Trivy documentation", id: "trivy-docs", url: "https://trivy.dev")
    static let skopeoDocs = Source("Skopeo README", id: "skopeo-docs", url: "https://github.com/containers/skopeo")

    static let job = Criterion.text("Main job", group: "Purpose")
    static let artifacts = Criterion.support("Pushes and pulls any OCI artifact", group: "Capabilities")
    static let signing = Criterion.support("Signs images and artifacts", group: "Capabilities")
    static let scanning = Criterion.support("Scans for vulnerabilities", group: "Capabilities")
    static let copying = Criterion.support("Copies images between registries without a daemon", group: "Capabilities")

    static let oras = Tool("ORAS", url: "https://oras.land") {
        job("Working with OCI artifacts", sources: talk)
        artifacts(.yes, sources: orasDocs)
        Pro("Stores any artifact in an OCI registry, not only images", sources: talk, orasDocs)
    }

    static let cosign = Tool("Cosign", url: "https://github.com/sigstore/cosign") {
        job("Signing, above all container images", sources: talk)
        signing(.yes, note: "Container images first, other OCI artifacts and blobs too.", sources: talk, cosignDocs)
        Pro("Signatures live in the registry beside what they sign", sources: cosignDocs)
    }

    static let trivy = Tool("Trivy", url: "https://trivy.dev") {
        job("Scanning for security vulnerabilities", sources: talk)
        scanning(.yes, sources: talk, trivyDocs)
        Pro("Finds known vulnerabilities in images and other targets", sources: talk, trivyDocs)
    }

    static let skopeo = Tool("Skopeo", url: "https://github.com/containers/skopeo") {
        job("Working with remote container images", sources: talk)
        copying(.yes, sources: skopeoDocs)
        Pro("Inspects and copies remote images without pulling them through a daemon", sources: skopeoDocs)
    }

    static let matrix = Matrix("OCI registry and artifact tools", id: "oci-artifact-tools", asOf: "2025-03-31") {
        Summary("An OCI registry now holds far more than container images: Kubernetes manifests, ML models, attestations and signatures too, so it can be the single place everything is distributed from. These four tools were named in Stephane Este-Gracias's talk at Cloud Native Rejekts London 2025 as useful for working with it. Each does a different job, so most cells of another tool's job are left not assessed rather than guessed.")
        talk
        Talks.dayOneWriteUp
        orasDocs
        cosignDocs
        trivyDocs
        skopeoDocs
        job
        artifacts
        signing
        scanning
        copying
        oras
        cosign
        trivy
        skopeo
        Verdict("These tools complement each other rather than compete: ORAS moves artifacts, Cosign signs them, Trivy scans them and Skopeo handles remote images. Together with a registry they cover distribution, signing and SBOMs.")
    }
}

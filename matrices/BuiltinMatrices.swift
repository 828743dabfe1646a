import TechMatrix

/// The matrices that ship with TechMatrix, in listing order.
public enum BuiltinMatrices {
    /// Every built-in matrix.
    public static let all: [Matrix] = [
        ServiceMeshes.matrix,
        RuntimeSecurity.matrix,
        PrometheusStorage.matrix,
        GlobalLoadBalancing.matrix,
        OCIArtifactTools.matrix,
        MultiClusterManagement.matrix,
        SandboxedRuntimes.matrix,
        PolicyEngines.matrix,
    ]
}

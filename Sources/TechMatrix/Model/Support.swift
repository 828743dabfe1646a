/// Whether a tool supports what a `support` criterion asks about.
public enum Support: String, Sendable, Hashable, CaseIterable {
    /// Fully supported.
    case yes
    /// Supported with limits; say which in the cell's note.
    case partial
    /// Available only as an alpha, beta, experimental or tech-preview feature.
    case preview
    /// Not supported. Different from *not assessed*, which is the absence of a cell.
    case no
}

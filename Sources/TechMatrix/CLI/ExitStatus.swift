/// The exit statuses of `techmatrix`, as the README documents them. There is no status for an
/// internal error: every failure the command can meet is a data or a usage error.
public enum ExitStatus: Int32, Sendable {
    /// Success; for `diff` and `--check`, nothing differs.
    case success = 0
    /// A data error (a bad matrix or document, a missing file), or a difference found.
    case dataError = 1
    /// A usage error: an unknown command or option, a missing or bad argument.
    case usageError = 64
}

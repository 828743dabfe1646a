/// Why a command stopped: a usage error (exit 64) or a data error (exit 1).
enum CommandError: Error, Equatable {
    /// The arguments are wrong; `command` names the command whose usage is shown.
    case usage(String, command: String?)
    /// The data is wrong or a file could not be read or written.
    case data([String])
    /// A check found a difference, already reported on standard output (exit 1, no message).
    case difference

    static func data(_ message: String) -> CommandError { .data([message]) }
}

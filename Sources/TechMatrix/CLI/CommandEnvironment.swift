import Foundation

/// Where a ``TechMatrixCommand`` reads and writes: the process's streams, working directory
/// and the disk by default, or captures and a file system of the caller's, so that commands
/// run in process without touching the disk.
public struct CommandEnvironment: Sendable {
    /// Writes bytes to standard output.
    public var writeOutput: @Sendable ([UInt8]) -> Void
    /// Writes bytes to standard error.
    public var writeError: @Sendable ([UInt8]) -> Void
    /// Reads standard input to its end, or up to `limit + 1` bytes, whichever comes first.
    public var readInput: @Sendable (_ limit: Int) -> [UInt8]
    /// The directory relative paths are resolved against.
    public var workingDirectory: String
    /// Every file a command reads or writes goes through it.
    public var fileSystem: any FileSystem
    /// Today's date, for commands that count days back from it (`audit` without `--today`).
    public var today: @Sendable () -> CalendarDate
    /// The terminal standard output goes to, if it goes to one: its width in columns (`nil`
    /// when unknown). `show` colours only for a terminal and fits its width.
    public var terminal: Terminal?
    /// The environment variables that change output: `NO_COLOR`, `COLUMNS`, `TERM`.
    public var variables: [String: String]

    /// A terminal that standard output is connected to.
    public struct Terminal: Sendable, Equatable {
        /// Its width in columns, when the system says.
        public var columns: Int?

        /// Describes a terminal of `columns` columns (`nil`: unknown).
        public init(columns: Int?) { self.columns = columns }
    }

    /// Creates an environment from its parts.
    public init(
        writeOutput: @escaping @Sendable ([UInt8]) -> Void,
        writeError: @escaping @Sendable ([UInt8]) -> Void,
        readInput: @escaping @Sendable (Int) -> [UInt8],
        workingDirectory: String,
        fileSystem: any FileSystem = LocalFileSystem(),
        today: @escaping @Sendable () -> CalendarDate = CommandEnvironment.systemToday,
        terminal: Terminal? = nil,
        variables: [String: String] = [:]
    ) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.readInput = readInput
        self.workingDirectory = workingDirectory
        self.fileSystem = fileSystem
        self.today = today
        self.terminal = terminal
        self.variables = variables
    }

    /// The terminal on standard output, asked of the system: `nil` when output goes to a
    /// file or a pipe.
    static var processTerminal: Terminal? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return Terminal(columns: nil) }
        return Terminal(columns: Int(size.ws_col))
    }

    /// Today's date in UTC, from the system clock.
    public static let systemToday: @Sendable () -> CalendarDate = {
        CalendarDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The running process's standard streams and working directory.
    public static var process: CommandEnvironment {
        CommandEnvironment(
            writeOutput: { writeAll($0, to: STDOUT_FILENO) },
            writeError: { writeAll($0, to: STDERR_FILENO) },
            readInput: { limit in
                var bytes: [UInt8] = []
                while bytes.count <= limit {
                    let chunk = FileHandle.standardInput.readData(ofLength: 1 << 20)
                    if chunk.isEmpty { break }
                    bytes.append(contentsOf: chunk)
                }
                return bytes
            },
            workingDirectory: FileManager.default.currentDirectoryPath,
            terminal: processTerminal,
            variables: variables { getenv($0).map { String(cString: $0) } })
    }

    /// The variables a command reads (`NO_COLOR`, `COLUMNS`, `TERM`), each one that `lookup`
    /// finds. The process looks each up by name: `ProcessInfo.environment` builds a dictionary
    /// of the whole environment, a sixth of the instructions of starting the program.
    static func variables(lookingUp lookup: (String) -> String?) -> [String: String] {
        var variables: [String: String] = [:]
        for name in ["NO_COLOR", "COLUMNS", "TERM"] {
            if let value = lookup(name) { variables[name] = value }
        }
        return variables
    }

    /// Writes every byte to a file descriptor, retrying short writes and interruptions.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return
                }
                written += result
            }
        }
    }

    func print(_ text: String) { writeOutput(Array((text + "\n").utf8)) }
    func printError(_ text: String) { writeError(Array((text + "\n").utf8)) }

    /// An absolute path for `path`, resolved against the working directory.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }
}

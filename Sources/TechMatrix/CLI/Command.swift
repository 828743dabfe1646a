/// The commands of `techmatrix`, by the name typed on the command line. Each has exactly one
/// row in ``CommandSpec/all``; dispatch switches over this enum, so a new command does not
/// compile until it is handled.
enum Command: String, CaseIterable, Sendable {
    case render, show, list, validate, export, diff, embed, audit, rank
}

import Foundation
import TechMatrix

enum CIRunners {
    static let notes = Source("Team evaluation notes", id: "team-notes", published: "2025-06-01")
    static let queueTime = Criterion.number("Median queue time", unit: "s", better: .lower, group: "Speed")
    static let arm = Criterion.support("Arm runners", group: "Platforms")

    static let hosted = Tool("Hosted runners") {
        queueTime(12, sources: notes)
        arm(.yes, sources: notes)
        Pro("Nothing to operate", sources: notes)
    }
    static let selfHosted = Tool("Self-hosted runners") {
        queueTime(3, sources: notes)
        arm(.partial, note: "Only on our own Arm nodes.", sources: notes)
        Con("We patch the machines", sources: notes)
    }

    static let matrix = Matrix("CI runners", asOf: "2025-06-01") {
        notes
        queueTime
        arm
        hosted
        selfHosted
    }
}

exit(TechMatrixCommand(builtins: [CIRunners.matrix]).run(arguments: CommandLine.arguments))

import BuiltinMatrices
import Foundation
import TechMatrix

exit(TechMatrixCommand(makingBuiltins: { BuiltinMatrices.all }).run(arguments: CommandLine.arguments))

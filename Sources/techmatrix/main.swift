import BuiltinMatrices
import Foundation
import TechMatrix

exit(TechMatrixCommand(builtins: BuiltinMatrices.all).run(arguments: CommandLine.arguments))

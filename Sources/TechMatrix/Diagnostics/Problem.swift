/// One thing wrong with a matrix or a `techmatrix/v1` document: where, and why.
///
/// Problems are values so that tests can compare them whole; ``description`` is the line
/// the CLI prints, such as
/// `tools[2].values.latency: expected a number for criterion "latency", got "fast"`.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    public var path: JSONPath
    /// What is wrong.
    public var reason: Reason

    /// Creates a problem.
    public init(_ path: JSONPath, _ reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// `path: message`, or `line L, column C: message` for malformed JSON.
    public var description: String {
        if case .malformedJSON(let line, let column, _) = reason {
            return "line \(line), column \(column): \(reason.message)"
        }
        return "\(path): \(reason.message)"
    }
}

extension Problem {
    /// Why a document or matrix is refused. Each case is one rule of the spec.
    public enum Reason: Sendable, Hashable {
        /// The bytes are not JSON (or not UTF-8); `detail` says what was expected.
        case malformedJSON(line: Int, column: Int, detail: String)
        /// The document is larger than the reader accepts.
        case documentTooLarge(bytes: Int, limit: Int)
        /// Arrays and objects are nested deeper than the reader accepts.
        case nestedTooDeep(limit: Int)
        /// `format` is not `techmatrix/v1`.
        case unsupportedFormat(String)
        /// A value has the wrong JSON type: `expected` names the type, `found` shows the value.
        case wrongType(expected: String, found: String)
        /// A required member is absent.
        case missingMember(String)
        /// A member the spec does not name, with the closest member it does name.
        case unknownMember(String, suggestion: String?)
        /// A member appears twice in one object.
        case repeatedMember(String)
        /// An id does not match `^[a-z0-9]+(-[a-z0-9]+)*$` or is longer than 64 characters.
        case invalidID(String)
        /// Two entries of one list share an id.
        case repeatedID(String)
        /// A title or name is empty or only white space.
        case blankText
        /// Two criteria, or two tools, have canonically equal names.
        case repeatedName(String)
        /// Text holds a character no output format can carry.
        case forbiddenCharacter(Unicode.Scalar, offset: Int)
        /// A date is not a real `YYYY-MM-DD` date.
        case invalidDate(String)
        /// A URL is not an absolute `http` or `https` URL.
        case invalidURL(String)
        /// `criteria` or `tools` is empty.
        case emptyList
        /// `kind` is not one of `text`, `support`, `number`, `rating`.
        case unknownKind(String, suggestion: String?)
        /// A member is present on a kind it does not apply to (`scale` on a number).
        case memberNotAllowed(String, kind: String)
        /// `scale` is not an integral number from 1 to 10.
        case invalidScale(String)
        /// `better` is not `lower` or `higher`.
        case invalidBetter(String)
        /// A cell names a criterion the matrix does not declare.
        case unknownCriterion(String, suggestion: String?)
        /// A cell's value does not fit its criterion's kind.
        case valueMismatch(criterion: String, expected: String, found: String)
        /// A number is not finite (too large for a double).
        case nonFiniteNumber(String)
        /// A rating is not integral or lies outside 0 to the scale.
        case ratingOutOfRange(criterion: String, found: String, scale: Int)
        /// A cell, pro or con cites a source the matrix does not declare.
        case unknownSource(String, suggestion: String?)
        /// A DSL tool block assesses the same criterion twice.
        case repeatedCell(criterion: String)
        /// A `techmatrix/v1` document holds a member that only v2 names.
        case memberNeedsV2(String)
        /// `qualifier` is not `about`, `at-most` or `at-least`.
        case invalidQualifier(String)
        /// A range's `max` is not greater than its `value`.
        case rangeNotAboveValue(max: String, value: String)
        /// A range is combined with `at-most` or `at-least`.
        case rangeWithBound(qualifier: String)
        /// `disputed` is present but not `true`.
        case invalidDisputed(String)
        /// A disputed cell has no note saying how the sources disagree.
        case disputedWithoutNote
        /// A disputed cell cites fewer than two sources.
        case disputedWithTooFewSources(Int)
        /// A version is longer than 64 characters or holds a line break.
        case invalidVersion(String)
        /// `staleAfterDays` is not an integer from 1 to 3650.
        case invalidStaleAfterDays(String)
        /// A source reports on itself, directly or through a chain of sources.
        case reportCycle([String])
        /// A profile has neither a requirement nor a weight.
        case emptyProfile
        /// A profile requires or weighs a text criterion.
        case textCriterionInProfile(criterion: String, use: String)
        /// A requirement does not fit its criterion's kind.
        case invalidRequirement(criterion: String, expected: String, found: String)
        /// A weight is not a number from 0 to 10.
        case invalidWeight(String)

        /// The human message, without the location.
        public var message: String {
            switch self {
            case .malformedJSON(_, _, let detail):
                return "malformed JSON: \(detail)"
            case .documentTooLarge(let bytes, let limit):
                return "the document is \(bytes) bytes, more than the limit of \(limit) bytes"
            case .nestedTooDeep(let limit):
                return "arrays and objects are nested more than \(limit) deep"
            case .unsupportedFormat(let found):
                return "expected format \"techmatrix/v2\" (or \"techmatrix/v1\"), got \(found)"
            case .wrongType(let expected, let found):
                return "expected \(expected), got \(found)"
            case .missingMember(let name):
                return "missing required member \"\(name)\""
            case .unknownMember(let name, let suggestion):
                return "unknown member \(Quoting.quoted(name))" + Self.didYouMean(suggestion)
            case .repeatedMember(let name):
                return "member \(Quoting.quoted(name)) appears more than once"
            case .invalidID(let id):
                return "\(Quoting.quoted(id)) is not a valid id (lowercase letters and digits in words joined by single hyphens, at most 64 characters)"
            case .repeatedID(let id):
                return "id \"\(id)\" is used more than once"
            case .blankText:
                return "must not be empty or only white space"
            case .repeatedName(let name):
                return "name \(Quoting.quoted(name)) is used more than once"
            case .forbiddenCharacter(let scalar, let offset):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "contains U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) at character \(offset + 1), which no output format can carry (control characters other than tab and newlines, and noncharacters, are refused)"
            case .invalidDate(let text):
                return "\(Quoting.quoted(text)) is not a real date written YYYY-MM-DD"
            case .invalidURL(let text):
                return "\(Quoting.quoted(text)) is not an absolute http or https URL"
            case .emptyList:
                return "must hold at least one entry"
            case .unknownKind(let kind, let suggestion):
                return "unknown kind \(Quoting.quoted(kind)); expected text, support, number or rating" + Self.didYouMean(suggestion)
            case .memberNotAllowed(let name, let kind):
                return "\"\(name)\" does not apply to a \(kind) criterion"
            case .invalidScale(let found):
                return "scale must be an integral number from 1 to 10, got \(found)"
            case .invalidBetter(let found):
                return "better must be \"lower\" or \"higher\", got \(found)"
            case .unknownCriterion(let id, let suggestion):
                return "no criterion has id \(Quoting.quoted(id))" + Self.didYouMean(suggestion)
            case .valueMismatch(let criterion, let expected, let found):
                return "expected \(expected) for criterion \"\(criterion)\", got \(found)"
            case .nonFiniteNumber(let found):
                return "\(found) is not a finite number"
            case .ratingOutOfRange(let criterion, let found, let scale):
                return "expected a whole number from 0 to \(scale) for criterion \"\(criterion)\", got \(found)"
            case .unknownSource(let id, let suggestion):
                return "no source has id \(Quoting.quoted(id))" + Self.didYouMean(suggestion)
            case .repeatedCell(let criterion):
                return "criterion \"\(criterion)\" is assessed more than once in this tool"
            case .memberNeedsV2(let name):
                return "member \(Quoting.quoted(name)) is new in techmatrix/v2, but this document's format is \"techmatrix/v1\"; change its format to \"techmatrix/v2\""
            case .invalidQualifier(let found):
                return "qualifier must be \"about\", \"at-most\" or \"at-least\", got \(found)"
            case .rangeNotAboveValue(let maximum, let value):
                return "\(maximum) is not greater than the value \(value)"
            case .rangeWithBound(let qualifier):
                return "a range (max) cannot be combined with the qualifier \"\(qualifier)\"; only \"about\" qualifies a range"
            case .invalidDisputed(let found):
                return "disputed must be true when present, got \(found); leave it out for an undisputed cell"
            case .disputedWithoutNote:
                return "a disputed cell needs a note that says how its sources disagree"
            case .disputedWithTooFewSources(let count):
                return "a disputed cell needs at least two sources, but cites \(count)"
            case .invalidVersion(let text):
                return "\(Quoting.quoted(text)) is not a version: at most 64 characters on one line"
            case .invalidStaleAfterDays(let found):
                return "staleAfterDays must be a whole number of days from 1 to 3650, got \(found)"
            case .reportCycle(let chain):
                return "source \"\(chain[0])\" reports on itself: " + chain.map { "\"\($0)\"" }.joined(separator: " reports on ")
            case .emptyProfile:
                return "a profile needs at least one requirement in \"require\" or one weight in \"weights\""
            case .textCriterionInProfile(let criterion, let use):
                return "criterion \"\(criterion)\" holds text, which cannot be \(use)"
            case .invalidRequirement(let criterion, let expected, let found):
                return "criterion \"\(criterion)\" can only require \(expected), got \(found)"
            case .invalidWeight(let found):
                return "a weight must be a number from 0 to 10, got \(found)"
            }
        }

        static func didYouMean(_ suggestion: String?) -> String {
            suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
        }
    }
}

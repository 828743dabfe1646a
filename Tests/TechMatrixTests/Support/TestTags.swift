import Foundation
import Testing

extension Tag {
    /// Tests that take seconds each (100 MB documents, renders killed with SIGKILL, 256 MiB
    /// inputs): they run only in the full suite, `bash .ci/test`.
    @Tag static var slow: Self
}

/// What the environment asks of this test run.
enum TestEnvironment {
    /// True when `TECHMATRIX_FULL_SUITE=1`, as `.ci/test` sets it: the slow tests run too. Plain
    /// `swift test` is the fast loop and skips them.
    static let fullSuite = ProcessInfo.processInfo.environment["TECHMATRIX_FULL_SUITE"] == "1"
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only in the full suite; `.ci/test` fails when any test is skipped, so a
    /// skipped slow test is never counted as a pass there.
    static var fullSuiteOnly: Self {
        .enabled(if: TestEnvironment.fullSuite, "slow test: runs with TECHMATRIX_FULL_SUITE=1 (bash .ci/test)")
    }
}

extension Presentation {
    /// The items of the key under the table: the not-assessed mark, bold when any value is
    /// marked best, and how qualifiers and ranges read when any cell has one, in that order.
    var keyItems: [String] {
        var items = ["\(Self.notAssessed) not assessed"]
        if hasBestMarks { items.append("bold: the best value in its row") }
        if hasQualifiers { items.append(plain ? "a range is written \"10 to 20\"" : "≈ about, ≤ up to, ≥ at least, – a range") }
        return items
    }

    /// The tools that state a verified date, with it, in declaration order: the "Verified:"
    /// line under the key.
    var verifiedTools: [(name: String, date: String)] {
        matrix.tools.compactMap { tool in tool.verified.map { (tool.name, $0.text) } }
    }

    /// The "Verified: Istio 2026-12-01; Linkerd 2026-12-01." paragraph under the key, for
    /// formats whose paragraphs end with a blank line; nothing when no tool states a date.
    /// `name` writes a tool's name as the format escapes it.
    func appendVerifiedTools(into output: inout ByteBuffer, name: (String, inout ByteBuffer) -> Void) {
        let verified = verifiedTools
        guard !verified.isEmpty else { return }
        output.append("Verified: ")
        for (index, tool) in verified.enumerated() {
            if index > 0 { output.append("; ") }
            name(tool.name, &output)
            output.append(" ")
            output.append(tool.date)
        }
        output.append(".\n\n")
    }
}

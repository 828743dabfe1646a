extension MatrixDiff {
    /// One change as plain words: what kind of change, where, and the old and new values.
    struct Line {
        var kind: String
        var place: String
        var old: String?
        var new: String?
    }

    /// The changes as listing lines, in order.
    var lines: [Line] {
        changes.map { change in
            switch change {
            case .metadata(let field, let old, let new):
                Line(kind: "changed", place: field, old: old.map(quote), new: new.map(quote))
            case .sourceAdded(let source):
                Line(kind: "added", place: "source \(source.id)", old: nil, new: quote(source.title))
            case .sourceRemoved(let source):
                Line(kind: "removed", place: "source \(source.id)", old: quote(source.title), new: nil)
            case .sourceChanged(let id, let field, let old, let new):
                Line(kind: "changed", place: "source \(id) \(field)", old: old.map(quote), new: new.map(quote))
            case .criterionAdded(let criterion):
                Line(kind: "added", place: "criterion \(criterionName(criterion.id))", old: nil, new: "\(quote(criterion.name)), \(Self.describe(criterion.kind))")
            case .criterionRemoved(let criterion):
                Line(kind: "removed", place: "criterion \(criterionName(criterion.id))", old: "\(quote(criterion.name)), \(Self.describe(criterion.kind))", new: nil)
            case .criterionRenamed(let id, let old, let new):
                Line(kind: "renamed", place: "criterion \(id)", old: quote(old), new: quote(new))
            case .criterionMoved(let id, let from, let to):
                Line(kind: "moved", place: "criterion \(criterionName(id))", old: "position \(from + 1)", new: "position \(to + 1)")
            case .criterionChanged(let id, let field, let old, let new):
                Line(kind: "changed", place: "criterion \(criterionName(id)) \(field)", old: old.map(quote), new: new.map(quote))
            case .toolAdded(let tool):
                Line(kind: "added", place: "tool \(tool.name)", old: nil, new: describe(added: tool))
            case .toolRemoved(let tool):
                Line(kind: "removed", place: "tool \(tool.name)", old: quote(tool.name), new: nil)
            case .toolRenamed(let id, let old, let new):
                Line(kind: "renamed", place: "tool \(id)", old: quote(old), new: quote(new))
            case .toolMoved(let id, let from, let to):
                Line(kind: "moved", place: "tool \(toolName(id))", old: "position \(from + 1)", new: "position \(to + 1)")
            case .toolChanged(let id, let field, let old, let new):
                Line(kind: "changed", place: "tool \(toolName(id)) \(field)", old: old.map(quote), new: new.map(quote))
            case .cellChanged(let tool, let criterion, let old, let new):
                Line(kind: "cell", place: "\(toolName(tool)) / \(criterionName(criterion))", old: describe(old, criterion: criterion, in: self.old),
                     new: describe(new, criterion: criterion, in: self.new))
            case .proAdded(let tool, let remark):
                Line(kind: "added", place: "\(toolName(tool)) pro", old: nil, new: describe(remark))
            case .proRemoved(let tool, let remark):
                Line(kind: "removed", place: "\(toolName(tool)) pro", old: describe(remark), new: nil)
            case .conAdded(let tool, let remark):
                Line(kind: "added", place: "\(toolName(tool)) con", old: nil, new: describe(remark))
            case .conRemoved(let tool, let remark):
                Line(kind: "removed", place: "\(toolName(tool)) con", old: describe(remark), new: nil)
            case .profileAdded(let profile):
                Line(kind: "added", place: "profile \(profile.id)", old: nil, new: quote(profile.name))
            case .profileRemoved(let profile):
                Line(kind: "removed", place: "profile \(profile.id)", old: quote(profile.name), new: nil)
            case .profileChanged(let id, let field, let old, let new):
                Line(kind: "changed", place: "profile \(id) \(field)", old: old.map(quote), new: new.map(quote))
            }
        }
    }

    private func quote(_ text: String) -> String { Quoting.quoted(text, limit: 200) }

    /// A tool's name as a reader knows it: the new revision's, else the old one's, else its id.
    private func toolName(_ id: String) -> String {
        (new.tools.first { $0.id == id } ?? old.tools.first { $0.id == id })?.name ?? id
    }

    /// A criterion's name: the new revision's, else the old one's, else its id.
    private func criterionName(_ id: String) -> String {
        (new.criterion(withID: id) ?? old.criterion(withID: id))?.name ?? id
    }

    /// An added tool with the values it brings: `"Kuma"; Retries: ✅ Yes; Added latency: 2 ms`.
    private func describe(added tool: Tool) -> String {
        var parts = [quote(tool.name)]
        for criterion in new.criteria {
            guard let cell = tool[criterion] else { continue }
            var text = Presentation.text(of: cell, criterion: criterion, plain: false)
            if case .text = cell.value { text = quote(text) }
            parts.append("\(criterion.name): \(text)")
        }
        return parts.joined(separator: "; ")
    }

    private func describe(_ remark: Remark) -> String {
        quote(remark.text) + (remark.sources.isEmpty ? "" : " [sources: \(remark.sources.joined(separator: ", "))]")
    }

    /// A cell as the listings show it: `15 ms [note: "…"; sources: a, b]`, or `not assessed`.
    private func describe(_ cell: Cell?, criterion id: String, in matrix: Matrix) -> String {
        guard let cell else { return "not assessed" }
        var text: String
        if let criterion = matrix.criterion(withID: id) {
            text = Presentation.text(of: cell, criterion: criterion, plain: false)
            if case .text = cell.value { text = quote(text) }
        } else {
            text = cell.value.phrase
        }
        var details: [String] = []
        if let note = cell.note { details.append("note: " + quote(note)) }
        if !cell.sources.isEmpty { details.append("sources: " + cell.sources.joined(separator: ", ")) }
        if let version = cell.version { details.append("version: " + quote(version)) }
        if let verified = cell.verified { details.append("verified: " + verified.text) }
        if cell.disputed { details.append("disputed") }
        return details.isEmpty ? text : text + " [" + details.joined(separator: "; ") + "]"
    }

    /// A listing for a terminal: one line per change, `+` added, `-` removed, `~` changed,
    /// `↕` moved.
    ///
    /// ```
    /// service-meshes: 2 changes
    ///   ~ Istio / Added latency: 15 ms → 12 ms
    ///   + tool Kuma: "Kuma"; Retries: ✅ Yes
    /// ```
    func text() -> String {
        guard !isEmpty else { return "\(new.id): no changes\n" }
        var output = "\(new.id): \(changes.count) change\(changes.count == 1 ? "" : "s")\n"
        for line in lines {
            switch line.kind {
            case "added": output += "  + \(line.place): \(line.new ?? "")\n"
            case "removed": output += "  - \(line.place): \(line.old ?? "")\n"
            case "moved": output += "  ↕ \(line.place): \(line.old ?? "") → \(line.new ?? "")\n"
            default: output += "  ~ \(line.place): \(line.old ?? "(none)") → \(line.new ?? "(none)")\n"
            }
        }
        return output
    }

    /// A Markdown table of the changes, for a pull-request comment.
    func markdown() -> String {
        var output = ByteBuffer()
        output.append("### Changes to ")
        MarkdownEscaping.heading(new.title, into: &output)
        output.append("\n\n")
        guard !isEmpty else {
            output.append("No changes.\n")
            return output.string
        }
        output.append("| Change | Where | Old | New |\n| --- | --- | --- | --- |\n")
        for line in lines {
            output.append("| \(line.kind) | ")
            MarkdownEscaping.tableCell(line.place, into: &output)
            output.append(" | ")
            MarkdownEscaping.tableCell(line.old ?? "", into: &output)
            output.append(" | ")
            MarkdownEscaping.tableCell(line.new ?? "", into: &output)
            output.append(" |\n")
        }
        return output.string
    }

    /// The changes as canonical JSON: `{"changes": [...], "equal": false, "new": id, "old": id}`,
    /// each change an object with a `type` and its fields; cells and remarks as in
    /// `techmatrix/v2`, `null` for not assessed.
    func json() -> String {
        func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
        func object(_ type: String, _ members: [(String, JSONValue)]) -> JSONValue {
            .object([JSONMember(key: "type", value: .string(type))] + members.map { JSONMember(key: $0.0, value: $0.1) })
        }
        let items: [JSONValue] = changes.map { change in
            switch change {
            case .metadata(let field, let old, let new): object("metadataChanged", [("field", .string(field)), ("old", string(old)), ("new", string(new))])
            case .sourceAdded(let source): object("sourceAdded", [("id", .string(source.id)), ("title", .string(source.title))])
            case .sourceRemoved(let source): object("sourceRemoved", [("id", .string(source.id)), ("title", .string(source.title))])
            case .sourceChanged(let id, let field, let old, let new): object("sourceChanged", [("id", .string(id)), ("field", .string(field)), ("old", string(old)), ("new", string(new))])
            case .criterionAdded(let criterion): object("criterionAdded", [("id", .string(criterion.id)), ("name", .string(criterion.name))])
            case .criterionRemoved(let criterion): object("criterionRemoved", [("id", .string(criterion.id)), ("name", .string(criterion.name))])
            case .criterionRenamed(let id, let old, let new): object("criterionRenamed", [("id", .string(id)), ("old", .string(old)), ("new", .string(new))])
            case .criterionMoved(let id, let from, let to): object("criterionMoved", [("id", .string(id)), ("from", .number(Double(from))), ("to", .number(Double(to)))])
            case .criterionChanged(let id, let field, let old, let new): object("criterionChanged", [("id", .string(id)), ("field", .string(field)), ("old", string(old)), ("new", string(new))])
            case .toolAdded(let tool): object("toolAdded", [("id", .string(tool.id)), ("name", .string(tool.name))])
            case .toolRemoved(let tool): object("toolRemoved", [("id", .string(tool.id)), ("name", .string(tool.name))])
            case .toolRenamed(let id, let old, let new): object("toolRenamed", [("id", .string(id)), ("old", .string(old)), ("new", .string(new))])
            case .toolMoved(let id, let from, let to): object("toolMoved", [("id", .string(id)), ("from", .number(Double(from))), ("to", .number(Double(to)))])
            case .toolChanged(let id, let field, let old, let new): object("toolChanged", [("id", .string(id)), ("field", .string(field)), ("old", string(old)), ("new", string(new))])
            case .cellChanged(let tool, let criterion, let old, let new):
                object("cellChanged", [("tool", .string(tool)), ("criterion", .string(criterion)),
                                       ("old", old.map(MatrixEncoder.cell) ?? .null), ("new", new.map(MatrixEncoder.cell) ?? .null)])
            case .proAdded(let tool, let remark): object("proAdded", [("tool", .string(tool)), ("pro", MatrixEncoder.remark(remark))])
            case .proRemoved(let tool, let remark): object("proRemoved", [("tool", .string(tool)), ("pro", MatrixEncoder.remark(remark))])
            case .conAdded(let tool, let remark): object("conAdded", [("tool", .string(tool)), ("con", MatrixEncoder.remark(remark))])
            case .conRemoved(let tool, let remark): object("conRemoved", [("tool", .string(tool)), ("con", MatrixEncoder.remark(remark))])
            case .profileAdded(let profile): object("profileAdded", [("id", .string(profile.id)), ("name", .string(profile.name))])
            case .profileRemoved(let profile): object("profileRemoved", [("id", .string(profile.id)), ("name", .string(profile.name))])
            case .profileChanged(let id, let field, let old, let new): object("profileChanged", [("id", .string(id)), ("field", .string(field)), ("old", string(old)), ("new", string(new))])
            }
        }
        var output = ByteBuffer()
        CanonicalJSON.write(.object([
            JSONMember(key: "old", value: .string(old.id)), JSONMember(key: "new", value: .string(new.id)),
            JSONMember(key: "equal", value: .bool(isEmpty)), JSONMember(key: "changes", value: .array(items)),
        ]), into: &output)
        return output.string
    }
}

extension Problem {
    /// The problem as a DSL user reads it: the place named as the matrix source declares it
    /// (`Tool("GitLab CI"), "Retries"`), then the JSON path for reference, then the message:
    ///
    /// `Tool("GitLab CI"), "Retries" (tools[4].values.retries): expected support value …`
    ///
    /// - Parameter matrix: The matrix the problem was found in, for the names.
    public func declarationDescription(in matrix: Matrix) -> String {
        guard let place = Self.place(of: path, in: matrix) else { return description }
        return "\(place) (\(path)): \(reason.message)"
    }

    /// `Tool("Name")`, `Tool("Name"), "Criterion"`, `Tool("Name"), Pro 2`, `Source("Title")`,
    /// `Criterion "Name"`, `Profile("Name")`; `nil` for a path outside those lists.
    static func place(of path: JSONPath, in matrix: Matrix) -> String? {
        let components = path.components
        guard components.count >= 2, case .key(let list) = components[0], case .index(let index) = components[1] else { return nil }
        func quoted(_ text: String) -> String { Quoting.quoted(text) }
        switch list {
        case "tools" where index < matrix.tools.count:
            let tool = matrix.tools[index]
            var place = "Tool(\(quoted(tool.name)))"
            if components.count >= 4, case .key(let member) = components[2] {
                switch (member, components[3]) {
                case ("values", .key(let id)):
                    place += ", " + quoted(matrix.criterion(withID: id)?.name ?? id)
                case ("pros", .index(let position)): place += ", Pro \(position + 1)"
                case ("cons", .index(let position)): place += ", Con \(position + 1)"
                default: break
                }
            }
            return place
        case "criteria" where index < matrix.criteria.count:
            return "Criterion " + quoted(matrix.criteria[index].name)
        case "sources" where index < matrix.sources.count:
            return "Source(\(quoted(matrix.sources[index].title)))"
        case "profiles" where index < matrix.profiles.count:
            return "Profile(\(quoted(matrix.profiles[index].name)))"
        default:
            return nil
        }
    }
}

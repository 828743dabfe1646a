/// Where facts come from: a talk, an article or a project's documentation.
public struct Source: Sendable, Hashable {
    /// The identifier that cells, pros and cons cite.
    public var id: String
    /// The title, exactly as published.
    public var title: String
    /// Who wrote or gave it.
    public var author: String?
    /// The conference or publication.
    public var event: String?
    /// Where to read or watch it: an absolute `http` or `https` URL.
    public var url: String?
    /// When it was published or given.
    public var published: CalendarDate?
    /// When a web source was last read.
    public var accessed: CalendarDate?
    /// The id of another source of the matrix that this one reports on: a write-up of a
    /// talk, an article about a benchmark.
    public var reports: String?
    /// The source value passed as `reports:` in the DSL, so that a matrix can list it too;
    /// not part of the value.
    var declaration = Declaration()

    /// Creates a source. In matrix sources the id is usually given explicitly, because it is
    /// cited; when omitted it is derived from the title with ``Slug/make(from:)``.
    ///
    /// ```swift
    /// static let talk = Source("The Service Mesh Wars", id: "rexed-2025", author: "Henrik Rexed",
    ///                          event: "Cloud Native Rejekts London 2025", published: "2025-03-31")
    /// static let writeUp = Source("Rejekts 2025 – Day Two", id: "mares-day-two",
    ///                             url: "https://example.org/day-two", published: "2025-04-01",
    ///                             accessed: "2025-04-02", reports: talk)
    /// ```
    /// - Parameter reports: The source this one reports on; a matrix that lists this source
    ///   lists that one too.
    public init(
        _ title: String, id: String? = nil, author: String? = nil, event: String? = nil,
        url: String? = nil, published: CalendarDate? = nil, accessed: CalendarDate? = nil,
        reports: Source? = nil
    ) {
        self.id = id ?? Slug.make(from: title)
        self.title = title
        self.author = author
        self.event = event
        self.url = url
        self.published = published
        self.accessed = accessed
        self.reports = reports?.id
        if let reports { declaration.cite([reports]) }
    }
}

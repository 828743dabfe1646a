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

    /// Creates a source. In matrix sources the id is usually given explicitly, because it is
    /// cited; when omitted it is derived from the title with ``Slug/make(from:)``.
    public init(
        _ title: String, id: String? = nil, author: String? = nil, event: String? = nil,
        url: String? = nil, published: CalendarDate? = nil
    ) {
        self.id = id ?? Slug.make(from: title)
        self.title = title
        self.author = author
        self.event = event
        self.url = url
        self.published = published
    }
}

/// The mark drawn before a support cell's word in HTML: a small inline SVG in the text's own
/// colour (a tick, a half-filled circle, a diamond, a cross), so the page needs no emoji font
/// (`✅` shows as an empty box where none is installed). The word stays the cell's text; the
/// mark is hidden from assistive technology. It has a size without the stylesheet, and the
/// space after it keeps the word apart from it unstyled.
enum HTMLSupportMark {
    /// Writes `<span class="tm-mark" aria-hidden="true"><svg …>…</svg> </span>` for `support`.
    static func write(_ support: Support, into output: inout ByteBuffer) {
        output.append("<span class=\"tm-mark\" aria-hidden=\"true\"><svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\">")
        output.append(drawing(support))
        output.append("</svg> </span>")
    }

    /// The SVG shapes of each mark, drawn with `currentColor` so they follow light and dark.
    static func drawing(_ support: Support) -> StaticString {
        switch support {
        case .yes:
            "<path d=\"M3 8.5l3.2 3.2L13 4.8\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
        case .partial:
            "<circle cx=\"8\" cy=\"8\" r=\"5.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\"/><path d=\"M8 2.5a5.5 5.5 0 0 0 0 11z\" fill=\"currentColor\"/>"
        case .preview:
            "<path d=\"M8 2l6 6-6 6-6-6z\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>"
        case .no:
            "<path d=\"M4 4l8 8M12 4l-8 8\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.2\" stroke-linecap=\"round\"/>"
        }
    }
}

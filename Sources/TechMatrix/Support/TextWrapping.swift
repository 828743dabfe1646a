/// Text broken into lines no wider than a number of terminal columns, measured by
/// ``DisplayWidth`` (CJK and emoji take two). Lines break at spaces; a word wider than the line
/// is broken between grapheme clusters. Line breaks in the text (LF, CR, CRLF) are kept, a tab
/// becomes a space, and any other control character (which validation refuses anyway) becomes
/// U+FFFD, so that nothing written can move the terminal's cursor.
enum TextWrapping {
    /// The text's lines for a width; at least one line, possibly empty.
    /// - Parameter width: Columns a line may take; at least 2, so that any cluster fits.
    static func lines(_ text: String, width: Int) -> [String] {
        let width = max(2, width)
        var result: [String] = []
        for paragraph in paragraphs(text) {
            var line = ""
            var lineWidth = 0
            // Whether the current line holds a word yet (an empty one stands for a space).
            var started = false
            // Whether the line just broke: the spaces there are dropped, not carried over.
            var afterBreak = false
            // Splitting on single spaces keeps runs of spaces inside a line as they were.
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if afterBreak, word.isEmpty { continue }
                afterBreak = false
                let wordWidth = DisplayWidth.of(String(word))
                if started {
                    if lineWidth + 1 + wordWidth <= width {
                        line += " " + word
                        lineWidth += 1 + wordWidth
                        continue
                    }
                    // A word that must be broken anyway starts on this line if its first
                    // piece fits.
                    if wordWidth > width, let first = hyphenatedPieces(word).first, lineWidth + 1 + DisplayWidth.of(first) <= width {
                        line += " "
                        lineWidth += 1
                        placePieces(of: word, width: width, line: &line, lineWidth: &lineWidth, into: &result)
                        continue
                    }
                    result.append(line)
                    line = ""
                    lineWidth = 0
                    started = false
                    if word.isEmpty {
                        afterBreak = true
                        continue
                    }
                }
                started = true
                if wordWidth <= width {
                    line = String(word)
                    lineWidth = wordWidth
                } else {
                    placePieces(of: word, width: width, line: &line, lineWidth: &lineWidth, into: &result)
                }
            }
            if started || !afterBreak { result.append(line) }
        }
        return result
    }

    /// The widest line of the text without wrapping, and its widest word: what a column would
    /// like to have and the least it can have without breaking a word.
    static func measure(_ text: String) -> (line: Int, word: Int) {
        var line = 0
        var word = 0
        for paragraph in paragraphs(text) {
            line = max(line, DisplayWidth.of(paragraph))
            for piece in paragraph.split(separator: " ") { word = max(word, DisplayWidth.of(String(piece))) }
        }
        return (line, word)
    }

    /// Places a word too wide for any line: broken after its hyphens where a piece fits, and
    /// between clusters where one does not, continuing the current line.
    private static func placePieces(of word: Substring, width: Int, line: inout String, lineWidth: inout Int, into result: inout [String]) {
        for piece in hyphenatedPieces(word) {
            let pieceWidth = DisplayWidth.of(piece)
            if lineWidth + pieceWidth <= width {
                line += piece
                lineWidth += pieceWidth
                continue
            }
            if pieceWidth <= width {
                result.append(line)
                line = piece
                lineWidth = pieceWidth
                continue
            }
            for character in piece {
                let characterWidth = DisplayWidth.of(character)
                if lineWidth + characterWidth > width, !line.isEmpty {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
    }

    /// A word cut after each hyphen: `very-long-word` is `very-`, `long-`, `word`.
    private static func hyphenatedPieces(_ word: Substring) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in word {
            piece.append(character)
            if character == "-" {
                pieces.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// The text's own lines, with tabs as spaces and controls made harmless.
    private static func paragraphs(_ text: String) -> [String] {
        // Printable ASCII and UTF-8 beyond it, with line feeds only, needs no cleaning (0xC2
        // may lead a C1 control, so text holding it takes the long way).
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 != 0x7F && $0 != 0xC2) || $0 == 0x0A }) {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        var cleaned = ""
        cleaned.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for character in text {
            switch character {
            case "\r\n", "\r", "\n": cleaned.append("\n")
            case "\t": cleaned.append(" ")
            default:
                if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    cleaned.append("\u{FFFD}")
                } else {
                    cleaned.append(character)
                }
            }
        }
        return cleaned.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

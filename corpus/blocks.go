package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Block-level reading of the formats real articles come in, beside
// Markdown's "#" headings: wikitext headings, setext headings, bare
// heading lines and one-paragraph-per-line exports.

// wikiHeading reads a wikitext heading, "== Background ==" (level 2) or
// "=== Siege of X ===" (level 3), as encyclopedia exports write them in
// plain text and in converted Markdown. The '=' runs must balance.
func wikiHeading(line string) (int, string) {
	lead := len(line) - len(strings.TrimLeft(line, "="))
	trail := len(line) - len(strings.TrimRight(line, "="))
	if lead == 0 || lead != trail || lead > 6 || 2*lead >= len(line) {
		return 0, ""
	}
	heading := strings.TrimSpace(line[lead : len(line)-trail])
	if heading == "" || strings.ContainsRune(heading, '=') {
		return 0, ""
	}
	return lead, heading
}

// setextLevel reads a setext underline: "===" makes the lines above a
// level-one heading, "---" a level-two one.
func setextLevel(line string) int {
	if len(line) < 2 {
		return 0
	}
	c := line[0]
	if c != '=' && c != '-' {
		return 0
	}
	if strings.TrimRight(line, string(c)) != "" {
		return 0
	}
	if c == '=' {
		return 1
	}
	return 2
}

// isThematicBreak reads a Markdown rule ("---", "***", "___", spaced or
// not), which separates blocks and says nothing.
func isThematicBreak(line string) bool {
	c := line[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isDefinitionLine reads a Markdown link reference definition
// ("[1]: https://…") or footnote definition ("[^1]: Smith 2004."): the
// targets and sources of the text's links, not prose.
func isDefinitionLine(line string) bool {
	if !strings.HasPrefix(line, "[") {
		return false
	}
	end := strings.Index(line, "]:")
	if end < 2 || strings.ContainsAny(line[1:end], "[]") {
		return false
	}
	return strings.HasPrefix(line, "[^") || !strings.Contains(line[1:end], " ") || strings.Contains(line[end:], "://")
}

// maxHeadingWords and maxHeadingBytes bound a bare heading line: a
// heading names a section in a few words.
const (
	maxHeadingWords = 10
	maxHeadingBytes = 80
)

// isBareHeading reports whether a plain-text line standing alone between
// blank lines is a section heading a browser copy left without markup
// ("Background", "Course of the war", "First war (2004)"): short, starting
// with a capital or a digit, and not ending like a sentence or a clause.
// A closing bracket ends a heading when the line opened it: the years or
// the place a heading names in brackets; one opened before the line
// closes a clause wrapped over it.
func isBareHeading(line string) bool {
	if len(line) > maxHeadingBytes || len(strings.Fields(line)) > maxHeadingWords {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if strings.HasSuffix(line, ")") && strings.LastIndexByte(line, '(') > 0 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".,;:!?\"”’)]…", last)
}

// linesAreParagraphs decides whether the lines of a plain-text block are
// one paragraph each (an encyclopedia's plain-text export separates
// paragraphs by a single newline) rather than the hard-wrapped lines of
// one paragraph. A wrapped line ends wherever the width runs out, so few
// wrapped lines end a sentence; a paragraph line always does. Half or
// more of the lines before the last ending a sentence (citation markers
// aside: "in 1994.[3]"), or any of them longer than any wrapping width,
// makes them paragraphs.
func linesAreParagraphs(block []srcLine) bool {
	if len(block) < 2 {
		return false
	}
	ends := 0
	for _, l := range block[:len(block)-1] {
		if utf8.RuneCountInString(l.text) > maxWrapWidth {
			return true
		}
		if endsSentence(plainInline(l.text, false)) {
			ends++
		}
	}
	return 2*ends >= len(block)-1
}

// maxWrapWidth is wider than any width text is wrapped at (72 to 80
// columns, 100 at the most).
const maxWrapWidth = 120

// endsSentence reports whether line ends with a sentence's final
// punctuation, perhaps inside closing quotes or brackets.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’)]")
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?:;…", last)
}

// isContentsBlock reports whether a block is a copied table of contents:
// numbered heading lines ("1 Background", "2.1 Siege of Osk"), perhaps
// under a "Contents" line.
func isContentsBlock(block []srcLine) bool {
	if t := strings.ToLower(block[0].text); t == "contents" || t == "table of contents" {
		block = block[1:]
	}
	if len(block) < 2 {
		return false
	}
	for _, l := range block {
		if !isNumberedHeading(l.text) {
			return false
		}
	}
	return true
}

// isNumberedHeading reports whether line is a numbered heading of a
// copied table of contents: "1 Background", "2.1 Siege of Osk",
// "2.1\tSiege of Osk".
func isNumberedHeading(line string) bool {
	k := strings.IndexAny(line, " \t") // a browser copies the number and title with a tab between
	if k <= 0 {
		return false
	}
	num, rest := line[:k], line[k+1:]
	return strings.Trim(num, "0123456789.") == "" && unicode.IsDigit(rune(num[0])) && isBareHeading(strings.TrimSuffix(strings.TrimSpace(rest), "."))
}

// contentsEnd returns the index after a copied table of contents that
// opens at block[i] with its title ("Contents") and runs over two
// numbered headings or more, or i when none opens there.
func contentsEnd(block []srcLine, i int) int {
	if t := strings.ToLower(block[i].text); t != "contents" && t != "table of contents" {
		return i
	}
	end := i + 1
	for end < len(block) && isNumberedHeading(block[end].text) {
		end++
	}
	if end-i < 3 {
		return i
	}
	return end
}

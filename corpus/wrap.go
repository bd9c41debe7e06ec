package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text. A converter or an editor that wraps lines (pandoc at
// 72 columns) fills each line greedily: a line ends where the next word
// would not fit. A line that ends a sentence with room left for the next
// line's first word was therefore not ended by the wrapper but by the
// writer: a paragraph ends there, though no blank line follows. Reading
// those breaks keeps a block of several paragraphs from becoming one giant
// passage.

// minWrapEvidence is how many wrapped lines a file needs before its
// wrapping width is trusted.
const minWrapEvidence = 8

// wrapWidth estimates the width a file's text was wrapped at: the 90th
// percentile of the lengths of lines that a block continues after (the
// last line of a block ends where its paragraph does). List items, table
// rows and headings are not counted. It is 0 when the file shows no
// wrapping: too few such lines, or lines wider than any wrapping.
func wrapWidth(lines []string) int {
	var lens []int
	for i := 0; i+1 < len(lines); i++ {
		t, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if t == "" || next == "" || isStructuredLine(t) || isStructuredLine(next) {
			continue
		}
		lens = append(lens, utf8.RuneCountInString(t))
	}
	if len(lens) < minWrapEvidence {
		return 0
	}
	slices.Sort(lens)
	w := lens[len(lens)*9/10]
	if w > maxWrapWidth {
		return 0
	}
	return w
}

// isStructuredLine reports whether a line is a list item, a table row, a
// heading or a rule rather than running prose.
func isStructuredLine(t string) bool {
	switch t[0] {
	case '|', '#', '=', '>':
		return true
	case '-', '*', '+':
		return len(t) == 1 || t[1] == ' ' || isThematicBreak(t) // not "**bold**"
	}
	return isNumberedItem(t)
}

// isNumberedItem reads an ordered list item: "1. ", "12) ".
func isNumberedItem(t string) bool {
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// hardBreaks splits a block of wrapped lines where a paragraph ends
// without a blank line: a line that ends a sentence although the next
// line's first word, which starts a sentence, would have fitted on it.
// A list keeps its lines together.
func hardBreaks(block []srcLine, width int, markdown bool) [][]srcLine {
	var parts [][]srcLine
	for start := 0; start < len(block); {
		end := nextBreak(block, start, width, markdown)
		parts = append(parts, block[start:end])
		start = end
	}
	return parts
}

// nextBreak returns where the paragraph starting at block[start] ends
// (see hardBreaks): the index of the line after its last.
func nextBreak(block []srcLine, start, width int, markdown bool) int {
	if width == 0 || len(block) < 2 || isStructuredLine(block[0].text) {
		return len(block)
	}
	for i := start; i+1 < len(block); i++ {
		if endsParagraph(block[i].text, block[i+1].text, width, markdown) {
			return i + 1
		}
	}
	return len(block)
}

// endsParagraph reports whether line, followed by next, ends a paragraph
// in text wrapped at width. The sentence's end is read as shown, after
// any citation marker ("regime.^[\[1\]](#cite_note-1)^").
func endsParagraph(line, next string, width int, markdown bool) bool {
	if !endsSentence(plainInline(line, markdown)) {
		return false
	}
	first, _, _ := strings.Cut(next, " ")
	if utf8.RuneCountInString(line)+1+utf8.RuneCountInString(first) > width {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(first, "[*_\"“‘'("))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

package index

import (
	"strings"
)

// excerptBytes bounds an excerpt; Discord embeds show about this much of a
// passage comfortably.
const excerptBytes = 320

// excerpt returns the part of text with the most matched terms, at most
// limit bytes of it, with matched words in Markdown bold and every other
// Markdown character of the paragraph escaped. Offsets come from the same
// analyzer that indexed the text, so bold lands exactly on the words.
func (ix *Index) excerpt(text string, terms map[string]bool, limit int) string {
	type span struct{ start, end int }
	var hits []span
	for _, tok := range ix.analyzer.Analyze([]byte(text)) {
		if terms[string(tok.Term)] {
			hits = append(hits, span{tok.Start, tok.End})
		}
	}
	from, to := 0, len(text)
	if len(text) > limit {
		// Slide a window of limit bytes to cover the most hits.
		best, bestStart := -1, 0
		for i := range hits {
			n := 0
			for j := i; j < len(hits) && hits[j].end-hits[i].start <= limit; j++ {
				n++
			}
			if n > best {
				best, bestStart = n, hits[i].start
			}
		}
		from = bestStart - limit/4
		if from < 0 {
			from = 0
		}
		to = from + limit
		if to > len(text) {
			to = len(text)
			from = max(0, to-limit)
		}
		from = wordStart(text, from)
		to = wordEnd(text, to)
	}
	var sb strings.Builder
	if from > 0 {
		sb.WriteString("…")
	}
	pos := from
	for _, h := range hits {
		if h.start < from || h.end > to {
			continue
		}
		sb.WriteString(escapeMarkdown(text[pos:h.start]))
		sb.WriteString("**")
		sb.WriteString(escapeMarkdown(text[h.start:h.end]))
		sb.WriteString("**")
		pos = h.end
	}
	sb.WriteString(escapeMarkdown(text[pos:to]))
	if to < len(text) {
		sb.WriteString("…")
	}
	return sb.String()
}

// wordStart moves i forward to the start of a word, so an excerpt never
// opens mid-word.
func wordStart(s string, i int) int {
	if i == 0 {
		return 0
	}
	if j := strings.IndexByte(s[i:], ' '); j >= 0 && j < 40 {
		return i + j + 1
	}
	for i < len(s) && s[i]&0xC0 == 0x80 { // not inside a rune
		i++
	}
	return i
}

// wordEnd moves i back to the end of a word.
func wordEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	if j := strings.LastIndexByte(s[:i], ' '); j > 0 && i-j < 40 {
		return j
	}
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 { // not inside a rune
		i--
	}
	return i
}

// markdownEscaper escapes the characters Discord's Markdown gives meaning to.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`, `>`, `\>`, `#`, `\#`, `[`, `\[`, `]`, `\]`,
)

// escapeMarkdown makes s display literally in Markdown, as Discord renders it.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

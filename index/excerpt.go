package index

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
)

// excerptBytes bounds an excerpt; Discord embeds show about this much of a
// passage comfortably.
const excerptBytes = 320

// span is where one matched word stands in a paragraph's text, in bytes.
type span struct{ start, end int }

// highlights finds, in each paragraph of ids, where the terms stand: the
// spans of its words whose analysed term is one of terms, in text order.
// They come from the term vectors the index stored when it analysed the
// paragraph, rather than from analysing the text again (a fifth of a
// question's CPU on the embedded briefing): the same analyzer, so the
// same words. The indexed text may open with the paragraph before (a
// lead-in, see indexedText); its words are left out and the rest shifted,
// which gives what analysing the paragraph alone gives, since the word
// segmenter always breaks at the line break between them.
func (ix *Index) highlights(ctx context.Context, ids []string, terms map[string]bool) (map[string][]span, error) {
	out := make(map[string][]span, len(ids))
	if len(ids) == 0 || len(terms) == 0 {
		return out, nil
	}
	q := bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), termsQuery(slices.Sorted(maps.Keys(terms))))
	req := bleve.NewSearchRequestOptions(q, len(ids), 0, false)
	req.IncludeLocations = true
	req.Score = bleve.ScoreNone
	sr, err := ix.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	for _, hit := range sr.Hits {
		out[hit.ID] = ix.spansOf(hit, terms)
	}
	return out, nil
}

// spansOf returns where hit's locations of the terms of mark stand in its
// paragraph's own text, in order. A word found by two clauses is listed
// once. The index holds each word's position but not its offsets
// (termAnalyzer.locate), so the spans are the analysed text's tokens at
// those positions.
func (ix *Index) spansOf(hit *search.DocumentMatch, mark map[string]bool) []span {
	text, body := ix.textOf(hit.ID)
	at := offsetsByPosition(ix.analyzer, text)
	var spans []span
	for term, locs := range hit.Locations["text"] {
		if !mark[term] {
			continue
		}
		for _, l := range locs {
			if sp, ok := at.of(int(l.Pos)); ok && sp.start >= body {
				spans = append(spans, span{sp.start - body, sp.end - body})
			}
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	return slices.CompactFunc(spans, func(a, b span) bool { return a.start == b.start })
}

// bodyOffset is where paragraph id's own text starts in its indexed text.
func (ix *Index) bodyOffset(id string) int {
	_, body := ix.textOf(id)
	return body
}

// textOf is paragraph id's indexed text and where its own text starts in
// it; "" and 0 for an ID not in the corpus.
func (ix *Index) textOf(id string) (text string, body int) {
	slug, n, ok := parseDocID(id)
	b := ix.corpus.Briefing(slug)
	if !ok || b == nil || n < 1 || n > len(b.Paragraphs) {
		return "", 0
	}
	text, body, err := ix.indexedText(b, n)
	if err != nil {
		return "", 0
	}
	return text, body
}

// positionSpans is where each word position of a text stands: the byte
// span of the token at that position, by position.
type positionSpans []span

// offsetsByPosition analyses text with a and returns where each of its
// tokens' positions stands. The index keeps positions without offsets:
// the offsets are taken from the text, which is in memory.
func offsetsByPosition(a analysis.Analyzer, text string) positionSpans {
	var at positionSpans
	for _, tok := range a.Analyze([]byte(text)) {
		for len(at) <= tok.Position {
			at = append(at, span{-1, -1})
		}
		at[tok.Position] = span{tok.Start, tok.End}
	}
	return at
}

// of is the span of the token at position pos, if there is one.
func (at positionSpans) of(pos int) (span, bool) {
	if pos < 0 || pos >= len(at) || at[pos].start < 0 {
		return span{}, false
	}
	return at[pos], true
}

// excerpt returns the part of text around the most hits, at most limit
// bytes of it, with the hit words in Markdown bold and every other
// Markdown character of the paragraph escaped.
func excerpt(text string, hits []span, limit int) string {
	from, to := 0, len(text)
	if len(text) > limit {
		from, to = window(text, hits, limit)
	}
	return markHits(text, hits, from, to)
}

// window returns the bytes [from, to) of text, at most limit of them and
// cut at word boundaries, that hold the most hits, opening a quarter of
// limit before the first of them so the reader sees what leads up to it.
func window(text string, hits []span, limit int) (from, to int) {
	from = max(0, busiestStart(hits, limit)-limit/4)
	to = from + limit
	if to > len(text) {
		to = len(text)
		from = max(0, to-limit)
	}
	return wordStart(text, from), wordEnd(text, to)
}

// busiestStart returns the start of the hit that opens the window of
// limit bytes covering the most hits (the first such hit), or 0 without
// hits. hits are in text order.
func busiestStart(hits []span, limit int) int {
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
	return bestStart
}

// markHits writes text[from:to] with Markdown escaped and the hits that
// lie wholly inside it in bold, with an ellipsis on each side that cuts
// the paragraph.
func markHits(text string, hits []span, from, to int) string {
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

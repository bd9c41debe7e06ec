package corpus

import (
	"iter"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleHeadline: a news page copied as plain text keeps its headlines and
// bylines as paragraphs of their own ("Mobs Hunt Armenians in Baku as
// Violence Spreads By WNS Staff"). Such a line is written in title case
// and ends no sentence: its capitals are the style's, not names', and
// no body it seems to name ("Mobs Hunt Armenians", "By WNS Staff") is
// introduced there.
const ruleHeadline = "headline" // "Baku Buries Its Dead as Parliament Condemns Troops By WNS Staff": a title-case paragraph with no sentence in it names nothing

// minHeadlineWords is the fewest words a headline paragraph holds: a
// shorter title-case paragraph may be a name alone (a list's item, an
// infobox's line), which other rules read.
const minHeadlineWords = 5

// dropHeadlines drops the candidates read from headline paragraphs
// (isHeadline); the same name read elsewhere in the briefing stays.
func dropHeadlines(cands []candidate, initials bool) []candidate {
	verdict := map[string]bool{}
	out := cands[:0]
	for _, c := range cands {
		h, ok := verdict[c.text]
		if !ok {
			h = isHeadline(headlineText(c.text, initials))
			verdict[c.text] = h
		}
		if !h {
			out = append(out, c)
		}
	}
	return out
}

// ruleHeadlineInitials: "MASS ARRESTS SWEEP ARMY AND JUDICIARY; U.S. AIR
// BASE CUT OFF" is a headline all the same: the stops of a place's
// dotted initials end no sentence.
const ruleHeadlineInitials = "headline-initials" // "… JUDICIARY; U.S. AIR BASE CUT OFF": dotted initials' stops end no headline's sentence

// headlineText returns text with the stops of its dotted initials
// ("U.S.", "U.S.,") taken out when initials is set, for isHeadline to
// judge, in one pass over its words. Most paragraphs hold stops but no
// initials, and are returned as they are, without copying.
func headlineText(text string, initials bool) string {
	if !initials || !strings.Contains(text, ".") {
		return text
	}
	var sb strings.Builder
	copied := 0 // text[:copied] is in sb
	for start, end := range fieldSpans(text) {
		core := trimRight(text[start:end], ",;")
		if dottedInitials(core) {
			sb.WriteString(text[copied:start])
			sb.WriteString(strings.ReplaceAll(core, ".", ""))
			copied = start + len(core)
		}
	}
	if copied == 0 {
		return text
	}
	sb.WriteString(text[copied:])
	return sb.String()
}

// fieldSpans yields the start and end of each word of text, the words
// strings.Fields returns: runs of characters that are not white space.
func fieldSpans(text string) iter.Seq2[int, int] { return runSpans(text, notSpace) }

// runSpans yields the start and end of each maximal run of text's
// characters for which in is true, in order.
func runSpans(text string, in func(rune) bool) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(text); {
			start := strings.IndexFunc(text[i:], in)
			if start < 0 {
				return
			}
			start += i
			end := strings.IndexFunc(text[start:], func(r rune) bool { return !in(r) })
			if end < 0 {
				end = len(text) - start
			}
			if !yield(start, start+end) {
				return
			}
			i = start + end
		}
	}
}

// notSpace reports whether r is no white space.
func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// isHeadline reports whether text is a headline or byline line: five
// words or more, every one capitalised, a number or an English stop word
// ("in", "as"), with no mark that ends a sentence (a headline joins its clauses with a
// semicolon or a comma) and no
// bracket, emphasis or list mark a writer's paragraph or entry holds.
func isHeadline(text string) bool {
	if strings.ContainsAny(text, ".!?:()*\"“”") {
		return false
	}
	words := strings.Fields(text)
	if len(words) < minHeadlineWords {
		return false
	}
	for _, w := range words {
		if c := w[0]; 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || lang.IsEnglishStopWord(w) {
			continue
		}
		if c := w[0]; c < 0x80 {
			return false // a lower-case word or a mark: a sentence or a list
		}
	}
	return true
}

package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleQuotedGroup reads a plural term in lower case that the writer
// quotes and sets beside a description of a group as that group's name:
// "The "majors": a group of mid-ranking officers, …", "The "five
// majors", the group of young officers behind the January coup". Quotes
// mark a word used as a name the writer did not coin; the description
// says it names a body, and the plural its members ("the majors"), where
// a quoted singular names a thing or an idea ("the spoils", a name
// borrowed from …; "garrison": a community in which …). The description
// follows a comma or a colon and is "a", "an" or "the", at most three
// lower-case modifiers and a noun with a sense naming a group (WordNet)
// that is no kind of person.
const ruleQuotedGroup = "quoted-group"

// maxQuotedGroupWords bounds the words of a quoted group's term ("five
// majors") and the modifiers before its description's noun.
const maxQuotedGroupWords = 3

// findByQuotedGroup returns a candidate for each quoted plural term of p
// set beside a group's description (rule quoted-group). A quotation left
// open names nothing.
func findByQuotedGroup(p *para) []candidate {
	var out []candidate
	for open, end := range quotationsIn(p.text) {
		_, n := utf8.DecodeRuneInString(p.text[open:])
		last, m := utf8.DecodeLastRuneInString(p.text[:end])
		if end-open < n+m || last != '"' && last != '”' {
			continue // left open
		}
		term, after := p.text[open+n:end-m], p.text[end:]
		if quotedGroupTerm(term) && groupDescribedAfter(after) {
			c := p.cand(term, scoreMention)
			c.body = true // lower-case by its form, a body by its description
			out = append(out, c)
		}
	}
	return out
}

// quotedGroupTerm reports whether term is one to maxQuotedGroupWords
// lower-case words, the last a plural in -s.
func quotedGroupTerm(term string) bool {
	ws := strings.Fields(term)
	if len(ws) == 0 || len(ws) > maxQuotedGroupWords {
		return false
	}
	for _, w := range ws {
		if !isLowerModifier(w) {
			return false
		}
	}
	last := ws[len(ws)-1]
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// groupDescribedAfter reports whether after, the text after a quoted
// term, opens with a comma or a colon and a group's description: "a",
// "an" or "the", at most maxQuotedGroupWords lower-case modifiers, and a
// noun with a group's sense that is no person's ("a group of", "the
// clique that").
func groupDescribedAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		if rest, ok = strings.CutPrefix(after, ":"); !ok {
			return false
		}
	}
	ws := strings.Fields(rest)
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" && ws[0] != "the" {
		return false
	}
	for _, w := range ws[1:min(len(ws), maxQuotedGroupWords+2)] {
		bare := trimRight(w, ".,;:")
		if k := lang.Kinds(bare); k&lang.GroupNoun != 0 && k&lang.PersonNoun == 0 {
			return true
		}
		if bare != w || !isLowerModifier(bare) {
			return false
		}
	}
	return false
}

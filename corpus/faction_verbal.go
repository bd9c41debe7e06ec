package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleVerbalGloss reads a translation a writer gives in words, in
// brackets after a name: `the Palang Veld party (the name translates as
// "Free Valley")`, `Dhamma Sena (literally "Army of the Law")`, `Sam
// Khet (meaning "Common Justice")`. The name before is the group's and
// the translation an alias of it; the rules read the text with the
// bracket blanked, so that a name's comma or verb follows it as written
// without the aside.
const ruleVerbalGloss = "verbal-gloss"

// glossLeads open a translation inside brackets, before the quoted
// gloss; adverbs may stand between a verb and "as" ("translates roughly
// as").
var glossLeads = []string{"meaning ", "literally ", "lit. ", "in english, ", "in english ", "the name means ", "which means "}

// glossVerbs open a translation whose verb takes "as" after adverbs.
var glossVerbs = []string{"the name translates ", "which translates ", "translated ", "translating ", "translates "}

// verbalGloss is one bracketed translation: the byte span of the bracket
// and the gloss it gives.
type verbalGloss struct {
	open, close int
	gloss       string
}

// verbalGlosses finds the bracketed translations of text, in order. A
// gloss holds no bracket, so brackets are read one by one.
func verbalGlosses(text string) []verbalGloss {
	var out []verbalGloss
	for open := range occurrences(text, "(") {
		end := strings.IndexByte(text[open:], ')')
		if end < 0 {
			return out
		}
		if g := glossIn(text[open+1 : open+end]); g != "" {
			out = append(out, verbalGloss{open, open + end, g})
		}
	}
	return out
}

// glossIn returns the quoted gloss that a bracket's inside gives after
// a lead in words, or "".
func glossIn(inside string) string {
	low := lowerASCII(inside)
	rest, ok := "", false
	for _, l := range glossLeads {
		if strings.HasPrefix(low, l) {
			rest, ok = inside[len(l):], true
			break
		}
	}
	for _, v := range glossVerbs {
		if ok || !strings.HasPrefix(low, v) {
			continue
		}
		words := strings.Fields(inside[len(v):])
		for k, w := range words {
			if w == "as" {
				rest, ok = strings.Join(words[k+1:], " "), true
				break
			}
			if !mannerAdverb(w) {
				break
			}
		}
	}
	if !ok {
		return ""
	}
	return quotedWhole(strings.TrimSpace(rest))
}

// quotedWhole returns the text inside quotes that are the whole of s, or
// "" when s is not one quotation of a few words.
func quotedWhole(s string) string {
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}, {"'", "'"}, {"‘", "’"}} {
		inner, ok := strings.CutPrefix(s, q[0])
		if !ok {
			continue
		}
		inner, ok = strings.CutSuffix(strings.TrimRight(inner, ".,;"), q[1])
		if ok && inner != "" && !strings.ContainsAny(inner, "\"“”()") && len(strings.Fields(inner)) <= maxNameTokens {
			return strings.TrimRight(inner, ".,;")
		}
	}
	return ""
}

// blankVerbalGlosses blanks each bracketed translation of text, keeping
// its length, and returns it with the pairs of the name before each and
// its gloss. Punctuation closing the bracket's clause moves before the
// blank, as blankEmphasis moves it, so the name keeps its comma.
func blankVerbalGlosses(text string) (string, [][2]string) {
	gs := verbalGlosses(text)
	if len(gs) == 0 {
		return text, nil
	}
	b := []byte(text)
	var pairs [][2]string
	for _, g := range gs {
		if name := nameBeforeGloss(text[:g.open]); name != "" {
			pairs = append(pairs, [2]string{name, g.gloss})
		}
		start := g.open
		for start > 0 && b[start-1] == ' ' {
			start--
		}
		k := g.close + 1
		for k < len(b) && strings.IndexByte(",.;:", b[k]) >= 0 {
			k++
		}
		copy(b[start:], b[g.close+1:k])
		for m := start + k - g.close - 1; m < k; m++ {
			b[m] = ' '
		}
	}
	return string(b), pairs
}

// nameBeforeGloss reads the name a bracket follows, over a lower-case
// group noun closing it ("the Palang Veld party"), or "". A translated
// name of two capitalised words is no person's, so no person test
// applies; a place's or people's name is left out.
func nameBeforeGloss(before string) string {
	words := strings.Fields(before)
	if n := len(words); n > 1 && isGroupWord(words[n-1]) && startsUpper(words[n-2]) {
		words = words[:n-1]
	}
	name := nameBefore(words)
	if name == "" || isPlaceOrPeople(name) {
		return "" // "the town of Ban Rak (meaning …)" glosses a place
	}
	return name
}

// findByVerbalGloss proposes the names that a bracketed translation
// follows when the text shows them an organisation's: a lower-case group
// noun closes the name ("the Palang Veld party (…)"), or the translation
// names an organisation ("Dhamma Sena (literally "Army of the Law")").
func findByVerbalGloss(p *para) []candidate {
	var out []candidate
	for _, g := range verbalGlosses(p.orig) {
		name := nameBeforeGloss(p.orig[:g.open])
		if name == "" {
			continue
		}
		words := strings.Fields(p.orig[:g.open])
		if last := words[len(words)-1]; isGroupWord(last) && last != name || organisationGloss(g.gloss) {
			out = append(out, p.cand(name, scoreDefined))
		}
	}
	return out
}

// blankGlosses blanks the paragraph's bracketed translations for every
// rule after it, keeping offsets, and remembers the names they gloss.
func (p *para) blankGlosses() {
	text, pairs := blankVerbalGlosses(p.text)
	if pairs == nil && text == p.text {
		return
	}
	p.text, p.glosses = text, pairs
	p.low = lowerASCII(p.text)
	p.fields, p.lfields, p.offs = p.arena.split(p.text, p.low)
}

// organisationGloss reports whether a translation names an organisation:
// its head is a group noun, and not one whose senses are a settlement's
// rather than an organisation's ("Village of Love").
func organisationGloss(gloss string) bool {
	words := strings.Fields(gloss)
	if len(words) == 0 || !isOrgName(gloss) {
		return false
	}
	head := strings.ToLower(trimPossessive(words[groupHead(words)]))
	return !lang.IsPlace(head) || lang.HasOrgSense(head)
}

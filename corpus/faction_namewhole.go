package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Names taken whole (issue #12): the words inside a name that a reader
// stopping at the first preposition or possessive would cut it at. Each
// continuation needs the text's own evidence that the whole is one name:
// a capital the writer gave a preposition, a capitalised word before a
// possessive that English knows as a common noun, an article opening the
// whole, a bracket closing it.

// capitalPrepositionName returns name, read at the start of s (after
// "the" or a quotation mark), extended over each preposition written
// with a capital that a name word follows (rule capital-preposition):
// "Students Against Discrimination". Mid-sentence, a capital on a
// preposition is the writer's title case of one name; a lower-case
// one ("the Front against the army") joins two phrases.
func capitalPrepositionName(s, name string, rd nameReading) string {
	i := strings.Index(s, name)
	if i < 0 || !strings.HasPrefix(s[i+len(name):], " ") {
		return name // a mark closes the name
	}
	rest := strings.Fields(s[i+len(name):])
	for len(rest) >= 2 && capitalPreposition(rest[0]) {
		tail, n := nameAt(rest, 1, rd)
		if tail == "" {
			break
		}
		name += " " + rest[0] + " " + tail
		if n > len(rest) || strings.Join(rest[1:n], " ") != tail {
			break // a mark closed the tail
		}
		rest = rest[n:]
	}
	return name
}

// capitalPreposition reports whether w, as written, is a preposition a
// name may hold, capitalised and with no mark after it: "Against".
func capitalPreposition(w string) bool {
	return startsUpper(w) && trimRight(w, ".,;:!?)”\"'’") == w && isNamePreposition(strings.ToLower(w))
}

// pluralOwner reports whether words[k], a possessive inside a capitalised
// run ("Women's" in "Fiji Women's Rights Movement"), is the name's own
// word (rule plural-owner): an inflected noun WordNet's morphology
// reduces to a noun for a kind of person or a group ("women" → "woman",
// "workingmen" → "workingman"), after a capitalised word of the run. The
// lexicon's tables hold the regular plurals, which the caller already
// reads; an owner's name ("Gbagbo's", "St Patrick's") reduces to none.
//
// With article (rule article-owner), "a", "an" or "the" before it does
// as a capitalised word does ("the front created a Women's Detachment"):
// mid-sentence after an article, the capital is the writer's, not the
// sentence's.
func pluralOwner(words []string, k int, article bool) bool {
	if k < 1 {
		return false
	}
	prev := trim(words[k-1], "*")
	if prev != trimRight(prev, ".,;:!?)”\"") || !isRunWord(prev) && (!article || !isArticle(prev)) {
		return false
	}
	for _, b := range wordnet.NounBases(strings.ToLower(trimPossessive(trim(words[k], "*")))) {
		if isPersonWord(b) || isGroupWord(b) {
			return true
		}
	}
	return false
}

// prepositionOpensRun reads text, which ends with a name's capitalised
// run, for a preposition before the run that an article's capital opens
// (rule letters-preposition, the test of name-preposition): "The Accord
// on Non-Aggression and Defence Assistance (…, ANAD)". It returns the
// offset of that capital, the name's first word.
func prepositionOpensRun(text string) (int, bool) {
	ws := strings.Fields(text)
	if len(ws) < 3 || !prepositionInName(append(ws, ""), len(ws)) {
		return 0, false
	}
	capital := ws[len(ws)-2]
	at := strings.LastIndex(strings.TrimRight(text, " \n\t"), " "+capital+" ")
	if at < 0 {
		return 0, false
	}
	return at + 1, true
}

// lettersOpenWhole returns the long form of a, which opens at offset s of
// before, with the words an article's capital and a preposition add
// before it (rule letters-preposition), when the letters open with that
// capital's initial: "The Accord on Non-Aggression and Defence Assistance
// (…, ANAD)", whose letters the run after "on" alone matched. Otherwise
// it returns the long form and s as they are.
func lettersOpenWhole(before string, a Acronym, s int) (string, int) {
	at, ok := prepositionOpensRun(before[:s])
	if !ok || a.Short == "" || !strings.EqualFold(a.Short[:1], before[at:at+1]) {
		return a.Long, s
	}
	return strings.TrimSpace(before[at:s]) + " " + a.Long, at
}

// bracketedComplement returns where a name whose words end before
// words[end] ends when a lower-case preposition, "the" at most, and
// capitalised words run from there to a bracket opening a capitalised
// name (rule gloss-preposition): "the Opposition Alliance against the
// Dictatorship (Alianza de Oposición contra la Dictadura)". The bracket
// glosses or letters the whole, so the writer gives it as one name;
// without it "the Alliance against the Taliban" joins two. Otherwise it
// returns end.
func bracketedComplement(words []string, end int) int {
	if end+1 >= len(words) || !isNamePreposition(words[end]) {
		return end
	}
	k := end + 1
	if words[k] == "the" {
		k++
	}
	first := k
	for k < len(words) && k-first < maxNameTokens && !strings.HasPrefix(words[k], "(") && isRunWord(words[k]) && trimRight(words[k], ".,;:!?)”\"'’") == words[k] && !isStopCap(words[k]) {
		k++
	}
	if k == first || k >= len(words) || !strings.HasPrefix(words[k], "(") || !startsUpper(trimLeft(words[k], "(*“\"")) {
		return end
	}
	return k
}

// titleOwner reports whether w is the possessive of a capitalised title
// (rule title-owner): "General's" in "the Prosecutor General's Office".
// Alone a title is a stop capital, which opens no run; as the owner
// inside a name its capital is the name's, and nameStartBefore's test of
// the owner's noun then takes it.
func titleOwner(w string) bool {
	base := trimPossessive(w)
	return base != w && startsUpper(base) && isTitle(strings.ToLower(base))
}

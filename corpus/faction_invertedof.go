package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleInvertedOf: English names one body "the Government of Bahrain" and
// "the Bahraini government", "the Ministry of Defence" and "the Defence
// Ministry", "the Authority of the OECS" and "the OECS Authority": the
// complement after "of" moves before the head noun, as itself or as its
// adjective. The two spellings are one faction's names.
const ruleInvertedOf = "inverted-of" // "Bahraini government" is an alias of "Government of Bahrain": a body's head noun with its "of" complement moved before it

// maxOfComplement bounds the words of the complement after "of".
const maxOfComplement = 3

// ofName is a name read as a head noun and its "of" complement:
// "Government of Bahrain" is {government, [Bahrain]}.
type ofName struct {
	head string   // the head noun, lower-case
	of   []string // the complement's capitalised words, without "the"
}

// foldInvertedOf folds each faction named by a complement, or its
// adjective, and a head noun into the one faction, of the same briefings,
// named by that head noun "of" that complement; the folded name becomes
// an alias.
func foldInvertedOf(fs []*building) []*building {
	byHead := map[string][]*building{}
	for _, fb := range fs {
		if n, ok := readOfName(fb.f.Name); ok {
			byHead[n.head] = append(byHead[n.head], fb)
		}
	}
	if len(byHead) == 0 {
		return fs
	}
	out := fs[:0]
	for _, fb := range fs {
		into := invertedTarget(fb, byHead)
		if into == nil {
			out = append(out, fb)
			continue
		}
		into.f.addAlias(fb.f.Name)
		into.names = append(into.names, fb.names...)
	}
	return out
}

// invertedTarget returns the only faction of byHead that fb's name
// inverts, when fb's briefings are among its, or nil.
func invertedTarget(fb *building, byHead map[string][]*building) *building {
	if fb.f.Acronym != "" {
		return nil
	}
	words := strings.Fields(stripArticle(fb.f.Name))
	if len(words) < 2 || len(words)-1 > maxOfComplement {
		return nil
	}
	head, mods := strings.ToLower(words[len(words)-1]), words[:len(words)-1]
	var found []*building
	for _, t := range byHead[head] {
		n, _ := readOfName(t.f.Name)
		if t != fb && sameComplement(mods, n.of) && within(fb.slugs, t.slugs) {
			found = append(found, t)
		}
	}
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

// readOfName reads name as one capitalised head noun that has a sense
// naming a group, "of", an optional "the" and up to three capitalised
// words: "Government of Bahrain", "Authority of the OECS".
func readOfName(name string) (ofName, bool) {
	words := strings.Fields(stripArticle(name))
	if len(words) < 3 || words[1] != "of" || !startsUpper(words[0]) {
		return ofName{}, false
	}
	head, rest := strings.ToLower(words[0]), words[2:]
	if rest[0] == "the" {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > maxOfComplement || !lang.IsGroupNoun(head) {
		return ofName{}, false
	}
	for _, w := range rest {
		if !startsUpper(w) {
			return ofName{}, false
		}
	}
	return ofName{head: head, of: rest}, true
}

// sameComplement reports whether the modifiers before a head noun are the
// complement after "of": the same words, or, for a one-word complement,
// its possessive or the adjective of the place or people it names, which
// writes the name's stem ("Bahraini" for "Bahrain", "Italian" for
// "Italy", "Mexican" for "Mexico").
func sameComplement(mods, of []string) bool {
	if len(mods) == 1 {
		mods = []string{trimPossessive(mods[0])}
	}
	if slices.Equal(mods, of) {
		return true
	}
	if len(mods) != 1 || len(of) != 1 {
		return false
	}
	adj, x := mods[0], of[0]
	return startsUpper(adj) && isPlaceOrPeople(adj) && isPlaceOrPeople(x) && sharedStem(adj, x)
}

// sharedStem reports whether adj opens with x, less at most its last two
// letters, and at least four of them ("Ital" of "Italy", "Mexic" of
// "Mexico"; not "Austr" of "Australia" for "Austrian").
func sharedStem(adj, x string) bool {
	n := 0
	for n < len(adj) && n < len(x) && adj[n] == x[n] {
		n++
	}
	return n >= 4 && n >= len(x)-2
}

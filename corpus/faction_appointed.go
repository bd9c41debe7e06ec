package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// "Named" appoints as well as names (rule named-appointed): "the
// commission named Ossufo Momade as interim leader", "he named Jacques
// Sylla prime minister". A group description before "named" makes the
// name after it a group's only in the naming sense; in the appointing
// sense the verb takes a second complement, "as" and a post or the post
// bare, and its object is the person appointed.

// maxPostWords bounds the modifiers of the post after the person:
// "as interim leader", "as acting prime minister of the interim
// government".
const maxPostWords = 4

// appointedAfter reports whether rest, the text from a name read after
// "named", goes on past the name with "as" and a phrase a noun for a
// kind of person heads, or with that phrase bare: the person is
// appointed to a post. A noun for a group as well ("party", which WordNet
// also gives a person's sense) heads no post.
//
// With headOf (rule head-of), a leader's noun and "of" head a post too:
// "named Abdelkader Bensalah interim head of state" (inCharge).
func appointedAfter(rest, name string, headOf bool) bool {
	i := strings.Index(rest, name)
	if i < 0 {
		return false
	}
	words := strings.Fields(rest[i+len(name):])
	if len(words) > 0 && strings.ToLower(words[0]) == "as" {
		words = words[1:]
	}
	for k, w := range words[:min(len(words), maxPostWords+1)] {
		core := strings.ToLower(trimRight(w, ".,;:!?)\"”"))
		if startsUpper(w) && k == 0 || core == "" {
			return false
		}
		if lang.IsPersonNoun(core) && !isPredicateNoun(core) || headOf && inCharge(lowerAll(words[k:min(len(words), k+2)])) {
			return true
		}
		if core != strings.ToLower(w) {
			return false // the phrase ended
		}
	}
	return false
}

// personDescription reports whether rest, the words after a name and its
// comma, open with an article and a phrase a noun for a kind of person
// heads (rule person-described): "Hassan al-Turabi, the Islamist lawyer
// who heads the NIF" is a person, however the clause after the noun names
// a group. A phrase holding a noun for a group anywhere ("a group active
// in", "the Socialists' Catalan branch") describes no person, and neither
// does one whose head WordNet reads as a person only in another sense.
func personDescription(rest []string, adverb bool) bool {
	if len(rest) < 2 {
		return false
	}
	switch strings.ToLower(rest[0]) {
	case "a", "an", "the":
	default:
		return false
	}
	head := describedHead(rest[1:], adverb)
	if head == "" || !lang.IsPersonNoun(head) {
		return false
	}
	for _, w := range rest[1:min(len(rest), 7)] {
		core := strings.ToLower(trimRight(w, ".,;:!?)\"”'’"))
		if isPredicateNoun(core) || isPredicateNoun(strings.TrimSuffix(core, "s")) {
			return false
		}
		if core == head {
			return !isPossessive(strings.ToLower(w)) // "the Socialists' Catalan branch": an owner, no head
		}
	}
	return false
}

// lowerAll returns ws lowered.
func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

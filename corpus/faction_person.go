package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// What a text says of a name shows it names a person: set beside a
// description headed by a kind of person, or killed. A group is
// described by a group noun ("a rebel coalition") and is defeated or
// disbanded, not killed.
const (
	ruleAppositivePerson = "appositive-person" // "Karim Vell, a long-serving ally of the president": a person described beside the name
	ruleKilledPerson     = "killed-person"     // "Arthur Penn was killed at his office", "was shot dead": only a person is killed
)

// personCue reports whether the words after a name of two or more words
// (lower[0] is its last word) show it names a person, by a cue off does
// not disable.
func personCue(lower []string, off map[string]bool) bool {
	return !off[ruleAppositivePerson] && appositivePerson(lower) || !off[ruleKilledPerson] && killedAfter(lower)
}

// appositivePerson reports whether lower opens with the name's last word
// and a comma, then an indefinite description headed by a noun for a kind
// of person rather than a body: "Vell, a long-serving ally of the
// president", "Moreno, a party deputy", not "Outcomes, a private
// military company".
func appositivePerson(lower []string) bool {
	if len(lower) < 3 || !strings.HasSuffix(lower[0], ",") || !indefinite(lower[1]) {
		return false
	}
	head := describedHead(lower[2:min(len(lower), 8)])
	return isPersonWord(head) && !bodyNoun(head)
}

// killedAfter reports whether lower opens with the name's last word and a
// passive of killing: "was killed", "was executed", "was shot dead". The
// verb's WordNet lemma is "kill" or has "kill" one step broader or
// narrower; any participle followed by "dead" counts too.
func killedAfter(lower []string) bool {
	if len(lower) < 3 || lower[0] != trimRightPunct(lower[0], ".,;:") || lower[1] != "was" && lower[1] != "were" {
		return false
	}
	verb := trimRightPunct(lower[2], ".,;:")
	if len(lower) > 3 && trimRightPunct(lower[3], ".,;:") == "dead" && (strings.HasSuffix(verb, "ed") || verb == "shot") {
		return true
	}
	lex := wordnet.Load()
	for _, lemma := range lex.Lemmas(verb) {
		if lemma == "kill" || slices.Contains(lex.Kin(lemma), "kill") {
			return true
		}
	}
	return false
}

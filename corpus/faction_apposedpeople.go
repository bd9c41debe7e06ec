package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleApposedPeople drops a name the text sets beside a description that
// says it names a people or a part of one: "the Imghad, a Tuareg group of
// vassal status", "the Lari, a subgroup of the Kongo people". The head
// noun gathers people by descent, not into a body (WordNet's group nouns
// that are no organisation's), and a people's name qualifies it, before
// it or after its "of".
const ruleApposedPeople = "apposed-people" // "the Lari, a subgroup of the Kongo people": a name set beside a people's subdivision is no body

// dropApposedPeoples drops the candidates, with no letters and not
// marked a body, whose name the briefing sets by a comma beside such a
// description.
func dropApposedPeoples(cands []candidate, paras []*para) []candidate {
	names := map[string]bool{}
	for _, p := range paras {
		words := p.words()
		for i := 0; i+3 < len(words); i++ {
			if strings.HasSuffix(words[i], ",") && apposedPeople(words[i+1:]) {
				addNameRuns(names, words, i)
			}
		}
	}
	if len(names) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		if !names[strings.ToLower(trim(c.name, "*"))] || c.acronym != "" || c.body || isOrgName(c.name) {
			out = append(out, c)
		}
	}
	return out
}

// apposedPeople reports whether rest opens with an article and either a
// people's name before a descent group's noun ("a Tuareg group") or
// that noun and "of the" before a people's name ("a subgroup of the
// Kongo people").
func apposedPeople(rest []string) bool {
	switch strings.ToLower(rest[0]) {
	case "a", "an", "the":
	default:
		return false
	}
	first, second := trimRight(rest[1], ".,;:"), strings.ToLower(trimRight(rest[2], ".,;:"))
	if startsUpper(first) && lang.IsPeople(strings.ToLower(first)) && descentGroup(second) {
		return true
	}
	if !descentGroup(strings.ToLower(first)) || second != "of" || len(rest) < 5 || !strings.EqualFold(rest[3], "the") {
		return false
	}
	people := trimRight(rest[4], ".,;:")
	return startsUpper(people) && lang.IsPeople(strings.ToLower(people))
}

// descentGroup reports whether the lower-case noun names a group of
// people and no organisation or body: "group", "subgroup", "clan",
// "tribe"; not "party", "faction" or "council".
func descentGroup(w string) bool {
	return lang.IsGroupNoun(w) && !lang.IsOrgNoun(w) && !lang.IsBodyNoun(w) && !lang.HasOrgSense(w)
}

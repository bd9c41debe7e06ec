package corpus

import "strings"

// rulePopulationHead: a capitalised word before a lower-case noun for a
// population ("the Sunni community", "the Tamil minority", "the Iranian
// people") names the people of a faith, a nation or a descent, not a
// body: none has members, leaders or a voice of its own. A body's own
// name capitalises its head ("the East African Community").
const rulePopulationHead = "population-head" // "the Sunni community wanted Hariri back": a people's word and a lower-case population noun name no body

// dropPopulations drops the candidates of two words, a capitalised word
// and a lower-case population noun, that carry no letters and no
// definition as a body.
func dropPopulations(cands []candidate) []candidate {
	out := cands[:0]
	for _, c := range cands {
		if !namesPopulation(c) {
			out = append(out, c)
		}
	}
	return out
}

// namesPopulation reports whether c is such a population's name.
func namesPopulation(c candidate) bool {
	words := strings.Fields(stripArticle(trim(c.name, "*")))
	if len(words) != 2 || c.acronym != "" || c.body || !startsUpper(words[0]) || startsUpper(words[1]) {
		return false
	}
	return isPopulationNoun(words[1]) && !isOrgName(c.name)
}

// isPopulationNoun reports whether w is a noun for a whole population of
// people, as opposed to a body they form ("council", "league") or a
// gathering.
func isPopulationNoun(w string) bool {
	switch w {
	case "community", "communities", "minority", "minorities", "majority", "population", "people", "diaspora":
		return true
	}
	return false
}

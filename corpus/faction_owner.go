package corpus

import "strings"

// News reports set a name beside what it is with a proper name's
// possessive where an encyclopedia writes an article: "The Mossos
// d'Esquadra, Catalonia's own police force, had been ordered …".
const (
	ruleOwnerApposition = "owner-apposition" // "The Mossos d'Esquadra, Catalonia's own police force,": a proper name's possessive opens a description as "the" does
)

// ownerDescribed reports whether the words at next, after the name at
// words[i] and its comma, describe it as an organisation through a
// capitalised possessive (rule owner-apposition): "Catalonia's own police
// force", "India's border guard". The head the description ends on must
// be a noun WordNet files under social groups, not a location, so
// "Kenya's president" or "Spain's capital" describe no group; a title before the
// name, or a person's shape and no "the" before it, keeps it a person's.
func ownerDescribed(p *para, i int, name string, next int) bool {
	words := p.words()
	if p.off[ruleOwnerApposition] || !ownerPossessive(words[next]) || titledBefore(p, i) {
		return false
	}
	articled := i > 0 && strings.EqualFold(words[i-1], "the")
	if !articled && personLikeJoined(name, !p.off[ruleJoinedPerson]) || isPlaceOrPeople(name) {
		return false
	}
	desc := words[next+1 : min(len(words), next+7)]
	if !isPredicateNoun(describedHead(desc, !p.off[ruleAdverbParticiple])) {
		return false
	}
	return describesGroupOver(append([]string{"the"}, desc...), !p.off[ruleModifierNoun])
}

// ownerPossessive reports whether w is a capitalised singular possessive
// ("Catalonia's", "India’s"): a proper name owning what follows.
func ownerPossessive(w string) bool {
	if !startsUpper(w) {
		return false
	}
	for _, s := range []string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(w, s); ok && len(stem) > 1 {
			return true
		}
	}
	return false
}

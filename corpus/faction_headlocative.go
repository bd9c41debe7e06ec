package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleHeadLocative drops a name whose head is a building's or a place's
// noun followed by "in" and a place: "the Royal Palace in Maseru", "the
// Tsinghua College in Beijing", "11th Street in Greenwich Village", "the
// US Embassy in Kingston". Saying
// where a thing stands places a building, not a party. The head's classes
// come from WordNet: a noun first a structure, a location or a school,
// and none whose first sense is an organisation ("Church", "School" may
// name a body: "the Catholic Church in Mexico"); a complement naming people ("the House of
// Representatives in Suva") makes a body of it, and so do letters the
// briefing gives the name. The place is one the gazetteer knows, so the
// phrase is a place's, not part of a name ("Government in Exile").
const ruleHeadLocative = "head-locative"

// dropHeadLocative returns cands less the names a building's noun heads
// before "in" and a place (ruleHeadLocative).
func dropHeadLocative(cands []candidate) []candidate {
	lettered := map[string]bool{}
	for _, c := range cands {
		if c.acronym != "" {
			lettered[nameKey(c.name)] = true
		}
	}
	out := cands[:0]
	for _, c := range cands {
		if c.acronym == "" && !lettered[nameKey(c.name)] && buildingPlaced(c.name) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// buildingPlaced reports whether name is a building or a place set in a
// place: its part before " in " is headed by a noun for a structure, a
// location or a school whose first sense is no organisation, has no
// complement naming people, and all after "in", less "the", is a place
// the gazetteer knows.
func buildingPlaced(name string) bool {
	i := strings.Index(name, " in ")
	if i <= 0 {
		return false
	}
	before, after := name[:i], strings.TrimPrefix(name[i+len(" in "):], "the ")
	if !startsUpper(after) || !lang.IsPlace(nameKey(after)) {
		return false
	}
	words := strings.Fields(before)
	if peopleComplement(words) {
		return false
	}
	head := strings.ToLower(trimPossessive(words[nameHead(words)]))
	return (lang.IsPlaceNoun(head) || lang.IsSchoolNoun(head)) && !lang.IsOrgNoun(head)
}

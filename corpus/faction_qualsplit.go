package corpus

import "strings"

// maxSplitQualifier bounds the words of a qualifier findQualifiedSplits
// reads as naming a part ("Progressive", "Ranjan Daimary"): a longer one
// is a gloss or a description.
const maxSplitQualifier = 2

// findQualifiedSplits reads a wing or a split a writer names by its
// parent's letters and a bracketed qualifier (rule qualified-split):
// "became known as the NDFB (Progressive)", "a breakaway group called
// the LSSP (Revolutionary)". The letters name the parent, the qualifier
// the part, so the whole is a body of its own. When the briefing also
// spells the name out with the same qualifier ("Communist Party of Nepal
// (Maoist)"), mergedCandidates folds it into that faction. A form a
// colon follows labels a speaker and the outlet he writes for ("**MR.
// SATO (Kyodo News):**"), a person.
func findQualifiedSplits(p *para) []candidate {
	var out []candidate
	for _, q := range qualifiedShorts(p.text) {
		if partQualifier(q) && !outletLabel(p.text, q) {
			out = append(out, p.cand(q, scoreMention))
		}
	}
	return out
}

// partQualifier reports whether the bracket of a qualified short form
// ("NDFB (Progressive)") names a part of the body the letters name, not
// the body itself: a gloss spells the letters out ("FLN (National
// Liberation Front)") or is headed by a noun for a group, and a place or
// a people in brackets says where the body is or whom it speaks for.
func partQualifier(q string) bool {
	open := strings.IndexByte(q, '(')
	letters, inner := q[:max(0, open-1)], strings.TrimSuffix(q[open+1:], ")")
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > maxSplitQualifier || initials(inner) == strings.ToLower(letters) {
		return false
	}
	for _, w := range words {
		if isGroupWord(strings.ToLower(w)) {
			return false
		}
	}
	return !isOrgName(inner) && !isPlaceOrPeople(inner)
}

// outletLabel reports whether the first q in text is followed at once
// by a colon: a transcript's label ("QUESTION (Radio Meridiana): What
// …"), where a glossary's entry closes its emphasis first ("**ULFA
// (Independent)**: the hardline wing").
func outletLabel(text, q string) bool {
	i := strings.Index(text, q)
	return i >= 0 && strings.HasPrefix(text[i+len(q):], ":")
}

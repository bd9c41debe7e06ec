package corpus

import (
	"slices"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// minActing is how many times a briefing must write an unknown word as
// the subject of a past verb ("the Derg proclaimed", "The Derg renamed")
// before the word is read as a group's name: once may be a place ("the
// Ogaden fell"), a habit of the text is an actor.
const minActing = 2

// actingNames returns the one-word names, as written, that the briefing
// writes at least minActing times after "the" and before a verb in the
// past ("the Montoneros announced", "Had the Derg accepted"): a word no
// English table knows (isUnknownWord) that names no place or people and
// never opens a longer name or a person's ("Jamaat al Muslimeen", "the
// Tunku Abdul Rahman"). A briefing takes a party known by one foreign word
// as known and never introduces it; what it says the party does, again
// and again, shows what it is. A person takes no "the", so the cues that
// read the word as a person's name do not count against it. The names
// come in order of first use.
func actingNames(paras []*para) []string {
	counts := map[string]int{}
	var order []string
	for _, p := range paras {
		for _, name := range actingInPara(p) {
			if counts[name] == 0 {
				order = append(order, name)
			}
			counts[name]++
		}
	}
	var out []string
	for _, name := range order {
		if counts[name] >= minActing && !isPlaceOrPeople(name) && !opensLongerName(paras, name) {
			out = append(out, name)
		}
	}
	return out
}

// opensLongerName reports whether some paragraph writes name followed by
// a capitalised word or a name's particle ("al", "de", "bin").
func opensLongerName(paras []*para, name string) bool {
	for _, p := range paras {
		words, lower := p.words(), p.lowerWords()
		for i, w := range words[:max(0, len(words)-1)] {
			if w != name {
				continue
			}
			next := words[i+1]
			if startsUpper(next) || isConnector(lower[i+1]) && !innerConnector(lower[i+1]) || particle(lower[i+1]) {
				return true
			}
		}
	}
	return false
}

// particle reports whether w joins the words of a foreign name ("al",
// "de", "bin"), not an English phrase ("of", "for", "in", "and").
func particle(w string) bool {
	return isConnector(w) && w != "of" && w != "the" && w != "for" && w != "in" && w != "and"
}

// actingInPara returns the unknown words p writes between "the" and a
// past verb, one for each use. A past form that is a word of its own
// ("left", "set") may be a noun the name qualifies ("the Peronist left").
func actingInPara(p *para) []string {
	words, lower := p.words(), p.lowerWords()
	var out []string
	for i := 1; i+1 < len(words); i++ {
		if lower[i-1] != "the" || !isUnknownWord(words[i]) {
			continue // the cheap test first
		}
		next := lower[i+1]
		if isCopula(next) || !isActing(next) || slices.Contains(wordnet.Load().Lemmas(next), next) {
			continue // "the Derg was …" says what it is, not what it did
		}
		out = append(out, words[i])
	}
	return out
}

// actingCandidates proposes the names of actingNames, each where the
// briefing first writes it acting, and returns their keys for dropPlaces,
// which keeps them though the text also writes them after a locative
// ("tensions inside the Derg").
func actingCandidates(paras []*para) ([]candidate, map[string]bool) {
	names := actingNames(paras)
	if len(names) == 0 {
		return nil, nil
	}
	keys := map[string]bool{}
	var out []candidate
	for _, name := range names {
		keys[nameKey(name)] = true
		for _, p := range paras {
			if found := actingInPara(p); slices.Contains(found, name) {
				out = append(out, p.cand(name, scoreMention))
				break
			}
		}
	}
	return out, keys
}

// notActing returns persons without the names of acting, which take "the"
// as no person does: a copy when there is one to take out.
func notActing(persons, acting map[string]bool) map[string]bool {
	if len(acting) == 0 {
		return persons
	}
	out := make(map[string]bool, len(persons))
	for k, v := range persons {
		if !acting[k] {
			out[k] = v
		}
	}
	return out
}

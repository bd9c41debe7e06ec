package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
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
func actingNames(paras []*para, persons map[string]bool, cues bool) []string {
	u := countActing(paras, cues)
	var out []string
	for _, name := range u.order {
		acts, cued := u.acts[name], u.cued[name]
		if acts < minActing && (cued == 0 || acts+cued < minActing || personal(paras, persons, name) || nameAdjective(name) || pluralWritten(paras, name)) {
			continue // cues are weaker evidence: a person's or a people's name takes them too
		}
		if !isPlaceOrPeople(name) && !opensLongerName(paras, name) {
			out = append(out, name)
		}
	}
	return out
}

// actingUses counts, for each unknown word, the uses actingInPara finds:
// acting and cued, with the words in order of first use.
type actingUses struct {
	acts, cued map[string]int
	order      []string
}

func countActing(paras []*para, cues bool) actingUses {
	u := actingUses{acts: map[string]int{}, cued: map[string]int{}}
	for _, p := range paras {
		a, c := actingInPara(p, cues)
		for _, name := range append(a, c...) {
			if u.acts[name]+u.cued[name] == 0 {
				u.order = append(u.order, name)
			}
		}
		for _, name := range a {
			u.acts[name]++
		}
		for _, name := range c {
			u.cued[name]++
		}
	}
	return u
}

// personal reports whether the briefing reads name as a person's: among
// its persons, or the last word of a name with a person's shape
// ("Laurent Gbagbo" makes "Gbagbo loyalists" a person's).
func personal(paras []*para, persons map[string]bool, name string) bool {
	k := nameKey(name)
	return persons[k] || len(paras) > 0 && paras[0].people[k]
}

// nameAdjective reports whether name ends as an adjective made from a
// name does ("Islamist", "Transnistrian", "Congolese"): before a group
// noun it says whose the group is, not which.
func nameAdjective(name string) bool {
	for _, suf := range []string{"ist", "ian", "ese"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// pluralWritten reports whether the briefing writes name with an "s"
// ("Simbas" for "Simba rebels"): the group goes by the plural.
func pluralWritten(paras []*para, name string) bool {
	plural := name + "s"
	for _, p := range paras {
		for _, w := range p.words() {
			if trimRightPunct(w, ".,;:!?)”\"'’") == plural {
				return true
			}
		}
	}
	return false
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
			if startsUpper(next) || particle(lower[i+1]) {
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
// With cues, it adds the unknown words p writes as a group's: before a
// faction, wing or leader ("the Kavurma faction", "the Kavurma leader",
// "the Kavurma and Veldo factions"), or after a noun for a kind of
// organisation ("the youth organisation Kavurma", "two factions, Kavurma
// and Veldo").
func actingInPara(p *para, cues bool) (acting, cued []string) {
	words, lower := p.words(), p.lowerWords()
	for i := 0; i < len(words); i++ {
		w := trimRightPunct(words[i], ".,;:!?)")
		if !p.arena.isUnknown(w) {
			continue // the cheap test first
		}
		switch {
		case w == words[i] && i > 0 && i+1 < len(words) && lower[i-1] == "the" && pastActNext(lower[i+1]):
			acting = append(acting, w)
		case cues && (i == 0 || !startsUpper(words[i-1]) || lower[i-1] == "the") && groupCue(p.arena, words, lower, i):
			cued = append(cued, w) // "Sinn Féin leader" is no cue for "Féin"
		}
	}
	return acting, cued
}

// pastActNext reports whether the word after a name is a past verb, not a
// copula ("the Derg was …" says what it is, not what it did) nor a past
// form that is a word of its own.
func pastActNext(next string) bool {
	return !isCopula(next) && isActing(next) && !slices.Contains(wordnet.Load().Lemmas(next), next)
}

// groupCue reports whether words[i], an unknown word, is written as a
// group's name: a faction, wing or leader comes after it (after "and" and
// a second name, too), or a lower-case noun for a kind of organisation
// before it, or "factions," ("two factions, Khalq and Parcham").
func groupCue(a *wordArena, words, lower []string, i int) bool {
	j := i + 1
	if j+1 < len(words) && lower[j] == "and" && a.isUnknown(words[j+1]) {
		j += 2 // "the Khalq and Parcham factions"
	}
	if words[j-1] == trimRightPunct(words[j-1], ".,;:!?)”\"") && j < len(words) && cueNoun(trimRightPunct(words[j], ".,;:")) {
		return true
	}
	if i == 0 {
		return false
	}
	prev := words[i-1]
	if lower[i-1] == "factions," || i > 2 && lower[i-1] == "and" && lower[i-3] == "factions," && a.isUnknown(words[i-2]) {
		return true // "two factions, Khalq and Parcham"
	}
	return prev == strings.ToLower(prev) && prev == trimRightPunct(prev, ".,;:!?)”\"") && isGroupWord(prev) && lang.IsOrgNoun(prev)
}

// cueNoun reports whether the lower-case word w names a part of a
// group or its leadership ("faction", "wing", "leader"). Nouns for members
// or kinds of group ("militias", "politicians") are left out: a people's
// name qualifies them as often ("Lendu militias", "Luo politicians").
func cueNoun(w string) bool {
	switch w {
	case "faction", "factions", "wing", "leader", "leaders", "leadership":
		return true
	}
	return false
}

// actingCandidates proposes the names of actingNames, each where the
// briefing first writes it acting, and returns their keys for dropPlaces,
// which keeps them though the text also writes them after a locative
// ("tensions inside the Derg").
func actingCandidates(paras []*para, persons map[string]bool, cues bool) ([]candidate, map[string]bool) {
	names := actingNames(paras, persons, cues)
	if len(names) == 0 {
		return nil, nil
	}
	keys := map[string]bool{}
	var out []candidate
	for _, name := range names {
		keys[nameKey(name)] = true
		for _, p := range paras {
			if a, c := actingInPara(p, cues); slices.Contains(a, name) || slices.Contains(c, name) {
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

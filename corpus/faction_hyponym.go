package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleHyponym reads the lexico-syntactic patterns that set names under a
// plural group noun (Hearst 1992, "Automatic acquisition of hyponyms"):
// "Amnesty International and other human rights groups", "armed groups
// such as the Mai-Mai and Raia Mutomboki", "several parties, including
// the PDCI". The noun says what kind the names are, so a name with no
// organisation word in it is a group's when the noun is a group's
// (WordNet's noun.group, see isPredicateNoun), even where the rest of the
// briefing makes it look like a person's. Places and peoples are never
// proposed: "Chad and other countries" names no group noun, and "the
// Tutsi and other communities" a people.
const ruleHyponym = "hyponym"

// maxHyponyms bounds the names one pattern sets under its noun.
const maxHyponyms = 6

// findByHyponym proposes the names each hyponym pattern of the paragraph
// sets under a plural group noun.
func findByHyponym(p *para) []candidate {
	low := p.lower()
	if !strings.Contains(low, " other ") && !strings.Contains(low, " such as ") && !strings.Contains(low, " including ") {
		return nil // the cheap trigger: every pattern holds one of these
	}
	words := p.words()
	var out []candidate
	for k := 1; k+2 < len(words); k++ {
		var names []string
		switch {
		case (words[k] == "and" || words[k] == "or") && words[k+1] == "other" && kindAhead(words[k+2:]):
			names = namesBefore(words, k, !p.off[ruleOfThe])
		case groupPluralAt(words, k-1) && isHyponymOpener(words, k):
			names = namesAfter(words, k, !p.off[ruleOfThe])
		}
		for _, n := range names {
			if isPlaceOrPeople(n) {
				continue
			}
			c := p.cand(n, scoreMention) // a kind, not a definition: an introduction says more
			c.taken = true               // the noun makes it a group's, whatever else looks like a person's
			out = append(out, c)
		}
	}
	return out
}

// kindAhead reports whether the noun phrase opening words is headed by a
// plural group noun that names the kind itself: "other human rights
// groups", not "other members of the party" (people, and of a group the
// phrase goes on to name).
func kindAhead(words []string) bool {
	for i, w := range words[:min(len(words), 6)] {
		if startsUpper(w) {
			return false // a name inside the phrase: "other ZAPU officials"
		}
		core := trimRight(w, ".,;:")
		if !strings.HasSuffix(core, "s") || !isPredicateNoun(core) {
			continue
		}
		goesOn := core == w && i+1 < len(words) && words[i+1] == "of"
		return isKindNoun(core) && !goesOn
	}
	return false
}

// groupPluralAt reports whether words[i] is a plural group noun in lower
// case ("groups", "militias,"), the noun a "such as" list falls under.
func groupPluralAt(words []string, i int) bool {
	core := trimRight(words[i], ",")
	return core != "" && startsLower(core) && strings.HasSuffix(core, "s") && isKindNoun(core)
}

// isKindNoun reports whether the plural noun's first sense is a kind of
// organisation (WordNet's): "parties", "militias", "agencies". "Groups",
// "camps" and "communities" are left out, since "ethnic groups such as
// the Magar" and "camps such as Auschwitz" name peoples and places.
func isKindNoun(core string) bool { return lang.IsOrgNoun(core) && !isMembers(core) }

// isHyponymOpener reports whether words[k:] opens a list of examples:
// "such as" or "including" (after the noun, with or without a comma).
func isHyponymOpener(words []string, k int) bool {
	return words[k] == "such" && words[k+1] == "as" || words[k] == "including"
}

// namesAfter reads the names listed after the opener at words[k]: items
// joined by commas, the last after "and" or "or".
func namesAfter(words []string, k int, ofThe bool) []string {
	j := k + 1
	if words[k] == "such" {
		j++
	}
	var names []string
	for len(names) < maxHyponyms {
		it, next := itemAt(words, j, ofThe)
		if it.name == "" {
			break
		}
		names, j = append(names, it.name), next
		switch {
		case strings.HasSuffix(words[next-1], ","):
			if j < len(words) && (words[j] == "and" || words[j] == "or") {
				j++
			}
		case j < len(words) && (words[j] == "and" || words[j] == "or"):
			if last, _ := itemAt(words, j+1, ofThe); last.name != "" {
				names = append(names, last.name)
			}
			return names
		default:
			return names
		}
	}
	return names
}

// namesBefore reads the names listed before "and other" at words[k],
// walking back over items joined by commas: "the ANC, the PAC and other
// banned organisations". It reads nothing when the word before "and" is
// no name's last.
func namesBefore(words []string, k int, ofThe bool) []string {
	var names []string
	end := k
	for len(names) < maxHyponyms {
		name, start := nameEndingAt(words, end, ofThe)
		if name == "" {
			break
		}
		names = append(names, name)
		if start > 0 && strings.EqualFold(words[start-1], "the") {
			start--
		}
		if start == 0 || !strings.HasSuffix(words[start-1], ",") {
			break
		}
		end = start // the comma is on the previous item's last word
	}
	return names
}

// nameEndingAt returns the longest name that nameAt reads ending just
// before words[end] (its last word may carry a comma), and its first
// word's index; "" when none does.
func nameEndingAt(words []string, end int, ofThe bool) (string, int) {
	for j := max(0, end-maxNameTokens); j < end; j++ {
		if j > 0 && isNameWord(trimRightPunct(words[j-1], ",.;:"), false) && !strings.HasSuffix(words[j-1], ",") {
			continue // inside a longer name: its start comes first
		}
		if name, next := nameAt(words, j, ofThe); name != "" && next == end {
			return name, j
		}
	}
	return "", 0
}

package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
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

// ruleApposedList reads the names a writer sets beside a plural group
// noun by commas: "The principal opposition parties, the Democrat Party,
// Chart Thai and Mahachon, boycotted the poll". The apposition renames
// the noun phrase, so every name of the list, closed by a comma as the
// phrase it renames is, is a group of the noun's kind.
const ruleApposedList = "apposed-list"

// ruleBritishSpelling reads a group noun in the British spelling as the
// American one WordNet files: "human rights organisations, including
// Amnesty International" sets the name under "organizations".
const ruleBritishSpelling = "british-spelling"

// rulePurposeGroup reads a plural group noun WordNet files as no kind of
// organisation ("groups", "bodies") as one when a plural noun naming what
// the groups are for stands before it: "Amnesty International and other
// human rights groups", "rights bodies such as X". A compound keeps its
// modifier singular ("ethnic groups", "student groups", "age groups"); a
// plural one names a cause, and one whose first sense is a thing
// (noun.person, noun.group …: "workers", "minorities") is refused, so a
// people is never set under it.
const rulePurposeGroup = "purpose-group"

// ruleDescribedItem reads on past a description a comma sets after an
// item of a "such as" or "including" list: "groups, including Jamaicans
// for Justice (JFJ), a Kingston-based organisation that monitors police
// killings, and Amnesty International". The description, opened by an
// indefinite article, renames the item before it, as the letters in
// brackets do; the list goes on after its closing comma.
const ruleDescribedItem = "described-item"

// maxDescription bounds the words of a description ruleDescribedItem
// reads past.
const maxDescription = 16

// maxHyponyms bounds the names one pattern sets under its noun.
const maxHyponyms = 6

// findByHyponym proposes the names each hyponym pattern of the paragraph
// sets under a plural group noun.
func findByHyponym(p *para) []candidate {
	low := p.lower()
	apposed := !p.off[ruleApposedList] && strings.Contains(low, "s, ")
	if !apposed && !strings.Contains(low, " other ") && !strings.Contains(low, " such as ") && !strings.Contains(low, " including ") {
		return nil // the cheap trigger: every pattern holds one of these
	}
	words := p.words()
	h := heads{british: !p.off[ruleBritishSpelling], purpose: !p.off[rulePurposeGroup]}
	var out []candidate
	for k := 1; k+2 < len(words); k++ {
		var names []string
		switch {
		case (words[k] == "and" || words[k] == "or") && words[k+1] == "other" && kindAhead(words[k+2:], h):
			names = namesBefore(words, k, readingOf(p.off))
		case groupPluralAt(words, k-1, h) && isHyponymOpener(words, k):
			names = namesAfter(words, k, readingOf(p.off), !p.off[ruleDescribedItem])
		case apposed && apposedPluralAt(words, k-1, h.british):
			names = namesApposed(words, k, readingOf(p.off))
			if slices.ContainsFunc(names, func(n string) bool { return atKey(p.people, n) }) {
				names = nil // "his former allies, Roch Kaboré, Salif Diallo and …": people
			}
		}
		out = append(out, hyponymCands(p, names)...)
	}
	return out
}

// hyponymCands proposes the names a plural group noun governs, but for
// places and peoples.
func hyponymCands(p *para, names []string) []candidate {
	var out []candidate
	for _, n := range names {
		if isPlaceOrPeople(n) {
			continue
		}
		c := p.cand(n, scoreMention) // a kind, not a definition: an introduction says more
		c.taken = true               // the noun makes it a group's, whatever else looks like a person's
		out = append(out, c)
	}
	return out
}

// apposedPluralAt reports whether words[i] is a plural noun in lower case
// whose first sense is an organisation, a comma closing it: "parties,".
// "Parties" names people too in WordNet, which the apposed names, being
// capitalised and listed, are not.
func apposedPluralAt(words []string, i int, british bool) bool {
	w := words[i]
	if !strings.HasSuffix(w, "s,") || !startsLower(w) {
		return false
	}
	return lang.IsOrgNoun(spelled(w[:len(w)-1], british))
}

// namesApposed reads the list set beside a plural noun from words[k]:
// two names or more, joined by commas and a last "and", the last closed
// by a comma as an apposition is. It reads nothing else.
func namesApposed(words []string, k int, rd nameReading) []string {
	var names []string
	lastItem := false // the item read follows the list's "and"
	for j := k; j < len(words) && len(names) < maxHyponyms; {
		it, next := itemAt(words, j, rd)
		if it.name == "" {
			return nil
		}
		names, j = append(names, it.name), next
		closed := strings.HasSuffix(words[next-1], ",")
		switch {
		case lastItem:
			if !closed || j < len(words) && words[j] == "and" {
				return nil // "parties, the X and the Y, and …": the list goes on past the apposition
			}
			return names
		case j < len(words) && words[j] == "and" && !closed:
			j, lastItem = j+1, true
		case !closed:
			return nil
		}
	}
	return nil
}

// spelled returns the noun w in the spelling WordNet files when british
// is set: "organisations" as "organizations".
func spelled(w string, british bool) string {
	if !british {
		return w
	}
	return strings.Replace(w, "isation", "ization", 1)
}

// kindAhead reports whether the noun phrase opening words is headed by a
// plural group noun that names the kind itself: "other human rights
// groups", not "other members of the party" (people, and of a group the
// phrase goes on to name).
func kindAhead(words []string, h heads) bool {
	for i, w := range words[:min(len(words), 6)] {
		if startsUpper(w) {
			return false // a name inside the phrase: "other ZAPU officials"
		}
		bare := trimRight(w, ".,;:")
		core := spelled(bare, h.british)
		if !strings.HasSuffix(core, "s") || !isPredicateNoun(core) || bare == w && h.purposeAt(words, i+1) {
			continue // "rights" in "human rights groups" modifies the head after it
		}
		goesOn := bare == w && i+1 < len(words) && words[i+1] == "of"
		return (isKindNoun(core) || h.purposeAt(words, i)) && !goesOn
	}
	return false
}

// heads says which readings of a plural group noun the hyponym patterns
// take: the British spelling (ruleBritishSpelling) and a group noun a
// purpose makes an organisation's (rulePurposeGroup).
type heads struct{ british, purpose bool }

// purposeAt reports whether words[i] is a plural group noun in lower case
// that WordNet files as no organisation ("groups", "bodies") and a plural
// noun naming no thing stands before it ("rights groups"): see
// rulePurposeGroup.
func (h heads) purposeAt(words []string, i int) bool {
	if !h.purpose || i < 1 || i >= len(words) {
		return false
	}
	core := spelled(trimRight(words[i], ".,;:"), h.british)
	if !startsLower(core) || !strings.HasSuffix(core, "s") || !isPredicateNoun(core) || isMembers(core) {
		return false
	}
	return isPurposePlural(words[i-1])
}

// isPurposePlural reports whether w is a plural noun, written as one (no
// punctuation after it), whose singular's first sense names no thing,
// person or group in WordNet: "rights", not "workers" or "minorities".
func isPurposePlural(w string) bool {
	if !startsLower(w) || !strings.HasSuffix(w, "s") || lang.IsPersonNoun(w) || lang.IsPeople(w) {
		return false
	}
	lex := wordnet.Load()
	one := w[:len(w)-1]
	return slices.Contains(lex.Lemmas(w), one) && !lex.Thing(one) && !lang.IsPersonNoun(one)
}

// groupPluralAt reports whether words[i] is a plural group noun in lower
// case ("groups", "militias,"), the noun a "such as" list falls under.
func groupPluralAt(words []string, i int, h heads) bool {
	core := spelled(trimRight(words[i], ","), h.british)
	return core != "" && startsLower(core) && strings.HasSuffix(core, "s") && (isKindNoun(core) || h.purposeAt(words, i))
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
func namesAfter(words []string, k int, rd nameReading, described bool) []string {
	j := k + 1
	if words[k] == "such" {
		j++
	}
	var names []string
	for len(names) < maxHyponyms {
		it, next := itemAt(words, j, rd)
		if it.name == "" {
			break
		}
		if described {
			next = pastLetters(words, next)
		}
		names, j = append(names, it.name), next
		switch {
		case strings.HasSuffix(words[next-1], ","):
			if described {
				j = pastDescription(words, j)
			}
			if j < len(words) && (words[j] == "and" || words[j] == "or") {
				j++
			}
		case j < len(words) && (words[j] == "and" || words[j] == "or"):
			if last, _ := itemAt(words, j+1, rd); last.name != "" {
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
func namesBefore(words []string, k int, rd nameReading) []string {
	var names []string
	end := k
	for len(names) < maxHyponyms {
		name, start := nameEndingAt(words, end, rd)
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
func nameEndingAt(words []string, end int, rd nameReading) (string, int) {
	for j := max(0, end-maxNameTokens); j < end; j++ {
		if j > 0 && isNameWord(trimRightPunct(words[j-1], ",.;:"), false) && !strings.HasSuffix(words[j-1], ",") {
			continue // inside a longer name: its start comes first
		}
		if name, next := nameAt(words, j, rd); name != "" && next == end {
			return name, j
		}
	}
	return "", 0
}

// pastDescription returns the index after a description opened by "a" or
// "an" at words[j] and closed by a comma within maxDescription words, no
// sentence ending inside it; j itself when there is none.
func pastDescription(words []string, j int) int {
	if j >= len(words) || words[j] != "a" && words[j] != "an" {
		return j
	}
	for i := j + 1; i < min(len(words), j+maxDescription); i++ {
		switch {
		case strings.ContainsAny(words[i], ".;:!?()"):
			return j
		case strings.HasSuffix(words[i], ","):
			return i + 1
		}
	}
	return j
}

// pastLetters returns the index after the letters in brackets a list item
// gives at words[j] ("(JFJ)" or "(JFJ),"), keeping the comma that closes
// them; j itself when there are none.
func pastLetters(words []string, j int) int {
	if j >= len(words) || !strings.HasPrefix(words[j], "(") || !strings.HasSuffix(strings.TrimSuffix(words[j], ","), ")") {
		return j
	}
	return j + 1
}

package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleListedWith reads the names a writer lists beside organisations:
// "its partners are Sam Khet, the Social Reform Party, Kor Mai and the
// small Ratsadon party". A list enumerates things of one kind, so when
// one item is an organisation by its group noun, the items no group noun
// marks and that hold a word of another language are organisations too. The
// list must hold three items or more, joined by commas and "and", so
// that "Chamlong and the Democrat Party" pairs a person with a party
// without listing kinds; places, peoples and the briefing's persons
// are never proposed.
const ruleListedWith = "listed-with"

// maxListed bounds the items of one list.
const maxListed = 8

// listedName is one name of a list, and whether a group noun marks it as
// an organisation's.
type listedName struct {
	name string
	org  bool
}

// findByListedWith proposes the unmarked names of every list of three or
// more names of which one is an organisation's.
func findByListedWith(p *para) []candidate {
	if strings.Count(p.text, ", ") < 1 {
		return nil // the cheap trigger: a list of three holds a comma
	}
	var out []candidate
	words := p.words()
	for j := 0; j < len(words); j++ {
		if !startsUpper(words[j]) && words[j] != "the" || !commaWithin(words, j) {
			continue // a list opens with a name or "the", and a comma soon follows
		}
		if j > 0 && !listOpens(words[j-1]) {
			continue
		}
		items, next := listAt(words, j, readingOf(p.off))
		if len(items) < 3 || !anyOrg(items) {
			continue
		}
		for _, it := range items {
			if !it.org && foreignName(it.name) && !isPlaceOrPeople(it.name) && !atKey(p.people, it.name) {
				out = append(out, p.cand(it.name, scoreDefined))
			}
		}
		j = next - 1
	}
	return out
}

// listAt reads the list opening at words[j]: items joined by commas, the
// last after "and"; it returns the items and the index after the list.
// Reading stops at an item no comma or "and" follows.
func listAt(words []string, j int, rd nameReading) ([]listedName, int) {
	var items []listedName
	for j < len(words) && len(items) < maxListed {
		it, next := itemAt(words, j, rd)
		if it.name == "" {
			break
		}
		items, j = append(items, it), next
		if strings.HasSuffix(words[next-1], ",") {
			if j < len(words) && words[j] == "and" {
				j++
			}
			continue
		}
		if j < len(words) && words[j] == "and" && len(items) >= 2 && (j+1 < len(words) && words[j+1] == "the" || !strings.Contains(it.name, " ")) {
			// "the Movement for Oneness and Jihad in …": after a name of
			// several words, "and" without "the" may go on with the name.
			j++
			if last, end := itemAt(words, j, rd); last.name != "" {
				return append(items, last), end
			}
		}
		break
	}
	return items, j
}

// itemAt reads one item of a list: "the", up to two lower-case words, a
// name, and a lower-case noun closing it whose first sense in WordNet is
// an organisation ("the small Ratsadon party"), which marks it an
// organisation's as a group noun heading the name does; a noun of
// communities ("Tzeltal and Chol communities") marks none.
func itemAt(words []string, j int, rd nameReading) (listedName, int) {
	if j < len(words) && strings.EqualFold(words[j], "the") {
		j++
		for k := 0; k < 2 && j < len(words) && startsLower(words[j]) && allLetters(words[j]) && !isConnector(words[j]); k++ {
			j++ // "the small …"
		}
	}
	name, next := nameAt(words, j, rd)
	if name == "" || strings.ContainsAny(words[next-1], ".;:!?") {
		if name != "" && strings.HasSuffix(words[next-1], ".") {
			return listedName{name, isOrgName(name)}, next // the sentence's last item
		}
		return listedName{}, j
	}
	it := listedName{name, isOrgName(name)}
	if next < len(words) && !strings.HasSuffix(words[next-1], ",") {
		if noun := strings.TrimRight(words[next], ".,;:"); lang.IsOrgNoun(noun) {
			it.org = true
			next++
		}
	}
	return it, next
}

// commaWithin reports whether one of the words a first item may span
// from words[j] ends with a comma, and an "and" follows it within the
// words a list of three may span: what every list listAt reads holds.
func commaWithin(words []string, j int) bool {
	end := min(len(words), j+maxNameTokens+3)
	for k, w := range words[j:end] {
		if !strings.HasSuffix(w, ",") {
			continue
		}
		for _, v := range words[j+k+1 : min(len(words), j+k+1+3*(maxNameTokens+3))] {
			if v == "and" {
				return true
			}
		}
		return false
	}
	return false
}

// listOpens reports whether a list may open after the word prev: not
// inside a name (after "the", a capitalised word or a connector:
// "Democracy and Peace, …"), nor after a preposition other than an
// agent's "by" ("through Ban Rak, Nong Khai and …" lists places, "of the
// Valley Brigade, Tomas Verr and …" sets its officers beside a body).
func listOpens(prev string) bool {
	if strings.EqualFold(prev, "the") || startsUpper(prev) || isConnector(prev) {
		return false
	}
	return !isLocative(prev) && (!prepositions[prev] || prev == "by")
}

// anyOrg reports whether an item of the list is an organisation's.
func anyOrg(items []listedName) bool {
	for _, it := range items {
		if it.org {
			return true
		}
	}
	return false
}

// foreignName reports whether a word of name is known to no English
// table: the unmarked names a list sets beside organisations are names
// of another language ("Sam Khet"), where English words there are a
// name's own complement ("of Democracy, Peace and Justice") or a place's.
func foreignName(name string) bool {
	for _, w := range strings.Fields(name) {
		if isUnknownWord(strings.Trim(w, "\"“”")) {
			return true
		}
	}
	return false
}

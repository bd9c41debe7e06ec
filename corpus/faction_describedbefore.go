package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleDescribedBefore reads a name set after a description of a body
// anywhere in its sentence, the description opened by an article and
// closed by a comma, the name with or without an article and set apart
// by punctuation or a bracket: "the Shah created a new intelligence and
// security agency, SAVAK, which …", "a paramilitary force loyal to him,
// the Jatiya Rakkhi Bahini, had …", "the lower house of parliament, the
// Mazhilis, in November". The name's words may be of any language; the
// description says what it names. It widens renamed-noun, which wants a
// phrase of one head (no "and" among its modifiers, no adjective after
// its noun) and a verb or clause after the name, to any description a
// body's noun heads (bodyHeaded); described-first reads a description
// opening its sentence and possessive-described a possessive's.
const ruleDescribedBefore = "described-before"

// rulePluralPeople: "three of the president's most senior former allies,
// Roch Marc Christian Kaboré, Salif Diallo and Simon Compaoré, who …": a
// description headed by a plural person's noun before a list whose next
// item is a person's name describes people, one by one; the first name,
// of whatever shape, is a person's too.
const rulePluralPeople = "plural-people"

// maxDescribedBefore bounds the words of a description before its
// comma: "a new intelligence and security agency".
const maxDescribedBefore = 6

// findByDescribedBefore proposes each name a group's description stands
// before, set off by a comma.
func findByDescribedBefore(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i := 2; i < len(words); i++ {
		if !startsUpper(words[i]) {
			continue
		}
		k := describedComma(lower, i)
		if k < 0 || !groupDescribedBefore(words, lower, k) {
			continue
		}
		name, next := nameAt(words, i, readingOf(p.off))
		if name = trimRight(name, ".,;:!?)”\"'’*"); name == "" || !nameClosed(words, next) || ampersandGoesOn(words, next) {
			continue
		}
		// "the Jatiya Rakkhi Bahini": an article makes a name of a
		// person's shape a body's, the one the description names.
		article := lower[i-1] == "the"
		if !article && (personLikeJoined(name, true) || p.people[nameKey(name)]) || isPlaceOrPeople(name) ||
			!p.off[rulePluralPeople] && pluralPersons(lower[k]) && listsPerson(p, words, next) {
			i = next - 1
			continue
		}
		c := p.cand(name, scoreDefined)
		c.taken = article
		out = append(out, c)
		i = next - 1
	}
	return out
}

// describedComma returns the index of the word whose comma sets the name
// at lower[i] apart, past an article before the name, or -1.
func describedComma(lower []string, i int) int {
	k := i - 1
	if lower[k] == "the" {
		k--
	}
	if k < 1 || !strings.HasSuffix(lower[k], ",") {
		return -1
	}
	return k
}

// groupDescribedBefore reports whether words[c], a word a comma closes,
// ends a noun phrase of plain words that a determiner opens within
// maxDescribedBefore words and a body's noun heads. A phrase in a
// sentence's opening adverbial ("After the party congress, the
// Socialists …") describes no name after it, and a capitalised word
// makes the phrase a name's ("the Kingdom of Thailand, B.E. 2540").
func groupDescribedBefore(words, lower []string, c int) bool {
	for s := c - 1; s >= max(0, c-maxDescribedBefore); s-- {
		w := lower[s]
		if trimRight(w, ".,;:!?)”\"'’(") != w || strings.ContainsAny(w, "(“\"") {
			return false // a phrase of plain words, no list or clause
		}
		if isArticle(w) || w == "another" {
			if s > 0 && prepositions[lower[s-1]] && (s == 1 || strings.ContainsAny(lower[s-2], ".!?")) {
				return false
			}
			return plainDescription(words[s+1:c+1]) && bodyHeaded(lower[s+1:c+1])
		}
	}
	return false
}

// bodyHeaded reports whether desc, a description's words after its
// determiner, is headed by a noun naming a body: the word before its
// first preposition, or its last, is a group noun (isPredicateNoun)
// with a sense WordNet files as an organization or most of whose senses
// gather people into one, and no place's noun ("a military training
// island", "the presidential palace"), unless such a noun's complement
// names the body ("the lower house of parliament"). An adjective after
// the head opens its complement: "a paramilitary force loyal to him".
func bodyHeaded(desc []string) bool {
	k := slices.IndexFunc(desc, func(w string) bool { return prepositions[w] || relativePronoun(w) })
	if k < 0 {
		k = len(desc)
	}
	if k < 1 {
		return false
	}
	h := trimRight(desc[k-1], ",")
	switch {
	case actingBodyNoun(h):
		return true
	case k > 1 && adjectiveShaped(h):
		return actingBodyNoun(desc[k-2])
	}
	return k+1 < len(desc) && desc[k] == "of" && lang.IsPlaceNoun(h) && lang.Kinds(h)&lang.OrgSenseNoun != 0 && actingBodyNoun(trimRight(desc[k+1], ","))
}

// actingBodyNoun reports whether the lower-case noun w names a body of people
// acting as one: a group noun with an organization's sense or a body's
// senses, and no location or made thing first.
func actingBodyNoun(w string) bool {
	return isPredicateNoun(w) && lang.Kinds(w)&(lang.OrgSenseNoun|lang.BodyNoun) != 0 && !lang.IsPlaceNoun(w)
}

// plainDescription reports whether ws, a description's words, are
// lower-case but for a people's adjective ("the French foreign
// intelligence service"): a capitalised word of another kind makes the
// phrase a name.
func plainDescription(ws []string) bool {
	for _, w := range ws {
		if startsUpper(w) && !lang.IsPeople(strings.ToLower(trimRight(w, ","))) {
			return false
		}
	}
	return true
}

// nameClosed reports whether the name ending before words[next] is set
// apart there: by its own punctuation, or by a bracket after it.
func nameClosed(words []string, next int) bool {
	if next >= len(words) {
		return true
	}
	last := words[next-1]
	return trimRight(last, ".,;:!?)”\"'’*") != last || strings.HasPrefix(words[next], "(")
}

// pluralPersons reports whether w, the description's last word with its
// comma, is the plural of a noun for a kind of person ("allies,",
// "leaders,"): it describes several, each a person or a body.
func pluralPersons(w string) bool {
	w = trimRight(w, ",")
	return strings.HasSuffix(w, "s") && isPersonWord(w)
}

// listsPerson reports whether the name ending before words[next] goes on
// with a comma and another name the text or its shape gives a person
// ("…, Salif Diallo and Simon Compaoré").
func listsPerson(p *para, words []string, next int) bool {
	if next >= len(words) || !strings.HasSuffix(words[next-1], ",") || !startsUpper(words[next]) {
		return false
	}
	other, _ := nameAt(words, next, readingOf(p.off))
	other = trimRight(other, ".,;:!?)”\"'’*")
	return other != "" && (personLikeJoined(other, true) || p.people[nameKey(other)])
}

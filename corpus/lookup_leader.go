package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// matchLeader scores a query naming a body by the person the text says
// built, leads or owns it ("habre's forces", "villa's army"): above a
// body whose summary merely names the person beside a noun describing
// it (matchDescribed: "an uprising against Daoud … the first exile
// parties" is no "daoud's party"), below every reading of its names.
const matchLeader = 45

const (
	// maxLeaderGap bounds the words between a person's name and the
	// body's name after it in one sentence ("Habré, who opposed …, moved
	// east, where his Armed Forces of the North …").
	maxLeaderGap = 40
	// maxLedByGap bounds the words between a body's name and "by" or
	// "under" and the person after it ("the FAN, led by Habré").
	maxLedByGap = 4
	// maxVerbGap bounds the words between a person and the verb whose
	// subject the person is: adverbs ("Daoud also built").
	maxVerbGap = 2
)

// scoreLeader rates f for a query of a person's name and a group's noun
// ("habre's forces", "daoud's party", "kadar government"): one sentence
// of f's summary or passages ties the person to one of f's names (see
// ledIn), and the noun fits f's kind (see kindFits). The person's word
// names no place, people or group, so that "thai police" is left to the
// nation's readings. qw are the query's contentWords.
func scoreLeader(f *Faction, qw []string, lex *wordnet.Lexicon, colon bool) int {
	if !leaderQuery(qw, lex) {
		return 0
	}
	n := len(qw)
	noun, person := qw[n-1], qw[:n-1]
	if !kindFits(f, noun, lex, colon) {
		return 0
	}
	keys := formKeys(f)
	if anyDescribing(f, func(sent string) bool { return ledIn(sent, person, keys) }) {
		return matchLeader
	}
	return 0
}

// anyDescribing reports whether test holds for a sentence of what the
// text says of f: its summary and its passages' sentences.
func anyDescribing(f *Faction, test func(sent string) bool) bool {
	texts := append(make([]string, 0, len(f.Passages)+1), f.Summary)
	for _, p := range f.Passages {
		texts = append(texts, p.Sentence)
	}
	for _, t := range texts {
		for sent := range sentencesIn(t) {
			if test(sent) {
				return true
			}
		}
	}
	return false
}

// formKeys returns the normalized words of f's forms, leaving out one
// of two letters or fewer, which would open at any word.
func formKeys(f *Faction) [][]string {
	var keys [][]string
	for _, form := range f.forms() {
		if k := strings.Fields(normalize(form)); len(k) > 1 || len(k) == 1 && len(k[0]) > 2 {
			keys = append(keys, k)
		}
	}
	return keys
}

// kindFits reports whether a group's noun fits f: it heads one of f's
// names ("forces" for the "Armed Forces of the North"), both are
// military nouns in WordNet ("army" for the "Division of the North"),
// one of f's epithets ends with it ("the sole legal party"), or f's
// summary describes a name by it.
func kindFits(f *Faction, noun string, lex *wordnet.Lexicon, colon bool) bool {
	for _, form := range f.forms() {
		words := strings.Fields(form)
		if len(words) == 0 {
			continue
		}
		head := normalize(cleanWord(words[nameHead(words)]))
		if coversStems([]string{head}, []string{noun}) || lex.Military(noun) && lex.Military(head) {
			return true
		}
	}
	for _, e := range f.Epithets {
		if ew := strings.Fields(e); len(ew) > 0 && coversStems(ew[len(ew)-1:], []string{noun}) {
			return true
		}
	}
	return describedAs(f, strings.ToLower(f.Summary), noun, colon)
}

// ledIn reports whether sent ties the person (the query's words, the
// last one the name the text writes capitalised) to a name among keys:
// "Habré's FAN"; the person before the name with a verb of building or
// leading or a possessive pronoun right before the name between them
// ("Villa built the Division of the North", "Daoud also built his own
// political vehicle, the National Revolutionary Party", "Habré … where
// his Armed Forces of the North"); or after it by "by" or "under" ("the
// FAN, led by Habré"). Every other word of the person's must stand in
// the sentence too ("pancho villa's army").
func ledIn(sent string, person []string, keys [][]string) bool {
	raw := strings.Fields(sent)
	low := make([]string, len(raw))
	for i, w := range raw {
		low[i] = normalize(trimPossessive(cleanWord(w)))
	}
	name := person[len(person)-1]
	for _, w := range person[:len(person)-1] {
		if !slices.Contains(low, w) {
			return false
		}
	}
	for i := range raw {
		for _, k := range keys {
			end := nameEnd(low, i, k)
			if end < 0 {
				continue
			}
			for j := range raw {
				if low[j] != name || !startsUpper(cleanWord(raw[j])) {
					continue
				}
				if j < i && leadsBefore(raw, low, j, i) || j >= end && j-end <= maxLedByGap && slices.ContainsFunc(low[end:j], isLedByWord) {
					return true
				}
			}
		}
	}
	return false
}

// leadsBefore reports whether the person at raw[j] owns the name
// opening at raw[i]: written "X's" right before it; or the subject of a
// verb of building or leading right after it ("Villa built", "Daoud
// also built"), or, before a possessive pronoun opening the name or a
// description set off before it, of the clause holding them ("Habré,
// who …, moved east, where his Armed Forces …"). A person after a
// preposition is no subject ("an uprising against Daoud in 1975 led
// the first exile parties").
func leadsBefore(raw, low []string, j, i int) bool {
	if i-j > maxLeaderGap {
		return false
	}
	if j == i-1 || j == i-2 && low[i-1] == "the" {
		return isPossessive(raw[j])
	}
	if j > 0 && isObjectBefore(low[j-1]) {
		return false
	}
	for k := j + 1; k < i && k-j <= maxVerbGap+1; k++ {
		if isLeadingVerb(low[k]) {
			return true
		}
		if startsUpper(raw[k]) || endsClause(raw[k]) || isConnector(low[k]) || epithetStop(low[k]) {
			break
		}
	}
	for k := i - 1; k > j && i-k <= maxEpithetWords; k-- {
		if low[k] == "his" || low[k] == "her" {
			return true
		}
	}
	return false
}

// isLeadingVerb reports whether a lowered word says that someone brought
// a body into being or led it.
func isLeadingVerb(w string) bool {
	switch w {
	case "built", "led", "headed", "commanded", "organised", "organized", "launched":
		return true
	}
	return isFoundingVerb(w)
}

// isLedByWord reports whether a lowered word after a body's name opens
// the person who leads it: "led by", "under".
func isLedByWord(w string) bool { return w == "by" || w == "under" }

// isObjectBefore reports whether a lowered word before a person makes
// the person its object, not a clause's subject: a preposition.
func isObjectBefore(w string) bool {
	switch w {
	case "of", "against", "under", "over", "about", "after", "before", "than":
		return true
	}
	return epithetStop(w)
}

// matchStated scores the one body a query's modifiers describe, of
// another kind than its noun says (see statedBody): below every reading
// of a name or of an epithet the query's words cover.
const matchStated = 41

// statedBody returns the one faction of c that the text describes by
// the modifiers of a query of modifiers and a group's noun ("ruling
// party"), or nil when none or several are. A faction is so described
// when one of its epithets is the modifiers and a group's noun ("ruling
// front", "the ruling Zimbabwe African National Union-Patriotic Front"),
// or a sentence of its summary or passages has one of its names do to a
// place what the modifier derives from ("The EPRDF ruled Ethiopia" for
// "ruling coalition"). The noun need not be the epithet's: a text writes "the
// ruling Congress for Democracy and Progress" and a reader types "ruling
// party"; one body alone so described is the one meant.
func (c *Corpus) statedBody(qkeys []string, lex *wordnet.Lexicon) *Faction {
	qw := contentWords(qkeys[0])
	n := len(qw)
	if n < 2 || !isGroupWord(qw[n-1]) {
		return nil
	}
	mods := qw[:n-1]
	for _, w := range mods {
		if len(w) < 4 || isPlaceOrPeople(w) || isGroupWord(w) || isPersonWord(w) {
			return nil
		}
	}
	var one *Faction
	for _, i := range c.lookupIndex().statedCandidates(mods, lex.Lemmas(mods[0])) {
		f := c.Factions[i]
		if !describedBy(f, mods, lex) {
			continue
		}
		if one != nil {
			return nil
		}
		one = f
	}
	return one
}

// describedBy reports whether f's epithets or sentences give it mods
// (see statedBody).
func describedBy(f *Faction, mods []string, lex *wordnet.Lexicon) bool {
	for _, e := range f.Epithets {
		ew := strings.Fields(e)
		if len(ew) == len(mods)+1 && slices.Equal(ew[:len(mods)], mods) && isGroupWord(ew[len(mods)]) {
			return true
		}
	}
	if len(mods) != 1 {
		return false
	}
	lemmas := lex.Lemmas(mods[0])
	if len(lemmas) == 0 {
		return false
	}
	keys := formKeys(f)
	return anyDescribing(f, func(sent string) bool { return doesStated(sent, keys, lemmas, lex) })
}

// doesStated reports whether a name among keys is followed in sent by a
// verb sharing a lemma with the modifier's (lemmas) and a place as its
// object: "The EPRDF ruled Ethiopia" for "ruling", not "the High Court
// ruled that …".
func doesStated(sent string, keys [][]string, lemmas []string, lex *wordnet.Lexicon) bool {
	raw := strings.Fields(sent)
	low := make([]string, len(raw))
	for i, w := range raw {
		low[i] = normalize(cleanWord(w))
	}
	for i := range raw {
		for _, k := range keys {
			end := nameEnd(low, i, k)
			if end < 0 || end >= len(low) || endsClause(raw[end-1]) {
				continue
			}
			if end+1 >= len(low) || !startsUpper(raw[end+1]) || !isPlaceOrPeople(low[end+1]) {
				continue
			}
			if v := low[end]; v != lemmas[0] && slices.ContainsFunc(lex.Lemmas(v), func(l string) bool { return slices.Contains(lemmas, l) }) {
				return true
			}
		}
	}
	return false
}

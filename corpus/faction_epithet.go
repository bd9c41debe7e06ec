package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEpithets keeps, for each faction, the descriptions its briefings
// set beside one of its names (its epithets), so that a look-up can reach
// a faction by the words the text uses for it as well as by its names:
// "the human-rights group Memorial" ("memorial human rights group"),
// "the National Service for People's Security, or SNASP, the new state's
// political police," ("political police"), "a rebel alliance known as
// the Forces Nouvelles" ("rebel alliance"), "paratroopers of the Airborne
// Forces" ("russian paratroopers"), "Hizbul Islam was a rival Islamist
// coalition". Readers type such descriptions for a body as often as its
// name; the description is the text's own, so no name is guessed.
const ruleEpithets = "epithets"

// ruleEpithetCalled reads the description a comma closes before "called"
// or "known as", and one that "known" and "as" enclose a time or manner
// in: "the riot police, called the Lon Htein," ("riot police"), "the
// Portuguese secret police, known since 1969 as the DGS" ("secret
// police"). A name so given is the description's name, whatever stands
// between.
const ruleEpithetCalled = "epithet-called"

// ruleEpithetModifier reads the lower-case words between an article and
// a name, with the name's own head noun, as its description: "the ruling
// Democratic Party of Equatorial Guinea" is the "ruling party", "the
// banned Workers' Union" a "banned union". A reader types the state the
// text gives the body by and the kind its name says it is.
const ruleEpithetModifier = "epithet-modifier"

// ruleEpithetSelfNamed reads the description that names itself: "The
// junta named itself the National Council for Peace and Order" ("the
// junta"), "a body calling itself the Council of …" A reader calls the
// body by the noun the text gave it before it took its name.
const ruleEpithetSelfNamed = "epithet-self-named"

// ruleEpithetFronted reads the description a writer puts first, with the
// name after it between commas: "The ruling party, ZANU-PF, dominated the
// government" ("ruling party"). The apposition says the two are one.
const ruleEpithetFronted = "epithet-fronted"

const (
	// maxEpithetWords bounds the words of one epithet: a description
	// longer than that is a clause, not a name's gloss.
	maxEpithetWords = 6
	// maxKnownGap bounds the words between "known" and "as": "known
	// since 1969 as", "known to locals as".
	maxKnownGap = 3
	// maxModifiers bounds the lower-case words read between an article
	// and a name: "the former ruling CDP".
	maxModifiers = 2
	// maxEpithets bounds the epithets kept for one faction.
	maxEpithets = 24
	// matchEpithet scores a query the faction's epithets cover: below its
	// names and the readings of them, above a two-letter slip.
	matchEpithet = 42
)

// epithetsIn returns the normalized epithets texts give one of forms, in
// order of first use, at most maxEpithets.
func epithetsIn(texts []string, forms []string, off map[string]bool) []string {
	var keys [][]string
	for _, form := range forms {
		if k := strings.Fields(normalize(form)); len(k) > 0 && (len(k) > 1 || len(k[0]) > 2) {
			keys = append(keys, k)
		}
	}
	var out []string
	var sc epithetScratch
	for i, t := range texts {
		if i == maxAliasScan || len(out) == maxEpithets {
			break
		}
		for sent := range sentencesIn(t) {
			out = sentenceEpithets(sent, keys, out, off, &sc)
		}
	}
	return out
}

// epithetScratch holds the word slices sentenceEpithets splits each
// sentence into, reused from sentence to sentence: a faction's every
// paragraph is read, and the slices were most of what that allocated.
type epithetScratch struct {
	raw, low []string
}

// sentenceEpithets appends to out the epithets sent gives a name among
// keys (each a form's normalized words); off switches rules off by name.
// sc's slices are overwritten; nothing returned refers to them.
func sentenceEpithets(sent string, keys [][]string, out []string, off map[string]bool, sc *epithetScratch) []string {
	raw := appendFields(sc.raw[:0], sent)
	low := slices.Grow(sc.low[:0], len(raw))[:len(raw)]
	sc.raw, sc.low = raw, low
	for i, w := range raw {
		low[i] = normalize(trimPossessive(cleanWord(w)))
	}
	for i := range raw {
		first, ok := firstField(low[i])
		for _, k := range keys {
			if ok && first != k[0] {
				continue // nameEnd compares this word first: no name opens here
			}
			end := nameEnd(low, i, k)
			if end < 0 || insideName(raw, low, i) {
				continue
			}
			for _, e := range []string{epithetBefore(raw, low, i, end, off), modifierEpithet(raw, low, i, end, off), epithetAfter(raw, low, end)} {
				if e != "" && !slices.Contains(out, e) && len(out) < maxEpithets {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// insideName reports whether the name opening at raw[i] closes a longer
// capitalised name ("the Motorised Reserves of the Citizens' Militia"):
// what the text sets beside it is the longer name's.
func insideName(raw, low []string, i int) bool {
	if opensBracket(raw[i]) {
		return false // "(Mobile Reserves …" after "ZOVO" opens a name of its own
	}
	j := i - 1
	if j >= 0 && low[j] == "the" {
		if opensBracket(raw[j]) {
			return false
		}
		j--
	}
	of := j >= 0 && low[j] == "of"
	if of {
		j--
	}
	if j <= 0 || endsClause(raw[j]) || !startsUpper(cleanWord(raw[j])) {
		return false // a sentence's first word is capitalised whatever it is
	}
	return of || j == i-1
}

// opensBracket reports whether a word as written opens a bracket or a
// quotation.
func opensBracket(w string) bool {
	return strings.HasPrefix(w, "(") || strings.HasPrefix(w, "[") || strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "“")
}

// firstField returns the first of strings.Fields(s), and whether s has
// one: a sentence's words are read for every form of a name, and a form
// whose first word differs from a word's first field does not open there.
//
// A word of ASCII letters, digits and marks but no white space, most
// words, is its own first field.
func firstField(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || asciiSpace[c] {
			for w := range strings.FieldsSeq(s) {
				return w, true
			}
			return "", false
		}
	}
	return s, s != ""
}

// nameEnd returns the index after the words of low from i that spell
// key, a form's normalized words, or -1. A word written with a hyphen
// ("al-Nur") is one word of low and two of key.
func nameEnd(low []string, i int, key []string) int {
	if low[i] == "" {
		return -1
	}
	for j, n := i, 0; j < len(low) && n < len(key); j++ {
		for w := range strings.FieldsSeq(low[j]) {
			if n == len(key) || w != key[n] {
				return -1
			}
			n++
		}
		if n == len(key) {
			return j + 1
		}
	}
	return -1
}

// epithetBefore reads the description before a name opening at raw[i]:
// set off by a comma ("the East German secret police, the Stasi"), naming
// it ("a rebel alliance known as the Forces Nouvelles", "a coalition
// called the …"), its members ("paratroopers of the Airborne Forces"), or
// a body's noun right before it ("the human-rights group Memorial").
//
// A comma sets off no description in a list of names ("the KNU, the DKBA
// and the KNLA"): the name is followed by "and" or "or", or the phrase
// before it by another comma.
func epithetBefore(raw, low []string, i, end int, off map[string]bool) string {
	j := i - 1
	the := j >= 0 && low[j] == "the"
	if the {
		j--
	}
	if j < 0 || endsClause(raw[j]) && !strings.HasSuffix(raw[j], ",") {
		return ""
	}
	switch {
	case strings.HasSuffix(raw[j], ",") && !the && !off[ruleEpithetFronted]:
		return frontedEpithet(raw, low, j, end)
	case strings.HasSuffix(raw[j], ","):
		if !the || continuesList(raw, low, end) {
			return "" // "In March, Memorial …": a comma alone sets off no description
		}
		e, k := phraseBack(raw, low, j, true)
		if k > 0 && strings.HasSuffix(raw[k-1], ",") {
			return "" // "the KNU, the DKBA, the KNLA"
		}
		return e
	case low[j] == "called" || low[j] == "named" || low[j] == "dubbed":
		return calledBack(raw, low, j-1, off)
	case (low[j] == "itself" || low[j] == "themselves") && j > 1 && selfNaming(low[j-1]) && !off[ruleEpithetSelfNamed]:
		return calledBack(raw, low, j-2, off)
	case low[j] == "as":
		if k := knownBefore(raw, low, j, off); k > 0 {
			return calledBack(raw, low, k-1, off)
		}
	case low[j] == "of" && j > 0 && isMembers(low[j-1]) && the:
		e, _ := phraseBack(raw, low, j-1, false)
		return e
	case !the && !startsUpper(raw[j]) && (isGroupWord(low[j]) || bodyNoun(low[j])):
		e, _ := phraseBack(raw, low, j, false)
		return e
	}
	return ""
}

// frontedEpithet reads a description that stands first, with the name
// after it set off by commas on both sides: "The ruling party, ZANU-PF,
// dominated …", "Its armed wing, Umkhonto, …". The description must be a
// determiner's noun phrase of lower-case words: "In March, Memorial, …"
// and "the KNU, DKBA, …" describe nothing.
func frontedEpithet(raw, low []string, j, end int) string {
	if end >= len(raw) || !strings.HasSuffix(raw[end-1], ",") || continuesList(raw, low, end) {
		return ""
	}
	e, k := phraseBack(raw, low, j, true)
	if k < 0 || k+1 > j {
		return ""
	}
	for _, w := range raw[k+1 : j+1] {
		if startsUpper(cleanWord(w)) {
			return ""
		}
	}
	return e
}

// selfNaming reports whether the lowered word is a verb of naming that
// takes a reflexive before the name: "named itself", "calling themselves".
func selfNaming(w string) bool {
	switch w {
	case "named", "names", "naming", "called", "calls", "calling", "styled", "styles", "styling", "dubbed":
		return true
	}
	return false
}

// calledBack reads the description ending at raw[j] that a verb of naming
// follows: "a rebel alliance known as …", and, with rule epithet-called,
// one a comma closes ("On 13 March, the riot police, called …"; a comma
// before it opens no list, since a list is not named at once).
func calledBack(raw, low []string, j int, off map[string]bool) string {
	comma := j >= 0 && strings.HasSuffix(raw[j], ",")
	if comma && off[ruleEpithetCalled] {
		return ""
	}
	e, _ := phraseBack(raw, low, j, comma)
	return e
}

// knownBefore returns the index of "known" in "known as" before "as" at
// raw[j], and, with rule epithet-called, in "known since 1969 as" or
// "known locally as": up to maxKnownGap words between, none closing a
// phrase. It returns -1 when there is none.
func knownBefore(raw, low []string, j int, off map[string]bool) int {
	for k := j - 1; k >= 0 && j-k <= maxKnownGap+1; k-- {
		if low[k] == "known" {
			return k
		}
		if off[ruleEpithetCalled] || endsClause(raw[k]) {
			return -1
		}
	}
	return -1
}

// phraseBack reads the noun phrase ending at raw[j] back to its
// determiner ("a", "an", "the", "its", "their", or a possessive): its
// words after the determiner, normalized, or "" when no determiner opens
// it within maxEpithetWords or a clause's end comes first; and the index
// of the word opening it, or -1. comma allows the comma that closes
// raw[j] itself.
func phraseBack(raw, low []string, j int, comma bool) (string, int) {
	for k := j; k >= 0 && j-k <= maxEpithetWords; k-- {
		if (k < j || !comma) && endsClause(raw[k]) {
			return "", -1
		}
		switch {
		case k == j:
		case isDeterminer(low[k]):
			return joinEpithet(raw[k+1:j+1], low[k+1:j+1]), k
		case isPossessive(raw[k]):
			return joinEpithet(raw[k:j+1], low[k:j+1]), k
		}
	}
	return "", -1
}

// continuesList reports whether the words from raw[k] on go on with a
// list the word before ends an item of: "and" or "or", or, after a
// comma, "the".
func continuesList(raw, low []string, k int) bool {
	if k <= 0 || k >= len(raw) {
		return false
	}
	return low[k] == "and" || low[k] == "or" || strings.HasSuffix(raw[k-1], ",") && low[k] == "the"
}

// epithetAfter reads the description after a name ending before raw[k]:
// set off by a comma and opened by a determiner ("SNASP, the new state's
// political police,"), past a bracket ("the Collective Security Treaty
// Organization (CSTO), a Moscow-led military alliance"), or a copula's
// complement ("Hizbul Islam was a rival Islamist coalition").
func epithetAfter(raw, low []string, k int) string {
	start, copula, ok := epithetStart(raw, low, k)
	if !ok {
		return ""
	}
	return epithetRun(raw, low, start, copula)
}

// epithetStart finds where the description after a name ending before
// raw[k] opens: past a bracket, after a comma or a copula ("is", "was"),
// past a determiner or at a possessive. copula says it followed a
// copula; ok is false when no description opens there.
func epithetStart(raw, low []string, k int) (start int, copula, ok bool) {
	if k == 0 || k >= len(raw) {
		return 0, false, false
	}
	prev := raw[k-1]
	if strings.HasPrefix(raw[k], "(") {
		for k < len(raw) && !strings.Contains(raw[k], ")") {
			k++
		}
		if k >= len(raw)-1 {
			return 0, false, false
		}
		prev, k = raw[k], k+1
	}
	switch {
	case strings.HasSuffix(prev, ","):
	case !endsClause(strings.TrimSuffix(prev, ")")) && (low[k] == "is" || low[k] == "was") && k+1 < len(raw):
		k, copula = k+1, true
	default:
		return 0, false, false
	}
	switch {
	case isDeterminer(low[k]):
		return k + 1, copula, true
	case isPossessive(raw[k]):
		return k, copula, true
	}
	return 0, false, false
}

// epithetRun reads the description opening at raw[start] to where it
// ends: a stop word, or punctuation that closes the phrase, within
// maxEpithetWords. A conjunction ends a copula's complement ("was a
// militia and a party") but makes an appositive a list ("the KNU, the
// DKBA and …"), which is no description; so does a comma before more of
// a list.
func epithetRun(raw, low []string, start int, copula bool) string {
	for e := start; e < len(raw) && e-start < maxEpithetWords; e++ {
		if low[e] == "and" || low[e] == "or" {
			if copula {
				return joinEpithet(raw[start:e], low[start:e])
			}
			return ""
		}
		if epithetStop(low[e]) {
			return joinEpithet(raw[start:e], low[start:e])
		}
		if endsClause(raw[e]) && !isPossessive(raw[e]) {
			if strings.HasSuffix(raw[e], ",") && continuesList(raw, low, e+1) {
				return ""
			}
			return joinEpithet(raw[start:e+1], low[start:e+1])
		}
	}
	return ""
}

// endsClause reports whether a word as written ends with punctuation
// that closes a phrase.
func endsClause(w string) bool {
	return w != "" && strings.ContainsAny(w[len(w)-1:], ",;:.!?)")
}

// epithetStop reports whether w ends a description read after a name: a
// preposition or a relative opens its complement, not its head; "of"
// does not, since its complement is often what a reader types ("the riot
// units of the regular police").
func epithetStop(w string) bool {
	switch w {
	case "in", "with", "from", "for", "to", "at", "on", "by", "which", "who", "that", "whose", "led", "based":
		return true
	}
	return false
}

// joinEpithet joins a description's normalized words (low, written as
// raw), or "" when it holds no word a reader would type, or none of its
// words is a noun of a group or of people (WordNet's): "the name",
// "deadlines lapsed" describe nothing. A word written capitalised is
// another body's or a person's name ("Chart Thai's ally"), not a
// description, and is left out, unless it names a place or a people
// ("a Moscow-led military alliance") or a creed ("a rival Islamist
// coalition", "Marxist", "Maoist": a word in -ist).
func joinEpithet(raw, low []string) string {
	var kept []string
	for i, w := range low {
		parts, written := strings.Fields(w), strings.FieldsFunc(cleanWord(raw[i]), func(r rune) bool { return r == '-' || r == '/' })
		for j, p := range parts {
			if isConnector(p) || isDeterminer(p) {
				continue
			}
			if j < len(written) && len(written) == len(parts) && startsUpper(written[j]) && !isPlaceOrPeople(p) && !strings.HasSuffix(p, "ist") && !isGroupAdjective(p) {
				continue
			}
			kept = append(kept, p)
		}
	}
	if !slices.ContainsFunc(kept, func(w string) bool { return isGroupWord(w) || isPersonWord(w) }) {
		return ""
	}
	return strings.Join(kept, " ")
}

// scoreEpithet rates f for a query its epithets cover: every content
// word of the query (qw, its contentWords) is a word of one epithet, of
// one of f's names, or a nation the text ties f to (in the epithet or the
// summary), and that epithet covers the query's last word, the noun a
// reader types the description by ("russian paratroopers" for "paratroopers of the Airborne Forces"). A query of
// one word must be a whole epithet of one word: "police" alone is no
// description of "the riot units of the regular police".
func scoreEpithet(f *Faction, qw []string) int {
	if len(qw) == 0 || len(f.Epithets) == 0 {
		return 0
	}
	var named []string // f's names' words, read once an epithet covers the noun
	for _, e := range f.Epithets {
		ew := strings.Fields(e)
		if !coversStems(ew, qw[len(qw)-1:]) || len(qw) == 1 && len(ew) > 1 {
			continue
		}
		if named == nil {
			named = nameWords(f)
		}
		if slices.ContainsFunc(qw, func(w string) bool {
			return !coversStems(ew, []string{w}) && !slices.Contains(named, w) && !(isPlaceOrPeople(w) && tiedToNation(f, w, ew))
		}) {
			continue
		}
		return matchEpithet
	}
	return 0
}

// nameWords returns the words of f's forms, normalized.
func nameWords(f *Faction) []string {
	named := []string{}
	for _, form := range f.forms() {
		named = append(named, strings.Fields(normalize(form))...)
	}
	return named
}

// tiedToNation reports whether the text ties f to the nation w: its
// epithet or its summary names it.
func tiedToNation(f *Faction, w string, epithet []string) bool {
	return coversStems(epithet, []string{w}) || coversStems(contentWords(normalize(f.Summary)), []string{w})
}

// modifierEpithet reads, with rule epithet-modifier, the lower-case words
// between a determiner and the name from raw[i] to raw[end] with the
// name's head noun: "the ruling Democratic Party of Equatorial Guinea"
// gives "ruling party". The head must be a group's noun, so a name of one
// word ("the ruling Fretilin") and a place's name give none.
func modifierEpithet(raw, low []string, i, end int, off map[string]bool) string {
	if off[ruleEpithetModifier] {
		return ""
	}
	k := i - 1
	for k >= 0 && i-k <= maxModifiers && isModifier(raw[k], low[k]) {
		k--
	}
	if k == i-1 || k < 0 || !isDeterminer(low[k]) && !isPossessive(raw[k]) {
		return ""
	}
	words := make([]string, 0, end-i)
	for _, w := range raw[i:end] {
		words = append(words, cleanWord(w))
	}
	head := normalize(words[nameHead(words)])
	if !isGroupWord(head) || strings.Contains(head, " ") {
		return ""
	}
	return strings.Join(append(slices.Clone(low[k+1:i]), head), " ")
}

// isModifier reports whether a word as written (w, normalized low) may
// modify a name after it: in lower case, letters and hyphens alone, no
// connector, determiner or number.
func isModifier(w, low string) bool {
	if w == "" || startsUpper(w) || endsClause(w) || isConnector(low) || isDeterminer(low) || low == "" {
		return false
	}
	return !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}

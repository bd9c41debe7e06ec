package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// candidateIndex finds the only factions a query's readings can rate
// above nothing, from what each reading needs a faction's names to hold
// (issue 14: a look-up's cost follows the question, not the corpus).
// Each list is a superset of what its reading accepts, so scoring only
// the candidates answers as scoring every faction does
// (TestCandidatesMatchScan).
type candidateIndex struct {
	pos      map[*Faction]int // each faction's index in c.Factions
	suffixes wordList         // keys from each word on: exact, prefix and word-prefix matches (scoreKey)
	keys     wordList         // whole keys: a name misspelt
	trigrams map[string][]int // indices into keys.words by the trigrams they hold: a key's substrings
	prefixes wordList         // keys cut before a rune that is no letter or digit: misspeltPrefix
	words    wordList         // words of five runes or more of keys of two words or more: fuzzyWord
	// What scoreBeyondSpelling reads: the last four initials of names
	// (by initials themselves in lookupIndex.initials), the number that
	// ends a name, every content word of a form and, for the cover
	// readings, the words by first and last letter (wordnet.Abbreviates), the
	// initials of runs of two to four words (initialsOfRun) and the
	// first content word of forms of two or more.
	initials     map[string][]int // lookupIndex.initials
	initialTails map[string][]int
	numbered     map[string][]int
	formWords    wordList
	abbrevs      map[string][]string // formWords.words by first and last letter
	runs         map[string][]int
	formFirst    wordList
	firstAbbrevs map[string][]string // formFirst.words by first and last letter
	epithets     wordList            // the words of epithets: scoreEpithet
	partial      wordList            // partialWords with doubled letters single: scorePartial
}

// newCandidateIndex indexes factions, whose derived texts are texts.
func newCandidateIndex(factions []*Faction, texts map[*Faction]*factionText) *candidateIndex {
	b := newCandidateBuilders()
	x := &candidateIndex{pos: map[*Faction]int{}, initialTails: map[string][]int{}, numbered: map[string][]int{}, runs: map[string][]int{}}
	for i, f := range factions {
		x.pos[f] = i
		indexKeys(b, texts[f].keys, i)
		x.indexNames(b, f, i)
		for _, w := range texts[f].partial {
			b.partial.add(undouble(w), i)
		}
	}
	x.suffixes, x.keys, x.prefixes, x.words = b.suffixes.list(), b.keys.list(), b.prefixes.list(), b.words.list()
	x.formWords, x.formFirst, x.epithets, x.partial = b.formWords.list(), b.formFirst.list(), b.epithets.list(), b.partial.list()
	x.trigrams = trigramsOf(x.keys.words)
	x.abbrevs, x.firstAbbrevs = byEnds(x.formWords.words), byEnds(x.formFirst.words)
	return x
}

// candidateBuilders gathers the word lists of a candidateIndex (see
// there) while its factions are read.
type candidateBuilders struct {
	suffixes, keys, prefixes, words         wordListBuilder
	formWords, formFirst, epithets, partial wordListBuilder
}

// newCandidateBuilders returns builders with every list empty.
func newCandidateBuilders() candidateBuilders {
	return candidateBuilders{
		suffixes: wordListBuilder{}, keys: wordListBuilder{}, prefixes: wordListBuilder{}, words: wordListBuilder{},
		formWords: wordListBuilder{}, formFirst: wordListBuilder{}, epithets: wordListBuilder{}, partial: wordListBuilder{},
	}
}

// indexKeys indexes the i-th faction's match keys for scoreKey.
func indexKeys(b candidateBuilders, keys []string, i int) {
	for _, k := range keys {
		if k == "" {
			continue
		}
		b.keys.add(k, i)
		b.suffixes.add(k, i)
		for at, r := range k {
			if at > 0 && !isWordRune(r) {
				b.prefixes.add(k[:at], i)
			}
			if r == ' ' {
				b.suffixes.add(k[at+1:], i)
			}
		}
		if strings.Contains(k, " ") {
			for w := range strings.FieldsSeq(k) {
				if utf8.RuneCountInString(w) >= 5 {
					b.words.add(w, i)
				}
			}
		}
	}
}

// indexNames indexes the i-th faction f's names and epithets for
// scoreBeyondSpelling and scoreEpithet.
func (x *candidateIndex) indexNames(b candidateBuilders, f *Faction, i int) {
	n := normalize(f.Name)
	if in := initials(f.Name); len(in) >= 4 {
		addOnce(x.initialTails, in[len(in)-4:], i)
	}
	if sp := strings.LastIndexByte(n, ' '); sp >= 0 && isDigits(n[sp+1:]) {
		addOnce(x.numbered, n[sp+1:], i)
	}
	for _, form := range f.forms() {
		fw := contentWords(normalize(form))
		for k, w := range fw {
			b.formWords.add(w, i)
			for run := 2; run <= 4 && k+run <= len(fw); run++ {
				addOnce(x.runs, firstLetters(fw[k:k+run]), i)
			}
		}
		if len(fw) >= 2 {
			b.formFirst.add(fw[0], i)
		}
	}
	for _, e := range f.Epithets {
		for _, w := range strings.Fields(e) {
			b.epithets.add(w, i)
		}
	}
}

// firstLetters returns the first byte of each word, as initialsOfRun
// reads them.
func firstLetters(words []string) string {
	b := make([]byte, len(words))
	for i, w := range words {
		b[i] = w[0]
	}
	return string(b)
}

// addOnce appends i to m[k] unless it ends the list already.
func addOnce(m map[string][]int, k string, i int) {
	if ids := m[k]; len(ids) == 0 || ids[len(ids)-1] != i {
		m[k] = append(ids, i)
	}
}

// trigramsOf indexes words by each three bytes they hold.
func trigramsOf(words []string) map[string][]int {
	out := map[string][]int{}
	for i, w := range words {
		for at := 0; at+3 <= len(w); at++ {
			addOnce(out, w[at:at+3], i)
		}
	}
	return out
}

// byEnds groups words of three bytes or more by their first and last
// byte, as wordnet.Abbreviates compares them.
func byEnds(words []string) map[string][]string {
	out := map[string][]string{}
	for _, w := range words {
		if len(w) >= 3 {
			k := string([]byte{w[0], w[len(w)-1]})
			out[k] = append(out[k], w)
		}
	}
	return out
}

// candidates returns, ascending, the indices of the only factions rq can
// rate above nothing, and true; or false when a reading the query's
// shape allows has no index (a nation's forces, a described body, a
// unit, members, a leader), and every faction must be scored.
func (rq readQuery) candidates() ([]int, bool) {
	sh := rq.shape
	if sh.forces || sh.describedForces && rq.describedForces || sh.unit || sh.described || sh.members || sh.leader && rq.leaders {
		return nil, false
	}
	x := rq.index.cands
	var out []int
	for _, keys := range rq.keySets() {
		out = x.spelling(keys, out)
	}
	out = x.named(rq, out)
	out = x.beyond(rq.keys[0], sh.words, out)
	if len(sh.words) > 0 {
		out = x.epithet(sh.words[len(sh.words)-1], out)
	}
	if rq.partial {
		out = x.partialWords(rq.keys[0], out)
	}
	if rq.nationless != nil {
		out = x.beyond(rq.nationless[0], rq.nationlessWords, x.spelling(rq.nationless, out))
	}
	out, ok := rq.readingsCandidates(out)
	if !ok {
		return nil, false
	}
	slices.Sort(out)
	return slices.Compact(out), true
}

// keySets returns every set of keys score compares with a faction's
// keys: the query's own and its variants'.
func (rq readQuery) keySets() [][]string {
	sets := append([][]string{rq.keys}, rq.variants...)
	sets = append(sets, rq.dropped...)
	sets = append(sets, rq.rests...)
	for _, keys := range [][]string{rq.members, rq.singular, rq.joined, rq.ordinal} {
		if keys != nil {
			sets = append(sets, keys)
		}
	}
	return sets
}

// readingsCandidates appends the candidates of the readings of other
// queries score takes the best of: the query with a place's letters
// spelled out, and each of two names it offers.
func (rq readQuery) readingsCandidates(out []int) ([]int, bool) {
	others := rq.alternatives
	if rq.placed != nil {
		others = append(slices.Clip(others), *rq.placed)
	}
	for _, o := range others {
		more, ok := o.candidates()
		if !ok {
			return nil, false
		}
		out = append(out, more...)
	}
	return out, true
}

// named appends the factions rq names outright: by an acronym among its
// words, by letters the text sets beside their names, and the body its
// modifiers describe.
func (x *candidateIndex) named(rq readQuery, out []int) []int {
	for f := range rq.named {
		out = append(out, x.pos[f])
	}
	for f := range rq.spelled {
		out = append(out, x.pos[f])
	}
	for f := range rq.textNamed {
		out = append(out, x.pos[f])
	}
	if rq.stated != nil {
		out = append(out, x.pos[rq.stated])
	}
	return out
}

// spelling appends the factions a key of keys can match by scoreKey.
func (x *candidateIndex) spelling(keys []string, out []int) []int {
	for _, q := range keys {
		if q != "" {
			out = x.spellingOf(q, out)
		}
	}
	return out
}

// spellingOf appends the factions with a key scoreKey rates q against
// above nothing: a key q opens, or a word of it does; a key holding q,
// of three bytes or more; and, for q of four runes or more, a key, an
// opening of one or a word of one within scoreKey's limit of edits.
func (x *candidateIndex) spellingOf(q string, out []int) []int {
	out = x.suffixes.withPrefix(q, out)
	if len(q) >= 3 {
		out = x.holding(q, out)
	}
	n := utf8.RuneCountInString(q)
	if n < 4 {
		return out
	}
	limit := 1
	if n > 6 {
		limit = 2
	}
	out = x.keys.within(q, limit, x.prefixes.within(q, limit, out))
	if !strings.Contains(q, " ") {
		out = x.words.within(q, limit, out)
	}
	return out
}

// holding appends the factions with a key holding q, read from the keys
// holding q's rarest trigram.
func (x *candidateIndex) holding(q string, out []int) []int {
	var rarest []int
	for at := 0; at+3 <= len(q); at++ {
		ids := x.trigrams[q[at:at+3]]
		if at == 0 || len(ids) < len(rarest) {
			rarest = ids
		}
	}
	for _, k := range rarest {
		if strings.Contains(x.keys.words[k], q) {
			out = append(out, x.keys.ids[k]...)
		}
	}
	return out
}

// beyond appends the factions scoreBeyondSpelling can rate for the
// query q of content words qw: by initials, a number after initials, or
// words covering a form's or covered by them.
func (x *candidateIndex) beyond(q string, qw []string, out []int) []int {
	if !strings.Contains(q, " ") && len(q) >= 2 && len(q) <= 6 {
		out = append(out, x.initials[q]...)
		if len(q) >= 4 {
			out = append(out, x.initialTails[q[len(q)-4:]]...)
		}
	}
	if _, num, ok := strings.Cut(q, " "); ok && isDigits(num) {
		out = append(out, x.numbered[num]...)
	}
	if len(qw) >= 2 {
		out = append(out, x.coveringAll(qw)...)
	}
	for at := range qw {
		out = x.coveredFirst(qw, at, out)
	}
	return out
}

// coveringAll returns the factions with forms covering every word of qw
// (covers(form's words, qw)): those matching the word of qw that the
// fewest match.
func (x *candidateIndex) coveringAll(qw []string) []int {
	var fewest []int
	for i, w := range qw {
		ids := x.covering(w)
		if i == 0 || len(ids) < len(fewest) {
			fewest = ids
		}
	}
	return fewest
}

// covering returns the factions a word of whose forms covers the query
// word w: the same word, one edit from it at five letters or more, a
// word w abbreviates, or a run of words w gives the initials of.
func (x *candidateIndex) covering(w string) []int {
	out := slipsOf(x.formWords, x.abbrevs, w, func(h string) bool { return wordnet.Abbreviates(w, h) }, nil)
	if len(w) >= 2 && len(w) <= 4 {
		out = append(out, x.runs[w]...)
	}
	return out
}

// coveredFirst appends the factions with a form of two content words or
// more whose first the query word qw[at] covers (covers(qw, form's
// words)): the same word, one edit from it, its abbreviation, or the
// initials of a run of qw from it on.
func (x *candidateIndex) coveredFirst(qw []string, at int, out []int) []int {
	w := qw[at]
	out = slipsOf(x.formFirst, x.firstAbbrevs, w, func(h string) bool { return wordnet.Abbreviates(h, w) }, out)
	for run := 2; run <= 4 && at+run <= len(qw); run++ {
		out = x.formFirst.exact(firstLetters(qw[at:at+run]), out)
	}
	return out
}

// slipsOf appends the factions holding a string of l that is w, one
// edit from it at five letters or more, or, among the strings of l by
// first and last letter (ends), one abbr accepts: the words covers
// matches.
func slipsOf(l wordList, ends map[string][]string, w string, abbr func(h string) bool, out []int) []int {
	out = l.exact(w, out)
	if len(w) >= 5 {
		out = l.within(w, 1, out)
	}
	if len(w) >= 3 {
		for _, h := range ends[string([]byte{w[0], w[len(w)-1]})] {
			if abbr(h) {
				out = l.exact(h, out)
			}
		}
	}
	return out
}

// epithet appends the factions with an epithet word matching the
// query's last word n as coversStems does: the same word, or one opening
// the other, the shorter of five letters or more and at most four fewer.
func (x *candidateIndex) epithet(n string, out []int) []int {
	out = x.epithets.exact(n, out)
	if len(n) >= 5 {
		out = x.epithets.withPrefix(n, out)
	}
	for k := max(5, len(n)-4); k < len(n); k++ {
		out = x.epithets.exact(n[:k], out)
	}
	return out
}

// partialWords appends the factions scorePartial can rate for q: those
// with a partial word one of q's telling words (no stop word, group
// noun, place or people; scorePartial needs one) matches as
// sameWordLoosely does, compared with doubled letters single.
func (x *candidateIndex) partialWords(q string, out []int) []int {
	for _, w := range contentWords(q) {
		if lang.IsEnglishStopWord(w) || isStopQuery(w) || groupNoun(w) || isPlaceOrPeopleKey(w) {
			continue
		}
		out = x.loosely(undouble(w), out)
	}
	return out
}

// loosely appends the factions with a partial word u matches by
// sameWordLoosely, both with doubled letters single: the same; within
// one edit at five bytes or two at seven; sharing an opening of five;
// or one opening the other, of four bytes or more, two at most fewer.
func (x *candidateIndex) loosely(u string, out []int) []int {
	out = x.partial.exact(u, out)
	switch {
	case len(u) >= 7:
		out = x.partial.within(u, 2, out)
	case len(u) >= 5:
		out = x.partial.within(u, 1, out)
	}
	if len(u) >= 5 {
		out = x.partial.withPrefix(u[:5], out)
	} else if len(u) == 4 {
		out = x.partial.withPrefix(u, out)
	}
	for k := max(4, len(u)-2); k < len(u); k++ {
		out = x.partial.exact(u[:k], out)
	}
	return out
}

package corpus

import (
	"slices"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// lookupIndex holds what a faction look-up's readings need of the whole
// corpus, keyed by what a query holds (a word, a slug), so that those
// readings visit only the factions the question names and not every
// faction of the corpus (issue 14: a look-up's cost follows the
// question). Every list keeps the corpus's order, so a reading walking
// it meets candidates as a walk over the whole corpus would, and ties
// fall as they did.
type lookupIndex struct {
	nations  map[string]briefingNations // by slug: the nation words ownNations reads
	acronyms map[string][]int           // c.Factions indices by normalized acronym
	initials map[string][]int           // c.Factions indices by the initials of the name
	letters  map[string][]int           // c.Factions indices by letters their texts write (lettersIn)
	// textNamed holds c.Factions indices by a name their texts give
	// them after one of their own, and textNamedGroup by one a group
	// noun follows there (textNamedPhrases).
	textNamed, textNamedGroup map[string][]int
	places                    map[string][]int          // c.Acronyms indices by normalized short form
	texts                     map[*Faction]*factionText // what a reading re-derived of each faction per query
	epithets                  map[string][]int          // c.Factions indices by the first word of an epithet
	lemmas                    map[string][]int          // c.Factions indices by a lemma of a word of their texts (statedWords)
	// partialDF counts the factions whose partialWords hold each word,
	// of partialN factions (lookup_partial.go).
	partialDF map[string]int
	partialN  int
	cands     *candidateIndex // the factions each reading can rate (lookup_candidates.go)
}

// briefingNations are the words naming a place or a people (nationWords)
// of a briefing's title and of the summaries of the factions it defines,
// in corpus order: what ownNations.of reads of a briefing.
type briefingNations struct {
	title, summaries []string
}

// lookupOnce builds a corpus's lookupIndex on its first look-up. A
// corpus is immutable once extracted, so the index never goes stale; a
// corpus made by hand builds it from what it holds at its first look-up.
type lookupOnce struct {
	once sync.Once
	idx  *lookupIndex
}

// lookupIndex returns c's look-up index, building it once, safely from
// several goroutines.
func (c *Corpus) lookupIndex() *lookupIndex {
	c.lookup.once.Do(func() { c.lookup.idx = newLookupIndex(c) })
	return c.lookup.idx
}

// newLookupIndex indexes c's briefings, factions and acronyms.
func newLookupIndex(c *Corpus) *lookupIndex {
	lex := wordnet.Load()
	x := &lookupIndex{nations: briefingsNations(c), acronyms: map[string][]int{},
		initials: map[string][]int{}, letters: map[string][]int{}, textNamed: map[string][]int{}, textNamedGroup: map[string][]int{}, places: map[string][]int{}, texts: map[*Faction]*factionText{},
		epithets: map[string][]int{}, lemmas: map[string][]int{}}
	for i, f := range c.Factions {
		if f.Acronym != "" {
			k := normalize(f.Acronym)
			x.acronyms[k] = append(x.acronyms[k], i)
		}
		in := initials(f.Name)
		x.initials[in] = append(x.initials[in], i)
		for _, w := range lettersIn(f) {
			x.letters[w] = append(x.letters[w], i)
		}
		ended, beforeGroup := textNamedPhrases(f)
		for _, k := range ended {
			x.textNamed[k] = append(x.textNamed[k], i)
		}
		for _, k := range beforeGroup {
			x.textNamedGroup[k] = append(x.textNamedGroup[k], i)
		}
		x.texts[f] = newFactionText(f)
		x.indexStated(i, f, lex)
	}
	for i, a := range c.Acronyms {
		k := normalize(a.Short)
		x.places[k] = append(x.places[k], i)
	}
	x.partialDF, x.partialN = partialDF(x.texts), len(c.Factions)
	x.cands = newCandidateIndex(c.Factions, x.texts)
	x.cands.initials = x.initials
	return x
}

// briefingsNations returns the nation words of each briefing's title
// (the first briefing of a slug, as Corpus.Briefing finds it) and of the
// summaries of the factions each slug defines.
func briefingsNations(c *Corpus) map[string]briefingNations {
	out := map[string]briefingNations{}
	for _, b := range c.Briefings {
		if _, ok := out[b.Slug]; !ok {
			out[b.Slug] = briefingNations{title: nationWords(b.Title)}
		}
	}
	for _, f := range c.Factions {
		bn := out[f.Defined.Briefing]
		bn.summaries = append(bn.summaries, nationWords(f.Summary)...)
		out[f.Defined.Briefing] = bn
	}
	return out
}

// factionText is what the readings of a look-up derive from a faction's
// own text, derived once per corpus: every query scores every faction,
// and re-deriving these for each was most of a look-up's cost.
type factionText struct {
	keys []string // matchKeys of each of its forms, as scoreFaction reads them
	tie  []string // tieWords
	low  string   // its summary in lower case
	// partial are its partialWords; plain is its summary normalized,
	// with a space at each end, for wordIn (lookup_partial.go).
	partial []string
	plain   string
}

// newFactionText derives f's factionText.
func newFactionText(f *Faction) *factionText {
	return &factionText{keys: matchKeysOf(f), tie: tieWords(f), low: strings.ToLower(f.Summary),
		partial: partialWords(f), plain: " " + normalize(f.Summary) + " "}
}

// text returns f's factionText from the index, or, for a faction it does
// not hold or no index, derived afresh.
func (x *lookupIndex) text(f *Faction) *factionText {
	if x != nil {
		if t, ok := x.texts[f]; ok {
			return t
		}
	}
	return newFactionText(f)
}

// lettersIn returns, once each, the normalized words of f's summary and
// passages written with two capitals at least, sentence by sentence as
// lettersAt reads them: the letters spelledGap could find there.
func lettersIn(f *Faction) []string {
	var out []string
	add := func(text string) {
		for sent := range sentencesIn(text) {
			for w := range capitalWords(sent) {
				if k := normalize(w); !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
	}
	add(f.Summary)
	for _, p := range f.Passages {
		add(p.Sentence)
	}
	return out
}

// byAcronymOrInitials returns, in corpus order, the indices of the
// factions whose acronym is w or, for a word of four letters at most,
// the initials of whose name are w (see queryVariants).
func (x *lookupIndex) byAcronymOrInitials(w string) []int {
	if len(w) > 4 {
		return x.acronyms[w]
	}
	out := append(slices.Clone(x.acronyms[w]), x.initials[w]...)
	slices.Sort(out)
	return slices.Compact(out)
}

// indexStated indexes the i-th faction f under what describedBy needs
// of it: the first word of each epithet, and each lemma WordNet gives a
// word of its texts (statedWords), once each.
func (x *lookupIndex) indexStated(i int, f *Faction, lex *wordnet.Lexicon) {
	for _, e := range f.Epithets {
		if ew := strings.Fields(e); len(ew) > 0 && !slices.Contains(x.epithets[ew[0]], i) {
			x.epithets[ew[0]] = append(x.epithets[ew[0]], i)
		}
	}
	for _, w := range statedWords(f) {
		for _, l := range lex.Lemmas(w) {
			if ids := x.lemmas[l]; len(ids) == 0 || ids[len(ids)-1] != i {
				x.lemmas[l] = append(ids, i)
			}
		}
	}
}

// statedWords returns, once each, the words of f's summary and passages
// as doesStated reads them, sentence by sentence.
func statedWords(f *Faction) []string {
	seen := map[string]bool{}
	var out []string
	anyDescribing(f, func(sent string) bool {
		for _, w := range strings.Fields(sent) {
			if k := normalize(cleanWord(w)); !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
		return false
	})
	return out
}

// statedCandidates returns, in corpus order, the indices of the only
// factions describedBy can find mods in: those with an epithet opening
// with mods' first word and, for one modifier, those whose texts hold a
// word sharing a lemma with it (doesStated's verb). lemmas are mods[0]'s.
func (x *lookupIndex) statedCandidates(mods, lemmas []string) []int {
	out := slices.Clone(x.epithets[mods[0]])
	if len(mods) == 1 {
		for _, l := range lemmas {
			out = append(out, x.lemmas[l]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// minOwnNation is how often the texts of a briefing must name a nation
// for it to be the briefing's own when its title does not.
const minOwnNation = 2

// ownNations answers, briefing by briefing, whether a query's nation
// words name the nation a briefing is about: a reader qualifies a body by
// the briefing's own nation where the text does not ("supreme court
// mexico" for the "Supreme Court of Justice of the Nation" of a briefing
// on Oaxaca, "chinese army" for the People's Liberation Army of one on
// Beijing). It reads what a served corpus keeps in memory: the title
// and the summaries of the briefing's factions, whose nation words the
// corpus indexes by briefing once (lookupIndex). Answers are memoised
// for the one query.
type ownNations struct {
	c       *Corpus
	nations []string
	lex     *wordnet.Lexicon
	memo    map[string]bool
}

// newOwnNations returns the reading for a query's nation words, or nil
// when one of them names no nation: a city's or a region's name
// ("nanjing government", "west bengal government") qualifies a body of
// that place, which a briefing about the country holds many of.
func newOwnNations(c *Corpus, nations []string, lex *wordnet.Lexicon) *ownNations {
	if len(nations) == 0 {
		return nil
	}
	for _, n := range nations {
		if !isNation(n, lex) {
			return nil
		}
	}
	return &ownNations{c: c, nations: nations, lex: lex, memo: map[string]bool{}}
}

// of reports whether every nation word names the own nation of the
// briefing slug.
func (o *ownNations) of(slug string) bool {
	if v, ok := o.memo[slug]; ok {
		return v
	}
	bn := o.c.lookupIndex().nations[slug]
	v := true
	for _, n := range o.nations {
		v = v && (o.names(bn.title, n) > 0 || o.mostNamed(bn.summaries, n))
	}
	o.memo[slug] = v
	return v
}

// names counts the words of ws that name the nation n (namesNation).
func (o *ownNations) names(ws []string, n string) int {
	k := 0
	for _, w := range ws {
		if namesNation(w, n, o.lex) {
			k++
		}
	}
	return k
}

// namesNation reports whether the place or people w names the query's
// nation word n (sameNation), or a people's word of four letters or
// more opens the other as its land's name does ("thai", "thailand").
func namesNation(w, n string, lex *wordnet.Lexicon) bool {
	return sameNation(w, n, lex, true) || peopleOpensLand(w, n) || peopleOpensLand(n, w)
}

// peopleOpensLand reports whether people, a people's word of four
// letters or more, opens land, a place's name: "thai", "thailand".
func peopleOpensLand(people, land string) bool {
	return len(people) >= 4 && len(land) > len(people) && strings.HasPrefix(land, people) && lang.IsPeople(people) && lang.IsPlace(land)
}

// mostNamed reports whether ws name the nation n at least minOwnNation
// times and at least half as often as any other people (a people's
// word, not a place's: a briefing names its cities more often than its
// country; half, since a people's word is also a surname, "Fox").
func (o *ownNations) mostNamed(ws []string, n string) bool {
	own := o.names(ws, n)
	if own < minOwnNation {
		return false
	}
	counts := map[string]int{}
	for _, w := range ws {
		if lang.IsPeople(w) && o.names([]string{w}, n) == 0 {
			counts[w]++
		}
	}
	for _, k := range counts {
		if k > 2*own {
			return false
		}
	}
	return true
}

// dropPlaceAdjectives reads the query without WordNet's links between a
// land's adjective and its name (wordnet.Lexicon.Places: "peruvian",
// "peru"), which sameNation, tiedToNations and isNation read through the
// query's lexicon; off only to measure them.
func (rq *readQuery) dropPlaceAdjectives() {
	rq.lex = rq.lex.WithoutPlaces()
	if rq.own != nil {
		rq.own = newOwnNations(rq.own.c, rq.nations, rq.lex)
	}
}

// nationWords returns the normalized capitalised words of text that name
// a place or a people. Beside wordPunct it trims brackets and curly
// double quotes, which titles and summaries set around a name.
func nationWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = trimPossessive(trim(w, wordPunct+"[]“”"))
		if startsUpper(w) && isPlaceOrPeople(w) {
			out = append(out, normalize(w))
		}
	}
	return out
}

// demonymEndings are the endings English adds to a land's name for its
// people's word ("paraguayan", "bangladeshi", "sudanese"), where WordNet
// derives none.
var demonymEndings = []string{"an", "n", "i", "ese", "ian", "ish"}

// isNation reports whether w names a nation: a people's word, or a
// place's name WordNet derives a people's word from ("mexico",
// "mexican") or links to its adjective ("peru", "peruvian";
// wordnet.Lexicon.Places) or that an English demonym ending makes one of.
func isNation(w string, lex *wordnet.Lexicon) bool {
	if lang.IsPeople(w) {
		return true
	}
	if slices.ContainsFunc(lex.Places(w), lang.IsPeople) {
		return true
	}
	for _, f := range lex.Forms(w) {
		if lang.IsPeople(f) {
			return true
		}
	}
	for _, e := range demonymEndings {
		if lang.IsPeople(w+e) || lang.IsPeople(strings.TrimRight(w, "aeiou")+e) {
			return true
		}
	}
	return false
}

// wordPunct is the punctuation a look-up trims from around a word of a
// faction's summary before reading the word: sentence and clause marks,
// Markdown emphasis, quotes (straight and curly apostrophe) and
// parentheses, as in "**Tatmadaw**:" or "(Somalia's".
const wordPunct = ".,;:!?*\"'’()"

// trimWordPunct returns w without the punctuation around it (wordPunct),
// so that a summary's word compares with a query's.
func trimWordPunct(w string) string { return trim(w, wordPunct) }

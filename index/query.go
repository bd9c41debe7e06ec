package index

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/briefbot/briefbot/corpus"
)

// Boosts of the clauses a question becomes. The plain match carries the
// ranking; the rest lift paragraphs that share the question's phrasing or
// the names it implies.
const (
	boostMatch     = 1.0
	boostSection   = 0.3
	boostPhrase    = 1.5 // the whole question as a phrase
	boostBigram    = 0.6 // each adjacent pair of content words
	boostFuzzy     = 0.25
	boostExpansion = 0.8 // the authors, for "who wrote this?"
	boostEntity    = 1.5 // a name the corpus defines, by any of its forms
	boostSynonym   = 0.4
)

// questionWords carry the shape of a question, not its subject. They are
// dropped before analysis; the analyzer's stop list takes the rest.
var questionWords = map[string]bool{
	"who": true, "whom": true, "whose": true, "what": true, "when": true,
	"where": true, "why": true, "how": true, "which": true, "did": true,
	"does": true, "do": true, "many": true, "much": true, "happened": true,
	"happen": true, "happens": true, "tell": true, "explain": true,
	"describe": true, "mean": true, "means": true, "meant": true,
	"briefing": true, "article": true, "say": true, "said": true, "says": true,
	"please": true, "me": true, "about": true, "is": true, "was": true,
	"were": true, "are": true, "the": true, "a": true, "an": true,
	"can": true, "could": true, "will": true, "would": true, "should": true,
	"may": true, "might": true, "must": true, "have": true, "has": true, "had": true,
}

// synonyms is a small table of news vocabulary that writers vary freely.
// Each word of a set expands to the others.
var synonyms = [][]string{
	{"army", "armed forces", "troops", "military", "soldiers"},
	{"disband", "dissolve", "dissolved", "disbanded"},
	{"flee", "fled", "escape", "escaped"},
	{"money", "funds", "funding", "funded", "ransom", "revenue", "finance", "financed", "pay", "paid"},
	{"kill", "killed", "dead", "died", "death", "deaths"},
	{"overthrew", "overthrow", "ousted", "removed", "coup"},
	{"leader", "leads", "led", "head", "chief"},
	{"attack", "attacked", "assault", "strike", "raid"},
	{"goal", "aim", "aims", "want", "wants", "seek", "seeks", "hopes"},
	{"begin", "began", "start", "started", "launched", "open", "opened"},
	{"nationalities", "citizens", "nationals"},
	{"fighters", "militants", "insurgents", "members"},
}

// authorWords make a question about who wrote the briefing.
var authorWords = map[string]bool{"wrote": true, "written": true, "author": true, "authors": true, "writer": true}

// words splits text into lowercase words, keeping inner hyphens and
// apostrophes ("al-qaeda", "lord's").
func words(text string) []string {
	var out []string
	f := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’')
	})
	for _, w := range f {
		w = strings.Trim(w, "-'’")
		if w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// plan is a question made ready for searching and ranking.
type plan struct {
	query query.Query
	// exact is query without its fuzzy clause, whose automaton is costly
	// to build: enough to find where known terms occur in a few hits.
	exact query.Query
	// highlight holds every term worth bolding: the question's own and
	// those of its expansions.
	highlight map[string]bool
	// concepts has one entry per content word of the question: the terms
	// that stand for it, its own and its synonyms'. A paragraph covers a
	// concept when it holds any of them.
	concepts []map[string]bool
	intent   intent
}

// buildQuery turns a question into a bleve query, never through the query
// string syntax, so that "?", "-", quotes and slashes are just text. The
// query is nil when nothing is left to search for.
func (ix *Index) buildQuery(question string) plan {
	all := words(question)
	// Names the corpus defines are found first. Each is one entity, and
	// a paragraph naming it by any form (long name, acronym, alias)
	// matches it, so the long name's words are not counted one by one.
	entities, inEntity := ix.expander.entities(all)
	var kept, spoken []string // content words outside entities; all content words
	for i, w := range all {
		if questionWords[w] {
			continue
		}
		spoken = append(spoken, w)
		if !inEntity[i] {
			kept = append(kept, w)
		}
	}
	cleaned := strings.Join(kept, " ")
	pl := plan{highlight: ix.terms(cleaned), intent: intentOf(all)}
	var should []query.Query
	add := func(q interface{ SetBoost(float64) }, boost float64) {
		q.SetBoost(boost)
		should = append(should, q.(query.Query))
	}
	match := func(text, field string, boost float64) {
		m := bleve.NewMatchQuery(text)
		m.SetField(field)
		add(m, boost)
	}
	newPhrase := func(text string) *query.MatchPhraseQuery {
		ph := bleve.NewMatchPhraseQuery(text)
		ph.SetField("text")
		return ph
	}
	phrase := func(text string, boost float64) { add(newPhrase(text), boost) }

	for _, e := range entities {
		var forms []query.Query
		c := map[string]bool{}
		for _, form := range e {
			ts := ix.terms(form)
			if len(ts) == 0 {
				continue
			}
			// A phrase scores about the sum of its words; dividing by
			// their number makes every form of the name weigh the same,
			// so "AMISOM" counts as much as "African Union Mission in
			// Somalia".
			ph := newPhrase(form)
			ph.SetBoost(1 / float64(len(ts)))
			forms = append(forms, ph)
			for t := range ts {
				c[t] = true
				pl.highlight[t] = true
			}
		}
		if len(forms) == 0 {
			continue
		}
		add(bleve.NewDisjunctionQuery(forms...), boostEntity)
		match(strings.Join(e, " "), "section", boostSection)
		pl.concepts = append(pl.concepts, c)
	}
	if len(pl.highlight) == 0 {
		return pl
	}
	if len(kept) > 0 {
		match(cleaned, "text", boostMatch)
		match(cleaned, "section", boostSection)
	}
	if len(spoken) > 1 {
		phrase(strings.Join(spoken, " "), boostPhrase)
	}
	// Each pair of neighbouring content words as a phrase, with any stop
	// words between them kept so that positions line up ("AMISOM in
	// Mogadishu").
	last := -1
	for i, w := range kept {
		if len(ix.terms(w)) == 0 {
			continue
		}
		if last >= 0 {
			phrase(strings.Join(kept[last:i+1], " "), boostBigram)
		}
		last = i
	}
	// Misspellings, in the question or the briefing, of longer words only:
	// fuzziness 1 with a one-letter prefix keeps this cheap at scale.
	var long []string
	for _, w := range kept {
		if len([]rune(w)) >= 5 {
			long = append(long, w)
		}
	}
	var fuzzy query.Query
	if len(long) > 0 {
		fz := bleve.NewMatchQuery(strings.Join(long, " "))
		fz.SetField("text")
		fz.SetFuzziness(1)
		fz.SetPrefix(1)
		fz.SetBoost(boostFuzzy)
		fuzzy = fz
	}

	// One concept per content word, widened by its synonyms.
	original := wordsCased(question)
	for _, w := range kept {
		ts := ix.terms(w)
		if len(ts) == 0 {
			continue
		}
		c := map[string]bool{}
		for t := range ts {
			c[t] = true
		}
		alts := synonymsOf(w)
		if original[w] {
			alts = append(alts, demonyms(w)...)
		}
		var extra []string // alternatives' terms not already in the concept
		for _, alt := range alts {
			for t := range ix.terms(alt) {
				if !c[t] {
					extra = append(extra, t)
				}
				c[t] = true
				pl.highlight[t] = true
			}
		}
		if len(extra) > 0 {
			// Already analyzed terms: a term query each, so no term
			// counts twice however many synonyms share its stem.
			var alt []query.Query
			for _, t := range extra {
				tq := bleve.NewTermQuery(t)
				tq.SetField("text")
				alt = append(alt, tq)
			}
			add(bleve.NewDisjunctionQuery(alt...), boostSynonym)
		}
		pl.concepts = append(pl.concepts, c)
	}
	for _, a := range ix.expander.authorsFor(all) {
		for t := range ix.terms(a) {
			pl.highlight[t] = true
		}
		phrase(a, boostExpansion)
	}
	pl.exact = bleve.NewDisjunctionQuery(should...)
	pl.query = pl.exact
	if fuzzy != nil {
		pl.query = bleve.NewDisjunctionQuery(append(should, fuzzy)...)
	}
	return pl
}

// wordsCased reports, for each lowercased word of text, whether it was
// written capitalised: a proper noun, which may take a demonym.
func wordsCased(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// irregularDemonyms pairs places with adjectives that no suffix rule links.
var irregularDemonyms = [][2]string{
	{"france", "french"}, {"britain", "british"}, {"spain", "spanish"},
	{"netherlands", "dutch"}, {"england", "english"}, {"turkey", "turkish"},
	{"poland", "polish"}, {"sweden", "swedish"}, {"denmark", "danish"},
	{"switzerland", "swiss"}, {"greece", "greek"}, {"afghanistan", "afghan"},
	{"philippines", "filipino"}, {"ireland", "irish"}, {"wales", "welsh"},
}

// demonyms guesses the other forms of a place name or its adjective:
// Mali/Malian, Kenya/Kenyan, Algeria/Algerian, Japan/Japanese, Iraq/Iraqi.
// A guess that names nothing in the corpus matches nothing, so guessing
// wide is cheap.
func demonyms(w string) []string {
	var out []string
	for _, p := range irregularDemonyms {
		if w == p[0] {
			out = append(out, p[1])
		}
		if w == p[1] {
			out = append(out, p[0])
		}
	}
	if len(w) < 4 {
		return out
	}
	out = append(out, w+"n", w+"an", w+"ian", w+"ese", w+"i")
	for _, suf := range []string{"ian", "an", "n", "ese", "i"} {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			out = append(out, base, base+"a")
		}
	}
	return out
}

// terms analyzes text as the index does and returns the set of terms.
func (ix *Index) terms(text string) map[string]bool {
	set := map[string]bool{}
	for _, tok := range ix.analyzer.Analyze([]byte(text)) {
		set[string(tok.Term)] = true
	}
	return set
}

// synonymsOf returns the other members of w's synonym sets.
func synonymsOf(w string) []string {
	var out []string
	for _, set := range synonyms {
		if !slices.Contains(set, w) {
			continue
		}
		for _, s := range set {
			if s != w {
				out = append(out, s)
			}
		}
	}
	return out
}

// expander maps the names a corpus defines onto each other: an acronym to
// its long name and back, an alias to the canonical name, and questions
// about authorship to the authors.
type expander struct {
	names   []nameSet
	authors []string
}

type nameSet struct {
	forms []string // lowercase surface forms: name, acronym, aliases
	all   []string // as written
}

func newExpander(c *corpus.Corpus) *expander {
	e := &expander{}
	known := map[string]bool{} // acronyms already covered by a faction
	add := func(forms ...string) {
		ns := nameSet{}
		for _, form := range forms {
			if form == "" || slices.Contains(ns.forms, strings.ToLower(form)) {
				continue
			}
			ns.forms = append(ns.forms, strings.ToLower(form))
			ns.all = append(ns.all, form)
		}
		if len(ns.forms) > 0 {
			e.names = append(e.names, ns)
		}
	}
	for _, f := range c.Factions {
		add(append([]string{f.Name, f.Acronym}, f.Aliases...)...)
		known[f.Acronym] = true
	}
	for _, a := range c.Acronyms {
		if !known[a.Short] {
			add(a.Long, a.Short)
		}
	}
	for _, b := range c.Briefings {
		e.authors = append(e.authors, b.Authors...)
	}
	return e
}

// entities finds the names the question uses, longest first, and returns
// each one's forms, plus which word positions they cover.
func (e *expander) entities(ws []string) ([][]string, map[int]bool) {
	type hit struct{ start, end, set int }
	var hits []hit
	for si, ns := range e.names {
		for _, form := range ns.forms {
			fw := words(form)
			for i := 0; i+len(fw) <= len(ws); i++ {
				if slices.Equal(ws[i:i+len(fw)], fw) {
					hits = append(hits, hit{i, i + len(fw), si})
				}
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].end-hits[i].start > hits[j].end-hits[j].start })
	covered := map[int]bool{}
	used := map[int]bool{}
	var out [][]string
	for _, h := range hits {
		free := true
		for i := h.start; i < h.end; i++ {
			free = free && !covered[i]
		}
		if !free {
			continue
		}
		for i := h.start; i < h.end; i++ {
			covered[i] = true
		}
		if !used[h.set] {
			used[h.set] = true
			out = append(out, e.names[h.set].all)
		}
	}
	return out, covered
}

// authorsFor returns the briefings' authors when the question asks who
// wrote one.
func (e *expander) authorsFor(ws []string) []string {
	for _, w := range ws {
		if authorWords[w] {
			return e.authors
		}
	}
	return nil
}

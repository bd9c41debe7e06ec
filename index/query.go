package index

import (
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
	boostExpansion = 0.8 // acronym ⇄ long name, aliases, authors
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
}

// synonyms is a small table of news vocabulary that writers vary freely.
// Each word of a set expands to the others.
var synonyms = [][]string{
	{"army", "armed forces", "troops", "military", "soldiers"},
	{"disband", "dissolve", "dissolved", "disbanded"},
	{"flee", "fled", "escape", "escaped"},
	{"money", "funds", "ransom", "revenue", "finance"},
	{"kill", "killed", "dead", "died", "death", "deaths"},
	{"overthrew", "overthrow", "ousted", "removed", "coup"},
	{"leader", "leads", "led", "head", "chief"},
	{"attack", "attacked", "assault", "strike", "raid"},
	{"goal", "aim", "aims", "want", "wants", "seek", "seeks", "hopes"},
	{"begin", "began", "start", "started", "launched"},
	{"nationalities", "citizens", "nationals"},
	{"fighters", "militants", "members"},
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

// buildQuery turns a question into a bleve query, never through the query
// string syntax, so that "?", "-", quotes and slashes are just text. It
// returns the analyzed terms to highlight, and a nil query when nothing is
// left to search for.
func (ix *Index) buildQuery(question string) (query.Query, map[string]bool) {
	all := words(question)
	var content []string
	for _, w := range all {
		if !questionWords[w] {
			content = append(content, w)
		}
	}
	cleaned := strings.Join(content, " ")
	terms := ix.terms(cleaned)
	if len(terms) == 0 {
		return nil, nil
	}
	var should []query.Query
	add := func(q interface{ SetBoost(float64) }, boost float64) {
		q.SetBoost(boost)
		should = append(should, q.(query.Query))
	}

	m := bleve.NewMatchQuery(cleaned)
	m.SetField("text")
	add(m, boostMatch)

	sec := bleve.NewMatchQuery(cleaned)
	sec.SetField("section")
	add(sec, boostSection)

	if len(content) > 1 {
		ph := bleve.NewMatchPhraseQuery(cleaned)
		ph.SetField("text")
		add(ph, boostPhrase)
	}
	for i := 0; i+1 < len(content); i++ {
		pair := content[i] + " " + content[i+1]
		if len(ix.terms(pair)) < 2 {
			continue
		}
		bg := bleve.NewMatchPhraseQuery(pair)
		bg.SetField("text")
		add(bg, boostBigram)
	}
	// Misspellings, in the question or the briefing, of longer words only:
	// fuzziness 1 with a one-letter prefix keeps this cheap at scale.
	var long []string
	for _, w := range content {
		if len([]rune(w)) >= 5 {
			long = append(long, w)
		}
	}
	if len(long) > 0 {
		fz := bleve.NewMatchQuery(strings.Join(long, " "))
		fz.SetField("text")
		fz.SetFuzziness(1)
		fz.SetPrefix(1)
		add(fz, boostFuzzy)
	}
	for _, exp := range ix.expander.expand(question, all) {
		for t := range ix.terms(exp) {
			terms[t] = true
		}
		ph := bleve.NewMatchPhraseQuery(exp)
		ph.SetField("text")
		add(ph, boostExpansion)
	}
	for _, syn := range expandSynonyms(content) {
		for t := range ix.terms(syn) {
			terms[t] = true
		}
		sm := bleve.NewMatchQuery(syn)
		sm.SetField("text")
		add(sm, boostSynonym)
	}
	return bleve.NewDisjunctionQuery(should...), terms
}

// terms analyzes text as the index does and returns the set of terms.
func (ix *Index) terms(text string) map[string]bool {
	set := map[string]bool{}
	for _, tok := range ix.analyzer.Analyze([]byte(text)) {
		set[string(tok.Term)] = true
	}
	return set
}

func expandSynonyms(content []string) []string {
	var out []string
	have := map[string]bool{}
	for _, w := range content {
		have[w] = true
	}
	for _, set := range synonyms {
		hit := false
		for _, s := range set {
			if have[s] {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		var alt []string
		for _, s := range set {
			if !have[s] {
				alt = append(alt, s)
			}
		}
		out = append(out, strings.Join(alt, " "))
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
	for _, f := range c.Factions {
		ns := nameSet{}
		for _, form := range append([]string{f.Name, f.Acronym}, f.Aliases...) {
			if form == "" {
				continue
			}
			ns.forms = append(ns.forms, strings.ToLower(form))
			ns.all = append(ns.all, form)
		}
		e.names = append(e.names, ns)
	}
	for _, b := range c.Briefings {
		e.authors = append(e.authors, b.Authors...)
	}
	return e
}

// expand returns extra phrases implied by the question: for every faction
// named in it by one form, its other forms.
func (e *expander) expand(question string, ws []string) []string {
	padded := " " + strings.Join(ws, " ") + " "
	var out []string
	for _, ns := range e.names {
		matched := -1
		for i, form := range ns.forms {
			if strings.Contains(padded, " "+strings.Join(words(form), " ")+" ") {
				matched = i
				break
			}
		}
		if matched < 0 {
			continue
		}
		for i, form := range ns.all {
			if i != matched && !strings.EqualFold(form, ns.all[matched]) {
				out = append(out, form)
			}
		}
	}
	for _, w := range ws {
		if authorWords[w] {
			out = append(out, e.authors...)
			break
		}
	}
	return out
}

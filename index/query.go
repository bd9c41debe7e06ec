package index

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Boosts of the clauses a question becomes. The plain match carries the
// ranking; the rest lift paragraphs that share the question's phrasing or
// the names it implies. Related forms and synonyms weigh less than the
// question's own words.
const (
	boostMatch     = 1.0
	boostSection   = 0.3
	boostPhrase    = 1.5 // the whole question as a phrase
	boostBigram    = 0.6 // each adjacent pair of content words
	boostFuzzy     = 0.25
	boostExpansion = 0.8 // the authors, for "who wrote this?"
	boostEntity    = 1.5 // a name the corpus defines, by any of its forms
	boostForms     = 0.6 // irregular and derived forms: led for leads
	boostSynonym   = 0.3 // WordNet synonyms of the most frequent sense
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

// definingPhrase reports whether ws[i] belongs to "stand for" or "refer
// to": "what does RAMSI stand for?" asks what RAMSI is, and a paragraph
// with "stand" in it is no likelier to say.
func definingPhrase(ws []string, i int) bool {
	pair := func(j int) string {
		if j < 0 || j+1 >= len(ws) {
			return ""
		}
		return strings.TrimSuffix(ws[j], "s") + " " + ws[j+1]
	}
	return pair(i) == "stand for" || pair(i) == "refer to" || pair(i-1) == "stand for" || pair(i-1) == "refer to"
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
		// A possessive names its owner: "lurd's leader" asks about LURD.
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
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
	// to build: enough to find where known terms occur in a few hits. It
	// also finds the focus terms, which do not rank.
	exact query.Query
	// highlight holds every term worth bolding: the question's own and
	// those of its expansions.
	highlight map[string]bool
	// concepts has one entry per content word or name of the question.
	concepts []concept
	// anchors are the names the question holds.
	anchors []anchor
	answer  answerKind
	// focus holds the terms of what a count, date or duration question
	// asks about (see focusTerms).
	focus map[string]bool
	// linked holds the terms only WordNet's links or the learned
	// bridges reach (see concept.linked, concept.bridged): they are searched to find where they stand, never
	// to rank, like the focus terms.
	linked map[string]bool
	// unranked holds the expansions' terms common in the index (see
	// rankExpansions): located in the candidates, not searched for them.
	unranked map[string]bool
	// isRole reports whether a word names a kind of leader (WordNet).
	isRole func(string) bool
	// noHeadings ignores names in a paragraph's headings, and noRoles
	// a leader named by a title, for ablation.
	noHeadings, noRoles bool
	// noSentenceDate holds a date to focusReach words of the event, as
	// a count is (see expansion).
	noSentenceDate bool
	// topic is, by briefing slug, how much the question is about it (see
	// topicShares); set once the candidates are known.
	topic map[string]float64
	// pervasive holds, for each of anchors, the slugs of the briefings
	// that name it in so many paragraphs that holding it tells a
	// paragraph of them nothing (see pervasiveAnchors); set with topic.
	pervasive []map[string]bool
	// wholeNames holds a name only by a whole form of it (anchor.held).
	wholeNames bool
	// untold is set on the plan an unanswered question is ranked by
	// instead (aboutAnchors): it asks for no fact, so no paragraph is its
	// first telling (rank.First).
	untold bool
}

// concept is what stands for one word or name of the question: its own
// terms, and those of its related forms and synonyms. A paragraph covers
// a concept when it holds any of them.
type concept struct {
	exact, wide map[string]bool
	// linked holds, by kind of WordNet link, the terms of words linked
	// to the question's word that are neither its forms nor synonyms
	// ("kill" for "died"). They do not make the concept covered; each
	// kind is a feature of its own.
	linked [wordnet.NumLinks]map[string]bool
	// bridged holds the terms of the lemmas the learned table bridges
	// the question's word to (see Index.bridge), each with its strength
	// in (0, 1]. Like linked, they do not make the concept covered.
	bridged map[string]float64
}

// expansion switches off parts of a question's expansion, for ablation.
type expansion struct {
	noForms    bool // WordNet's irregular and derived forms
	noSynonyms bool // WordNet's synonyms
	noKin      bool // WordNet's broader and narrower words, for the focus
	// noPlaceFocus gives where-questions no focus: any place in the
	// paragraph answers them, wherever it stands.
	noPlaceFocus bool
	// noSentenceDate holds a when-question's date to focusReach words of
	// the event, instead of its whole sentence.
	noSentenceDate bool
	noCompounds    bool // two question words joined
	noSplits       bool // one question word the briefings write as two (splitWords)
	noNamedWords   bool // names typed otherwise read as names (namedWords)
	noContractions bool // contractions read as the words they shorten (expandContractions)
	// englishMisspelt lets an English word the text does not use be read
	// as a misspelt name (misspelt).
	englishMisspelt bool
	keepOrdinary    bool // an ordinary word may stand for a one-word name (ordinaryWord)
	noWholeNames    bool // a name is held by any of its terms, not a whole form
	noSurnames      bool // a person's name is held only whole (surnameForm)
	keepCommon      bool // rank by common forms and synonyms too (rankExpansions)
	// noLinks switches off one kind of WordNet link each.
	noLinks [wordnet.NumLinks]bool
	// noBridges leaves out the learned lexical bridges (bridges.txt).
	noBridges bool
}

// question is a question read into words.
type question struct {
	all      []string // every word, lowercase
	entities [][]string
	inEntity map[int]bool
	kept     []string // content words outside entities
	spoken   []string // every content word
	cased    map[string]bool
}

// readQuestion splits a question into words and finds the names the
// corpus defines first: each is one entity, and a paragraph naming it by
// any form (long name, acronym, alias) matches it, so the long name's
// words are not counted one by one.
func (ix *Index) readQuestion(text string) question {
	q := question{all: ix.expandContractions(ix.namedWords(words(text))), cased: wordsCased(text)}
	// A name spelt like a question word ("WHO", "IS") or an ordinary
	// word ("BIG", "IN") counts only when written in capitals.
	shouted := wordsShouted(text)
	q.entities, q.inEntity = ix.expander.entities(q.all, func(w string) bool {
		return (questionWords[w] || ix.ordinaryWord(w)) && !shouted[w]
	})
	for i, w := range q.all {
		if questionWords[w] || definingPhrase(q.all, i) {
			continue
		}
		q.spoken = append(q.spoken, w)
		if !q.inEntity[i] {
			q.kept = append(q.kept, w)
		}
	}
	return q
}

// ordinaryWord reports whether a word the question writes in lower case
// is an ordinary English word rather than a one-word name the corpus
// defines: a stop word ("in", "this"), or a word WordNet knows that the
// corpus does not write as a name ("big", though a briefing defines the
// Bougainville Interim Government as BIG). Words of two letters are
// left to the acronym: "the un", "the us". In a corpus of many
// briefings some acronym is spelt like a common word, and reading that
// word as the name put every paragraph naming the acronym first.
func (ix *Index) ordinaryWord(w string) bool {
	if ix.expansion.keepOrdinary {
		return false
	}
	if len(ix.terms(w)) == 0 {
		return true
	}
	return utf8.RuneCountInString(w) >= 3 && !ix.names[foldWord(w)] && ix.lexicon.Knows(w)
}

// buildQuery turns a question into a bleve query, never through the query
// string syntax, so that "?", "-", quotes and slashes are just text. The
// query is nil when nothing is left to search for.
func (ix *Index) buildQuery(text string) plan {
	q := ix.readQuestion(text)
	pl := ix.newPlan(q, text)
	var cl clauses
	ix.entityClauses(q, &pl, &cl)
	if len(pl.highlight) == 0 {
		return pl
	}
	ix.wordClauses(q, &cl)
	ix.expansionClauses(q, &pl, &cl)
	ix.splitClauses(q, &pl, &cl)
	ix.authorClauses(q, &pl, &cl)
	pl.query = ix.rankQuery(q, cl)
	pl.exact = ix.locateQuery(q, &pl, cl)
	return pl
}

// newPlan is the part of a question's plan its words give before any
// clause: what it names (anchors) and the kind of answer it asks for.
func (ix *Index) newPlan(q question, text string) plan {
	return plan{
		linked:    map[string]bool{},
		unranked:  map[string]bool{},
		highlight: ix.terms(strings.Join(q.kept, " ")),
		answer:    answerKindOf(q.all, strings.ContainsAny(text, "'’")),
		anchors:   ix.anchorsOf(q),
		isRole:    ix.lexicon.Leader,

		wholeNames:     !ix.expansion.noWholeNames,
		noSentenceDate: ix.expansion.noSentenceDate,
	}
}

// rankQuery is the query that finds and scores candidates: the clauses,
// and a fuzzy clause for words the briefings never use.
func (ix *Index) rankQuery(q question, cl clauses) query.Query {
	if fz := ix.fuzzyClause(q.kept); fz != nil {
		return bleve.NewDisjunctionQuery(append(slices.Clone(cl.should), fz)...)
	}
	return bleve.NewDisjunctionQuery(cl.should...)
}

// locateQuery is the query that finds where terms stand in the
// candidates: the clauses without the costly fuzzy one, plus the focus
// terms and the WordNet-linked ones (see plan.exact), which never rank.
// It sets pl.focus.
func (ix *Index) locateQuery(q question, pl *plan, cl clauses) query.Query {
	locate := slices.Clone(cl.should)
	var focus query.Query
	if pl.focus, focus = ix.focusTerms(q, pl.answer); focus != nil {
		locate = append(locate, focus)
	}
	if len(pl.linked) > 0 {
		locate = append(locate, termsQuery(slices.Sorted(maps.Keys(pl.linked))))
	}
	if len(pl.unranked) > 0 {
		locate = append(locate, termsQuery(slices.Sorted(maps.Keys(pl.unranked))))
	}
	return bleve.NewDisjunctionQuery(locate...)
}

// authorClauses answer "who wrote this?" with the briefings' authors, as
// one concept: a paragraph naming any author covers it.
func (ix *Index) authorClauses(q question, pl *plan, cl *clauses) {
	c := concept{exact: map[string]bool{}}
	for _, a := range ix.expander.authorsFor(q.all) {
		for t := range ix.terms(a) {
			pl.highlight[t] = true
			c.exact[t] = true
		}
		cl.phrase(a, boostExpansion)
	}
	if len(c.exact) > 0 {
		pl.concepts = append(pl.concepts, c)
	}
}

// clauses collects the should-clauses of a question's query.
type clauses struct{ should []query.Query }

func (cl *clauses) add(q interface{ SetBoost(float64) }, boost float64) {
	q.SetBoost(boost)
	cl.should = append(cl.should, q.(query.Query))
}

func (cl *clauses) match(text, field string, boost float64) {
	m := bleve.NewMatchQuery(text)
	m.SetField(field)
	cl.add(m, boost)
}

func (cl *clauses) phrase(text string, boost float64) { cl.add(textPhrase(text), boost) }

// terms adds one term query per term, so that no term counts twice
// however many expansions share its stem.
func (cl *clauses) terms(ts []string, boost float64) {
	if len(ts) == 0 {
		return
	}
	cl.add(termsQuery(ts), boost)
}

// termsQuery matches any of ts in the text.
func termsQuery(ts []string) *query.DisjunctionQuery {
	var alt []query.Query
	for _, t := range ts {
		tq := bleve.NewTermQuery(t)
		tq.SetField("text")
		alt = append(alt, tq)
	}
	return bleve.NewDisjunctionQuery(alt...)
}

func textPhrase(text string) *query.MatchPhraseQuery {
	ph := bleve.NewMatchPhraseQuery(text)
	ph.SetField("text")
	return ph
}

// entityClauses matches each name the corpus defines by any of its forms.
func (ix *Index) entityClauses(q question, pl *plan, cl *clauses) {
	for _, e := range q.entities {
		var forms []query.Query
		c := concept{exact: map[string]bool{}}
		for _, form := range e {
			ts := ix.terms(form)
			if len(ts) == 0 {
				continue
			}
			// A phrase scores about the sum of its words; dividing by
			// their number makes every form of the name weigh the same,
			// so "AMISOM" counts as much as "African Union Mission in
			// Somalia".
			forms = append(forms, ix.formQuery(form, 1/float64(len(ts))))
			for t := range ts {
				c.exact[t] = true
				pl.highlight[t] = true
			}
		}
		if len(forms) == 0 {
			continue
		}
		cl.add(bleve.NewDisjunctionQuery(forms...), boostEntity)
		cl.match(strings.Join(e, " "), "section", boostSection)
		pl.concepts = append(pl.concepts, c)
	}
}

// wordClauses match the question's own words: all of them, the whole
// question as a phrase, and each pair of neighbours.
func (ix *Index) wordClauses(q question, cl *clauses) {
	if len(q.kept) > 0 {
		cleaned := strings.Join(q.kept, " ")
		cl.match(cleaned, "text", boostMatch)
		cl.match(cleaned, "section", boostSection)
	}
	// A phrase of common words only is left out: at scale it is the
	// costliest clause and, matching thousands of paragraphs, adds little.
	common := ix.commonWords(q.spoken)
	if len(q.spoken) > 1 && !allOf(q.spoken, common) {
		cl.phrase(strings.Join(q.spoken, " "), boostPhrase)
	}
	// Stop words between neighbours are kept so that positions line up
	// ("AMISOM in Mogadishu").
	last := -1
	for i, w := range q.kept {
		if len(ix.terms(w)) == 0 {
			continue
		}
		if last >= 0 && !(common[q.kept[last]] && common[w]) {
			cl.phrase(strings.Join(q.kept[last:i+1], " "), boostBigram)
		}
		last = i
	}
}

// allOf reports whether set holds every one of words.
func allOf(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return true
}

// commonWords returns those of words whose every term is common in the
// index (see common). A stop word, which has no term, counts as common:
// it is the commonest of words and a phrase skips it anyway.
func (ix *Index) commonWords(words []string) map[string]bool {
	termsOf := map[string]map[string]bool{}
	var all []string
	for _, w := range words {
		termsOf[w] = ix.terms(w)
		all = append(all, slices.Collect(maps.Keys(termsOf[w]))...)
	}
	common := ix.common(all)
	out := map[string]bool{}
	for w, ts := range termsOf {
		out[w] = true
		for t := range ts {
			out[w] = out[w] && common[t]
		}
	}
	return out
}

// fuzzyClause matches misspellings in the question, of longer words only
// and of words the briefings never use (a word spelled as the briefings
// spell it needs none): fuzziness 1 with a one-letter prefix keeps this
// cheap at scale.
func (ix *Index) fuzzyClause(kept []string) query.Query {
	var long []string
	for _, w := range kept {
		if len([]rune(w)) >= 5 {
			long = append(long, w)
		}
	}
	long = ix.unknown(long)
	if len(long) == 0 {
		return nil
	}
	fz := bleve.NewMatchQuery(strings.Join(long, " "))
	fz.SetField("text")
	fz.SetFuzziness(1)
	fz.SetPrefix(1)
	fz.SetBoost(boostFuzzy)
	return fz
}

// expansionClauses make one concept per content word, widened by its
// WordNet forms (and, for a name, its demonyms) and synonyms, each
// matched below the word itself.
func (ix *Index) expansionClauses(q question, pl *plan, cl *clauses) {
	var pending []termClause
	for i, w := range q.kept {
		ts := ix.terms(w)
		if len(ts) == 0 {
			continue
		}
		c := concept{exact: ts, wide: map[string]bool{}}
		x := ix.expansionsOf(q, i)
		pending = append(pending,
			termClause{ix.widen(c, x.forms, pl.highlight), boostForms},
			termClause{ix.own(c, x.joined, pl.highlight), boostForms},
			termClause{ix.widen(c, x.synonyms, pl.highlight), boostSynonym})
		ix.link(&c, w, pl.linked)
		ix.bridge(&c, w, pl.linked)
		pl.concepts = append(pl.concepts, c)
	}
	ix.rankExpansions(pending, pl, cl)
}

// wordExpansions are the words a question word is widened to, each kind
// matched at its own boost.
type wordExpansions struct {
	forms    []string // inflections and derivations (a name's demonyms too)
	joined   []string // the word written together with the next one
	synonyms []string // WordNet synonyms, and a two-word verb's one word
}

// expansionsOf returns the expansions of the question's i-th kept word
// that the index's expansion settings allow.
func (ix *Index) expansionsOf(q question, i int) wordExpansions {
	w := q.kept[i]
	var x wordExpansions
	if !ix.expansion.noForms {
		x.forms = ix.lexicon.Forms(w)
	}
	if q.cased[w] || ix.names[foldWord(w)] {
		x.forms = append(x.forms, demonyms(w)...)
	}
	// Two words a writer may join: "run off" for runoff, "cease
	// fire" for ceasefire. The joined word is the question's own
	// words, so it counts as exact, not as a form.
	if !ix.expansion.noCompounds && i+1 < len(q.kept) {
		x.joined = []string{w + q.kept[i+1]}
	}
	if !ix.expansion.noSynonyms {
		x.synonyms = ix.lexicon.Synonyms(w)
		// A two-word verb ("step down") stands for one word
		// (resign), carried by its first word.
		if i+1 < len(q.kept) {
			x.synonyms = append(x.synonyms, ix.lexicon.PhraseSynonyms(w, q.kept[i+1])...)
		}
	}
	return x
}

// splitClauses match, as a phrase, a question word the briefings never
// use that is two of their words written as one: "runoffs" for "run-off
// votes", "peacekeepers" for "peace keepers". The joined form is the
// reverse (two question words a writer may join); this reads the
// question's solid spelling against the text's hyphen or space. The
// halves' terms count as the question's own.
func (ix *Index) splitClauses(q question, pl *plan, cl *clauses) {
	if ix.expansion.noSplits {
		return
	}
	for _, split := range ix.splitWords(q.kept) {
		cl.phrase(split, boostForms)
		for t := range ix.terms(split) {
			pl.highlight[t] = true
		}
	}
}

// splitWords returns, for each of words of six letters or more that the
// index does not hold, the first way to cut it into two words of three
// letters or more that it does hold, as "left right": the left a term of
// the index, the right one too or a stop word ("run" and "off"), in the
// singular where the plural is not ("runoffs"). Words it cannot cut give
// nothing.
func (ix *Index) splitWords(words []string) []string {
	var long []string
	for _, w := range words {
		if len(w) >= 6 && isLowerASCII(w) {
			long = append(long, w)
		}
	}
	long = ix.unknown(long)
	if len(long) == 0 {
		return nil
	}
	dict, done, err := ix.textDict()
	if err != nil {
		return nil
	}
	defer done()
	var out []string
	for _, w := range long {
		if split := ix.cut(w, dict); split != "" {
			out = append(out, split)
		}
	}
	return out
}

// cut returns the first cut of w into two words the dictionary holds (see
// splitWords), or "".
func (ix *Index) cut(w string, dict bindex.FieldDictContains) string {
	for k := 3; k <= len(w)-3; k++ {
		left, right := w[:k], w[k:]
		if !ix.holdsAll(left, dict, false) {
			continue
		}
		if ix.holdsAll(right, dict, true) {
			return left + " " + right
		}
		if r, ok := strings.CutSuffix(right, "s"); ok && len(r) >= 3 && ix.holdsAll(r, dict, true) {
			return left + " " + r
		}
	}
	return ""
}

// holdsAll reports whether the dictionary holds every term of w; a stop
// word, which has none, counts only where stop is set.
func (ix *Index) holdsAll(w string, dict bindex.FieldDictContains, stop bool) bool {
	ts := ix.terms(w)
	if len(ts) == 0 {
		return stop
	}
	for t := range ts {
		if ok, err := dict.Contains([]byte(t)); err != nil || !ok {
			return false
		}
	}
	return true
}

// isLowerASCII reports whether w is lower-case ASCII letters only.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// termClause is one expansion's terms and their boost.
type termClause struct {
	terms []string
	boost float64
}

// rankExpansions adds each expansion's clause to the query, without the
// terms common in the index (see common), which go to pl.unranked: a
// search costs the length of its terms' posting lists, and a form or
// synonym found in thousands of paragraphs ("state" for country, "take"
// for lead) cost a question at 100k paragraphs more than its own words,
// for a low weight over many paragraphs. They are still located in the
// candidates, so the concept they stand for is covered as before.
func (ix *Index) rankExpansions(pending []termClause, pl *plan, cl *clauses) {
	var all []string
	for _, tc := range pending {
		all = append(all, tc.terms...)
	}
	var common map[string]bool
	if !ix.expansion.keepCommon && len(all) > 0 {
		common = ix.common(all)
	}
	for _, tc := range pending {
		var ranked []string
		for _, t := range tc.terms {
			if common[t] {
				pl.unranked[t] = true
			} else {
				ranked = append(ranked, t)
			}
		}
		cl.terms(ranked, tc.boost)
	}
}

// own adds the terms of alts to c.exact, as the question's own words
// written otherwise, and returns those new to c.
func (ix *Index) own(c concept, alts []string, highlight map[string]bool) []string {
	extra := ix.widen(c, alts, highlight)
	for _, t := range extra {
		delete(c.wide, t)
		c.exact[t] = true
	}
	return extra
}

// widen adds the terms of alts to c.wide and returns those new to c.
func (ix *Index) widen(c concept, alts []string, highlight map[string]bool) []string {
	var extra []string
	for _, alt := range alts {
		for t := range ix.terms(alt) {
			if c.exact[t] || c.wide[t] {
				continue
			}
			c.wide[t] = true
			highlight[t] = true
			extra = append(extra, t)
		}
	}
	slices.Sort(extra)
	return extra
}

// link fills c.linked with the terms of the words WordNet links to w,
// kind by kind, leaving out those c holds already, and adds them to
// located.
func (ix *Index) link(c *concept, w string, located map[string]bool) {
	for k := range c.linked {
		if ix.expansion.noLinks[k] {
			continue
		}
		for _, alt := range ix.lexicon.Linked(wordnet.Link(k), w) {
			for t := range ix.terms(alt) {
				if c.exact[t] || c.wide[t] {
					continue
				}
				if c.linked[k] == nil {
					c.linked[k] = map[string]bool{}
				}
				c.linked[k][t] = true
				located[t] = true
			}
		}
	}
}

// formQuery matches one form of a name as a phrase or, when the form is
// one term ("AMISOM", "Shabaab"), as that term alone: a phrase of one term
// scores the same but reads every position of the term in every paragraph
// holding it, which for a common word costs a hundred times the search.
func (ix *Index) formQuery(form string, boost float64) query.Query {
	var q interface {
		query.Query
		SetBoost(float64)
	}
	if tokens := ix.analyzer.Analyze([]byte(form)); len(tokens) == 1 {
		tq := bleve.NewTermQuery(string(tokens[0].Term))
		tq.SetField("text")
		q = tq
	} else {
		q = textPhrase(form)
	}
	q.SetBoost(boost)
	return q
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

// wordsShouted reports, for each lowercased word of text, whether it was
// written in capitals: an acronym.
func wordsShouted(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) > 1 && strings.ToUpper(w) == w {
			out[strings.ToLower(w)] = true
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

// expander maps the names a corpus defines onto each other: an acronym to
// its long name and back, an alias to the canonical name, and questions
// about authorship to the authors. Every form is split into words once,
// when the index is built, and filed under its first word, so finding the
// names a question uses costs about the question's length, whatever the
// number of names in the corpus.
type expander struct {
	names   []nameSet
	byFirst map[string][]formAt
	authors []string
}

type nameSet struct {
	forms []string // lowercase surface forms: name, acronym, aliases
	all   []string // as written
}

// formAt is one form of a name, split into words.
type formAt struct {
	set, form int // e.names[set].forms[form]
	words     []string
}

func newExpander(c *corpus.Corpus) *expander {
	e := &expander{byFirst: map[string][]formAt{}}
	known := map[string]bool{} // acronyms already covered by a faction
	for _, f := range c.Factions {
		e.addName(append([]string{f.Name, f.Acronym}, f.Aliases...)...)
		known[f.Acronym] = true
	}
	for _, a := range c.Acronyms {
		if !known[a.Short] {
			e.addName(a.Long, a.Short)
		}
	}
	e.fileByFirstWord()
	for _, b := range c.Briefings {
		e.authors = append(e.authors, b.Authors...)
	}
	return e
}

// addName adds one name's forms as a set, leaving out empty forms and
// forms equal but for case to one already in it; a name with no form
// left adds nothing.
func (e *expander) addName(forms ...string) {
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

// fileByFirstWord splits every form of every name into words once and
// files it under its first word.
func (e *expander) fileByFirstWord() {
	for si, ns := range e.names {
		for fi, form := range ns.forms {
			if fw := words(form); len(fw) > 0 {
				e.byFirst[fw[0]] = append(e.byFirst[fw[0]], formAt{si, fi, fw})
			}
		}
	}
}

// entities finds the names the question uses, longest first, and returns
// each one's forms, the form the question used first, plus which word
// positions they cover. Among names of one length, the one the corpus
// defines first wins. A one-word form skip reports is not looked for.
func (e *expander) entities(ws []string, skip func(string) bool) ([][]string, map[int]bool) {
	hits := e.nameHits(ws, skip)
	sortNameHits(hits)
	return e.pickNames(hits)
}

// nameHit is one form of a name found in the question: the words
// [start, end), the name's set in expander.names and the form's index in it.
type nameHit struct{ start, end, set, form int }

// nameHits returns every place a name's form stands in the question,
// overlapping ones included, looked up by the question's words.
func (e *expander) nameHits(ws []string, skip func(string) bool) []nameHit {
	var hits []nameHit
	for i, w := range ws {
		for _, f := range e.byFirst[w] {
			if len(f.words) == 1 && skip(f.words[0]) {
				continue
			}
			if end := i + len(f.words); end <= len(ws) && slices.Equal(ws[i:end], f.words) {
				hits = append(hits, nameHit{i, end, f.set, f.form})
			}
		}
	}
	return hits
}

// sortNameHits orders hits as entities picks them: longest first, then the
// name the corpus defines first, its first form, the earliest position.
func sortNameHits(hits []nameHit) {
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return la > lb
		}
		if a.set != b.set {
			return a.set < b.set
		}
		if a.form != b.form {
			return a.form < b.form
		}
		return a.start < b.start
	})
}

// pickNames takes sorted hits in order, each whose words no earlier pick
// covers, and returns each name's forms once, the form the question used
// first, with the positions covered.
func (e *expander) pickNames(hits []nameHit) ([][]string, map[int]bool) {
	covered := map[int]bool{}
	used := map[int]bool{}
	var out [][]string
	for _, h := range hits {
		if anyCovered(covered, h.start, h.end) {
			continue
		}
		for i := h.start; i < h.end; i++ {
			covered[i] = true
		}
		if !used[h.set] {
			used[h.set] = true
			all := e.names[h.set].all
			// The form the question used comes first.
			forms := append([]string{all[h.form]}, all[:h.form]...)
			out = append(out, append(forms, all[h.form+1:]...))
		}
	}
	return out, covered
}

// anyCovered reports whether a position in [start, end) is covered.
func anyCovered(covered map[int]bool, start, end int) bool {
	for i := start; i < end; i++ {
		if covered[i] {
			return true
		}
	}
	return false
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

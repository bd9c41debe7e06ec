package index

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// candidates is how many top hits the re-ranker sees. Re-ranking only
// reorders what BM25 already found, so this bounds its cost.
const candidates = 30

// candidate is a hit being re-ranked.
type candidate struct {
	id   string
	slug string // briefing, then paragraph number: the order of ties
	para int
	// section is the heading above the paragraph, or "", and heading
	// the key of its headings in Index.about (headingOf).
	section, heading string
	text             string              // as indexed: the paragraph, after its lead-in if any
	body             int                 // byte offset in text where the paragraph itself starts
	bm25             float64             // bleve's score
	score            float64             // the re-ranker's
	terms            map[string][]termAt // matched terms and where, from bleve or the text
	analysed         *analysedText       // text's tokens, when the terms came from the text

	features rank.Features
	// anchored is whether the paragraph holds any of the question's
	// names; answered whether one of its sentences holds a name, the
	// kind of answer asked for and the rest of the question's subject;
	// titled whether it is a title line (isTitleLine).
	anchored, answered, titled bool
	covered                    map[int]bool // indexes of the plan's concepts held
	sents                      []sentence   // text split, once it is asked for
	// scratch, if not nil, is the search's: analysed, sents and their
	// words are carved from it, valid while the search runs.
	scratch *searchScratch
}

// sentences are c's text split into sentences and words, split on first
// use and kept: each feature reads them again.
func (c *candidate) sentences() []sentence {
	if c.sents == nil {
		c.sents = splitSentencesIn(c.scratch, c.text)
	}
	return c.sents
}

// termAt is one occurrence of a matched term.
type termAt struct {
	pos   int // word position
	start int // byte offset in candidate.text
}

// ranker re-ranks candidates: the plan, the weights and the switches
// that ablation tests turn off.
type ranker struct {
	// model holds the weights, one vector per kind of answer asked for.
	model rank.Model
	// noTiers lets a paragraph without the question's names outrank one
	// with them.
	noTiers bool
	// noFallback keeps an unanswered question's own kind of answer.
	noFallback bool
	// noPervasive counts a name a briefing holds throughout as an
	// anchor of its paragraphs all the same (see pervasiveAnchors).
	noPervasive bool
	// noTitleTier lets a title line (isTitleLine) outrank the prose of
	// its tier of names.
	noTitleTier bool
}

func defaultRanker() ranker { return ranker{model: rank.FittedModel()} }

// rerank reorders candidates by a weighted sum of BM25 and features that
// BM25 does not see (see package rank). When the question names
// something, paragraphs holding one of its names come first. It reports
// whether the question is unanswered: it names something and asks for a
// kind of answer that no candidate holds beside the name. Then what the
// briefings say about the name is what they have to offer: for "who …
// X?", where the person's name is missing, the candidates are ranked as
// for "what is X?". (Other kinds keep their ranking: a count or a date
// stands in another sentence more often than a name.)
func (r ranker) rerank(cs []candidate, pl plan, about map[string]map[string]bool) (unanswered bool) {
	defer r.sort(cs)
	top := 0.0
	for _, c := range cs {
		top = math.Max(top, c.bm25)
	}
	if top <= 0 {
		return false
	}
	r.score(cs, pl, about, top)
	if !isUnanswered(cs, pl) {
		return false
	}
	if fb, ok := r.fallback(pl); ok {
		r.score(cs, fb, about, top)
	}
	return true
}

// fallback is the plan an unanswered question is ranked by instead of
// pl, if any.
func (r ranker) fallback(pl plan) (plan, bool) {
	if r.noFallback || pl.answer != personKind {
		return pl, false
	}
	return pl.aboutAnchors(), true
}

func (r ranker) score(cs []candidate, pl plan, about map[string]map[string]bool, top float64) {
	bySlug := map[string]map[int]bool{} // concepts each briefing's candidates hold
	for i := range cs {
		cs[i].features = features(&cs[i], pl, about)
		cs[i].features[rank.BM25] = cs[i].bm25 / top
		if bySlug[cs[i].slug] == nil {
			bySlug[cs[i].slug] = map[int]bool{}
		}
		for ci := range cs[i].covered {
			bySlug[cs[i].slug][ci] = true
		}
	}
	for i := range cs {
		if n := len(pl.concepts); n > 0 {
			cs[i].features[rank.Context] = float64(len(bySlug[cs[i].slug])) / float64(n)
		}
	}
	smooth(cs, pl, about)
	if !pl.untold {
		firstTellings(cs)
	}
	kind := pl.answer.String()
	for i := range cs {
		cs[i].score = r.model.Score(kind, cs[i].features)
	}
}

// firstTellings sets the First feature of cs (see rank.First): a
// candidate's coverage when no candidate before it in its briefing holds
// every concept it holds, else 0. The candidates' covered concepts and
// coverage must be known (features sets them). Scaled by coverage, the
// feature leaves the score of a question no candidate answers well low,
// which the no-answer threshold reads: as a flag (1) it gained less held
// out and cut that threshold's balanced accuracy from 0.864 to 0.840.
// A news report's lead counts as an earlier telling of what its later
// paragraphs hold, like any earlier paragraph: the exception that once
// held it no telling stopped paying with the early feature (see
// docs/ranking.md) and was taken out.
func firstTellings(cs []candidate) {
	for i := range cs {
		if len(cs[i].covered) == 0 {
			continue
		}
		first := 1.0
		for j := range cs {
			if tellsBefore(&cs[j], &cs[i]) && holdsAll(cs[j].covered, cs[i].covered) {
				first = 0
				break
			}
		}
		cs[i].features[rank.First] = first * cs[i].features[rank.Coverage]
	}
}

// tellsBefore reports whether a is an earlier telling than b: an earlier
// paragraph of b's briefing.
func tellsBefore(a, b *candidate) bool {
	return a.slug == b.slug && a.para < b.para
}

// holdsAll reports whether set holds every key of sub.
func holdsAll(set, sub map[int]bool) bool {
	for k := range sub {
		if !set[k] {
			return false
		}
	}
	return true
}

// aboutAnchors is the plan of "what is it?" for the plan's names: only
// the concepts that stand for them, and a definition for answer.
func (pl plan) aboutAnchors() plan {
	var cs []concept
	for _, c := range pl.concepts {
		if pl.isAnchor(c) {
			cs = append(cs, c)
		}
	}
	pl.concepts, pl.answer, pl.untold = cs, definitionKind, true
	return pl
}

// isAnchorWord reports whether a word of text is a term of the plan's
// names.
func (pl plan) isAnchorWord(w string) bool {
	for _, a := range pl.anchors {
		if a.terms[w] {
			return true
		}
	}
	return false
}

// anchorStarts are the byte offsets of the plan's names in c.
func anchorStarts(c *candidate, pl plan) []int {
	var out []int
	for term, locs := range c.terms {
		if pl.isAnchorWord(term) {
			for _, l := range locs {
				out = append(out, l.start)
			}
		}
	}
	return out
}

// isAnchor reports whether a concept stands for one of the plan's names.
func (pl plan) isAnchor(c concept) bool {
	for t := range c.exact {
		for _, a := range pl.anchors {
			if a.terms[t] {
				return true
			}
		}
	}
	return false
}

// isUnanswered reports whether the question names something and asks for
// a kind of answer, and no candidate holds both. Reasons are left out:
// writers give them without a cue word ("because", "due to") as often as
// with one, so their absence says little.
func isUnanswered(cs []candidate, pl plan) bool {
	if pl.answer == anyKind || pl.answer == definitionKind || pl.answer == reasonKind || len(pl.anchors) == 0 {
		return false
	}
	for _, c := range cs {
		if c.anchored && c.answered {
			return false
		}
	}
	return true
}

// tier ranks candidates before their score: 2 or 3 for a paragraph that
// holds one of the question's names (or any, when the question names
// none), 0 or 1 otherwise; within each, a title line (isTitleLine) ranks
// below prose. A title holds the words of what the text is about, as the
// question does, and answers nothing: of 1,400 title lines among the
// candidates of dev's tune questions, one was an answer, and 33 stood
// first above one.
func (r ranker) tier(c candidate) int {
	t := 0
	if r.noTiers || c.anchored {
		t = 2
	}
	if r.noTitleTier || !c.titled {
		t++
	}
	return t
}

// sort orders candidates by tier, then score, breaking ties by briefing
// slug and paragraph number, so equal scores rank alike in every process.
func (r ranker) sort(cs []candidate) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if ta, tb := r.tier(a), r.tier(b); ta != tb {
			return ta > tb
		}
		if a.score != b.score {
			return a.score > b.score
		}
		if a.slug != b.slug {
			return a.slug < b.slug
		}
		return a.para < b.para
	})
}

// features reads a candidate's features from bleve's term locations and a
// cheap scan of its text; nothing is re-analyzed, so re-ranking stays
// cheap at scale. It also sets c.anchored, c.answered and c.titled.
func features(c *candidate, pl plan, about map[string]map[string]bool) rank.Features {
	var f rank.Features
	exact, positions, concepts := conceptHits(c, pl)
	if n := float64(len(pl.concepts)); n > 0 {
		f[rank.Coverage] = float64(len(c.covered)) / n
		f[rank.Exact] = float64(exact) / n
		f[rank.Cause] = float64(linkedOnly(c, pl, wordnet.Cause)) / n
		f[rank.Bridge] = bridgedOnly(c, pl) / n
		f[rank.Headed] = float64(headedCount(c, pl, about[c.heading])) / n
	}
	f[rank.Proximity] = proximity(positions, concepts, len(c.covered))
	f[rank.Anchors] = anchorFeature(c, pl, about[c.heading])
	f[rank.Answer] = answerFeature(c, pl)
	f[rank.Focus] = focusFeature(c, pl)
	f[rank.Topic] = pl.topic[c.slug]
	f[rank.Early] = earlyFeature(c, pl)
	if len(pl.anchors) > 0 && answerScoreIn(c.sentences(), anchorStarts(c, pl), definitionKind, pl.isAnchorWord) == 1 {
		f[rank.Subject] = 1
	}
	body := strings.TrimSpace(c.text[c.body:])
	if strings.HasSuffix(body, "?") || asksTurn(body) {
		f[rank.Asks] = 1
	}
	c.titled = isTitleLine(body)
	return f
}

// conceptHits finds which of the plan's concepts c holds (set in
// c.covered), how many by the question's own words, and where: word
// positions in order, with the concept at each.
func conceptHits(c *candidate, pl plan) (exact int, positions, concepts []int) {
	type hit struct{ pos, concept int }
	var hits []hit
	byOwnWords := map[int]bool{}
	c.covered = map[int]bool{}
	for term, locs := range c.terms {
		for ci, cn := range pl.concepts {
			if !cn.exact[term] && !cn.wide[term] {
				continue
			}
			c.covered[ci] = true
			byOwnWords[ci] = byOwnWords[ci] || cn.exact[term]
			for _, l := range locs {
				hits = append(hits, hit{l.pos, ci})
			}
		}
	}
	for _, own := range byOwnWords {
		if own {
			exact++
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].pos != hits[j].pos {
			return hits[i].pos < hits[j].pos
		}
		return hits[i].concept < hits[j].concept
	})
	for _, h := range hits {
		positions = append(positions, h.pos)
		concepts = append(concepts, h.concept)
	}
	return exact, positions, concepts
}

// headedCount counts the plan's concepts c holds itself or its
// headings' terms hold (conceptHits sets c.covered first).
func headedCount(c *candidate, pl plan, heading map[string]bool) int {
	n := len(c.covered)
	for ci := range headingConcepts(pl, heading) {
		if !c.covered[ci] {
			n++
		}
	}
	return n
}

// linkedOnly counts the plan's concepts that c holds only by a word
// WordNet links to the question's by kind k: not covered by the
// question's words, forms or synonyms (conceptHits sets c.covered first).
func linkedOnly(c *candidate, pl plan, k wordnet.Link) int {
	n := 0
	for ci, cn := range pl.concepts {
		if !c.covered[ci] && holdsAny(cn.linked[k], func(t string) bool { return len(c.terms[t]) > 0 }) {
			n++
		}
	}
	return n
}

// proximity is found divided by the smallest window of word positions
// holding every concept found, at most 1. hits are sorted by position.
func proximity(positions, concepts []int, found int) float64 {
	if found < 2 {
		return 0
	}
	best := math.MaxInt
	count := map[int]int{}
	have, lo := 0, 0
	for hi := range positions {
		if count[concepts[hi]] == 0 {
			have++
		}
		count[concepts[hi]]++
		for have == found {
			best = min(best, positions[hi]-positions[lo]+1)
			count[concepts[lo]]--
			if count[concepts[lo]] == 0 {
				have--
			}
			lo++
		}
	}
	// One term can stand for several concepts (an acronym for each word of
	// its long name), so a window may be narrower than the count.
	return min(1, float64(found)/float64(best))
}

// anchorFeature is the share of the question's names the paragraph
// holds; 1 when the question names none. A name in the paragraph's
// headings (the briefing's title and its section's heading) counts as
// held: a fact sheet on RAMSI or a transcript on Marawi rarely repeats the
// name in every paragraph, and in a corpus of several briefings a
// question naming a place prefers the briefing about it. It sets
// c.anchored.
func anchorFeature(c *candidate, pl plan, heading map[string]bool) float64 {
	if len(pl.anchors) == 0 {
		c.anchored = true
		return 1
	}
	held, named := 0.0, 0
	has := func(t string) bool { return len(c.terms[t]) > 0 || !pl.noHeadings && heading[t] }
	for i, a := range pl.anchors {
		if i < len(pl.pervasive) && pl.pervasive[i][c.slug] {
			continue // named throughout the briefing: no anchor there
		}
		named++
		if pl.wholeNames && holdsForm(a.held, has) || !pl.wholeNames && holdsAny(a.terms, has) {
			held++
		}
	}
	if named == 0 {
		c.anchored = true
		return 1
	}
	c.anchored = held > 0
	return held / float64(named)
}

// holdsForm reports whether has holds every slot of one of forms (a
// slot is held by any of its terms).
func holdsForm(forms [][]map[string]bool, has func(string) bool) bool {
	for _, form := range forms {
		all := true
		for _, slot := range form {
			all = all && holdsAny(slot, has)
		}
		if all {
			return true
		}
	}
	return false
}

func holdsAny(terms map[string]bool, has func(string) bool) bool {
	for t := range terms {
		if has(t) {
			return true
		}
	}
	return false
}

// answerFeature scores whether the paragraph holds the kind of answer the
// question asks for beside its subject: the question's names, or any
// matched term when it names none. It sets c.answered: for "who", a
// sentence holds the name, another name and the rest of the question;
// for other kinds, the paragraph holds the kind of answer.
func answerFeature(c *candidate, pl plan) float64 {
	var subject, rest []int
	for term, locs := range c.terms {
		if pl.locatedOnly(term) {
			continue
		}
		isAnchor := len(pl.anchors) == 0
		for _, a := range pl.anchors {
			isAnchor = isAnchor || a.terms[term]
		}
		for _, l := range locs {
			if isAnchor {
				subject = append(subject, l.start)
			} else {
				rest = append(rest, l.start)
			}
		}
	}
	skip := pl.isAnchorWord
	score := answerScoreIn(c.sentences(), subject, pl.answer, skip)
	if pl.answer == personKind {
		c.answered = score > 0 && restInAnswer(c.sentences(), subject, rest, pl, skip)
	} else {
		c.answered = score > 0
	}
	return score
}

// restInAnswer reports whether a sentence about the question's subject
// holds the answer and a term of the question beyond its names, or names
// someone by a role, when the question has such terms: "who leads Ansar
// Dine" is not answered by a sentence naming Ansar Dine and some other
// group or person, but by one naming its leader. A sentence is about the
// subject when it names it, or when it carries on from one that opens
// with it ("The main rebel group was LURD. … Its chairman was Conneh.").
func restInAnswer(ss []sentence, subject, rest []int, pl plan, skip func(string) bool) bool {
	if len(pl.concepts) <= len(pl.anchors) {
		return true
	}
	lead := false // the sentence before is about the subject
	for _, s := range ss {
		about := within(subject, s.span) || lead && continues(s.words)
		if about && answerCueIn(s.text, s.words, pl.answer, skip) && (within(rest, s.span) || !pl.noRoles && titledName(s.text, s.words, skip, pl.isRole)) {
			return true
		}
		lead = opensWith(s.words, subject, s.span[0]) || lead && continues(s.words)
	}
	return false
}

// opensWith reports whether a sentence of words ws, at byte offset base of its text,
// names a subject among its first words, where a sentence's topic stands
// (its subject, or the complement of "X was the …").
func opensWith(ws []word, subject []int, base int) bool {
	if len(ws) > definitionReach {
		ws = ws[:definitionReach+1]
	}
	for _, at := range subject {
		if len(ws) > 0 && at >= base && at <= base+ws[len(ws)-1].start {
			return true
		}
	}
	return false
}

// continues reports whether a sentence carries on with the topic of the
// one before: it opens with a personal pronoun ("It", "They") or with a
// participle and its agent ("Headed by …"), or it holds a possessive
// ("… arrived as its first head").
func continues(ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	if pronouns[ws[0].text] || strings.HasSuffix(ws[0].text, "ed") && ws[1].text == "by" {
		return true
	}
	for _, w := range ws {
		if w.text == "its" || w.text == "their" {
			return true
		}
	}
	return false
}

// pronouns are the personal pronouns and possessives a sentence opens
// with to go on about what the one before named.
var pronouns = map[string]bool{"it": true, "its": true, "they": true, "their": true, "he": true, "his": true, "she": true, "her": true}

// titledName reports whether a sentence names someone by a title or as
// an agent ("chairman … Conneh", "headed by … Ian Martin", "under the
// Tuareg leader Iyad Ag Ghaly"): whoever leads, heads or runs something
// is written so, whatever verb the question used. Titles are WordNet's
// kinds of leader (isRole).
func titledName(s string, ws []word, skip, isRole func(string) bool) bool {
	for i := 1; i < len(ws); i++ {
		if !capitalised(s, ws[i]) || skip(ws[i].text) {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if agentWords[ws[j].text] || isRole(ws[j].text) {
				return true
			}
		}
	}
	return false
}

func within(offsets []int, s [2]int) bool {
	for _, at := range offsets {
		if at >= s[0] && at < s[1] {
			return true
		}
	}
	return false
}

// missingNote is the line shown above the passages of an unanswered
// question (see rerank).
func missingNote(question string, pl plan) string {
	var labels []string
	for _, a := range pl.anchors {
		labels = append(labels, a.label)
	}
	q := strings.TrimRight(strings.TrimSpace(question), "?!. ")
	return fmt.Sprintf("The briefings don't answer %q; here is what they say about %s.", q+"?", joinAnd(labels))
}

// joinAnd joins words as English lists them: "A", "A and B", "A, B and C".
func joinAnd(ws []string) string {
	if len(ws) < 2 {
		return strings.Join(ws, "")
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

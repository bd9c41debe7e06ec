package index

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// candidates is how many top hits the re-ranker sees. Re-ranking only
// reorders what BM25 already found, so this bounds its cost.
const candidates = 30

// Weights of the re-ranking features, relative to a BM25 score scaled so
// that the best hit scores 1.
const (
	weightCoverage  = 0.35 // share of the question's concepts present
	weightProximity = 0.35 // how tightly those concepts cluster
	weightAnswer    = 0.25 // a count for "how many", a date for "when", by a matched term
	// leadInFactor demotes a paragraph that only introduces the next one
	// ("As the minister told reporters:"); the next one holds the answer
	// and is indexed with the lead-in as its context.
	leadInFactor = 0.5
	// noAnswerFactor demotes a paragraph that lacks the kind of answer the
	// question asks for (a count, a date).
	noAnswerFactor = 0.5
)

// intent is what the question's form says about the answer, beyond its
// terms.
type intent struct {
	quantity bool // "how many", "how much": the answer holds a count
	when     bool // "when", "what year": the answer holds a date
}

// wantsAnswer reports whether the question asks for a kind of answer a
// paragraph can be checked for.
func (in intent) wantsAnswer() bool { return in.quantity || in.when }

func intentOf(ws []string) intent {
	var in intent
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "how" && (next == "many" || next == "much"):
			in.quantity = true
		case w == "when", (w == "what" || w == "which") && (next == "year" || next == "month" || next == "date" || next == "day"):
			in.when = true
		}
	}
	return in
}

// candidate is a hit being re-ranked.
type candidate struct {
	id    string
	slug  string // briefing, then paragraph number: the order of ties
	para  int
	text  string // as indexed: the paragraph, after its lead-in if any
	body  int    // byte offset in text where the paragraph itself starts
	score float64
	terms map[string][]termAt // matched terms and where, from bleve
}

// termAt is one occurrence of a matched term.
type termAt struct {
	pos   int // word position
	start int // byte offset in candidate.text
}

// rerank reorders candidates by BM25 combined with features that BM25 does
// not see: how many of the question's concepts a paragraph covers, how
// close together they stand, and whether it holds the kind of answer asked
// for. These are general
// properties of questions and answers, not tuned to any briefing.
func rerank(cs []candidate, pl plan) {
	defer sortRanked(cs)
	if len(cs) < 2 || len(pl.concepts) == 0 {
		return
	}
	top := 0.0
	for _, c := range cs {
		top = math.Max(top, c.score)
	}
	if top <= 0 {
		return
	}
	for i := range cs {
		f, factor := features(cs[i], pl)
		cs[i].score = cs[i].score / top * (1 + f) * factor
		if leadIn(cs[i].text[cs[i].body:]) != "" {
			cs[i].score *= leadInFactor
		}
	}
}

// sortRanked orders candidates by score, breaking ties by briefing slug
// and paragraph number, so equal scores rank alike in every process.
func sortRanked(cs []candidate) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.slug != b.slug {
			return a.slug < b.slug
		}
		return a.para < b.para
	})
}

// features scores a candidate from bleve's term locations and a cheap scan
// of its text; nothing is re-analyzed, so re-ranking stays cheap at scale.
//
// It returns the additive features and a factor for the whole score: a
// paragraph with no count cannot say how many, and one with no date
// cannot say when.
func features(c candidate, pl plan) (f, factor float64) {
	type hit struct{ pos, concept int }
	var hits []hit
	var starts []int // byte offsets of matched terms
	found := map[int]bool{}
	for term, locs := range c.terms {
		for ci, concept := range pl.concepts {
			if !concept[term] {
				continue
			}
			found[ci] = true
			for _, l := range locs {
				hits = append(hits, hit{l.pos, ci})
			}
		}
		for _, l := range locs {
			starts = append(starts, l.start)
		}
	}
	coverage := float64(len(found)) / float64(len(pl.concepts))

	// Smallest window of positions holding every concept found.
	proximity := 0.0
	if len(found) > 1 {
		sort.Slice(hits, func(i, j int) bool { return hits[i].pos < hits[j].pos })
		best := math.MaxInt
		count := map[int]int{}
		have, lo := 0, 0
		for hi := range hits {
			if count[hits[hi].concept] == 0 {
				have++
			}
			count[hits[hi].concept]++
			for have == len(found) {
				best = min(best, hits[hi].pos-hits[lo].pos+1)
				count[hits[lo].concept]--
				if count[hits[lo].concept] == 0 {
					have--
				}
				lo++
			}
		}
		// One term can stand for several concepts (an acronym for each word
		// of its long name), so a window may be narrower than the count.
		proximity = min(1, float64(len(found))/float64(best))
	}
	answer := answerNear(c.text, starts, pl.intent)
	f = weightCoverage*coverage + weightProximity*proximity + weightAnswer*answer
	if pl.intent.wantsAnswer() && answer == 0 {
		return f, noAnswerFactor
	}
	return f, 1
}

// nearBytes is how close an answer must stand to a matched term.
const nearBytes = 30

// answerNear is 1 when text holds what the question asks for (a count, a
// date) within nearBytes of a matched term, 0.5 when it holds one
// elsewhere, and 0 otherwise.
func answerNear(text string, starts []int, in intent) float64 {
	if !in.wantsAnswer() {
		return 0
	}
	ws := scanWords(text)
	best := 0.0
	for i, w := range ws {
		if !(in.quantity && isCount(ws, i)) && !(in.when && isDate(w.text)) {
			continue
		}
		best = 0.5
		for _, s := range starts {
			if d := s - w.start; d > -nearBytes && d < nearBytes {
				return 1
			}
		}
	}
	return best
}

// word is a word of raw text and where it starts.
type word struct {
	text  string // lowercased
	start int
}

// scanWords splits text into lowercased words, keeping digits with their
// inner commas and points ("17,731").
func scanWords(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == ',' || r == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9')
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, word{strings.ToLower(text[start:i]), start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{strings.ToLower(text[start:]), start})
	}
	return out
}

var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "million": true, "billion": true, "several": true,
}

// isDate reports whether a word names a year or a month.
func isDate(w string) bool {
	if months[w] {
		return true
	}
	return isYear(w)
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1800 && y <= 2100
}

// isCount reports whether ws[i] is a count. Years and days of the month
// are not: "in March 2007 with Ugandan troops" says when, not how many.
func isCount(ws []word, i int) bool {
	w := ws[i].text
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsDigit(r) {
		return numberWords[w]
	}
	if isYear(w) {
		return false
	}
	if i > 0 && months[ws[i-1].text] || i+1 < len(ws) && months[ws[i+1].text] {
		return false
	}
	return true
}

// months are month names and their usual abbreviations.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

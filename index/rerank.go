package index

import (
	"math"

	"github.com/blevesearch/bleve/v2/analysis"
	"sort"
	"strconv"
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
	weightSubject   = 0.2  // a name from the question opens the paragraph
	// leadInFactor demotes a paragraph that only introduces the next one
	// ("As the minister told reporters:"); the next one holds the answer
	// and is indexed with the lead-in as its context.
	leadInFactor = 0.5
	// subjectSpan is how many leading positions count as the opening.
	subjectSpan = 10
)

// intent is what the question's form says about the answer, beyond its
// terms.
type intent struct {
	quantity bool // "how many", "how much": the answer holds a count
	when     bool // "when", "what year": the answer holds a date
}

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
	id      string
	text    string // the paragraph
	context string // its lead-in, if any
	score   float64
}

// rerank reorders candidates by BM25 combined with features that BM25 does
// not see: how many of the question's concepts a paragraph covers, how
// close together they stand, and whether it holds the kind of answer asked
// for. These are general properties of questions and answers, not tuned to
// any briefing.
func (ix *Index) rerank(cs []candidate, pl plan) {
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
		cs[i].score = cs[i].score / top * (1 + ix.features(cs[i].context+"\n"+cs[i].text, pl))
		if leadIn(cs[i].text) != "" {
			cs[i].score *= leadInFactor
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
}

func (ix *Index) features(text string, pl plan) float64 {
	toks := ix.analyzer.Analyze([]byte(text))
	type hit struct{ pos, concept int }
	var hits []hit
	found := map[int]bool{}
	answer, subject := 0.0, false // answer: the kind of answer asked for is here
	for i, tok := range toks {
		term := string(tok.Term)
		if tok.Position <= subjectSpan && pl.names[term] {
			subject = true
		}
		if answer == 0 && pl.intent.fits(toks, i) {
			answer = 0.5 // somewhere in the paragraph
		}
		matched := false
		for ci, c := range pl.concepts {
			if c[term] {
				hits = append(hits, hit{tok.Position, ci})
				found[ci] = true
				matched = true
			}
		}
		if !matched || answer == 1 {
			continue
		}
		// Right by a matched term: "17,731 troops", "In 2003, militant groups".
		for j := i - 1; j >= 0 && tok.Position-toks[j].Position <= 3; j-- {
			if pl.intent.fits(toks, j) {
				answer = 1
				break
			}
		}
	}
	coverage := float64(len(found)) / float64(len(pl.concepts))

	// Smallest window of positions holding every concept found.
	proximity := 0.0
	if len(found) > 1 {
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
		proximity = float64(len(found)) / float64(best)
	}
	f := weightCoverage*coverage + weightProximity*proximity + weightAnswer*answer
	if subject {
		f += weightSubject
	}
	return f
}

var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "hundr": true, "thousand": true,
	"million": true, "billion": true, "sever": true,
}

// fits reports whether toks[i] is the kind of answer the question asks for.
func (in intent) fits(toks analysis.TokenStream, i int) bool {
	switch {
	case in.quantity:
		return isCount(toks, i)
	case in.when:
		return isDate(toks[i].Term)
	}
	return false
}

// isDate reports whether an analyzed term names a year or a month.
func isDate(term []byte) bool {
	if monthStems[string(term)] {
		return true
	}
	if len(term) != 4 {
		return false
	}
	y, err := strconv.Atoi(string(term))
	return err == nil && y >= 1800 && y <= 2100
}

// isCount reports whether toks[i] is a count. Years and days of the
// month are not: "in March 2007 with Ugandan troops" says when, not how
// many.
func isCount(toks analysis.TokenStream, i int) bool {
	term := toks[i].Term
	r, _ := utf8.DecodeRune(term)
	if !unicode.IsDigit(r) {
		return numberWords[string(term)]
	}
	if len(term) == 4 && (term[0] == '1' || term[0] == '2') {
		if y, err := strconv.Atoi(string(term)); err == nil && y >= 1800 && y <= 2100 {
			return false
		}
	}
	if i > 0 && monthStems[string(toks[i-1].Term)] && toks[i].Position-toks[i-1].Position == 1 {
		return false
	}
	if i+1 < len(toks) && monthStems[string(toks[i+1].Term)] && toks[i+1].Position-toks[i].Position == 1 {
		return false
	}
	return true
}

// monthStems are month names as the analyzer leaves them.
var monthStems = map[string]bool{
	"januari": true, "februari": true, "march": true, "april": true, "mai": true, "may": true, "june": true,
	"juli": true, "august": true, "septemb": true, "octob": true, "novemb": true, "decemb": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

package index_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"testing"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/index/evaluate"
)

var briefingProbe = flag.String("briefingprobe", "", "evaluation folder: classify the misses of all its briefings in one index")

// TestBriefingProbe is an instrument, not a test: with every briefing of
// a folder in one index, it counts the questions whose first passage is
// not an answer, those where it stands in another briefing, and of those
// the ones whose own words name something the right briefing uses and
// few others do (a term held by at most 1, 3 or 10 briefings, the right
// one holding most of it): the misses a briefing-level prior can mend.
//
//	go test ./index -run TestBriefingProbe -v -briefingprobe ../corpus/testdata/eval/dev
func TestBriefingProbe(t *testing.T) {
	if *briefingProbe == "" {
		t.Skip("run with -briefingprobe DIR")
	}
	sets, err := evaluate.Load(*briefingProbe)
	if err != nil {
		t.Fatal(err)
	}
	var all []*corpus.Briefing
	for _, s := range sets {
		all = append(all, s.Briefing)
	}
	c, err := corpus.New(all...)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	spreads := ix.TermSpreads()
	var questions, misses, elsewhere int
	named := make([]int, len(rareBriefings))
	for _, s := range sets {
		for _, q := range s.Questions {
			questions++
			res, err := ix.Search(context.Background(), q.Q, 1, 0)
			if err != nil && !errors.Is(err, corpus.ErrNoQuery) {
				t.Fatal(err)
			}
			if len(res.Passages) > 0 && res.Passages[0].Briefing == s.Slug && evaluate.Answers(res.Passages[0].Text, q.Gold) {
				continue
			}
			misses++
			if len(res.Passages) == 0 || res.Passages[0].Briefing == s.Slug {
				continue
			}
			elsewhere++
			df, term := rarest(ix.QuestionTerms(q.Q), spreads, s.Slug)
			for i, most := range rareBriefings {
				if df > 0 && df <= most {
					named[i]++
				}
			}
			fmt.Printf("miss %-28s %2d %-14s %q (first: %s)\n", s.Slug, df, term, q.Q, res.Passages[0].Briefing)
		}
	}
	fmt.Printf("questions %d, misses %d, another briefing first %d\n", questions, misses, elsewhere)
	for i, most := range rareBriefings {
		fmt.Printf("  of which naming a term that at most %d briefings use, theirs most: %d\n", most, named[i])
	}
}

// rareBriefings are the most briefings a term may stand in and still
// name one of them, tried in turn.
var rareBriefings = []int{1, 3, 10}

// rarest is the fewest briefings holding one of terms that slug holds
// most of all (ties included), with the term; 0 and "" when none.
// spreads are the paragraphs holding each term, by briefing.
func rarest(terms []string, spreads map[string]map[string]int, slug string) (int, string) {
	best, term := 0, ""
	for _, t := range terms {
		by := spreads[t]
		if by[slug] == 0 || best > 0 && len(by) >= best {
			continue
		}
		top := true
		for _, n := range by {
			top = top && n <= by[slug]
		}
		if top {
			best, term = len(by), t
		}
	}
	return best, term
}

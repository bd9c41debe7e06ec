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

var recallProbe = flag.String("recallprobe", "", "evaluation folder: report where the first pass ranks each question's answer")

// TestRecallProbe is an instrument, not a test: it reports where the
// first retrieval pass (bleve, before re-ranking) ranks each question's
// answer, with every briefing indexed alone and with all of them in one
// index, in bands around the re-ranker's candidate count. An answer
// beyond the candidates is one no feature can lift; one not matched at
// all shares no term with the question.
//
//	go test ./index -run TestRecallProbe -v -recallprobe ../corpus/testdata/eval/dev
func TestRecallProbe(t *testing.T) {
	if *recallProbe == "" {
		t.Skip("run with -recallprobe DIR")
	}
	sets, all := loadProbe(t, *recallProbe)
	alone := map[string]int{}
	for _, s := range sets {
		probe(t, []*corpus.Briefing{s.Briefing}, []*evaluate.Briefing{s}, alone, true)
	}
	together := map[string]int{}
	probe(t, all, sets, together, false)
	for _, b := range bands {
		fmt.Printf("first pass rank %-8s alone %4d  together %4d\n", b.name, alone[b.name], together[b.name])
	}
}

// bands are the first-pass ranks the probe counts answers in; to 0 is
// an answer not in the first 200 hits, mostly one not matched at all.
var bands = []struct {
	name string
	to   int
}{{"1-10", 10}, {"11-20", 20}, {"21-30", 30}, {"31-50", 50}, {"51-100", 100}, {"101-200", 200}, {"none", 0}}

// probe asks the questions of sets of one index of bs and counts the
// rank of each answer by band, printing those beyond the candidates when
// show is set.
func probe(t *testing.T, bs []*corpus.Briefing, sets []*evaluate.Briefing, count map[string]int, show bool) {
	t.Helper()
	ix := buildProbe(t, bs)
	defer ix.Close()
	for _, s := range sets {
		for _, q := range s.Questions {
			slugs, texts, err := ix.FirstPass(context.Background(), q.Q, 200)
			if err != nil {
				t.Fatal(err)
			}
			r := 0
			for i := range texts {
				if slugs[i] == s.Slug && evaluate.Answers(texts[i], q.Gold) {
					r = i + 1
					break
				}
			}
			count[band(r)]++
			if show && (r == 0 || r > index.Candidates) {
				fmt.Printf("beyond the candidates: %-28s rank %3d of %3d  %s\n", s.Slug, r, len(texts), q.Q)
			}
		}
	}
}

func band(r int) string {
	for _, b := range bands[:len(bands)-1] {
		if r > 0 && r <= b.to {
			return b.name
		}
	}
	return "none"
}

// loadProbe loads an evaluation folder for a probe: its judged
// briefings, and the briefings alone.
func loadProbe(t *testing.T, dir string) ([]*evaluate.Briefing, []*corpus.Briefing) {
	t.Helper()
	sets, err := evaluate.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var all []*corpus.Briefing
	for _, s := range sets {
		all = append(all, s.Briefing)
	}
	return sets, all
}

// buildProbe indexes bs as one corpus, for a probe.
func buildProbe(t *testing.T, bs []*corpus.Briefing) *index.Index {
	t.Helper()
	c, err := corpus.New(bs...)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

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
	sets, all := loadProbe(t, *briefingProbe)
	ix := buildProbe(t, all)
	defer ix.Close()
	spreads := ix.TermSpreads()
	var questions, misses, elsewhere int
	named := make([]int, len(rareBriefings))
	for _, s := range sets {
		for _, q := range s.Questions {
			questions++
			first := firstPassage(t, ix, q.Q)
			if first != nil && first.Briefing == s.Slug && evaluate.Answers(first.Text, q.Gold) {
				continue
			}
			misses++
			if first == nil || first.Briefing == s.Slug {
				continue
			}
			elsewhere++
			df, term := rarest(ix.QuestionTerms(q.Q), spreads, s.Slug)
			for i, most := range rareBriefings {
				if df > 0 && df <= most {
					named[i]++
				}
			}
			fmt.Printf("miss %-28s %2d %-14s %q (first: %s)\n", s.Slug, df, term, q.Q, first.Briefing)
		}
	}
	fmt.Printf("questions %d, misses %d, another briefing first %d\n", questions, misses, elsewhere)
	for i, most := range rareBriefings {
		fmt.Printf("  of which naming a term that at most %d briefings use, theirs most: %d\n", most, named[i])
	}
}

// firstPassage is the passage ix ranks first for question, or nil.
func firstPassage(t *testing.T, ix *index.Index, question string) *corpus.Passage {
	t.Helper()
	res, err := ix.Search(context.Background(), question, 1, 0)
	if err != nil && !errors.Is(err, corpus.ErrNoQuery) {
		t.Fatal(err)
	}
	if len(res.Passages) == 0 {
		return nil
	}
	return &res.Passages[0]
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

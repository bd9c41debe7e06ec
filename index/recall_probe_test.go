package index_test

import (
	"context"
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
	sets, err := evaluate.Load(*recallProbe)
	if err != nil {
		t.Fatal(err)
	}
	var all []*corpus.Briefing
	alone := map[string]int{}
	for _, s := range sets {
		all = append(all, s.Briefing)
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
	c, err := corpus.New(bs...)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
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

package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/index/evaluate"
)

// devDir is the development evaluation corpus: the only one thresholds
// are fitted on.
const devDir = "../../corpus/testdata/eval/dev"

// topScores asks every question of briefing i of bs against the index of
// briefing j alone and returns the best passage's score for each (0 when
// nothing is found, as /ask then has no passage at all).
func topScores(t *testing.T, ixs []*index.Index, bs []*evaluate.Briefing, i, j int) []float64 {
	t.Helper()
	var out []float64
	for _, q := range bs[i].Questions {
		res, err := ixs[j].Search(context.Background(), q.Q, 1, 0)
		if err != nil && !errors.Is(err, corpus.ErrNoQuery) {
			t.Fatal(err)
		}
		s := 0.0
		if len(res.Passages) > 0 {
			s = res.Passages[0].Score
		}
		out = append(out, s)
	}
	return out
}

// split counts the answerable questions threshold th keeps (scoring at
// or above it) and the unanswerable ones it flags (scoring below).
func split(answerable, unanswerable []float64, th float64) (kept, flagged int) {
	for _, s := range answerable {
		if s >= th {
			kept++
		}
	}
	for _, s := range unanswerable {
		if s < th {
			flagged++
		}
	}
	return kept, flagged
}

// separation is the balanced accuracy of threshold th: the mean of the
// share of answerable questions it keeps and of unanswerable ones it
// flags.
func separation(answerable, unanswerable []float64, th float64) float64 {
	kept, flagged := split(answerable, unanswerable, th)
	return (float64(kept)/float64(len(answerable)) + float64(flagged)/float64(len(unanswerable))) / 2
}

// bestThreshold tries every midpoint between observed scores.
func bestThreshold(answerable, unanswerable []float64) (th, acc float64) {
	all := append(append([]float64{}, answerable...), unanswerable...)
	sort.Float64s(all)
	for k := 1; k < len(all); k++ {
		c := (all[k-1] + all[k]) / 2
		if a := separation(answerable, unanswerable, c); a > acc {
			th, acc = c, a
		}
	}
	return th, acc
}

// TestNoAnswerScoreCalibration calibrates bot.NoAnswerScore, the score
// below which /ask records a question as having no good answer. On the
// development corpus, each briefing's questions are asked against that
// briefing alone (answerable) and against the next briefing in slug order
// (unanswerable); the best threshold is the one that separates the two
// best (balanced accuracy). The test fails when the constant is more
// than 2 points of balanced accuracy worse than the best threshold: after
// a ranking change, run it with -v and set the constant it prints.
func TestNoAnswerScoreCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("builds an index per development briefing")
	}
	if raceDetector {
		t.Skip("single-threaded calibration; .ci/run runs it without -race")
	}
	bs, err := evaluate.Load(devDir)
	if err != nil {
		t.Fatal(err)
	}
	ixs := make([]*index.Index, len(bs))
	for i, b := range bs {
		c, err := corpus.New(b.Briefing)
		if err != nil {
			t.Fatal(err)
		}
		if ixs[i], err = index.Build(context.Background(), c, index.Options{}); err != nil {
			t.Fatal(err)
		}
		defer ixs[i].Close()
	}
	var answerable, unanswerable []float64
	for i := range bs {
		answerable = append(answerable, topScores(t, ixs, bs, i, i)...)
		unanswerable = append(unanswerable, topScores(t, ixs, bs, i, (i+1)%len(bs))...)
	}
	best, bestAcc := bestThreshold(answerable, unanswerable)
	got := separation(answerable, unanswerable, bot.NoAnswerScore)
	t.Logf("%d briefings, %d answerable and %d unanswerable questions", len(bs), len(answerable), len(unanswerable))
	t.Logf("median top score: answerable %.2f, unanswerable %.2f", median(answerable), median(unanswerable))
	t.Logf("best threshold %.2f: balanced accuracy %.3f", best, bestAcc)
	t.Logf("NoAnswerScore %.2f: balanced accuracy %.3f (%s)", bot.NoAnswerScore, got, rates(answerable, unanswerable, bot.NoAnswerScore))
	t.Logf("no score threshold (no passage only): balanced accuracy %.3f", separation(answerable, unanswerable, 1e-9))
	if got < bestAcc-0.02 {
		t.Errorf("NoAnswerScore %.2f separates answerable from unanswerable questions with balanced accuracy %.3f; %.2f reaches %.3f: set bot.NoAnswerScore to %.1f",
			bot.NoAnswerScore, got, best, bestAcc, best)
	}
}

func rates(answerable, unanswerable []float64, th float64) string {
	kept, flagged := split(answerable, unanswerable, th)
	return fmt.Sprintf("%d/%d answerable kept, %d/%d unanswerable flagged", kept, len(answerable), flagged, len(unanswerable))
}

func median(xs []float64) float64 {
	s := append([]float64{}, xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

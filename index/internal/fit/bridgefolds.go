package fit

import (
	"context"
	"fmt"
	"io"

	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/index/evaluate"
)

// bridgeFolds gives each judged briefing of a folder the bridge table its
// questions are asked with when the fitter collects them. With k folds
// (-bridgefolds), the briefings with questions are dealt into k folds in
// slug order, as rank's -folds deals them, and each fold's table is
// learned from the other folds' questions: the bridge weight is then
// fitted on the feature's values as a briefing outside the table's
// questions meets them, not on values the table was learned from (which
// overweight it). Without folds every briefing keeps the embedded table.
type bridgeFolds struct {
	fold   map[string]int // per briefing slug
	tables []*index.Bridges
}

// learnBridgeFolds learns a table for each of k folds of sets, without
// that fold's briefings, and logs each table's size to log.
func learnBridgeFolds(ctx context.Context, log io.Writer, sets []*evaluate.Briefing, k int) (*bridgeFolds, error) {
	bf := &bridgeFolds{fold: map[string]int{}}
	if k <= 0 {
		return bf, nil
	}
	var judged []*evaluate.Briefing
	for _, s := range sets {
		if len(s.Questions) > 0 {
			bf.fold[s.Slug] = len(judged) % k
			judged = append(judged, s)
		}
	}
	for f := range k {
		var train []index.JudgedBriefing
		for _, s := range judged {
			if bf.fold[s.Slug] != f {
				train = append(train, judgedBriefing(s))
			}
		}
		b, err := index.LearnBridges(ctx, train)
		if err != nil {
			return nil, fmt.Errorf("fit: bridges without fold %d: %w", f, err)
		}
		fmt.Fprintf(log, "bridge fold %d: %d bridges from %d briefings\n", f, b.Len(), len(train))
		bf.tables = append(bf.tables, b)
	}
	return bf, nil
}

// judgedBriefing is s as the bridge learner reads it.
func judgedBriefing(s *evaluate.Briefing) index.JudgedBriefing {
	qs := make([]index.JudgedQuestion, len(s.Questions))
	for i, q := range s.Questions {
		qs[i] = index.JudgedQuestion{Q: q.Q, Gold: q.Gold}
	}
	return index.JudgedBriefing{Briefing: s.Briefing, Questions: qs}
}

// index is ix as s's questions are asked of it: with the table learned
// without s's fold, or ix itself without folds.
func (bf *bridgeFolds) index(ix *index.Index, s *evaluate.Briefing) *index.Index {
	f, ok := bf.fold[s.Slug]
	if !ok || len(bf.tables) == 0 {
		return ix
	}
	return ix.WithBridges(bf.tables[f])
}

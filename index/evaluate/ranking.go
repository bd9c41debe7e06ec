package evaluate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/briefbot/briefbot/corpus"
)

// Searcher ranks passages for a question; index.Index and index.Baseline
// both are one.
type Searcher interface {
	Search(ctx context.Context, question string, k, offset int) (corpus.Results, error)
}

// Depth is how many passages are looked at per question: an answer below
// it counts as not found (rank 0).
const Depth = 20

// Ranking scores one engine's ranking over a set of questions.
type Ranking struct {
	Questions int        `json:"questions"`
	Hit1      int        `json:"hit1"` // answered at rank 1
	Hit3      int        `json:"hit3"` // answered at rank 1 to 3
	SumRR     float64    `json:"-"`    // sum of reciprocal ranks
	Misses    []RankMiss `json:"misses"`
}

// RankMiss is a question not answered at rank 1.
type RankMiss struct {
	Briefing string `json:"briefing"`
	Question string `json:"question"`
	Rank     int    `json:"rank"` // 0: not in the top Depth
	Top      string `json:"top"`  // citation of the passage ranked first
}

// HitAt1 is the share of questions answered at rank 1.
func (r Ranking) HitAt1() float64 { return ratio(float64(r.Hit1), r.Questions) }

// HitAt3 is the share answered in the top three.
func (r Ranking) HitAt3() float64 { return ratio(float64(r.Hit3), r.Questions) }

// MRR is the mean reciprocal rank of the first answering passage.
func (r Ranking) MRR() float64 { return ratio(r.SumRR, r.Questions) }

func ratio(n float64, d int) float64 {
	if d == 0 {
		return 0
	}
	return n / float64(d)
}

// add accumulates o into r.
func (r *Ranking) add(o Ranking) {
	r.Questions += o.Questions
	r.Hit1 += o.Hit1
	r.Hit3 += o.Hit3
	r.SumRR += o.SumRR
	r.Misses = append(r.Misses, o.Misses...)
}

// scoreRanking asks every question of slug and scores where the first
// passage that may answer (from) and holds a gold substring ranks.
func scoreRanking(ctx context.Context, s Searcher, slug string, from func(corpus.Passage) bool, qs []Question) (Ranking, error) {
	r := Ranking{Questions: len(qs)}
	for _, q := range qs {
		res, err := s.Search(ctx, q.Q, Depth, 0)
		if err != nil && !errors.Is(err, corpus.ErrNoQuery) {
			return r, fmt.Errorf("evaluate: %s: %q: %w", slug, q.Q, err)
		}
		rank := answerRank(res.Passages, from, q.Gold)
		r.record(slug, q.Q, rank, res.Passages)
	}
	return r, nil
}

// ofBriefing returns whether a passage is of briefing slug: in a corpus of
// several briefings a passage of another briefing never answers one of
// slug's questions.
func ofBriefing(slug string) func(corpus.Passage) bool {
	return func(p corpus.Passage) bool { return p.Briefing == slug }
}

// anyBriefing lets a passage of any briefing answer.
func anyBriefing(corpus.Passage) bool { return true }

// record counts one question answered at rank (0: not found).
func (r *Ranking) record(slug, q string, rank int, ps []corpus.Passage) {
	if rank == 1 {
		r.Hit1++
	}
	if rank >= 1 && rank <= 3 {
		r.Hit3++
	}
	if rank > 0 {
		r.SumRR += 1 / float64(rank)
	}
	if rank != 1 {
		m := RankMiss{Briefing: slug, Question: q, Rank: rank}
		if len(ps) > 0 {
			m.Top = ps[0].Citation
		}
		r.Misses = append(r.Misses, m)
	}
}

// ScoreQuestions scores s on questions that any briefing of its corpus may
// answer: the form of evaluation that takes a questions file alone.
func ScoreQuestions(ctx context.Context, s Searcher, qs []Question) (Ranking, error) {
	return scoreRanking(ctx, s, "", anyBriefing, qs)
}

// answerRank is the rank of the first passage that may answer (from) and
// answers, or 0.
func answerRank(ps []corpus.Passage, from func(corpus.Passage) bool, gold []string) int {
	for _, p := range ps {
		if from(p) && answers(p.Text, gold) {
			return p.Rank
		}
	}
	return 0
}

// answers reports whether text holds any gold substring, after folding
// non-breaking spaces and curly quotes.
func answers(text string, gold []string) bool {
	for _, g := range gold {
		if containsText(text, g) {
			return true
		}
	}
	return false
}

// MarshalJSON adds the derived figures to the counts.
func (r Ranking) MarshalJSON() ([]byte, error) {
	type plain Ranking
	misses := r.Misses
	if misses == nil {
		misses = []RankMiss{}
	}
	p := plain(r)
	p.Misses = misses
	return json.Marshal(struct {
		plain
		HitAt1 float64 `json:"hit_at_1"`
		HitAt3 float64 `json:"hit_at_3"`
		MRR    float64 `json:"mrr"`
	}{p, r.HitAt1(), r.HitAt3(), r.MRR()})
}

package evaluate

import (
	"context"
	"math"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// fakeSearcher answers each question with a fixed list of paragraphs.
type fakeSearcher map[string][]corpus.Passage

func (f fakeSearcher) Search(_ context.Context, q string, k, offset int) (corpus.Results, error) {
	ps := f[q]
	if ps == nil {
		return corpus.Results{Question: q}, corpus.ErrNoQuery
	}
	return corpus.Results{Question: q, Passages: ps}, nil
}

func passages(slug string, texts ...string) []corpus.Passage {
	var ps []corpus.Passage
	for i, t := range texts {
		ps = append(ps, corpus.Passage{Rank: i + 1, Briefing: slug, Paragraph: i + 1, Text: t, Citation: slug + " ¶" + string(rune('1'+i))})
	}
	return ps
}

func TestScoreRanking(t *testing.T) {
	s := fakeSearcher{
		"first":      passages("a", "Rebels seized the port.", "Other."),
		"third":      passages("a", "Other.", "More.", "The army’s retreat began."),
		"absent":     passages("a", "Nothing.", "Nothing again."),
		"other slug": append(passages("b", "Rebels seized the port."), passages("a", "x", "Rebels seized the port.")[1]),
		"stopwords":  nil, // ErrNoQuery: a miss, not an error
	}
	qs := []Question{
		{Q: "first", Gold: []string{"seized the port"}},
		{Q: "third", Gold: []string{"no such text", "army's retreat"}}, // any gold; curly quote folded
		{Q: "absent", Gold: []string{"seized"}},
		{Q: "other slug", Gold: []string{"seized the port"}}, // another briefing's passage never answers
		{Q: "stopwords", Gold: []string{"x"}},
	}
	r, err := scoreRanking(context.Background(), s, "a", ofBriefing("a"), qs)
	if err != nil {
		t.Fatal(err)
	}
	if r.Questions != 5 || r.Hit1 != 1 || r.Hit3 != 3 {
		t.Errorf("questions %d hit1 %d hit3 %d, want 5 1 3", r.Questions, r.Hit1, r.Hit3)
	}
	if want := (1 + 1.0/3 + 1.0/2) / 5; math.Abs(r.MRR()-want) > 1e-9 {
		t.Errorf("MRR %.4f, want %.4f", r.MRR(), want)
	}
	ranks := map[string]int{}
	for _, m := range r.Misses {
		ranks[m.Question] = m.Rank
	}
	want := map[string]int{"third": 3, "absent": 0, "other slug": 2, "stopwords": 0}
	if len(ranks) != len(want) {
		t.Errorf("misses %v, want %v", ranks, want)
	}
	for q, rank := range want {
		if got, ok := ranks[q]; !ok || got != rank {
			t.Errorf("miss %q: rank %d (listed %v), want %d", q, got, ok, rank)
		}
	}
}

// TestScoreQuestionsAnyBriefing checks that, with a questions file alone,
// a passage of any briefing answers: the one ranked first here is
// another briefing's, which scoreRanking for briefing "a" passes over.
func TestScoreQuestionsAnyBriefing(t *testing.T) {
	s := fakeSearcher{"other slug": append(passages("b", "Rebels seized the port."), passages("a", "x", "Rebels seized the port.")[1])}
	qs := []Question{{Q: "other slug", Gold: []string{"seized the port"}}}
	for _, tc := range []struct {
		name string
		run  func() (Ranking, error)
		hit1 int
	}{
		{"any briefing", func() (Ranking, error) { return ScoreQuestions(context.Background(), s, qs) }, 1},
		{"briefing a", func() (Ranking, error) { return scoreRanking(context.Background(), s, "a", ofBriefing("a"), qs) }, 0},
	} {
		r, err := tc.run()
		if err != nil || r.Hit1 != tc.hit1 || r.Hit3 != 1 {
			t.Errorf("%s: hit1 %d hit3 %d err %v, want %d 1", tc.name, r.Hit1, r.Hit3, err, tc.hit1)
		}
	}
}

func TestRankingEmpty(t *testing.T) {
	var r Ranking
	if r.HitAt1() != 0 || r.MRR() != 0 {
		t.Errorf("empty ranking: %v %v", r.HitAt1(), r.MRR())
	}
}

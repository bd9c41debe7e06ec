package index

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Question is one line of an evaluation set: a question and substrings any
// of which marks a passage as answering it.
type Question struct {
	Q    string   `json:"q"`
	Gold []string `json:"gold"`
}

// ReadQuestions reads JSON Lines of Questions, naming the line of any error.
func ReadQuestions(r io.Reader, name string) ([]Question, error) {
	var qs []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", name, n, err)
		}
		if q.Q == "" || len(q.Gold) == 0 {
			return nil, fmt.Errorf("eval: %s:%d: need \"q\" and a non-empty \"gold\"", name, n)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	return qs, nil
}

// Report summarises an evaluation.
type Report struct {
	Questions int
	HitAt1    float64
	HitAt3    float64
	MRR       float64
	Misses    []Miss // questions whose gold passage was not ranked first
}

// Miss is a question answered below rank one; Rank is 0 when no passage
// in the top evalDepth answers it.
type Miss struct {
	Question string
	Rank     int
	Top      string // citation of the passage ranked first
}

const evalDepth = 20

// Evaluate asks every question and scores where the first answering
// passage ranks.
func (ix *Index) Evaluate(ctx context.Context, qs []Question) (Report, error) {
	rep := Report{Questions: len(qs)}
	for _, q := range qs {
		res, err := ix.Search(ctx, q.Q, evalDepth, 0)
		if err != nil {
			return rep, fmt.Errorf("eval: %q: %w", q.Q, err)
		}
		rank := 0
		for _, p := range res.Passages {
			if answers(p.Text, q.Gold) {
				rank = p.Rank
				break
			}
		}
		if rank == 1 {
			rep.HitAt1++
		}
		if rank >= 1 && rank <= 3 {
			rep.HitAt3++
		}
		if rank > 0 {
			rep.MRR += 1 / float64(rank)
		}
		if rank != 1 {
			m := Miss{Question: q.Q, Rank: rank}
			if len(res.Passages) > 0 {
				m.Top = res.Passages[0].Citation
			}
			rep.Misses = append(rep.Misses, m)
		}
	}
	if n := float64(len(qs)); n > 0 {
		rep.HitAt1 /= n
		rep.HitAt3 /= n
		rep.MRR /= n
	}
	return rep, nil
}

// answers compares after folding non-breaking spaces and curly quotes.
func answers(text string, gold []string) bool {
	t := foldQuotes(text)
	for _, g := range gold {
		if strings.Contains(t, foldQuotes(g)) {
			return true
		}
	}
	return false
}

var quoteFolder = strings.NewReplacer("\u00a0", " ", "‘", "'", "’", "'", "“", `"`, "”", `"`)

func foldQuotes(s string) string { return strings.Join(strings.Fields(quoteFolder.Replace(s)), " ") }

package feedback

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Gap is one question the briefings answer badly or not at all, with
// near-duplicates (same Normalize) merged.
type Gap struct {
	Question   string    `json:"question"` // the most recent wording
	Asked      int       `json:"asked"`
	NotHelpful int       `json:"not_helpful"`
	Helpful    int       `json:"helpful"`
	NoAnswer   int       `json:"no_answer"`
	Shown      []Shown   `json:"shown"` // what was shown the last time
	LastAsked  time.Time `json:"last_asked"`
}

// GapQuery filters the report.
type GapQuery struct {
	Guild string    // "": every guild
	Since time.Time // zero: all time
	Limit int       // 0: all
}

// Gaps lists the questions that went unanswered or were voted "Not
// helpful", most often first (then most recent). A question voted helpful
// more often than not is no gap and is left out.
func (s *Store) Gaps(ctx context.Context, q GapQuery) ([]Gap, error) {
	gaps := map[string]*Gap{}
	if err := s.collectAsks(ctx, q, gaps); err != nil {
		return nil, err
	}
	if err := s.collectVotes(ctx, q, gaps); err != nil {
		return nil, err
	}
	var out []Gap
	for _, g := range gaps {
		if g.NoAnswer == 0 && g.NotHelpful == 0 {
			continue
		}
		if g.NoAnswer == 0 && g.Helpful > g.NotHelpful {
			continue
		}
		if g.Shown == nil {
			g.Shown = []Shown{}
		}
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if wa, wb := a.NoAnswer+a.NotHelpful, b.NoAnswer+b.NotHelpful; wa != wb {
			return wa > wb
		}
		if a.Asked != b.Asked {
			return a.Asked > b.Asked
		}
		if !a.LastAsked.Equal(b.LastAsked) {
			return a.LastAsked.After(b.LastAsked)
		}
		return a.Question < b.Question
	})
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out, nil
}

func (s *Store) filter(q GapQuery, timeCol string) (string, []any) {
	where := []string{timeCol + " >= ?"}
	args := []any{q.Since.Unix()}
	if q.Since.IsZero() {
		args[0] = int64(0)
	}
	if q.Guild != "" {
		where = append(where, "guild = ?")
		args = append(args, q.Guild)
	}
	return " WHERE " + strings.Join(where, " AND "), args
}

func (s *Store) collectAsks(ctx context.Context, q GapQuery, gaps map[string]*Gap) error {
	where, args := s.filter(q, "asked_at")
	rows, err := s.db.QueryContext(ctx, s.dialect.bind(`SELECT norm, question, shown, no_answer, asked_at FROM asks`+where+` ORDER BY asked_at, question`), args...)
	if err != nil {
		return fmt.Errorf("feedback: %s: report: %w", s.where, err)
	}
	defer rows.Close()
	for rows.Next() {
		var normText, question, shown string
		var noAnswer int
		var at int64
		if err := rows.Scan(&normText, &question, &shown, &noAnswer, &at); err != nil {
			return fmt.Errorf("feedback: %s: report: %w", s.where, err)
		}
		g := gapFor(gaps, normText)
		g.Asked++
		g.NoAnswer += noAnswer
		g.seen(question, shown, time.Unix(at, 0).UTC())
	}
	return rows.Err()
}

func (s *Store) collectVotes(ctx context.Context, q GapQuery, gaps map[string]*Gap) error {
	where, args := s.filter(q, "voted_at")
	rows, err := s.db.QueryContext(ctx, s.dialect.bind(`SELECT norm, question, shown, helpful, voted_at FROM votes`+where+` ORDER BY voted_at, question`), args...)
	if err != nil {
		return fmt.Errorf("feedback: %s: report: %w", s.where, err)
	}
	defer rows.Close()
	for rows.Next() {
		var normText, question, shown string
		var helpful int
		var at int64
		if err := rows.Scan(&normText, &question, &shown, &helpful, &at); err != nil {
			return fmt.Errorf("feedback: %s: report: %w", s.where, err)
		}
		g := gapFor(gaps, normText)
		if helpful == 1 {
			g.Helpful++
		} else {
			g.NotHelpful++
		}
		if g.Asked == 0 {
			// Asked before the window, or asked through a replica whose
			// questions were not recorded: the vote still says it was.
			g.seen(question, shown, time.Unix(at, 0).UTC())
		}
	}
	return rows.Err()
}

func gapFor(gaps map[string]*Gap, key string) *Gap {
	g := gaps[key]
	if g == nil {
		g = &Gap{}
		gaps[key] = g
	}
	return g
}

// seen records one sighting of the question; the latest wins.
func (g *Gap) seen(question, shown string, at time.Time) {
	if !at.Before(g.LastAsked) {
		g.LastAsked = at
		g.Question = question
		var sh []Shown
		if json.Unmarshal([]byte(shown), &sh) == nil {
			g.Shown = sh
		}
	}
}

// Normalize is the form under which near-duplicate questions merge: lower
// case, accents and punctuation dropped, spaces folded.
// "Who leads the MNLA?" and "who leads the mnla" are one question.
func Normalize(q string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(q) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// Prune deletes rows older than the retention period and reports how many.
func (s *Store) Prune(ctx context.Context) (int64, error) {
	cut := s.opts.Now().Add(-s.opts.Retention).Unix()
	var total int64
	for _, q := range []string{`DELETE FROM asks WHERE asked_at < ?`, `DELETE FROM votes WHERE voted_at < ?`} {
		res, err := s.db.ExecContext(ctx, s.dialect.bind(q), cut)
		if err != nil {
			return total, fmt.Errorf("feedback: %s: prune: %w", s.where, err)
		}
		n, err := res.RowsAffected()
		if err == nil {
			total += n
		}
	}
	return total, nil
}

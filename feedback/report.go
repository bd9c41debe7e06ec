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
	Question   string  `json:"question"` // the most recent wording
	Asked      int     `json:"asked"`
	NotHelpful int     `json:"not_helpful"`
	Helpful    int     `json:"helpful"`
	NoAnswer   int     `json:"no_answer"`
	Shown      []Shown `json:"shown"` // what was shown the last time

	norm      string    // the normalised question: the key near-duplicates share
	LastAsked time.Time `json:"last_asked"`
}

// GapQuery filters the report.
type GapQuery struct {
	Guild string    // "": every guild
	Since time.Time // zero: all time
	Limit int       // 0: all
}

// Gaps lists the questions that went unanswered or were voted "Not
// helpful", most often first (then most recent). A question voted helpful
// more often than not is no gap and is left out. Counting is done by the
// database, one row per distinct question; only the gaps returned are
// looked up for their latest wording and passages.
func (s *Store) Gaps(ctx context.Context, q GapQuery) ([]Gap, error) {
	gaps := map[string]*Gap{}
	if err := s.countAsks(ctx, q, gaps); err != nil {
		return nil, err
	}
	if err := s.countVotes(ctx, q, gaps); err != nil {
		return nil, err
	}
	out := rankGaps(gaps)
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	for i := range out {
		if err := s.latest(ctx, q, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// rankGaps keeps the gaps among the counted questions, most frequent
// first.
func rankGaps(gaps map[string]*Gap) []Gap {
	var out []Gap
	for _, g := range gaps {
		if g.NoAnswer == 0 && (g.NotHelpful == 0 || g.Helpful > g.NotHelpful) {
			continue
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
		return a.norm < b.norm
	})
	return out
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

// countAsks counts, per normalised question, how often it was asked and
// went unanswered, and when last.
func (s *Store) countAsks(ctx context.Context, q GapQuery, gaps map[string]*Gap) error {
	where, args := s.filter(q, "asked_at")
	return s.each(ctx, `SELECT norm, COUNT(*), SUM(no_answer), MAX(asked_at) FROM asks`+where+` GROUP BY norm`, args, func(normText string, n, noAnswer, last int64) {
		g := gapFor(gaps, normText)
		g.Asked, g.NoAnswer, g.LastAsked = int(n), int(noAnswer), time.Unix(last, 0).UTC()
	})
}

// countVotes counts, per normalised question, the votes either way. A
// question voted on but not asked in the window (asked before it, or
// through a replica that did not record it) is dated by its last vote.
func (s *Store) countVotes(ctx context.Context, q GapQuery, gaps map[string]*Gap) error {
	where, args := s.filter(q, "voted_at")
	return s.each(ctx, `SELECT norm, COUNT(*), SUM(helpful), MAX(voted_at) FROM votes`+where+` GROUP BY norm`, args, func(normText string, n, helpful, last int64) {
		g := gapFor(gaps, normText)
		g.Helpful, g.NotHelpful = int(helpful), int(n-helpful)
		if g.Asked == 0 {
			g.LastAsked = time.Unix(last, 0).UTC()
		}
	})
}

// each runs a per-question count query and hands each row to f.
func (s *Store) each(ctx context.Context, query string, args []any, f func(norm string, a, b, c int64)) error {
	rows, err := s.db.QueryContext(ctx, s.dialect.bind(query), args...)
	if err != nil {
		return fmt.Errorf("feedback: %s: report: %w", s.where, err)
	}
	defer rows.Close()
	for rows.Next() {
		var normText string
		var a, b, c int64
		if err := rows.Scan(&normText, &a, &b, &c); err != nil {
			return fmt.Errorf("feedback: %s: report: %w", s.where, err)
		}
		f(normText, a, b, c)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("feedback: %s: report: %w", s.where, err)
	}
	return nil
}

// latest fills in g's most recent wording and the passages then shown:
// from its last asking, or, if it was not asked in the window, its last
// vote.
func (s *Store) latest(ctx context.Context, q GapQuery, g *Gap) error {
	table, timeCol := "asks", "asked_at"
	if g.Asked == 0 {
		table, timeCol = "votes", "voted_at"
	}
	where, args := s.filter(q, timeCol)
	var shown string
	err := s.db.QueryRowContext(ctx, s.dialect.bind(`SELECT question, shown FROM `+table+where+` AND norm = ? ORDER BY `+timeCol+` DESC, question DESC LIMIT 1`),
		append(args, g.norm)...).Scan(&g.Question, &shown)
	if err != nil {
		return fmt.Errorf("feedback: %s: report: %w", s.where, err)
	}
	if json.Unmarshal([]byte(shown), &g.Shown) != nil || g.Shown == nil {
		g.Shown = []Shown{}
	}
	return nil
}

func gapFor(gaps map[string]*Gap, key string) *Gap {
	g := gaps[key]
	if g == nil {
		g = &Gap{norm: key}
		gaps[key] = g
	}
	return g
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

package fit

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/index/internal/rank"
)

// A change to the ranker is judged by the held-out ranks it gives beside
// those of the tree before it, question for question: -held saves a
// tree's held-out ranks, and -against compares this tree's with a saved
// file. The candidates differ between trees (a new feature, a term
// weighted otherwise), so ranks are what two trees share, not examples.

// saveHeld writes one line per held-out question: its rank, its fold, whether its
// briefing was indexed alone, its briefing and the question.
func saveHeld(file string, hs []rank.Held) error {
	var b strings.Builder
	for _, h := range hs {
		fmt.Fprintf(&b, "%d\t%d\t%t\t%s\t%s\n", h.Rank, h.Fold, h.Alone, h.Group, h.Question)
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("fit: saving held-out ranks: %w", err)
	}
	return nil
}

// loadHeld reads what saveHeld wrote.
func loadHeld(file string) ([]rank.Held, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("fit: reading held-out ranks: %w", err)
	}
	defer f.Close()
	var out []rank.Held
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 5)
		if len(parts) != 5 {
			return nil, fmt.Errorf("fit: %s: malformed line %q", file, sc.Text())
		}
		r, err := strconv.Atoi(parts[0])
		if err != nil {
			return nil, fmt.Errorf("fit: %s: %w", file, err)
		}
		k, err := strconv.Atoi(parts[1])
		if err != nil {
			return nil, fmt.Errorf("fit: %s: %w", file, err)
		}
		e := rank.Example{Alone: parts[2] == "true", Group: parts[3], Question: parts[4]}
		out = append(out, rank.Held{Example: e, Rank: r, Fold: k})
	}
	return out, sc.Err()
}

// compare prints what now gains over before in held-out reciprocal rank
// per question, with its standard error over the questions and the
// spread of the gain over the folds of briefings held out, overall
// and by setup.
// The two must hold the same questions in the same order.
func compare(out io.Writer, now, before []rank.Held) error {
	if len(now) != len(before) {
		return fmt.Errorf("fit: %d held-out questions against %d", len(now), len(before))
	}
	for i := range now {
		if now[i].Question != before[i].Question || now[i].Group != before[i].Group || now[i].Alone != before[i].Alone {
			return fmt.Errorf("fit: held-out question %d differs: %q against %q", i, now[i].Question, before[i].Question)
		}
	}
	for _, s := range []struct {
		name string
		keep func(rank.Example) bool
	}{{"all", nil}, {"alone", alone}, {"together", together}, {"tune", tuneHalf}, {"check", checkHalf}} {
		a, b := keepHeld(now, s.keep), keepHeld(before, s.keep)
		gain, se := rank.PairedGain(a, b)
		mean, sd := foldSpread(a, b)
		m, mb := rank.Pool(a, nil), rank.Pool(b, nil)
		fmt.Fprintf(out, "against before, %-8s RR gain %+.4f ± %.4f (SE), ± %.4f (SE by briefing); by fold %+.4f, sd %.4f; Hit@1 %.3f → %.3f, MRR %.3f → %.3f\n",
			s.name, gain, se, briefingSE(a, b), mean, sd, mb.HitAt1, m.HitAt1, mb.MRR, m.MRR)
	}
	return nil
}

// tuneHalf and checkHalf split dev's briefings in halves by the CRC-32
// of the slug, odd and even, as the sessions' tune and check halves do:
// a gain should hold on the half no one looked at.
func tuneHalf(e rank.Example) bool  { return crc32.ChecksumIEEE([]byte(e.Group))%2 == 1 }
func checkHalf(e rank.Example) bool { return !tuneHalf(e) }

func keepHeld(hs []rank.Held, keep func(rank.Example) bool) []rank.Held {
	var out []rank.Held
	for _, h := range hs {
		if keep == nil || keep(h.Example) {
			out = append(out, h)
		}
	}
	return out
}

// briefingSE is the standard error of the mean reciprocal rank gain
// of now over before, clustered by briefing: a briefing's questions,
// and the same question asked alone and together, do not vary
// independently, so the per-question SE understates the noise. It is
// the cluster-robust (sandwich) estimate, with its G/(G-1) correction.
func briefingSE(now, before []rank.Held) float64 {
	n := float64(len(now))
	if n == 0 {
		return 0
	}
	sum, count := map[string]float64{}, map[string]float64{}
	total := 0.0
	for i, h := range now {
		d := reciprocal(h.Rank) - reciprocal(before[i].Rank)
		sum[h.Group] += d
		count[h.Group]++
		total += d
	}
	g := float64(len(sum))
	if g < 2 {
		return 0
	}
	mean := total / n
	ss := 0.0
	for k, s := range sum {
		r := s - count[k]*mean
		ss += r * r
	}
	return math.Sqrt(g / (g - 1) * ss / (n * n))
}

// foldSpread returns the mean of the folds' reciprocal rank gains and
// their standard deviation: how much the gain varies from one set of
// briefings held out to another.
func foldSpread(now, before []rank.Held) (mean, sd float64) {
	sum, count := map[int]float64{}, map[int]float64{}
	for i, h := range now {
		sum[h.Fold] += reciprocal(h.Rank) - reciprocal(before[i].Rank)
		count[h.Fold]++
	}
	var gains []float64
	for _, k := range slices.Sorted(maps.Keys(count)) {
		gains = append(gains, sum[k]/count[k])
	}
	return meanSD(gains)
}

func reciprocal(r int) float64 {
	if r <= 0 {
		return 0
	}
	return 1 / float64(r)
}

// meanSD is the mean of xs and their sample standard deviation.
func meanSD(xs []float64) (mean, sd float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	if len(xs) < 2 {
		return mean, 0
	}
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(ss / float64(len(xs)-1))
}

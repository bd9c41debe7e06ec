// Package fit refits the re-ranker's weights on judged questions and
// reports how well they generalise. It reads evaluation folders laid out
// as corpus/testdata/eval/dev (SLUG.md beside SLUG.questions.jsonl),
// asks every question of its briefing indexed alone and of all the
// folder's briefings in one index, collects the candidates' features, and
// fits the weights by coordinate ascent on MRR. The
// figure to trust is the cross-validated one: weights fitted on all
// briefings but one, scored on the one left out.
//
//	go test ./index/internal/fit -run TestFit -v -fit          # report
//	go test ./index/internal/fit -run TestFit -v -fit -write   # and rewrite fitted.go
package fit

import (
	"bytes"
	"context"
	"encoding/gob"
	"flag"
	"fmt"
	"go/format"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
	"github.com/briefbot/briefbot/index/evaluate"
	"github.com/briefbot/briefbot/index/internal/rank"
)

// run fits the ranking weights on the judged candidates of the evaluation
// folders args name, and reports (and with -write, writes) them.
func run(ctx context.Context, args []string, out io.Writer) error {
	c, err := parseConfig(args)
	if err != nil {
		return err
	}
	skip, err := readSkip(c.skip)
	if err != nil {
		return err
	}
	examples, err := cached(c.cache, func() ([]rank.Example, error) { return collectAll(ctx, out, c.dirs, c.bridgeK, skip) })
	if err != nil {
		return err
	}
	off, err := features(c.offList)
	if err != nil {
		return err
	}
	o := rank.Options{Rounds: c.rounds, Lambda: c.lambda, Off: off, Folds: c.folds, FoldSeed: c.foldSeed, Kinds: c.kinds(), Boost: c.boost()}
	if c.shrinks != "" {
		list, err := floats(c.shrinks)
		if err != nil {
			return err
		}
		return heldOut(out, sweep(out, examples, o, list), c.held, c.against)
	}
	if c.sel {
		o = c.selected(out, examples)
	}
	return c.fit(out, examples, o)
}

// config is the fitter's command line.
type config struct {
	write, offList, held, against, shrinks, cache string
	skip                                          string // file of briefing slugs to leave out
	rounds, folds, kindMin, bridgeK, trees        int
	foldSeed                                      uint64
	sel, ablate                                   bool
	lambda, shrink                                float64
	dirs                                          []string // the evaluation folders
}

// parseConfig reads the command line; a usage error names what is wrong.
func parseConfig(args []string) (config, error) {
	var c config
	fs := flag.NewFlagSet("fit", flag.ContinueOnError)
	fs.StringVar(&c.write, "write", "", "rewrite this Go file with the fitted weights (index/internal/rank/fitted.go)")
	fs.IntVar(&c.rounds, "rounds", 20, "coordinate ascent passes at most")
	fs.BoolVar(&c.sel, "select", false, "choose the penalty and the features by cross-validation first")
	fs.BoolVar(&c.ablate, "ablate", false, "cross-validate with each feature off in turn")
	fs.Float64Var(&c.lambda, "lambda", rank.FittedLambda, "penalty, without -select")
	fs.StringVar(&c.offList, "off", "", "comma-separated features to hold at zero, without -select")
	fs.IntVar(&c.folds, "folds", 0, "cross-validate on this many folds of briefings rather than one briefing at a time (quicker, for screening)")
	fs.Uint64Var(&c.foldSeed, "foldseed", 0, "with -folds, deal the briefings into folds in an order shuffled by this seed (0: slug order), to see how much a figure owes to the partition")
	fs.StringVar(&c.held, "held", "", "save the held-out ranks to this file, for -against on another tree")
	fs.StringVar(&c.against, "against", "", "compare the held-out ranks with those -held saved on another tree")
	fs.IntVar(&c.kindMin, "kinds", rank.FittedKindMin, "give each kind of question with at least this many examples its own weights (0: one vector for all)")
	fs.Float64Var(&c.shrink, "shrink", rank.FittedShrink, "with -kinds, the reciprocal rank summed over a kind's examples a weight must buy per unit it moves from the shared vector")
	fs.StringVar(&c.shrinks, "shrinks", "", "with -kinds, cross-validate each of these comma-separated shrinks against one vector for all, and stop")
	fs.StringVar(&c.cache, "examples", "", "read the judged candidates from this file if it exists, else collect them and save them there (valid for one tree only)")
	fs.IntVar(&c.bridgeK, "bridgefolds", 0, "compute each fold's bridge feature with a table learned from the other folds' questions (deal the briefings into this many folds), so the weights are fitted on out-of-fold values; 0 keeps the embedded table")
	fs.StringVar(&c.skip, "holdout", "", "leave out the briefings whose slugs this file lists, one a line, from the fit, its cross-validation and the bridge folds (a held-out set to score the weights on afterwards)")
	fs.IntVar(&c.trees, "trees", rank.FittedTrees, "grow this many boosted trees on the weighted sums' scores (0: none; the other settings are rank.DefaultBoost's)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() == 0 {
		return c, fmt.Errorf("usage: fit [-write FILE] [-select] [-ablate] EVALDIR...")
	}
	c.dirs = fs.Args()
	return c, nil
}

// kinds returns the per-kind weights' options the command line gives.
func (c config) kinds() rank.KindOptions {
	return rank.KindOptions{Min: c.kindMin, Shrink: c.shrink}
}

// boost returns the trees' options the command line gives.
func (c config) boost() rank.BoostOptions {
	o := rank.DefaultBoost()
	o.Trees = c.trees
	return o
}

// selected chooses the penalty and the features by cross-validation,
// printing each choice tried.
func (c config) selected(out io.Writer, examples []rank.Example) rank.Options {
	ch := rank.Select(examples, lambdas, c.rounds, func(ch rank.Choice) {
		line(out, fmt.Sprintf("  tried lambda=%g off=%v (gain %.4f ± %.4f)", ch.Lambda, ch.Off, ch.Gain, ch.SE), ch.CV)
	})
	fmt.Fprintf(out, "selected: lambda=%g off=%v\n", ch.Lambda, ch.Off)
	o := ch.Options
	o.Kinds = c.kinds()
	return o
}

// fit fits the weights on every example, reports them and their
// cross-validated figures, and writes them when -write names a file.
// The weights written start from the current ones, which finds a better
// optimum than plain BM25 does; cross-validation (in report) starts
// every fold from plain BM25.
func (c config) fit(out io.Writer, examples []rank.Example, o rank.Options) error {
	final := o
	final.Start = rank.Fitted()
	m := rank.FitModel(examples, final)
	cv := report(out, examples, m, o)
	if err := heldOut(out, cv, c.held, c.against); err != nil {
		return err
	}
	if c.ablate {
		ablation(out, examples, o, cv)
	}
	if c.write == "" {
		return nil
	}
	src, err := format.Source([]byte(goSource(m, o)))
	if err != nil {
		return fmt.Errorf("fit: formatting %s: %w", c.write, err)
	}
	return os.WriteFile(c.write, src, 0o644)
}

// heldOut saves the held-out ranks to file save and compares them with
// those saved in file against, each when named.
func heldOut(out io.Writer, cv []rank.Held, save, against string) error {
	if save != "" {
		if err := saveHeld(save, cv); err != nil {
			return err
		}
	}
	if against == "" {
		return nil
	}
	before, err := loadHeld(against)
	if err != nil {
		return err
	}
	return compare(out, cv, before)
}

// features parses a comma-separated list of feature names.
func features(list string) ([]rank.Feature, error) {
	var out []rank.Feature
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		f := rank.Feature(0)
		for f < rank.NumFeatures && f.String() != name {
			f++
		}
		if f == rank.NumFeatures {
			return nil, fmt.Errorf("-off: no feature %q", name)
		}
		out = append(out, f)
	}
	return out, nil
}

// collectAll gathers the judged candidates of every folder of dirs, with
// bridge tables learned out of k folds of each (see bridgeFolds).
func collectAll(ctx context.Context, log io.Writer, dirs []string, k int, skip map[string]bool) ([]rank.Example, error) {
	var out []rank.Example
	for _, dir := range dirs {
		ex, err := collect(ctx, log, dir, k, skip)
		if err != nil {
			return nil, err
		}
		out = append(out, ex...)
	}
	return out, nil
}

// cached returns the examples saved in file, or those collect gathers,
// saved in file for the next run. Collecting takes most of a run, and
// comparing fitting options needs the same candidates many times; a saved
// file is only valid for the tree that wrote it. An empty file name
// always collects.
func cached(file string, collect func() ([]rank.Example, error)) ([]rank.Example, error) {
	if file == "" {
		return collect()
	}
	if data, err := os.ReadFile(file); err == nil {
		var out []rank.Example
		if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&out); err != nil {
			return nil, fmt.Errorf("fit: reading %s: %w", file, err)
		}
		return out, nil
	}
	out, err := collect()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(out); err != nil {
		return nil, fmt.Errorf("fit: saving examples: %w", err)
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		return nil, fmt.Errorf("fit: saving examples: %w", err)
	}
	return out, nil
}

// lambdas are the penalties -select tries.
var lambdas = []float64{0, 0.0005, 0.001, 0.002, 0.004}

// collect gathers the judged candidates of every briefing in dir twice:
// with the briefing indexed alone, and with every briefing of dir in one
// index, where a question must also find the right briefing. With k
// above zero, each briefing's questions are asked with the bridge table
// learned without its fold of k (see bridgeFolds). Briefings whose
// slugs skip holds are left out, from the shared index too.
func collect(ctx context.Context, log io.Writer, dir string, k int, skip map[string]bool) ([]rank.Example, error) {
	sets, err := evaluate.Load(dir)
	if err != nil {
		return nil, err
	}
	sets = slices.DeleteFunc(sets, func(s *evaluate.Briefing) bool { return skip[s.Slug] })
	if len(sets) == 0 {
		return nil, fmt.Errorf("fit: %s: every briefing skipped", dir)
	}
	bf, err := learnBridgeFolds(ctx, log, sets, k)
	if err != nil {
		return nil, err
	}
	var out []rank.Example
	var all []*corpus.Briefing
	for _, s := range sets {
		ex, err := examples(ctx, bf, []*corpus.Briefing{s.Briefing}, s)
		if err != nil {
			return nil, err
		}
		out = append(out, ex...)
		all = append(all, s.Briefing)
	}
	ex, err := examples(ctx, bf, all, sets...)
	if err != nil {
		return nil, err
	}
	return append(out, ex...), nil
}

// examples asks the questions of sets of one index of bs, built once,
// each set with its fold's bridges.
func examples(ctx context.Context, bf *bridgeFolds, bs []*corpus.Briefing, sets ...*evaluate.Briefing) ([]rank.Example, error) {
	c, err := corpus.New(bs...)
	if err != nil {
		return nil, err
	}
	ix, err := index.Build(ctx, c, index.Options{})
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	var out []rank.Example
	for _, s := range sets {
		ex, err := asked(ctx, bf.index(ix, s), len(bs) == 1, s)
		if err != nil {
			return nil, err
		}
		out = append(out, ex...)
	}
	return out, nil
}

// asked asks s's questions of ix and judges the candidates.
func asked(ctx context.Context, ix *index.Index, alone bool, s *evaluate.Briefing) ([]rank.Example, error) {
	var out []rank.Example
	for _, q := range s.Questions {
		cs, err := ix.Explain(ctx, q.Q)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", s.Slug, q.Q, err)
		}
		e := rank.Example{Group: s.Slug, Style: s.Expected.Style, Question: q.Q, Alone: alone}
		for _, c := range cs {
			e.Kind = c.Kind
			e.Candidates = append(e.Candidates, c.Features)
			e.Tier = append(e.Tier, c.Tier)
			e.Gold = append(e.Gold, c.Briefing == s.Slug && evaluate.Answers(c.Text, q.Gold))
		}
		out = append(out, e)
	}
	return out, nil
}

// report prints the fitted and cross-validated figures, and returns the
// held-out questions.
func report(out io.Writer, examples []rank.Example, m rank.Model, o rank.Options) []rank.Held {
	cv := rank.CrossValidate(examples, o)
	line(out, "current weights", rank.EvaluateModel(examples, rank.FittedModel()))
	line(out, "fitted, on the questions fitted", rank.EvaluateModel(examples, m))
	line(out, "  each briefing indexed alone", rank.EvaluateModel(filter(examples, alone), m))
	line(out, "  all briefings in one index", rank.EvaluateModel(filter(examples, together), m))
	line(out, "fitted, cross-validated by briefing", rank.Pool(cv, nil))
	line(out, "  each briefing indexed alone", rank.Pool(cv, alone))
	line(out, "  all briefings in one index", rank.Pool(cv, together))
	for _, alone := range []bool{true, false} {
		setup := map[bool]string{true: "alone", false: "together"}[alone]
		for _, st := range styles(examples) {
			line(out, "  "+setup+", "+st, rank.Pool(cv, func(e rank.Example) bool { return e.Alone == alone && e.Style == st }))
		}
	}
	for _, k := range kinds(examples) {
		line(out, fmt.Sprintf("  kind %q", k), rank.Pool(cv, func(e rank.Example) bool { return e.Kind == k }))
	}
	printWeights(out, fmt.Sprintf("weights (lambda %g)", o.Lambda), m.Global)
	for _, k := range slices.Sorted(maps.Keys(m.Kinds)) {
		printWeights(out, fmt.Sprintf("  kind %q (shrink %g)", k, o.Kinds.Shrink), m.Kinds[k])
	}
	for _, h := range cv {
		if h.Alone && h.Rank != 1 {
			fmt.Fprintf(out, "  held-out miss: %-28s rank %2d  %s\n", h.Group, h.Rank, h.Question)
		}
	}
	return cv
}

// ablation cross-validates with each feature off in turn, and reports
// what the feature buys in held-out reciprocal rank per question, with
// its standard error (paired over the questions), against all, the
// held-out questions with every feature on.
func ablation(out io.Writer, examples []rank.Example, o rank.Options, all []rank.Held) {
	for f := rank.Feature(1); f < rank.NumFeatures; f++ {
		if slices.Contains(o.Off, f) {
			continue
		}
		off := o
		off.Off = append(slices.Clone(o.Off), f)
		without := rank.CrossValidate(examples, off)
		gain, se := rank.PairedGain(all, without)
		line(out, fmt.Sprintf("  without %-10s (buys %+.4f ± %.4f)", f, gain, se), rank.Pool(without, nil))
	}
}

func printWeights(out io.Writer, name string, w rank.Weights) {
	fmt.Fprintf(out, "%s:", name)
	for f := range rank.NumFeatures {
		fmt.Fprintf(out, " %s=%g", f, w[f])
	}
	fmt.Fprintln(out)
}

func line(out io.Writer, name string, m rank.Metrics) {
	fmt.Fprintf(out, "%-38s n=%d  Hit@1 %.3f  Hit@3 %.3f  MRR %.3f\n", name, m.N, m.HitAt1, m.HitAt3, m.MRR)
}

func alone(e rank.Example) bool    { return e.Alone }
func together(e rank.Example) bool { return !e.Alone }

func filter(es []rank.Example, keep func(rank.Example) bool) []rank.Example {
	var out []rank.Example
	for _, e := range es {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

// kinds are the kinds of question among es, sorted.
func kinds(es []rank.Example) []string {
	return distinct(es, func(e rank.Example) string { return e.Kind })
}

// styles are the briefing styles among es, sorted.
func styles(es []rank.Example) []string {
	return distinct(es, func(e rank.Example) string { return e.Style })
}

// distinct returns the values of key over es, each once, sorted.
func distinct(es []rank.Example, key func(rank.Example) string) []string {
	var out []string
	for _, e := range es {
		if k := key(e); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func goSource(m rank.Model, o rank.Options) string {
	var b strings.Builder
	b.WriteString(`// Code generated by index/internal/fit; DO NOT EDIT.

package rank

// Fitted returns the re-ranker's shared weights, fitted on the
// development questions by coordinate ascent on MRR less FittedLambda
// times their distance from plain BM25. Refit with
//
//	go test ./index/internal/fit -run TestFit -v -fit -write
func Fitted() Weights {
	return ` + weightsLit(m.Global) + `
}

// FittedModel returns the shared weights and those of each kind of
// question with at least FittedKindMin examples, fitted from the shared
// ones less FittedShrink times their distance from them, over the
// kind's examples.
func FittedModel() Model {
	return Model{Global: Fitted(), Kinds: map[string]Weights{
`)
	for _, k := range slices.Sorted(maps.Keys(m.Kinds)) {
		fmt.Fprintf(&b, "\t\t%q: %s,\n", k, weightsLit(m.Kinds[k]))
	}
	fmt.Fprintf(&b, `	}, Boost: fittedBoost()}
}

// FittedLambda is the penalty the weights were fitted with: -lambda, or
// the one -select chose by cross-validation by briefing.
const FittedLambda = %v

// FittedKindMin and FittedShrink are the -kinds and -shrink the
// weights were fitted with.
const (
	FittedKindMin = %d
	FittedShrink  = %v
)

// FittedTrees is how many boosted trees were grown (-trees).
const FittedTrees = %d
`, o.Lambda, o.Kinds.Min, o.Kinds.Shrink, o.Boost.Trees)
	b.WriteString(boostSource(m.Boost))
	return b.String()
}

// boostSource is the Go source of fittedBoost, one tree per line, each
// node {Feature, Threshold, Left, Right, Value} at full precision.
func boostSource(bo rank.Boost) string {
	var b strings.Builder
	b.WriteString(`
// fittedBoost returns the boosted trees (see Boost), fitted with
// DefaultBoost's settings and FittedTrees trees.
func fittedBoost() Boost {
	return Boost{Trees: []Tree{
`)
	for _, t := range bo.Trees {
		var nodes []string
		for _, n := range t {
			nodes = append(nodes, fmt.Sprintf("{%d, %s, %d, %d, %s}", n.Feature, strconv.FormatFloat(n.Threshold, 'g', -1, 64), n.Left, n.Right, strconv.FormatFloat(n.Value, 'g', -1, 64)))
		}
		fmt.Fprintf(&b, "\t\t{%s},\n", strings.Join(nodes, ", "))
	}
	b.WriteString("\t}}\n}\n")
	return b.String()
}

func weightsLit(w rank.Weights) string {
	var vals []string
	for _, v := range w {
		vals = append(vals, fmt.Sprint(v))
	}
	return "Weights{" + strings.Join(vals, ", ") + "}"
}

package fit

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/index/internal/rank"
)

var (
	doFit   = flag.Bool("fit", false, "fit the weights on the development questions and report")
	write   = flag.Bool("write", false, "with -fit, also rewrite ../rank/fitted.go")
	sel     = flag.Bool("select", false, "with -fit, choose the penalty and features by cross-validation")
	ablate  = flag.Bool("ablate", false, "with -fit, cross-validate with each feature off in turn")
	lambda  = flag.String("lambda", "", "with -fit, the penalty to fit with (default: the one fitted.go was fitted with)")
	off     = flag.String("off", "", "with -fit, comma-separated features to hold at zero")
	nfolds  = flag.Int("folds", 0, "with -fit, cross-validate on this many folds of briefings (quicker, for screening)")
	seed    = flag.Uint64("foldseed", 0, "with -fit and -folds, deal the briefings into folds in an order shuffled by this seed")
	kindMin = flag.String("kinds", "", "with -fit, the examples a kind of question needs for its own weights (0: one vector for all; default: fitted.go's)")
	shrink  = flag.String("shrink", "", "with -fit, how strongly a kind's weights are held to the shared ones (default: fitted.go's)")
	shrinks = flag.String("shrinks", "", "with -fit, cross-validate a vector per kind with each of these comma-separated shrinks against one vector, and stop")
	cache   = flag.String("examples", "", "with -fit, read the judged candidates from this file, or save them there")
	held    = flag.String("held", "", "with -fit, save the held-out ranks to this file")
	against = flag.String("against", "", "with -fit, compare the held-out ranks with those saved by -held")
	bridgeK = flag.Int("bridgefolds", 0, "with -fit, fit the bridge weight on out-of-fold values: each of this many folds of briefings asked with bridges learned without it")
	trees   = flag.Int("trees", -1, "with -fit, how many boosted trees to grow (default: fitted.go's)")
	holdOut = flag.String("holdout", "", "with -fit, leave out the briefings this file lists (one slug a line)")
	evalOn  = flag.String("eval", "../../../corpus/testdata/eval/dev", "evaluation folder to fit on")
)

// TestFit is the fitter's entry point:
//
//	go test ./index/internal/fit -run TestFit -v -fit [-write]
//
// Without -fit it does nothing, so go test ./... never refits.
func TestFit(t *testing.T) {
	if !*doFit {
		t.Skip("run with -fit (and -write to rewrite ../rank/fitted.go)")
	}
	var args []string
	if *write {
		args = append(args, "-write", "../rank/fitted.go")
	}
	if *sel {
		args = append(args, "-select")
	}
	if *ablate {
		args = append(args, "-ablate")
	}
	if *lambda != "" {
		args = append(args, "-lambda", *lambda)
	}
	if *kindMin != "" {
		args = append(args, "-kinds", *kindMin)
	}
	if *shrink != "" {
		args = append(args, "-shrink", *shrink)
	}
	if *shrinks != "" {
		args = append(args, "-shrinks", *shrinks)
	}
	if *cache != "" {
		args = append(args, "-examples", *cache)
	}
	if *held != "" {
		args = append(args, "-held", *held)
	}
	if *against != "" {
		args = append(args, "-against", *against)
	}
	if *nfolds > 0 {
		args = append(args, "-folds", fmt.Sprint(*nfolds))
	}
	if *seed != 0 {
		args = append(args, "-foldseed", fmt.Sprint(*seed))
	}
	if *off != "" {
		args = append(args, "-off", *off)
	}
	if *trees >= 0 {
		args = append(args, "-trees", fmt.Sprint(*trees))
	}
	if *bridgeK > 0 {
		args = append(args, "-bridgefolds", fmt.Sprint(*bridgeK))
	}
	if *holdOut != "" {
		args = append(args, "-holdout", *holdOut)
	}
	args = append(args, *evalOn)
	if err := run(context.Background(), args, os.Stdout); err != nil {
		t.Fatal(err)
	}
}

func TestFeatures(t *testing.T) {
	for _, tt := range []struct {
		list    string
		want    int
		wantErr bool
	}{
		{"", 0, false}, {"cause", 1, false}, {"cause, topic,focus", 3, false}, {"caus", 0, true}, {"cause,bm26", 0, true},
	} {
		got, err := features(tt.list)
		if (err != nil) != tt.wantErr || err == nil && len(got) != tt.want {
			t.Errorf("features(%q) = %v, %v; want %d features, error %v", tt.list, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestCached: the first run collects and saves the examples, the next
// reads them back without collecting; no file name always collects.
func TestCached(t *testing.T) {
	file := filepath.Join(t.TempDir(), "examples.gob")
	want := []rank.Example{{Group: "b", Question: "who?", Candidates: []rank.Features{{1, 0.5}}, Gold: []bool{true}}}
	for _, tt := range []struct {
		file      string
		collected bool
	}{{file, true}, {file, false}, {"", true}} {
		collected := false
		got, err := cached(tt.file, func() ([]rank.Example, error) { collected = true; return want, nil })
		if err != nil {
			t.Fatal(err)
		}
		if collected != tt.collected || len(got) != 1 || got[0].Question != "who?" || got[0].Candidates[0] != want[0].Candidates[0] {
			t.Errorf("file %q: collected %v, got %+v; want collected %v and the examples back", tt.file, collected, got, tt.collected)
		}
	}
}

package fit

import (
	"context"
	"flag"
	"os"
	"testing"
)

var (
	doFit    = flag.Bool("fit", false, "fit the weights on the development questions and report")
	write    = flag.Bool("write", false, "with -fit, also rewrite ../rank/fitted.go")
	sel      = flag.Bool("select", false, "with -fit, choose the penalty and features by cross-validation")
	ablate   = flag.Bool("ablate", false, "with -fit, cross-validate with each feature off in turn")
	lambda   = flag.String("lambda", "", "with -fit, the penalty to fit with (default: the one fitted.go was fitted with)")
	off      = flag.String("off", "", "with -fit, comma-separated features to hold at zero")
	pairwise = flag.Bool("pairwise", false, "with -fit, fit by pairwise logistic regression")
	polish   = flag.Bool("polish", false, "with -fit -pairwise, polish by coordinate ascent")
	l2       = flag.String("l2", "", "with -fit -pairwise, the L2 penalty")
	cache    = flag.String("examples", "", "with -fit, read the judged candidates from this file, or save them there")
	evalOn   = flag.String("eval", "../../../corpus/testdata/eval/dev", "evaluation folder to fit on")
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
	if *pairwise {
		args = append(args, "-pairwise")
	}
	if *polish {
		args = append(args, "-polish")
	}
	if *l2 != "" {
		args = append(args, "-l2", *l2)
	}
	if *cache != "" {
		args = append(args, "-examples", *cache)
	}
	if *off != "" {
		args = append(args, "-off", *off)
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
		{"", 0, false}, {"cause", 1, false}, {"cause, gloss,focus", 3, false}, {"caus", 0, true}, {"cause,bm26", 0, true},
	} {
		got, err := features(tt.list)
		if (err != nil) != tt.wantErr || err == nil && len(got) != tt.want {
			t.Errorf("features(%q) = %v, %v; want %d features, error %v", tt.list, got, err, tt.want, tt.wantErr)
		}
	}
}

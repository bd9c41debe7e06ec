package fit

import (
	"context"
	"flag"
	"os"
	"testing"
)

var (
	doFit  = flag.Bool("fit", false, "fit the weights on the development questions and report")
	write  = flag.Bool("write", false, "with -fit, also rewrite ../rank/fitted.go")
	evalOn = flag.String("eval", "../../../corpus/testdata/eval/dev", "evaluation folder to fit on")
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
	args := []string{*evalOn}
	if *write {
		args = []string{"-write", "../rank/fitted.go", *evalOn}
	}
	if err := run(context.Background(), args, os.Stdout); err != nil {
		t.Fatal(err)
	}
}

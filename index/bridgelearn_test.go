package index

import (
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

var (
	learnBridges  = flag.String("learnbridges", "", "evaluation folder: learn the lexical bridges from its questions and their answering paragraphs, and print them")
	writeBridgesF = flag.Bool("writebridges", false, "with -learnbridges, rewrite bridges.txt")
)

// TestLearnBridges is a generator, not a test: it learns which lemmas the
// answering paragraphs of a folder's questions hold in place of a
// question's word (see bridgeCounts), and prints the table; with
// -writebridges it rewrites bridges.txt, which the ranker embeds.
//
//	go test ./index -run TestLearnBridges -v -learnbridges DIR -writebridges
//
// Learn only from the questions you tune on: the table is a fitted table.
func TestLearnBridges(t *testing.T) {
	if *learnBridges == "" {
		t.Skip("run with -learnbridges DIR")
	}
	b, err := LearnBridges(context.Background(), loadBridgeSets(t, *learnBridges))
	if err != nil {
		t.Fatal(err)
	}
	out := io.Writer(os.Stdout)
	if *writeBridgesF {
		f, err := os.Create("bridges.txt")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out = f
	}
	if _, err := b.WriteTo(out); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bridges", b.Len())
}

// loadBridgeSets reads every briefing of dir that has questions, in
// slug order.
func loadBridgeSets(t *testing.T, dir string) []JudgedBriefing {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.questions.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no questions in %s: %v", dir, err)
	}
	slices.Sort(files)
	var sets []JudgedBriefing
	for _, qf := range files {
		b, qs := judgedBriefing(t, qf)
		sets = append(sets, JudgedBriefing{b, qs})
	}
	return sets
}

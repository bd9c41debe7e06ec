package gen

import (
	"flag"
	"testing"
)

var (
	generate = flag.Bool("generate", false, "rewrite corpus/lang/verbs/verbs.txt (go generate ./corpus/lang/verbs runs this)")
	dict     = flag.String("dict", "/usr/share/wordnet", "WordNet database folder")
	out      = flag.String("out", "../../verbs.txt", "table to write")
)

// TestGenerate is the generator's entry point: go generate runs it with
// -generate. Without the flag it does nothing, so go test ./... never
// reads the system's WordNet.
func TestGenerate(t *testing.T) {
	if !*generate {
		t.Skip("run with -generate to rewrite ../../verbs.txt")
	}
	if err := run(*dict, *out); err != nil {
		t.Fatal(err)
	}
}

package gen

import (
	"flag"
	"testing"
)

var generate = flag.Bool("generate", false, "rewrite corpus/lang/stopwords.go (go generate ./corpus/lang runs this)")

// TestGenerate is the generator's entry point: go generate runs it with
// -generate. Without the flag it does nothing, so go test ./... never
// rewrites the table.
func TestGenerate(t *testing.T) {
	if !*generate {
		t.Skip("run with -generate to rewrite ../stopwords.go")
	}
	if err := run("../stopwords.go"); err != nil {
		t.Fatal(err)
	}
}

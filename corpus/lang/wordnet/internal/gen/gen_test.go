package gen

import (
	"flag"
	"testing"
)

var (
	generate = flag.Bool("generate", false, "rewrite corpus/lang/wordnet/wordnet.txt and lemmas.txt (go generate ./corpus/lang/wordnet runs this)")
	dict     = flag.String("dict", "/usr/share/wordnet", "WordNet database folder")
	out      = flag.String("out", "../../wordnet.txt", "table to write")
	lemmas   = flag.String("lemmas", "../../lemmas.txt", "word list to write")
	senses   = flag.Int("senses", 1, "synonyms come from this many of a word's most frequent senses per part of speech")
)

// TestGenerate is the generator's entry point: go generate runs it with
// -generate. Without the flag it does nothing, so go test ./... never
// reads the system's WordNet.
func TestGenerate(t *testing.T) {
	if !*generate {
		t.Skip("run with -generate to rewrite ../../wordnet.txt")
	}
	if err := run(*dict, *out, *senses); err != nil {
		t.Fatal(err)
	}
	if err := writeLemmas(*dict, *lemmas); err != nil {
		t.Fatal(err)
	}
}

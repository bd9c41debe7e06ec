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

func TestThirdPerson(t *testing.T) {
	for _, c := range [][2]string{{"take", "takes"}, {"reach", "reaches"}, {"carry", "carries"}, {"go", "goes"}, {"say", "says"}, {"fix", "fixes"}} {
		if got := thirdPerson(c[0]); got != c[1] {
			t.Errorf("thirdPerson(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

package genlang

import (
	"flag"
	"testing"
)

var (
	generate = flag.Bool("generate", false, "rewrite corpus/lang/tables.go (go generate ./corpus/lang runs this)")
	out      = flag.String("o", "../../tables.go", "output Go file")
	isoCodes = flag.String("iso-codes", "/usr/share/iso-codes/json", "iso-codes JSON folder (Debian package iso-codes)")
	zoneinfo = flag.String("zoneinfo", "/usr/share/zoneinfo", "tzdata folder holding zone.tab (Debian package tzdata)")
	wordnet  = flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 database folder (Debian package wordnet-base)")
)

// TestGenerate is the generator's entry point: go generate runs it with
// -generate. Without the flag it does nothing, so go test ./... never
// reads the system's data files.
func TestGenerate(t *testing.T) {
	if !*generate {
		t.Skip("run with -generate to rewrite ../../tables.go")
	}
	if err := run(sources{isoCodes: *isoCodes, zoneinfo: *zoneinfo, wordnet: *wordnet}, *out); err != nil {
		t.Fatal(err)
	}
}

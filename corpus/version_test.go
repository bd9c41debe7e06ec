package corpus_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/corpustest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestExtractorVersion ties corpus.ExtractorVersion to what the extractors
// produce. A persisted index reuses its stored extraction while the digest
// is unchanged, so an extractor change that forgets to bump the version
// would serve stale factions and events. When this fails after a deliberate
// change: bump ExtractorVersion, then run go test ./corpus -run
// TestExtractorVersion -update.
func TestExtractorVersion(t *testing.T) {
	got := fmt.Sprintf("version %s\noutput %s\n", corpus.ExtractorVersion, extractionFingerprint(t))
	golden := filepath.Join("testdata", "extractor-version.golden")
	if *update {
		// -update records a new output only under a new version: the
		// point of the file is that no output changes without one.
		if old, err := os.ReadFile(golden); err == nil {
			oldVersion, _, _ := strings.Cut(string(old), "\n")
			if oldVersion == "version "+corpus.ExtractorVersion && string(old) != got {
				t.Fatalf("extraction output changed but corpus.ExtractorVersion is still %q: bump it before -update", corpus.ExtractorVersion)
			}
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) == got {
		return
	}
	wantVersion, _, _ := strings.Cut(string(want), "\n")
	if wantVersion == "version "+corpus.ExtractorVersion {
		t.Fatalf("extraction output changed but corpus.ExtractorVersion is still %q: bump it, then run with -update", corpus.ExtractorVersion)
	}
	t.Fatalf("golden file is stale (run with -update):\nwant %q\ngot  %q", want, got)
}

// extractionFingerprint hashes the factions and events extracted from the
// embedded briefing and a synthetic corpus.
func extractionFingerprint(t *testing.T) string {
	t.Helper()
	def, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	syn, err := corpustest.Corpus(300, 7)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	for _, c := range []*corpus.Corpus{def, syn} {
		if err := json.NewEncoder(h).Encode(struct {
			F []*corpus.Faction
			E []corpus.Event
		}{c.Factions, c.Events}); err != nil {
			t.Fatal(err)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestDigestSeesEveryField changes one thing an answer depends on at a time
// and checks that the digest changes with it.
func TestDigestSeesEveryField(t *testing.T) {
	base := func() *corpus.Briefing {
		return &corpus.Briefing{
			Slug: "b", Title: "T", Publisher: "P", URL: "u",
			Date:       time.Date(2013, 1, 10, 0, 0, 0, 0, time.UTC),
			Authors:    []string{"A"},
			Curated:    []corpus.GroupSpec{{Name: "Front", Acronym: "F", Aliases: []string{"x"}}},
			Paragraphs: []corpus.Paragraph{{Number: 1, Section: "S", Text: "One."}},
		}
	}
	digest := func(b *corpus.Briefing) string {
		c, err := corpus.New(b)
		if err != nil {
			t.Fatal(err)
		}
		return c.Digest()
	}
	want := digest(base())
	if again := digest(base()); again != want {
		t.Fatalf("digest not deterministic: %s vs %s", want, again)
	}
	edits := []struct {
		name string
		edit func(*corpus.Briefing)
	}{
		{"slug", func(b *corpus.Briefing) { b.Slug = "c" }},
		{"title", func(b *corpus.Briefing) { b.Title = "U" }},
		{"short title", func(b *corpus.Briefing) { b.ShortTitle = "V" }},
		{"publisher", func(b *corpus.Briefing) { b.Publisher = "Q" }},
		{"date", func(b *corpus.Briefing) { b.Date = b.Date.AddDate(1, 0, 0) }},
		{"url", func(b *corpus.Briefing) { b.URL = "v" }},
		{"authors", func(b *corpus.Briefing) { b.Authors = append(b.Authors, "B") }},
		{"curated name", func(b *corpus.Briefing) { b.Curated[0].Name = "Army" }},
		{"curated acronym", func(b *corpus.Briefing) { b.Curated[0].Acronym = "G" }},
		{"curated alias", func(b *corpus.Briefing) { b.Curated[0].Aliases = []string{"y"} }},
		{"section", func(b *corpus.Briefing) { b.Paragraphs[0].Section = "R" }},
		{"text", func(b *corpus.Briefing) { b.Paragraphs[0].Text = "Two." }},
		{"appended paragraph", func(b *corpus.Briefing) {
			b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: 2, Text: "Two."})
		}},
		{"field boundary", func(b *corpus.Briefing) { b.Title, b.Publisher = "TP", "" }},
	}
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			b := base()
			e.edit(b)
			if digest(b) == want {
				t.Errorf("digest unchanged after editing the %s", e.name)
			}
		})
	}
}

// TestNewEnforcesParse checks that corpus.New refuses what Parse refuses.
func TestNewEnforcesParse(t *testing.T) {
	para := []corpus.Paragraph{{Number: 1, Text: "One."}}
	cases := []struct {
		name string
		in   []*corpus.Briefing
		want error
	}{
		{"none", nil, corpus.ErrNoBriefings},
		{"no paragraphs", []*corpus.Briefing{{Slug: "a"}}, corpus.ErrEmpty},
		{"no slug", []*corpus.Briefing{{Paragraphs: para}}, corpus.ErrNoSlug},
		{"numbering", []*corpus.Briefing{{Slug: "a", Paragraphs: []corpus.Paragraph{{Number: 2, Text: "x"}}}}, corpus.ErrNumbering},
		{"duplicate", []*corpus.Briefing{{Slug: "a", Paragraphs: para}, {Slug: "a", Paragraphs: para}}, corpus.ErrDuplicateSlug},
		{"fine", []*corpus.Briefing{{Slug: "a", Paragraphs: para}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := corpus.New(tc.in...)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("New: got %v, want %v", err, tc.want)
			}
		})
	}
}

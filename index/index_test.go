package index

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus"
)

func build(t testing.TB, c *corpus.Corpus) *Index {
	t.Helper()
	return buildWith(t, c, Options{})
}

func buildWith(t testing.TB, c *corpus.Corpus, opts Options) *Index {
	t.Helper()
	ix, err := Build(context.Background(), c, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func mali(t testing.TB) *Index {
	t.Helper()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	return build(t, c)
}

// briefing makes a one-briefing corpus from paragraphs.
func briefing(t testing.TB, paras ...string) *corpus.Corpus {
	t.Helper()
	b := &corpus.Briefing{Slug: "test", Title: "Test Briefing"}
	for i, p := range paras {
		b.Paragraphs = append(b.Paragraphs, corpus.Paragraph{Number: i + 1, Text: p})
	}
	c, err := corpus.New(b)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAskFindsAlghabass(t *testing.T) {
	res, err := mali(t).Search(context.Background(), "Who formed the Islamic Movement for the Azawad?", 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	top := res.Passages[0]
	if !strings.Contains(top.Text, "Alghabass Ag Intalla formed") {
		t.Errorf("top passage %s: %.80q", top.Citation, top.Text)
	}
	if top.Citation != "Crisis in Mali 101: A Turning Point for U.S. Foreign Policy? ¶4" || top.Rank != 1 || top.Paragraph != 4 || top.Briefing != "crisis-in-mali-101" {
		t.Errorf("top = %+v", top)
	}
	if !strings.Contains(top.Excerpt, "**Islamic** **Movement**") {
		t.Errorf("excerpt lacks bold terms: %q", top.Excerpt)
	}
}

// Search text is never query-string syntax: operators and wildcards are
// plain text and must neither fail nor change the meaning.
func TestQuerySyntaxIsText(t *testing.T) {
	ix := mali(t)
	tests := []struct {
		name, q string
		want    string // a substring of the top passage; "" means no error is enough
	}{
		{"question mark is not a wildcard", "Who leads MOJWA?", "MOJWA"},
		{"quotes", `"gates of hell`, "gates of hell"},
		{"minus", "-French Serval", "Serval"},
		{"regexp", "/.*/ ransom", "ransom"},
		{"boost syntax", "hostages^2", "hostage"},
		{"field syntax", "text:Gao", "Gao"},
		{"plus and colon", "+Amenas: natural gas", "Amenas"},
		{"brackets", "[Timbuktu] {musical}", "Timbuktu"},
		{"backslashes", `\\ \" Bamako`, "Bamako"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q, 3, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Passages) == 0 || !strings.Contains(res.Passages[0].Text, tt.want) {
				t.Errorf("%q: top passage does not contain %q: %+v", tt.q, tt.want, res.Passages)
			}
		})
	}
}

func TestNothingToSearch(t *testing.T) {
	ix := mali(t)
	for _, q := range []string{"", "   ", "?!", "who what when", "the of and", "***"} {
		t.Run(q, func(t *testing.T) {
			_, err := ix.Search(context.Background(), q, 3, 0)
			if !errors.Is(err, corpus.ErrNoQuery) {
				t.Errorf("err = %v, want ErrNoQuery", err)
			}
		})
	}
}

func TestAnalyzer(t *testing.T) {
	ix := build(t, briefing(t,
		"President François Bozizé fled the capital.",
		"Opération Serval began at dawn.",
		"The group's leaders disbanded the militia.",
		"Unrelated text about rainfall.",
	))
	tests := []struct {
		name, q string
		want    int // paragraph ranked first
	}{
		{"accent folding", "bozize", 1},
		{"accents in question", "Bozizé", 1},
		{"folding both ways", "Operation", 2},
		{"stemming", "leader disband", 3},
		{"possessive", "group", 3},
		{"synonym", "flee", 1},
		{"typo tolerance", "Bozise", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q, 3, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Passages) == 0 || res.Passages[0].Paragraph != tt.want {
				t.Errorf("%q: got %+v, want ¶%d first", tt.q, res.Passages, tt.want)
			}
		})
	}
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("Filler words about nothing at all. ", 20) + "The *special* envoy met the_rebels in Gao. " + strings.Repeat("More filler follows here. ", 20)
	ix := build(t, briefing(t, long, "Short: a *star* and Gao."))
	tests := []struct {
		name, q  string
		para     int
		contains []string
		absent   []string
	}{
		{"window around the match", "envoy Gao", 1, []string{"**envoy**", "**Gao**", `\*special\*`, `the\_rebels`, "…"}, []string{"Filler words about nothing at all. Filler"}},
		{"short paragraph whole", "star", 2, []string{`\***star**\*`, "Gao"}, []string{"…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q, 1, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Passages) != 1 || res.Passages[0].Paragraph != tt.para {
				t.Fatalf("got %+v", res.Passages)
			}
			ex := res.Passages[0].Excerpt
			if len(ex) > excerptBytes+200 {
				t.Errorf("excerpt is %d bytes", len(ex))
			}
			for _, s := range tt.contains {
				if !strings.Contains(ex, s) {
					t.Errorf("excerpt %q lacks %q", ex, s)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(ex, s) {
					t.Errorf("excerpt %q has %q", ex, s)
				}
			}
		})
	}
}

func TestPaging(t *testing.T) {
	ix := mali(t)
	ctx := context.Background()
	all, err := ix.Search(ctx, "Mali militants", 6, 0)
	if err != nil {
		t.Fatal(err)
	}
	page2, err := ix.Search(ctx, "Mali militants", 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	if all.Total < 6 || page2.Total != all.Total {
		t.Fatalf("totals %d, %d", all.Total, page2.Total)
	}
	for i, p := range page2.Passages {
		if want := all.Passages[3+i]; p.Paragraph != want.Paragraph || p.Rank != want.Rank {
			t.Errorf("page 2 item %d = ¶%d rank %d, want ¶%d rank %d", i, p.Paragraph, p.Rank, want.Paragraph, want.Rank)
		}
	}
}

func TestPersistedIndex(t *testing.T) {
	ctx := context.Background()
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "idx")
	open := func(c *corpus.Corpus) *Index {
		t.Helper()
		ix, err := Build(ctx, c, Options{Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	check := func(ix *Index) {
		t.Helper()
		res, err := ix.Search(ctx, "Battle of Gao", 1, 0)
		if err != nil || len(res.Passages) == 0 || !strings.Contains(res.Passages[0].Text, "Battle of Gao") {
			t.Fatalf("search after open: %v %+v", err, res.Passages)
		}
	}

	first := open(c)
	check(first)
	if first.Reused {
		t.Error("fresh folder reported as reused")
	}
	first.Close()

	second := open(c)
	check(second)
	if !second.Reused {
		t.Error("unchanged corpus was re-indexed")
	}
	second.Close()

	changed := briefing(t, "The Battle of Gao was fought in June.")
	third := open(changed)
	if third.Reused {
		t.Error("changed corpus reused a stale index")
	}
	check(third)
	third.Close()

	// Corrupt the current version's folder: garbage metadata, a folder
	// that is not an index, and right metadata over broken index files.
	// A user's own file beside the versions must survive every rebuild.
	own := filepath.Join(dir, "notes.txt")
	os.WriteFile(own, []byte("mine"), 0o644)
	for _, corrupt := range []func(v string){
		func(v string) { os.WriteFile(filepath.Join(v, metaFile), []byte("{not json"), 0o644) },
		func(v string) {
			os.RemoveAll(v)
			os.MkdirAll(v, 0o755)
			os.WriteFile(filepath.Join(v, "index_meta.json"), []byte("garbage"), 0o644)
		},
		func(v string) {
			entries, _ := os.ReadDir(v)
			for _, e := range entries {
				if e.Name() != metaFile {
					os.RemoveAll(filepath.Join(v, e.Name()))
				}
			}
			os.WriteFile(filepath.Join(v, "index_meta.json"), []byte("garbage"), 0o644)
		},
	} {
		corrupt(currentVersion(t, dir))
		ix := open(changed)
		if ix.Reused {
			t.Error("corrupt folder reported as reused")
		}
		check(ix)
		ix.Close()
	}
	if _, err := os.Stat(own); err != nil {
		t.Errorf("a file of the user's in the index folder was removed: %v", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, buildingPrefix+"*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary build folders left behind: %v", leftovers)
	}
	versions, _ := filepath.Glob(filepath.Join(dir, versionPrefix+"*"))
	if len(versions) > 2 {
		t.Errorf("old versions not pruned: %v", versions)
	}
}

// currentVersion is the newest index version folder under dir.
func currentVersion(t *testing.T, dir string) string {
	t.Helper()
	versions, _ := filepath.Glob(filepath.Join(dir, versionPrefix+"*"))
	newest, at := "", time.Time{}
	for _, v := range versions {
		if info, err := os.Stat(v); err == nil && info.ModTime().After(at) {
			newest, at = v, info.ModTime()
		}
	}
	if newest == "" {
		t.Fatalf("no index version under %s", dir)
	}
	return newest
}

// TestReloadNeverTouchesAServingIndex: a changed corpus builds a new
// version beside the one still open and serving, which keeps answering.
func TestReloadNeverTouchesAServingIndex(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "idx")
	a, err := Build(ctx, briefing(t, "The Zebra Front seized Alphaville."), Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for i, text := range []string{"The Quagga Brigade shelled Betatown.", "The Okapi Council met in Gammaville."} {
		b, err := Build(ctx, briefing(t, text), Options{Dir: dir})
		if err != nil {
			t.Fatalf("build %d while another serves: %v", i, err)
		}
		res, err := a.Search(ctx, "Zebra Front", 1, 0)
		if err != nil || len(res.Passages) != 1 {
			t.Fatalf("serving index broken by build %d: %v %+v", i, err, res.Passages)
		}
		b.Close()
	}
}

// TestPersistedExtraction: reopening an unchanged corpus restores its
// factions and events from the index folder instead of extracting again,
// and a damaged extraction file is replaced, not trusted.
func TestPersistedExtraction(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "idx")
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	open := func() *corpus.Corpus {
		t.Helper()
		c, err := corpus.ReadDefault()
		if err != nil {
			t.Fatal(err)
		}
		if c.Extracted() {
			t.Fatal("Read extracted")
		}
		ix, err := Build(ctx, c, Options{Dir: dir, Logger: log})
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		if !c.Extracted() {
			t.Fatal("Build left the corpus unextracted")
		}
		return c
	}
	names := func(c *corpus.Corpus) string {
		var ns []string
		for _, f := range c.Factions {
			ns = append(ns, fmt.Sprintf("%s/%d/%d", f.Name, f.MentionCount(), len(f.Events)))
		}
		return strings.Join(ns, ",")
	}
	first := open()
	want, wantEvents := names(first), len(first.Events)
	if len(first.Factions) == 0 || wantEvents == 0 {
		t.Fatalf("nothing extracted: %d factions, %d events", len(first.Factions), wantEvents)
	}
	tests := []struct {
		name    string
		damage  func()
		warning bool
	}{
		{"restored", func() {}, false},
		{"garbage file", func() { os.WriteFile(filepath.Join(currentVersion(t, dir), extractionFile), []byte("garbage"), 0o644) }, true},
		{"missing file", func() { os.Remove(filepath.Join(currentVersion(t, dir), extractionFile)) }, true},
		{"older format", func() {
			v := currentVersion(t, dir)
			os.Rename(filepath.Join(v, extractionFile), filepath.Join(v, "extraction-v4.gob"))
		}, true},
		{"repaired", func() {}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			logs.Reset()
			tt.damage()
			c := open()
			if got := names(c); got != want || len(c.Events) != wantEvents {
				t.Errorf("factions %s, %d events; want %s, %d", got, len(c.Events), want, wantEvents)
			}
			if f, _, err := c.LookupFaction("mnla"); err != nil || !f.MentionedIn("the MNLA said") {
				t.Errorf("restored faction cannot match: %v", err)
			}
			if files, _ := filepath.Glob(filepath.Join(currentVersion(t, dir), "extraction-v*.gob")); len(files) != 1 || filepath.Base(files[0]) != extractionFile {
				t.Errorf("stored extractions %v, want only %s", files, extractionFile)
			}
			if older := strings.Contains(logs.String(), "older briefbot"); older != (tt.name == "older format") {
				t.Errorf("older format named = %v:\n%s", older, logs.String())
			}
			if warned := strings.Contains(logs.String(), "extracting again"); warned != tt.warning {
				t.Errorf("warning logged = %v, want %v:\n%s", warned, tt.warning, logs.String())
			}
		})
	}
}

// TestPageBounds checks Search at the edges of its arguments: no overflow,
// no page larger than MaxPage, nothing past the last paragraph.
func TestPageBounds(t *testing.T) {
	ix := mali(t)
	ctx := context.Background()
	n := ix.Corpus().Paragraphs()
	cases := []struct {
		name       string
		k, offset  int
		wantMax    int
		wantSomeOf bool
	}{
		{"huge offset", 5, math.MaxInt, 0, false},
		{"huge k", math.MaxInt, 0, MaxPage, true},
		{"both huge", math.MaxInt, math.MaxInt, 0, false},
		{"negative offset", 3, -5, 3, true},
		{"last paragraph", 5, n - 1, 1, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(ctx, "Mali", tc.k, tc.offset)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Passages) > tc.wantMax {
				t.Errorf("%d passages, want at most %d", len(res.Passages), tc.wantMax)
			}
			if tc.wantSomeOf && len(res.Passages) == 0 {
				t.Error("no passages")
			}
			if res.Total == 0 {
				t.Error("total lost")
			}
		})
	}
}

// TestStoredExtractionRoundTrip: what is stored beside an index restores
// to exactly what extraction gave.
func TestStoredExtractionRoundTrip(t *testing.T) {
	for _, dir := range []string{"", "../corpus/testdata/eval/dev"} {
		t.Run(dir, func(t *testing.T) {
			read := func() *corpus.Corpus {
				c, err := corpus.ReadDefault()
				if dir != "" {
					c, err = corpus.Read(dir)
				}
				if err != nil {
					t.Fatal(err)
				}
				return c
			}
			fresh := read()
			fresh.Extract()
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(store(fresh)); err != nil {
				t.Fatal(err)
			}
			var stored storedExtraction
			if err := gob.NewDecoder(&buf).Decode(&stored); err != nil {
				t.Fatal(err)
			}
			if places, texts := storedPlaces(stored); places < texts*9/10 {
				t.Errorf("%d of %d texts stored as places in their paragraphs, want nine in ten", places, texts)
			}
			again := read()
			x, err := stored.load(again)
			if err != nil {
				t.Fatal(err)
			}
			if err := again.Restore(x); err != nil {
				t.Fatal(err)
			}
			if len(fresh.Factions) == 0 || len(fresh.Events) == 0 {
				t.Fatal("nothing extracted: the test checks nothing")
			}
			// Compared through gob, which sees the exported fields only.
			want, got := gobBytes(t, listed(fresh.Extraction())), gobBytes(t, listed(again.Extraction()))
			if !bytes.Equal(want, got) {
				t.Errorf("restored extraction differs from the extracted one")
			}
		})
	}
}

// listed is x with every faction's mentions listed in Mentions, as
// extraction leaves them and a restored faction builds them on demand.
func listed(x corpus.Extraction) corpus.Extraction {
	fs := make([]*corpus.Faction, len(x.Factions))
	for i, f := range x.Factions {
		g := *f
		g.Mentions = f.ListMentions()
		fs[i] = &g
	}
	x.Factions = fs
	return x
}

// storedPlaces counts the texts of x stored as places in their paragraph.
func storedPlaces(x storedExtraction) (places, texts int) {
	count := func(t storedText) {
		texts++
		if t.At > 0 {
			places++
		}
	}
	for _, e := range x.Events {
		count(e.Text)
	}
	for _, f := range x.Factions {
		count(f.Summary)
		_ = f.Mentions.each(func(_ storedRef, t storedText) { count(t) })
	}
	return places, texts
}

func gobBytes(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

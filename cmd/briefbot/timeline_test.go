package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

// runTimeline runs "briefbot timeline args..." and returns its output.
func runTimeline(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), append([]string{"timeline"}, args...), func(string) string { return "" }, &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

type timelineJSON struct {
	Events []struct {
		Date      string   `json:"date"`
		Precision string   `json:"precision"`
		Scheduled bool     `json:"scheduled"`
		Text      string   `json:"text"`
		Citation  string   `json:"citation"`
		Groups    []string `json:"groups"`
	} `json:"events"`
}

func decodeTimeline(t *testing.T, out string) timelineJSON {
	t.Helper()
	var tl timelineJSON
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if tl.Events == nil {
		t.Fatalf("events is null or missing:\n%s", out)
	}
	return tl
}

func TestTimelineCommandJSON(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		wantDates []string
	}{
		{"default limit is ten most recent", []string{"--json"}, nil},
		{"limit", []string{"--json", "--limit", "2"}, []string{"2013-01-24", "2013-01-29"}},
		{"since and until", []string{"--json", "--limit", "0", "--since", "2012-03", "--until", "2012-06"}, []string{"2012", "2012", "2012-03", "2012-04", "2012-06"}},
		{"until day", []string{"--json", "--limit", "0", "--until", "2011"}, []string{"2003", "2011"}},
		{"nothing matches gives empty list", []string{"--json", "--since", "2020"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runTimeline(t, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			tl := decodeTimeline(t, out)
			var dates []string
			for _, e := range tl.Events {
				dates = append(dates, e.Date)
				if e.Groups == nil || e.Citation == "" || e.Text == "" {
					t.Errorf("incomplete event %+v", e)
				}
			}
			if tt.wantDates == nil {
				if len(dates) != 10 {
					t.Errorf("got %d events, want 10", len(dates))
				}
				return
			}
			if strings.Join(dates, " ") != strings.Join(tt.wantDates, " ") {
				t.Errorf("dates %v, want %v", dates, tt.wantDates)
			}
		})
	}
}

func TestTimelineCommandAllIsChronological(t *testing.T) {
	out, _, err := runTimeline(t, "--json", "--limit", "0")
	if err != nil {
		t.Fatal(err)
	}
	tl := decodeTimeline(t, out)
	if len(tl.Events) < 14 {
		t.Fatalf("got %d events, want at least the 14 expected", len(tl.Events))
	}
	for i := 1; i < len(tl.Events); i++ {
		if tl.Events[i-1].Date > tl.Events[i].Date {
			t.Errorf("out of order: %s then %s", tl.Events[i-1].Date, tl.Events[i].Date)
		}
	}
	last := tl.Events[len(tl.Events)-1]
	if last.Date != "2013-01-29" || !last.Scheduled {
		t.Errorf("last event = %+v, want the scheduled 29 January summit", last)
	}
}

func TestTimelineCommandText(t *testing.T) {
	out, _, err := runTimeline(t, "--limit", "1")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"29 Jan 2013 (scheduled)", "summit will be held", "¶25", "Showing the 1 most recent of"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, _, err = runTimeline(t, "--since", "2030")
	if err != nil || !strings.Contains(out, "No dated events match") {
		t.Errorf("empty timeline: %v\n%s", err, out)
	}
}

func TestTimelineCommandCorpusDir(t *testing.T) {
	dir := t.TempDir()
	text := "---\ntitle: Test\ndate: 2014-01-05\n---\n\nOn December 20, rebels attacked the capital.\n"
	if err := os.WriteFile(filepath.Join(dir, "test.md"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runTimeline(t, "--corpus", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	tl := decodeTimeline(t, out)
	if len(tl.Events) != 1 || tl.Events[0].Date != "2013-12-20" {
		t.Errorf("events = %+v, want one dated 2013-12-20", tl.Events)
	}
}

func TestTimelineCommandErrors(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		exit  int
		wants []string
	}{
		{"bad since", []string{"--since", "2012/06"}, 2, []string{"--since", `"2012/06"`}},
		{"not a date", []string{"--since", "notadate"}, 2, []string{"--since", `"notadate"`}},
		{"bad until", []string{"--until", "June"}, 2, []string{"--until", `"June"`}},
		{"impossible day", []string{"--until", "2013-02-30"}, 2, []string{"--until", "2013-02-30: February 2013 has 28 days"}},
		{"negative limit", []string{"--limit", "-1"}, 2, []string{"--limit", "-1"}},
		{"limit not a number", []string{"--limit", "abc"}, 2, nil},
		{"since after until", []string{"--since", "2013", "--until", "2012-06"}, 2, []string{"--since 2013", "--until 2012-06"}},
		{"unknown group", []string{"--group", "Nonexistent Front"}, 1, []string{"--group", "Nonexistent Front"}},
		{"stray argument", []string{"MNLA"}, 2, []string{`"MNLA"`}},
		{"missing corpus", []string{"--corpus", "/nonexistent/briefings"}, 1, []string{"corpus folder /nonexistent/briefings does not exist"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runTimeline(t, tt.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if exitCode(err) != tt.exit {
				t.Errorf("exit %d, want %d (%v)", exitCode(err), tt.exit, err)
			}
			for _, w := range tt.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
	if _, _, err := runTimeline(t, "--since", "x"); !errors.Is(err, corpus.ErrDateFormat) {
		t.Errorf("bad date error %v does not wrap ErrDateFormat", err)
	}
	if _, _, err := runTimeline(t, "--group", "x"); !errors.Is(err, corpus.ErrUnknownFaction) {
		t.Errorf("unknown group error %v does not wrap ErrUnknownFaction", err)
	}
}

// TestTimelineTextWidth checks that the text form wraps each event beside
// its date within COLUMNS.
func TestTimelineTextWidth(t *testing.T) {
	for _, cols := range []int{40, 80, 120} {
		out, _, err := runCLIEnv(t, map[string]string{"COLUMNS": strconv.Itoa(cols)}, "timeline", "--limit", "0")
		if err != nil {
			t.Fatal(err)
		}
		indent := "\n                       — "
		if cols < 69 {
			indent = "\n  — "
		}
		if !strings.Contains(out, indent+"Crisis in Mali 101 › ¶") {
			t.Errorf("COLUMNS=%d: no indented citation:\n%s", cols, out)
		}
		for i, w := range visibleWidths(out) {
			if w > cols {
				t.Errorf("COLUMNS=%d: line %d is %d columns", cols, i+1, w)
			}
		}
	}
}

// TestTimelineCommandRange checks that a range is one event with a start
// and an end: "date" and "end" in JSON, "3–5 Mar 2013" in text, and that
// a day and month with no year anywhere keeps ISO 8601's year-less form.
func TestTimelineCommandRange(t *testing.T) {
	dir := t.TempDir()
	brief := "---\ntitle: Siege\n---\n\nBetween 3 and 5 March 2013 rebels besieged the town.\n"
	if err := os.WriteFile(filepath.Join(dir, "siege.md"), []byte(brief), 0o644); err != nil {
		t.Fatal(err)
	}
	undated := "---\ntitle: Undated\n---\n\nOn 4 June the army withdrew from the hills.\n"
	if err := os.WriteFile(filepath.Join(dir, "undated.md"), []byte(undated), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runTimeline(t, "--corpus", dir, "--json", "--limit", "0")
	if err != nil {
		t.Fatal(err)
	}
	var tl struct {
		Events []struct {
			Date string `json:"date"`
			End  string `json:"end"`
			Text string `json:"text"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	got := map[string]string{}
	for _, e := range tl.Events {
		got[e.Date+"/"+e.End] = e.Text
	}
	if !strings.Contains(got["2013-03-03/2013-03-05"], "besieged") || !strings.Contains(got["--06-04/"], "withdrew") || len(got) != 2 {
		t.Errorf("events %v, want the siege as 2013-03-03/2013-03-05 and the withdrawal as --06-04", got)
	}
	text, _, err := runTimeline(t, "--corpus", dir, "--limit", "0")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"3–5 Mar 2013", "4 Jun "} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

// TestTimelineCommandPNG draws the embedded briefing's timeline: the file
// is a PNG of at least 800×300, the text list still goes to stdout, the
// filters apply (a narrower --since gives a different picture), and a
// file that cannot be written is named in the error.
func TestTimelineCommandPNG(t *testing.T) {
	dir := t.TempDir()
	decodePNG := func(path string) (image.Config, []byte) {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s is not a PNG: %v", path, err)
		}
		return cfg, b
	}
	all := filepath.Join(dir, "all.png")
	out, _, err := runTimeline(t, "--png", all, "--limit", "0")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "summit will be held") {
		t.Errorf("--png dropped the text list:\n%s", out)
	}
	cfg, allBytes := decodePNG(all)
	if cfg.Width < 800 || cfg.Height < 300 {
		t.Errorf("PNG is %dx%d, want at least 800x300", cfg.Width, cfg.Height)
	}
	recent := filepath.Join(dir, "recent.png")
	if _, _, err := runTimeline(t, "--png", recent, "--since", "2013-01-20"); err != nil {
		t.Fatal(err)
	}
	if _, b := decodePNG(recent); bytes.Equal(b, allBytes) {
		t.Error("--since did not change the picture")
	}
	group := filepath.Join(dir, "group.png")
	if _, _, err := runTimeline(t, "--png", group, "--group", "Ansar Dine"); err != nil {
		t.Fatal(err)
	}
	decodePNG(group)
	bad := filepath.Join(dir, "missing", "t.png")
	if _, _, err := runTimeline(t, "--png", bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("unwritable file: err = %v, want it to name %s", err, bad)
	}
}

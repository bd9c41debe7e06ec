package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runTimeline runs "briefbot timeline args..." and returns stdout and the error.
func runTimeline(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"timeline"}, args...), func(string) string { return "" }, &out, &errOut)
	return out.String(), err
}

type timelineJSON struct {
	Events []struct {
		Date      string   `json:"date"`
		Precision string   `json:"precision"`
		Modifier  string   `json:"modifier"`
		Scheduled bool     `json:"scheduled"`
		Text      string   `json:"text"`
		Briefing  string   `json:"briefing"`
		Paragraph int      `json:"paragraph"`
		Citation  string   `json:"citation"`
		Groups    []string `json:"groups"`
	} `json:"events"`
}

func TestTimelineCommand(t *testing.T) {
	dir := t.TempDir()
	brief := "---\ntitle: Test Brief\ndate: 2013-01-25\n---\n\nOn January 10, militants took Konna. The following day, France answered.\n\nIn 2003, rebels crossed the border.\n\nA summit will be held on January 29.\n"
	if err := os.WriteFile(filepath.Join(dir, "test.md"), []byte(brief), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		args      []string
		wantDates []string // JSON mode: the dates listed, in order
		wantOut   []string // text mode: substrings of stdout
		wantErr   []string // substrings of the error
	}{
		{name: "json all", args: []string{"--corpus", dir, "--json", "--limit", "0"},
			wantDates: []string{"2003", "2013-01-10", "2013-01-11", "2013-01-29"}},
		{name: "limit keeps most recent", args: []string{"--corpus", dir, "--json", "--limit", "2"},
			wantDates: []string{"2013-01-11", "2013-01-29"}},
		{name: "since and until", args: []string{"--corpus", dir, "--json", "--since", "2013-01", "--until", "2013-01-11"},
			wantDates: []string{"2013-01-10", "2013-01-11"}},
		{name: "none match is an empty list", args: []string{"--corpus", dir, "--json", "--since", "2020"},
			wantDates: []string{}},
		{name: "text", args: []string{"--corpus", dir},
			wantOut: []string{"10 Jan 2013  On January 10, militants took Konna.  [Test Brief ¶1]", "29 Jan 2013 (scheduled)  A summit will be held on January 29.  [Test Brief ¶3]"}},
		{name: "text nothing", args: []string{"--corpus", dir, "--until", "1999"},
			wantOut: []string{"No dated events match"}},
		{name: "embedded default limit", args: []string{"--json"},
			wantDates: []string{"2012-07", "2013-01-10", "2013-01-11", "2013-01-14", "2013-01-16", "2013-01-19", "2013-01-21", "2013-01-22", "2013-01-24", "2013-01-29"}},
		{name: "bad since", args: []string{"--corpus", dir, "--since", "Jan 2013"},
			wantErr: []string{"--since", `"Jan 2013"`, "YYYY"}},
		{name: "bad until", args: []string{"--corpus", dir, "--until", "2013-02-30"},
			wantErr: []string{"--until", `"2013-02-30"`}},
		{name: "negative limit", args: []string{"--corpus", dir, "--limit", "-1"},
			wantErr: []string{"--limit", "-1"}},
		{name: "unknown group", args: []string{"--corpus", dir, "--group", "nobody"},
			wantErr: []string{"--group", "nobody"}},
		{name: "stray argument", args: []string{"--corpus", dir, "extra"},
			wantErr: []string{"unexpected argument", "extra"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := runTimeline(t, tt.args...)
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("no error; output %q", out)
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q lacks %q", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantDates != nil {
				var got timelineJSON
				if err := json.Unmarshal([]byte(out), &got); err != nil {
					t.Fatalf("bad JSON %q: %v", out, err)
				}
				if !strings.Contains(out, `"events": [`) {
					t.Errorf("events is not a list: %s", out)
				}
				var dates []string
				for _, ev := range got.Events {
					dates = append(dates, ev.Date)
					if ev.Groups == nil || ev.Citation == "" || ev.Precision == "" || ev.Paragraph < 1 {
						t.Errorf("incomplete event %+v", ev)
					}
				}
				if strings.Join(dates, " ") != strings.Join(tt.wantDates, " ") {
					t.Errorf("dates %q, want %q", dates, tt.wantDates)
				}
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

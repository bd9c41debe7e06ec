package evaluate

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const tinyBriefing = "---\ntitle: Tiny\ndate: 2013-02-01\n---\n\nThe Northern Liberation Front (NLF) is a rebel alliance. It seized Gao on 10 January.\n\nTalks opened in Algiers.\n"

func TestLoad(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b-tiny.md":              tinyBriefing,
		"b-tiny.questions.jsonl": "{\"q\": \"who took gao\", \"gold\": [\"seized Gao\"]}\n\n{\"q\": \"where were talks\", \"gold\": [\"Algiers\"]}\n",
		"b-tiny.expected.json":   `{"style": "primer", "groups": [{"query": "nlf", "name_has": "Liberation Front", "summary_has": "rebel alliance"}]}`,
		"a-plain.txt":            "Plain text with no expectations at all.\n",
		"c-page.html":            "<!DOCTYPE html><title>Page - Site</title><p>A saved web page.</p>",
		"c-page.questions.jsonl": "{\"q\": \"what is this\", \"gold\": [\"saved web page\"]}\n",
		"notes.json":             "{}",
	})
	bs, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 3 || bs[0].Slug != "a-plain" || bs[1].Slug != "b-tiny" || bs[2].Slug != "c-page" {
		t.Fatalf("briefings %v", bs)
	}
	if bs[0].HasExpected || len(bs[0].Questions) != 0 {
		t.Errorf("a-plain: %+v", bs[0])
	}
	if b := bs[2]; b.Briefing.Title != "Page" || len(b.Questions) != 1 {
		t.Errorf("c-page: %+v", b)
	}
	if b := bs[1]; !b.HasExpected || b.Expected.Style != "primer" || len(b.Questions) != 2 || len(b.Expected.Groups) != 1 {
		t.Errorf("b-tiny: %+v", b)
	}
}

func TestLoadErrorsNameTheFile(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no briefings", map[string]string{"x.questions.jsonl": ""}, "no briefings"},
		{"bad question line", map[string]string{"x.md": tinyBriefing, "x.questions.jsonl": "{\"q\": \"a\", \"gold\": [\"b\"]}\n{\"q\": \"no gold\"}\n"}, "x.questions.jsonl:2"},
		{"bad json", map[string]string{"x.md": tinyBriefing, "x.questions.jsonl": "{not json\n"}, "x.questions.jsonl:1"},
		{"unknown key", map[string]string{"x.md": tinyBriefing, "x.expected.json": `{"style": "primer", "grops": []}`}, "x.expected.json"},
		{"bad briefing", map[string]string{"x.md": "---\ndate: soon\n---\nBody.\n"}, "x.md:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeFiles(t, tt.files))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to name %q", err, tt.want)
			}
			if tt.name == "no briefings" && !errors.Is(err, ErrNoBriefings) {
				t.Errorf("err = %v, want ErrNoBriefings", err)
			}
		})
	}
}

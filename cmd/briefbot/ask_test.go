package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/rivo/uniseg"

	"github.com/briefbot/briefbot/corpus"
)

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// visibleWidths returns the display width of every line of s, ANSI
// escapes not counted.
func visibleWidths(s string) []int {
	var out []int
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		out = append(out, uniseg.StringWidth(ansi.ReplaceAllString(l, "")))
	}
	return out
}

// TestAskText checks the text form a reader sees: a citation line, the
// excerpt wrapped to COLUMNS with a hanging indent, no score unless
// --verbose, whole paragraphs with --full, and no escape codes in a pipe.
func TestAskText(t *testing.T) {
	const q = "Who formed the Islamic Movement for the Azawad?"
	tests := []struct {
		name    string
		columns string
		args    []string
		want    []string
		notWant []string
		width   int
	}{
		{name: "default", columns: "80", args: []string{q},
			want:    []string{"1. Crisis in Mali 101 › ¶4\n   …", "\n\n2. Crisis in Mali 101 › ¶"},
			notWant: []string{"score", "**", "\x1b[", "Turning Point"}, width: 80},
		{name: "no COLUMNS and no terminal: 80", args: []string{q}, width: 80},
		{name: "narrow", columns: "40", args: []string{q}, width: 40},
		{name: "absurd COLUMNS is clamped", columns: "3", args: []string{q}, width: minWidth},
		{name: "verbose adds the score", columns: "80", args: []string{"--verbose", q}, want: []string{"(score "}, width: 80},
		{name: "full prints the whole paragraph", columns: "80", args: []string{"--full", "-k", "1", q},
			want: []string{"   However, not all of the militants"}, notWant: []string{"…"}, width: 80},
		{name: "a question in French gets a note", columns: "80", args: []string{"Qui a fondé le Mouvement islamique de l'Azawad ?"},
			want: []string{"looks like French", "matched in English"}, width: 80},
		{name: "an English question gets none", columns: "80", args: []string{q}, notWant: []string{"matched in English"}, width: 80},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, err := runCLIEnv(t, map[string]string{"COLUMNS": tt.columns}, append([]string{"ask"}, tt.args...)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, errs)
			}
			for _, s := range tt.want {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(out, s) {
					t.Errorf("output has %q:\n%s", s, out)
				}
			}
			for i, w := range visibleWidths(out) {
				if w > tt.width {
					t.Errorf("line %d is %d columns, over %d:\n%s", i+1, w, tt.width, out)
				}
			}
		})
	}
}

func TestAskQuestionTooLong(t *testing.T) {
	long := strings.Repeat("Mali ", corpus.MaxQuestionLen/5+1)
	_, _, err := runCLI(t, "ask", long)
	if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), "limit is 500") || strings.Contains(err.Error(), long[:40]) {
		t.Errorf("err = %v", err)
	}
}

// TestWriteWrapped checks wrapping on its own: widths, the hanging indent,
// words wider than a line, and bold escapes that take no room.
func TestWriteWrapped(t *testing.T) {
	tests := []struct {
		name          string
		width         int
		bold          bool
		first, indent string
		spans         []span
		want          string
	}{
		{"fits", 20, false, "1. ", "   ", plain("one two"), "1. one two\n"},
		{"wraps with a hanging indent", 12, false, "1. ", "   ", plain("one two three four"), "1. one two\n   three\n   four\n"},
		{"a long word is cut", 10, false, "", "", plain("abcdefghijklmnop x"), "abcdefghij\nklmnop x\n"},
		{"bold takes no room", 9, true, "", "", []span{{"one", true}, {" two", false}}, "\x1b[1mone\x1b[0m two\n"},
		{"bold off in a pipe", 9, false, "", "", []span{{"one", true}, {" two", false}}, "one two\n"},
		{"wide runes count double", 6, false, "", "", plain("日本 日本"), "日本\n日本\n"},
		{"a word made of bold and plain parts stays whole", 8, false, "", "", []span{{"(", false}, {"IMA", true}, {").", false}}, "(IMA).\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			textOut{w: &b, width: tt.width, bold: tt.bold}.writeWrapped(tt.first, tt.indent, tt.spans)
			if b.String() != tt.want {
				t.Errorf("got %q, want %q", b.String(), tt.want)
			}
		})
	}
}

func TestParseMarkdownBold(t *testing.T) {
	got := parseMarkdownBold(`the **IMA** \*really\* \\ **two words**`)
	want := []span{{"the ", false}, {"IMA", true}, {" *really* \\ ", false}, {"two words", true}}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

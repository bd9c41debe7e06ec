package corpus

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to the briefing parser: it must return a
// briefing or one of its documented errors, never panic or hang.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: T\ndate: 2013-01-25\n---\nBody.\n",
		"---\ntitle: T\n",
		"---\ngroups:\n  - name: X\n    aliases: [Y]\n---\n# H\n\n## S\n\nText.\n",
		"Publisher\n\nTitle\n\n\nBody one.\n\nBody two.\n",
		"---\ndate: 2013-13-45\n---\nx\n",
		"\xff\xfe",
		"a\x00b",
		"# \n\n#\n\n####### x\n",
		"---\n---\n",
		"\uFEFF---\r\ntitle: x\r\n---\r\nBody\r\n",
		"Title\n\nLead one.\nLead two.\n\n== Background ==\nText.\n\n== References ==\n",
		"Title\nFrom Wikipedia, the free encyclopedia\nDate\n1990\nBelligerents\nX\n\n" + strings.Repeat("word ", 30) + "end.[1][a]\n\nSee also\n\nY\n",
		"| Date | 1990 |\n|---|---|\n| Belligerents | [X](/w/X \"X\")<br>Y |\n\nT\n===\n\n^[\\[1\\]](#cite_note-1)^ [[A|B]] '''c''' <sup>d</sup> &amp;\n",
		"+---+---+\n| Date | 1990\\ |\n|   | é |\n+===+===+\n\nT.\n",
		"<!DOCTYPE html><title>T - Site</title><h1>T</h1><p>A <b>b</b><sup>[1]</sup>.</p><h2>See also</h2><ul><li>x</li></ul>",
		"<table class=infobox><tr><th>Date<td>1990<tr><th colspan=2>Belligerents<tr><td>A<br>B<td>C</table><p>Lead.<ol class=references><li>R</ol>",
		"<div>loose<br><br>text<dl><dt>t<dd>d</dl><blockquote>q</blockquote><table><tr><th>a<th>b<tr><td>1<td>2</table>",
		"<p\n>x</p\n><!-- c\n --><script>\n</p>\n</script><p>y",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "fuzz.md", data)
		fuzzParse(t, "fuzz.txt", data)
		fuzzParse(t, "fuzz.html", data)
	})
}

// fuzzParse checks one parse of data as name (Markdown, plain text or
// HTML).
func fuzzParse(t *testing.T, name string, data []byte) {
	t.Helper()
	b, err := Parse(name, data)
	if err != nil {
		known := []error{ErrTooLarge, ErrInvalidUTF8, ErrNULByte, ErrFrontMatter, ErrBadDate, ErrEmpty, ErrBadHTML}
		for _, k := range known {
			if errors.Is(err, k) {
				return
			}
		}
		t.Fatalf("undocumented error: %v", err)
	}
	if b.Title == "" || len(b.Paragraphs) == 0 {
		t.Fatalf("accepted briefing without title or paragraphs: %+v", b)
	}
	for i, p := range b.Paragraphs {
		if p.Number != i+1 || p.Text == "" || !utf8.ValidString(p.Text) || strings.Contains(p.Text, "  ") {
			t.Fatalf("bad paragraph %d: %+v", i, p)
		}
	}
	// Extraction runs on whatever parses.
	if _, err := New(b); err != nil {
		t.Fatal(err)
	}
}

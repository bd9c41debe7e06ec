package main

import (
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/rivo/uniseg"
	"golang.org/x/term"
)

// defaultWidth is the line width when neither COLUMNS nor the terminal
// says: what a terminal opens at.
const defaultWidth = 80

// minWidth keeps wrapping sane in a very narrow or mis-set COLUMNS.
const minWidth = 20

// textOut is how the text form of a command is laid out on e.stdout: the
// line width, and whether matched words may be set in bold (only on a
// terminal, so that a pipe or a file gets plain text).
type textOut struct {
	w     io.Writer
	width int
	bold  bool
}

// newTextOut is textOutFor on stdout.
func newTextOut(e *env) textOut { return textOutFor(e, e.stdout) }

// textOutFor lays text out on w: the width comes from COLUMNS, else from
// the terminal w is, else is 80. Bold needs a terminal, and no NO_COLOR or
// TERM=dumb.
func textOutFor(e *env, w io.Writer) textOut {
	out := textOut{w: w, width: defaultWidth}
	tty := isTerminal(w)
	if n, err := strconv.Atoi(strings.TrimSpace(e.getenv("COLUMNS"))); err == nil && n > 0 {
		out.width = n
	} else if tty {
		if cols, _, err := term.GetSize(int(w.(*os.File).Fd())); err == nil && cols > 0 {
			out.width = cols
		}
	}
	out.width = max(out.width, minWidth)
	out.bold = tty && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
	return out
}

// span is a run of text, bold or not.
type span struct {
	text string
	bold bool
}

// parseMarkdownBold reads the excerpt form the index produces: matched
// words between "**", every other Markdown character escaped with a
// backslash. It returns the text as spans with the escapes removed.
func parseMarkdownBold(s string) []span {
	var out []span
	var cur strings.Builder
	bold := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, span{cur.String(), bold})
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case strings.HasPrefix(s[i:], "**"):
			flush()
			bold = !bold
			i++
		default:
			cur.WriteByte(s[i])
		}
	}
	flush()
	return out
}

// boldWords marks in text every word that is bold in the excerpt spans,
// ignoring case: how --full highlights a whole paragraph.
func boldWords(text string, excerpt []span) []span {
	marked := map[string]bool{}
	for _, s := range excerpt {
		if s.bold {
			for _, w := range strings.Fields(s.text) {
				marked[strings.ToLower(trimPunct(w))] = true
			}
		}
	}
	var out []span
	for i, w := range strings.Fields(text) {
		sep := ""
		if i > 0 {
			sep = " "
		}
		core := trimPunct(w)
		if core == "" || !marked[strings.ToLower(core)] {
			out = append(out, span{sep + w, false})
			continue
		}
		at := strings.Index(w, core)
		out = append(out, span{sep + w[:at], false}, span{core, true}, span{w[at+len(core):], false})
	}
	return out
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// word is one wrappable word: its pieces keep their boldness.
type word []span

func (w word) width() int {
	n := 0
	for _, s := range w {
		n += uniseg.StringWidth(s.text)
	}
	return n
}

// splitWords cuts spans at white space into words; a word may join
// pieces of several spans, as "(" "IMA" ")." does.
func splitWords(spans []span) []word {
	var out []word
	var cur word
	var b strings.Builder
	piece := func(bold bool) {
		if b.Len() > 0 {
			cur = append(cur, span{b.String(), bold})
			b.Reset()
		}
	}
	for _, s := range spans {
		for _, r := range s.text {
			if !unicode.IsSpace(r) {
				b.WriteRune(r)
				continue
			}
			piece(s.bold)
			if len(cur) > 0 {
				out, cur = append(out, cur), nil
			}
		}
		piece(s.bold)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// writeWrapped writes spans as a paragraph: the first line starts with
// first, the others with indent (a hanging indent when first is a list
// marker), and no line is wider than o.width. A word wider than a line is
// cut.
func (o textOut) writeWrapped(first, indent string, spans []span) {
	var line strings.Builder
	line.WriteString(first)
	col := uniseg.StringWidth(first)
	start := col // the column where text starts on this line
	room := o.width
	for _, w := range splitWords(spans) {
		for _, piece := range o.cut(w, room-uniseg.StringWidth(indent)) {
			ww, sep := piece.width(), 0
			if col > start {
				sep = 1
			}
			if col+sep+ww > room && (col > start || col > uniseg.StringWidth(indent)) {
				io.WriteString(o.w, line.String()+"\n")
				line.Reset()
				line.WriteString(indent)
				col = uniseg.StringWidth(indent)
				start = col
			}
			if col > start {
				line.WriteByte(' ')
				col++
			}
			o.writeWord(&line, piece)
			col += ww
		}
	}
	io.WriteString(o.w, line.String()+"\n")
}

// cut splits a word wider than n columns into pieces of at most n.
func (o textOut) cut(w word, n int) []word {
	if n < 1 || w.width() <= n {
		return []word{w}
	}
	var out []word
	var cur word
	col := 0
	for _, s := range w {
		g := uniseg.NewGraphemes(s.text)
		var b strings.Builder
		for g.Next() {
			cw := g.Width()
			if col+cw > n {
				if b.Len() > 0 {
					cur = append(cur, span{b.String(), s.bold})
					b.Reset()
				}
				out, cur, col = append(out, cur), nil, 0
			}
			b.WriteString(g.Str())
			col += cw
		}
		if b.Len() > 0 {
			cur = append(cur, span{b.String(), s.bold})
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// writeWord writes w, in bold where marked when o.bold allows.
func (o textOut) writeWord(b *strings.Builder, w word) {
	for _, s := range w {
		if s.bold && o.bold {
			b.WriteString("\x1b[1m" + s.text + "\x1b[0m")
			continue
		}
		b.WriteString(s.text)
	}
}

// plain is s as one span, not bold.
func plain(s string) []span { return []span{{text: s}} }

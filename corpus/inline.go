package corpus

import (
	"html"
	"strings"
)

// Inline markup. Real articles reach the corpus folder as exports and
// copies, not as tidy prose: a browser copy of an encyclopedia page keeps
// its citation markers ("in 1994.[3][4]", "[citation needed]"), a pandoc
// conversion keeps links ("[Front](/wiki/Front "Front")") and citation
// superscripts ("^[\[3\]](#cite_note-3)^"), wikitext keeps "[[A|B]]" and
// "'''bold'''", and any of them may hold HTML tags and entities. Every
// extractor and the index read Paragraph.Text, so the markup is removed
// once, here, and they all see the prose a reader sees.
//
// Markdown emphasis ("**NLA**", "*firqat*") is kept as written: the
// faction rules read bold list entries, and emphasis is the writer's own
// text. A hand-written scanner is used rather than a Markdown library
// (goldmark 1.8.7 was measured): the library reads only the Markdown part
// (links, images, HTML), leaving citation markers, editors' flags, pandoc
// superscripts, wiki links and wikitext quotes to a scanner anyway, and it
// costs 7.4 µs per plain dev paragraph against the scanner's 0.6 µs (a
// search for the trigger bytes), or 0.7 s against 0.06 s per 100,000.

// inlineTriggers are the bytes that may open inline markup; a paragraph
// holding none of them (nor wikitext's doubled apostrophe) is returned
// unchanged.
const inlineTriggers = "[<&^{\\!"

// plainInline returns text with its inline markup removed. markdown says
// whether backslash escapes and "^superscript^" are Markdown's.
func plainInline(text string, markdown bool) string {
	if !strings.ContainsAny(text, inlineTriggers) && !strings.Contains(text, "''") {
		return text
	}
	s := inlineScan{src: text, markdown: markdown}
	out := s.run()
	if strings.IndexByte(out, '&') >= 0 {
		out = html.UnescapeString(out)
	}
	return out
}

// inlineScan walks one text left to right, copying prose and replacing
// each markup span by what a reader sees of it.
type inlineScan struct {
	src      string
	markdown bool
	out      strings.Builder
}

func (s *inlineScan) run() string {
	s.out.Grow(len(s.src))
	for i := 0; i < len(s.src); {
		n, repl, ok := s.markupAt(i)
		if !ok {
			s.out.WriteByte(s.src[i])
			i++
			continue
		}
		s.emit(repl, i+n)
		i += n
	}
	return s.out.String()
}

// emit writes what replaces a markup span. A span dropped between a
// space and punctuation ("rebels [1].") takes the space with it.
func (s *inlineScan) emit(repl string, next int) {
	if repl == "" && next < len(s.src) && strings.IndexByte(".,;:)", s.src[next]) >= 0 {
		if str := s.out.String(); strings.HasSuffix(str, " ") {
			trimmed := strings.TrimRight(str, " ")
			s.out.Reset()
			s.out.WriteString(trimmed)
		}
	}
	s.out.WriteString(repl)
}

// markupAt reports the markup span starting at byte i: its length and its
// replacement. ok is false when no markup starts there.
func (s *inlineScan) markupAt(i int) (n int, repl string, ok bool) {
	rest := s.src[i:]
	switch rest[0] {
	case '\\':
		if s.markdown && len(rest) > 1 && isASCIIPunct(rest[1]) {
			return 2, rest[1:2], true // an escaped mark is that mark, as text
		}
	case '!':
		if n, _, _, ok := linkAt(rest[1:]); ok {
			return n + 1, "", true // an image: its alt text is no prose
		}
	case '[':
		return s.bracketAt(rest)
	case '^':
		if s.markdown {
			return s.superscriptAt(rest)
		}
	case '<':
		return htmlAt(rest)
	case '\'':
		return wikiQuotesAt(rest)
	case '{':
		return templateAt(rest)
	}
	return 0, "", false
}

// bracketAt reads what a '[' opens: a wiki link, a footnote reference, a
// Markdown link, or a citation marker. Any other bracket is prose
// ("[sic]", "they [the rebels] left", "[MUJAO]").
func (s *inlineScan) bracketAt(rest string) (int, string, bool) {
	if strings.HasPrefix(rest, "[^") {
		if end := strings.IndexByte(rest, ']'); end > 2 && !strings.ContainsAny(rest[2:end], " [") {
			return end + 1, "", true
		}
	}
	end := strings.IndexByte(rest, ']')
	if end > 0 && isCitationMarker(rest[:end+1]) && !strings.HasPrefix(rest[end+1:], "(") {
		// "[2][3]" is two markers, not a reference link
		return end + 1 + pagesAt(rest[end+1:]), "", true
	}
	if n, text, dest, ok := linkAt(rest); ok {
		shown := plainInline(text, s.markdown)
		if strings.HasPrefix(dest, "#cite") || isCitationMarker(shown) {
			return n, "", true
		}
		return n, shown, true
	}
	if strings.HasPrefix(rest, "[[") {
		if n, text, _, ok := linkAt(rest[1:]); ok && strings.HasPrefix(rest[1+n:], "]") &&
			isCitationMarker("["+plainInline(text, s.markdown)+"]") {
			return n + 2, "", true // a marker whose words link: "[[edit](…)]"
		}
		return wikiLinkAt(rest) // after links: "[[1]](#cite_note-1)" is one
	}
	return 0, "", false
}

// pagesAt returns the length of the page numbers a citation marker may
// carry ("[4]:112", "[4]:23–25"), or 0.
func pagesAt(s string) int {
	if !strings.HasPrefix(s, ":") {
		return 0
	}
	i := 1 // no space: "[4]: 5 were killed" is prose after a colon
	start := i
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == ',' || s[i] == '-') {
		i++
	}
	if strings.HasPrefix(s[i:], "–") {
		i += len("–")
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i == start || s[start] < '0' || s[start] > '9' {
		return 0
	}
	return i
}

// superscriptAt reads pandoc's "^text^" (no spaces inside). The
// superscript is kept as text ("1^st^" → "1st") unless it holds only a
// citation, which is dropped.
func (s *inlineScan) superscriptAt(rest string) (int, string, bool) {
	end := strings.IndexByte(rest[1:], '^')
	if end <= 0 || strings.ContainsAny(rest[1:end+1], " \t") {
		return 0, "", false
	}
	inner := strings.TrimSpace(plainInline(rest[1:end+1], true))
	return end + 2, inner, true
}

// linkAt parses a Markdown link at the start of s: "[text](dest "title")",
// "[text][ref]" or "[text][]". It returns the span's length, the link
// text and the destination. Brackets escaped with a backslash and nested
// brackets stay inside the text.
func linkAt(s string) (n int, text, dest string, ok bool) {
	if !strings.HasPrefix(s, "[") {
		return 0, "", "", false
	}
	shut := matchingBracket(s, '[', ']')
	if shut < 0 || shut+1 >= len(s) {
		return 0, "", "", false
	}
	n, dest, ok = linkTail(s[shut+1:])
	return shut + 1 + n, s[1:shut], dest, ok
}

// linkTail reads what follows a link's text: "(dest "title")", "[ref]"
// or "[]", or a span's "{attributes}". It returns its length and the
// destination.
func linkTail(s string) (n int, dest string, ok bool) {
	switch s[0] {
	case '(':
		end := matchingBracket(s, '(', ')')
		if end < 0 {
			return 0, "", false
		}
		dest, _, _ = strings.Cut(strings.TrimSpace(s[1:end]), " ")
		return end + 1 + attributesAt(s[end+1:]), dest, true
	case '[':
		end := strings.IndexByte(s, ']')
		if end < 0 || strings.ContainsAny(s[1:end], "[") {
			return 0, "", false
		}
		return end + 1, "", true
	case '{':
		if a := attributesAt(s); a > 0 {
			return a, "", true // a span: "[text]{.nowrap}"
		}
	}
	return 0, "", false
}

// attributesAt returns the length of a pandoc attribute block at the
// start of s ("{.mw-redirect}", "{#cite_ref-3 .reference}"), or 0.
func attributesAt(s string) int {
	if !strings.HasPrefix(s, "{") || len(s) < 3 {
		return 0
	}
	end := strings.IndexByte(s, '}')
	if end < 2 || end > 200 || strings.ContainsAny(s[1:end], "{\n") {
		return 0
	}
	if c := s[1]; c != '.' && c != '#' && !strings.Contains(s[1:end], "=") {
		return 0
	}
	return end + 1
}

// matchingBracket returns the index of the bracket closing the one s
// opens with, skipping backslash-escaped brackets, or -1.
func matchingBracket(s string, open, shut byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case open:
			depth++
		case shut:
			depth--
			if depth == 0 {
				return i
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// wikiLinkAt reads "[[Target|shown]]" as its shown text, "[[Target]]" as
// the target, and drops links to files, images and categories.
func wikiLinkAt(rest string) (int, string, bool) {
	end := strings.Index(rest, "]]")
	if end < 0 {
		return 0, "", false
	}
	inner := rest[2:end]
	if k := strings.IndexByte(inner, ':'); k > 0 && !strings.Contains(inner[:k], " ") {
		switch strings.ToLower(inner[:k]) {
		case "file", "image", "category":
			return end + 2, "", true
		}
	}
	if k := strings.LastIndexByte(inner, '|'); k >= 0 {
		inner = inner[k+1:]
	}
	return end + 2, inner, true
}

// wikiQuotesAt drops wikitext's bold and italic marks, runs of two to
// five apostrophes; a lone apostrophe is prose.
func wikiQuotesAt(rest string) (int, string, bool) {
	n := 0
	for n < len(rest) && n < 5 && rest[n] == '\'' {
		n++
	}
	if n < 2 {
		return 0, "", false
	}
	return n, "", true
}

// templateAt drops a wikitext template ("{{cite web|…}}", "{{sfn|…}}"),
// nested ones included.
func templateAt(rest string) (int, string, bool) {
	if !strings.HasPrefix(rest, "{{") {
		return 0, "", false
	}
	depth := 0
	for i := 0; i+1 < len(rest); i++ {
		switch rest[i : i+2] {
		case "{{":
			depth++
			i++
		case "}}":
			depth--
			i++
			if depth == 0 {
				return i + 1, "", true
			}
		}
	}
	return 0, "", false
}

// htmlAt reads an HTML comment, a <ref> element (a citation, dropped
// whole) or a tag (dropped, its content kept; <br> becomes a space).
func htmlAt(rest string) (int, string, bool) {
	if strings.HasPrefix(rest, "<!--") {
		if end := strings.Index(rest, "-->"); end >= 0 {
			return end + 3, "", true
		}
		return 0, "", false
	}
	n, name, ok := tagAt(rest)
	if !ok {
		return 0, "", false
	}
	switch {
	case name == "ref" && !strings.HasSuffix(rest[:n], "/>"):
		if end := strings.Index(rest, "</ref>"); end >= 0 {
			return end + len("</ref>"), "", true
		}
	case name == "br":
		return n, " ", true
	}
	return n, "", true
}

// tagAt parses an HTML tag at the start of s ("<sup>", "</sup>",
// "<br/>", "<span class=x>"): a letter must follow '<' (or "</"), so
// "<5%" and "a < b" stay prose.
func tagAt(s string) (n int, name string, ok bool) {
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && (isASCIILetter(s[i]) || (i > start && s[i] >= '0' && s[i] <= '9')) {
		i++
	}
	if i == start {
		return 0, "", false
	}
	end := strings.IndexAny(s[i:], "<>\n")
	if end < 0 || s[i+end] != '>' {
		return 0, "", false
	}
	if c := s[i]; c != '>' && c != ' ' && c != '/' {
		return 0, "", false
	}
	return i + end + 1, strings.ToLower(s[start:i]), true
}

// isCitationMarker reports whether b ("[12]") is the bracketed marker a
// web page writes after a claim: a number, a note letter ("[a]"), a
// labelled note ("[note 3]", "[nb 1]"), or an editor's flag
// ("[citation needed]", "[clarification needed]", "[who?]", "[dubious –
// discuss]"), or a section's "[edit]" link. Those are the forms the encyclopedias' citation and cleanup
// templates render; anything else in brackets is the writer's prose.
func isCitationMarker(b string) bool {
	if len(b) < 3 || len(b) > 42 || b[0] != '[' || b[len(b)-1] != ']' {
		return false
	}
	c := b[1 : len(b)-1]
	switch {
	case allDigits(c) && len(c) <= 4:
		return true
	case len(c) <= 2 && allLower(c):
		return true
	}
	if c[0] < 'a' || c[0] > 'z' {
		return false
	}
	if label, num, ok := strings.Cut(c, " "); ok && allLower(label) && allDigits(num) {
		return true
	}
	return editorFlag(c)
}

// editorFlag reports whether c, lower-case words, is a cleanup flag: it
// asks for something ("… needed"), asks a short question ("who?",
// "according to whom?") or is one of the flags on verification.
func editorFlag(c string) bool {
	words := strings.Fields(c)
	switch {
	case strings.HasSuffix(c, " needed") || c == "needed":
		return true
	case strings.HasSuffix(c, "?") && len(words) <= 4:
		return true
	case strings.HasSuffix(c, "– discuss") || strings.HasSuffix(c, "- discuss"):
		return true
	case strings.HasSuffix(c, "dead link") || c == "failed verification":
		return true
	case c == "edit" || c == "edit source" || c == "show" || c == "hide":
		return true // a wiki's section edit link or a box's toggle, copied with it
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func allLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

func isASCIILetter(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// isASCIIPunct is CommonMark's set of escapable characters.
func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

package corpus

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// Source lines of an HTML briefing. A paragraph's Line points at the
// line of the file where it starts, as for text files, so a citation
// can be checked against the source. x/net/html's tree keeps no
// positions, so annotateLines first runs its tokenizer over the file,
// counting the newlines of each token's raw bytes, and writes every
// start tag back with one more attribute, lineAttr, holding its line;
// the parser then carries the attribute onto the element. An element the
// parser invents (an implied <tbody>, a reopened <b>) has no line and
// takes its parent's. Loose text (outside any tag that starts a block)
// is placed from the tag before it: see textLine.

// lineAttr is the attribute annotateLines adds to every start tag. It
// names no attribute a page uses.
const lineAttr = "data-briefbot-line"

// annotateLines returns data with each start tag given lineAttr, its
// 1-based line. Every other token is written back byte for byte, so the
// parser reads the same document.
func annotateLines(data []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	out.Grow(len(data) + len(data)/4)
	line := 1
	for {
		tt := z.Next()
		raw := z.Raw()
		newlines := bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.ErrorToken:
			out.Write(raw)
			return out.Bytes()
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			tok.Attr = append(tok.Attr, html.Attribute{Key: lineAttr, Val: strconv.Itoa(line)})
			out.WriteString(tok.String())
		default:
			out.Write(raw)
		}
		line += newlines
	}
}

// lineOf is the source line of an element: its own, or its nearest
// annotated ancestor's; 0 when none is known.
func lineOf(n *html.Node) int {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode {
			if v, err := strconv.Atoi(attr(n, lineAttr)); err == nil {
				return v
			}
		}
	}
	return 0
}

// runLine is the line where a run of loose inline nodes starts: its
// first node holding text.
func runLine(run []*html.Node) int {
	for _, n := range run {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
			continue
		}
		if n.Type == html.ElementNode {
			return lineOf(n)
		}
		return textLine(n)
	}
	return lineOf(run[0])
}

// textLine is the line where a text node's first non-space character
// stands: counted from the previous sibling element's start tag (or the
// parent's), adding the newlines of the text between. Newlines inside
// that sibling's tags (not its text) are not seen: the line may then
// be early.
func textLine(n *html.Node) int {
	newlines := leadingNewlines(n.Data)
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return lineOf(p) + newlines + textNewlines(p)
		}
		newlines += strings.Count(p.Data, "\n")
	}
	return lineOf(n.Parent) + newlines
}

// leadingNewlines counts the newlines in s's leading white space.
func leadingNewlines(s string) int {
	return strings.Count(s[:len(s)-len(strings.TrimLeft(s, " \t\r\n\f"))], "\n")
}

// textNewlines counts the newlines in the text below n.
func textNewlines(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			count += strings.Count(c.Data, "\n")
		} else {
			count += textNewlines(c)
		}
	}
	return count
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether n's class attribute lists class.
func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

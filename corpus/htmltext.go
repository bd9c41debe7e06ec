package corpus

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What of a web page is the article, and its text as a reader sees it.

// droppedElements are the elements that are never the article's text:
// scripts and styles, the page's chrome (navigation, header, footer,
// forms, sidebars; a <header> inside an article or section is kept), embedded objects and media. A <figure> is an image
// with its caption, a label for a picture rather than the account.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Form: true, atom.Aside: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Figure: true, atom.Video: true, atom.Audio: true, atom.Canvas: true, atom.Map: true,
	atom.Dialog: true, atom.Head: true, atom.Title: true, atom.Link: true, atom.Meta: true,
}

// droppedRoles are the ARIA landmark and widget roles of what is not the
// article: navigation, sidebars (complementary), site banner and footer
// (contentinfo), search, notes about the article (an encyclopedia's
// hatnotes: "Main article: …", "Not to be confused with …"), menus and
// toolbars.
var droppedRoles = map[string]bool{
	"navigation": true, "complementary": true, "banner": true, "contentinfo": true,
	"search": true, "note": true, "menu": true, "menubar": true, "toolbar": true,
}

// mediaWikiClasses are the class names MediaWiki (Wikipedia and every
// wiki built on it) gives to parts of a page that no element, role or
// link count marks: what is not for print ("noprint": portal boxes,
// maintenance links), maintenance notices ("metadata": "This article
// needs additional citations…") and hatnotes ("hatnote": "For the
// earlier conflict, see …", which current MediaWiki also gives role
// note, older pages not). Its other furniture needs no name: navigation
// boxes and tables of contents have role navigation and are mostly
// links, citation superscripts ("[3]") link to their notes
// (isNoteMarker), and "[citation needed]" and edit links ("[edit]") are
// bracketed flags, which plainInline removes. Its infobox ("infobox") and citation list
// ("references") are named where they are read (htmltable.go, html.go).
var mediaWikiClasses = []string{"noprint", "metadata", "hatnote"}

// dropped reports whether an element is not the article's text: by
// element, by role, hidden, a MediaWiki part, or a note marker.
func dropped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.DataAtom == atom.Header && inSectioning(n) {
		return false // a section's own header holds its heading
	}
	if droppedElements[n.DataAtom] || droppedRoles[strings.ToLower(attr(n, "role"))] || isHidden(n) {
		return true
	}
	for _, c := range mediaWikiClasses {
		if hasClass(n, c) {
			return true
		}
	}
	return isNoteMarker(n) || isByline(n)
}

// isBylineProp reports whether a microdata property is one of an
// article's own record: who wrote it and when it was published or
// changed.
func isBylineProp(prop string) bool {
	switch strings.ToLower(prop) {
	case "author", "datepublished", "datemodified":
		return true
	}
	return false
}

// isByline reports whether a paragraph is an article's byline, "By Helen
// Marsh · Published 8 October 2021 · 22 min read": short, and holding a
// link to its author (rel="author") or the article's microdata
// (itemprop author, datePublished, dateModified), or, any element, of
// the class "byline". Its date is when the
// page was written, which the head's metadata gives, not an event.
func isByline(n *html.Node) bool {
	if hasClass(n, "byline") {
		// A site's own name for it: "<div class="byline">By <a
		// href="/authors/…">Irina Kalder</a> · <time>2 October 2023</time>".
		return len(strings.Fields(plainText(n))) <= maxBylineWords
	}
	if n.DataAtom != atom.P {
		return false // a <div> may hold the whole article: not walked at every level
	}
	marked := false
	var walk func(c *html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && !marked; c = c.NextSibling {
			if c.Type == html.ElementNode {
				marked = slices.Contains(strings.Fields(strings.ToLower(attr(c, "rel"))), "author") || isBylineProp(attr(c, "itemprop"))
				walk(c.FirstChild)
			}
		}
	}
	walk(n.FirstChild)
	return marked && len(strings.Fields(plainText(n))) <= maxBylineWords
}

// maxBylineWords bounds a byline: a paragraph of the article that links
// its author's name is longer.
const maxBylineWords = 25

// inSectioning reports whether n stands inside an <article> or
// <section>: its <header> is then that section's (its heading, a
// standfirst), not the site's.
func inSectioning(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Section {
			return true
		}
	}
	return false
}

// isHidden reports whether an element is not shown: the hidden
// attribute, aria-hidden, or an inline display:none.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return strings.EqualFold(a.Val, "true")
		case "style":
			if strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "display:none") {
				return true
			}
		}
	}
	return false
}

// isNoteMarker reports whether an element is a note marker rather than
// the writer's words: a superscript, a few characters long, linking to
// its note within the page ("<sup><a href="#cite_note-3">[3]</a></sup>",
// a news or government page's "<sup><a href="#fn3">3</a></sup>"). Read
// as text, the number would join the word before it ("1977.3"); a
// bracketed marker without such a link ("[citation needed]", "[edit]")
// is left to plainInline, which removes it from every format. A marker
// is short, so only a short text is read: reading every superscript's
// whole text would cost the square of the page's depth.
func isNoteMarker(n *html.Node) bool {
	if n.DataAtom != atom.Sup {
		return false
	}
	raw, ok := shortText(n)
	return ok && len(strings.TrimSpace(raw)) <= maxNoteMarker && hasLink(n, "#")
}

// maxNoteMarker is the longest note marker, in bytes: "[note 12]".
const maxNoteMarker = 16

// maxMarker bounds the nodes and bytes read of a note marker.
const maxMarker = 64

// shortText returns the text below n, and false when it holds more than
// maxMarker nodes or bytes.
func shortText(n *html.Node) (string, bool) {
	var sb strings.Builder
	nodes := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			nodes++
			if c.Type == html.TextNode {
				sb.WriteString(c.Data)
			}
			if nodes > maxMarker || sb.Len() > maxMarker || !walk(c) {
				return false
			}
		}
		return true
	}
	ok := walk(n)
	return sb.String(), ok
}

// hasLink reports whether a link whose address starts with prefix lies
// below n (a marker: shortText has bounded its size).
func hasLink(n *html.Node, prefix string) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A && strings.HasPrefix(attr(c, "href"), prefix) || hasLink(c, prefix) {
			return true
		}
	}
	return false
}

// blockElements are the elements that start a block of their own.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Blockquote: true, atom.Pre: true,
	atom.Hr: true, atom.Center: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Fieldset: true, atom.Legend: true, atom.Body: true, atom.Html: true, atom.Hgroup: true,
	atom.Figcaption: true, atom.Picture: true, atom.Header: true, atom.Footer: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Figure: true, atom.Menu: true,
}

// isBlockElement reports whether n starts a block of its own (dropped
// elements included: they break no run of text by themselves).
func isBlockElement(n *html.Node) bool {
	return blockElements[n.DataAtom]
}

// inlineText renders an element's text as a paragraph: bold as Markdown
// bold (the faction rules read bold entries), everything else as text.
func inlineText(n *html.Node) string {
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeInline(&sb, c, false)
	}
	return sb.String()
}

// plainText renders an element's text with no markup at all: a heading,
// a title, a cell.
func plainText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeInline(&sb, c, true)
	}
	return normalizeSpace(sb.String())
}

// writeInline writes the text of n: text with its entities decoded (the
// parser did), a line break as a space, a block inside inline content
// set apart by spaces, bold (<b>, <strong>) as "**bold**" unless plain
// or already bold, and nothing of a dropped element.
func writeInline(sb *strings.Builder, n *html.Node, plain bool) {
	switch {
	case n.Type == html.TextNode:
		sb.WriteString(n.Data)
		return
	case n.Type != html.ElementNode || dropped(n):
		return
	case n.DataAtom == atom.Br || n.DataAtom == atom.Hr:
		sb.WriteByte(' ')
		return
	case (n.DataAtom == atom.B || n.DataAtom == atom.Strong) && !plain:
		writeBold(sb, n)
		return
	}
	block := isBlockElement(n)
	if block {
		sb.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeInline(sb, c, plain)
	}
	if block {
		sb.WriteByte(' ')
	}
}

// writeBold writes a bold element as "**text**", its surrounding spaces
// outside the marks, as a Markdown writer would.
func writeBold(sb *strings.Builder, n *html.Node) {
	var in strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeInline(&in, c, true)
	}
	s := in.String()
	t := strings.TrimSpace(s)
	if t == "" {
		sb.WriteString(s)
		return
	}
	if s[0] == ' ' || s[0] == '\n' || s[0] == '\t' {
		sb.WriteByte(' ')
	}
	sb.WriteString("**" + t + "**")
	if last := s[len(s)-1]; last == ' ' || last == '\n' || last == '\t' {
		sb.WriteByte(' ')
	}
}

// Link density. A block whose words are nearly all link text is a menu,
// a navigation box, a list of related pages or a table of contents, not
// prose: a writer's sentences link a few of their words. minDenseLinks
// and denseShare set how many links and what share of the letters.
const (
	minDenseLinks = 5
	denseShare    = 0.8
)

// textStats counts what lies below an element, outside dropped parts:
// its letters and digits, those inside links, and its links.
type textStats struct {
	letters, linked, links int
	anchors                int // links within the page ("#Background")
	images, paragraphs     int
}

// isLinkDense reports whether a block is mostly links: five or more, or
// two or more that all lead within the page (a table of contents).
func isLinkDense(st textStats) bool {
	enough := st.links >= minDenseLinks || (st.links >= 2 && st.anchors == st.links)
	return enough && float64(st.linked) >= denseShare*float64(st.letters)
}

// isLinkList reports whether a list is links and nothing else, three or
// more: a page's "Related articles", whose items are titles of other
// pages, not the writer's account. A list of prose links a few words.
func isLinkList(st textStats) bool {
	return st.links >= 3 && st.letters > 0 && st.linked == st.letters
}

// maxCaption is the most letters a picture's caption holds.
const maxCaption = 400

// isCaptionBox reports whether a block is a picture with its caption
// (the image frames that predate <figure>): an image, a short text, no
// paragraph. A caption labels a picture; it is not the account.
func isCaptionBox(st textStats) bool {
	return st.images > 0 && st.paragraphs == 0 && st.letters <= maxCaption
}

// statsOf counts every element's textStats in one pass, so that judging
// each block costs nothing more however deep the page.
func statsOf(n *html.Node, inLink bool, into map[*html.Node]textStats) textStats {
	var st textStats
	if n.Type == html.TextNode {
		for _, r := range n.Data {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				st.letters++
			}
		}
		if inLink {
			st.linked = st.letters
		}
		return st
	}
	if dropped(n) {
		return st
	}
	countElement(n, &st, &inLink)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		st.add(statsOf(c, inLink, into))
	}
	if n.Type == html.ElementNode {
		into[n] = st
	}
	return st
}

// countElement counts n itself: a link (within the page or not), an
// image, a paragraph. inLink is set below a link.
func countElement(n *html.Node, st *textStats, inLink *bool) {
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.A:
		if href := attr(n, "href"); href != "" {
			st.links++
			*inLink = true
			if strings.HasPrefix(href, "#") {
				st.anchors++
			}
		}
	case atom.Img:
		st.images++
	case atom.P:
		st.paragraphs++
	}
}

// add adds a child's counts.
func (st *textStats) add(c textStats) {
	st.letters += c.letters
	st.linked += c.linked
	st.links += c.links
	st.anchors += c.anchors
	st.images += c.images
	st.paragraphs += c.paragraphs
}

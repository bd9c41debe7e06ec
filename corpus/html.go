package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML briefings. A user is as likely to drop a saved web page ("Save
// page as… HTML only" of an encyclopedia article or a government page)
// into the corpus folder as a text export. Read as text it would be tags;
// read by a browser it is a page of which the article is a part: menus,
// a site header, a table of contents, edit links, citation superscripts,
// navigation boxes and a footer surround it. So an HTML briefing is parsed
// with golang.org/x/net/html (the WHATWG algorithm: malformed pages are
// read as a browser reads them, never rejected) and read in phases:
//
//  1. annotateLines records each start tag's source line, which the tree
//     the parser builds does not keep (htmlline.go);
//  2. readHTMLHead takes title, publisher, date, URL and authors from the
//     head's metadata (htmlhead.go);
//  3. contentRoot picks the element holding the article;
//  4. the block walk turns headings into sections, paragraphs, lists,
//     quotations and definition lists into paragraphs, an infobox into
//     Briefing.Infobox (htmltable.go), and sets back matter aside, with
//     the text of each block rendered as a reader sees it (htmltext.go).
//
// What is not the article is dropped by general structure (semantic
// elements, ARIA roles, hidden elements, link density); the few class
// names read are MediaWiki's, listed in mediaWikiClasses, because
// nothing else marks them.

// ErrBadHTML means a web page could not be parsed at all: the parser
// reads any malformed markup as a browser would, but refuses a page
// nested deeper than its limit (512 open elements).
var ErrBadHTML = errors.New("web page cannot be read")

// isHTML reports whether a file name is a web page.
func isHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// IsBriefingFile reports whether a file is one briefbot reads as a
// briefing, by its extension (any case): Markdown (.md), plain text
// (.txt) or a saved web page (.html, .htm).
func IsBriefingFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".md" || ext == ".txt" || isHTML(name)
}

// readHTML reads a web page into b: its metadata and its paragraphs.
func readHTML(name string, b *Briefing, data []byte) error {
	doc, err := html.Parse(bytes.NewReader(annotateLines(data)))
	if err != nil {
		return fmt.Errorf("corpus: %s: %w: %v", name, ErrBadHTML, err)
	}
	stats := map[*html.Node]textStats{}
	statsOf(doc, false, stats)
	hs := &htmlSplit{ps: &paragraphSplit{b: b}, stats: stats, times: map[*html.Node]moment{}}
	firstTimes(doc, hs.times)
	hs.entries = timedEntries(doc, hs.times)
	hs.page(doc)
	b.Paragraphs = hs.ps.setAsideBackMatter()
	b.BackMatter = append(b.BackMatter, hs.citations...)
	return nil
}

// page reads the page's head and its text: each of its dispatches where
// it holds several, else the element holding the article.
func (hs *htmlSplit) page(doc *html.Node) {
	b := hs.ps.b
	if roots := dispatches(doc, hs.stats); roots != nil {
		readHTMLHead(b, doc, firstOutside(doc, atom.H1, roots))
		for _, r := range roots {
			hs.dispatch(r)
		}
		return
	}
	root := contentRoot(doc, hs.stats)
	readHTMLHead(b, doc, first(root, atom.H1), first(doc, atom.H1))
	hs.children(root)
	hs.flushRun()
}

// htmlSplit is the block walk's state: the paragraphSplit that keeps the
// sections and back matter as for text files, and the run of loose
// inline nodes (text outside any <p>) being gathered.
type htmlSplit struct {
	ps        *paragraphSplit
	run       []*html.Node
	citations []Paragraph // the entries of citation lists, back matter wherever they stand
	stats     map[*html.Node]textStats
	// times holds the first day a <time> gives below each element
	// (firstTimes); entries the page's timed entries (timedEntries).
	times, entries map[*html.Node]moment
	// moment is the day the dispatch or entry being read was written,
	// to set before its first paragraph (see dispatch); day the last
	// such day set.
	moment moment
	day    string
}

// dispatch reads one dispatch of a page of several: its blocks, and
// before its first paragraph the day it was written, as a date alone on
// a line of its own (as a text's reports give it: "**June 12**"), unless
// its first paragraph is that line.
func (hs *htmlSplit) dispatch(n *html.Node) {
	hs.moment = hs.times[n]
	hs.children(n)
	hs.flushRun()
	hs.moment = moment{}
}

// children walks n's children: block elements are read one by one,
// loose inline content between them is gathered into a paragraph.
func (hs *htmlSplit) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Br && hs.endsRun():
			hs.flushRun()
		case c.Type == html.TextNode || (c.Type == html.ElementNode && !isBlockElement(c) && !dropped(c)):
			hs.run = append(hs.run, c)
		case c.Type == html.ElementNode && isBlockElement(c):
			hs.flushRun()
			hs.block(c)
		}
	}
}

// endsRun reports whether a <br> ends the loose run: the second of two
// in a row ("text<br><br>text" is how pages without <p> part paragraphs).
func (hs *htmlSplit) endsRun() bool {
	for i := len(hs.run) - 1; i >= 0; i-- {
		n := hs.run[i]
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" {
			continue
		}
		return n.Type == html.ElementNode && n.DataAtom == atom.Br
	}
	return false
}

// flushRun makes the loose inline run a paragraph.
func (hs *htmlSplit) flushRun() {
	if len(hs.run) == 0 {
		return
	}
	run := hs.run
	hs.run = nil
	var sb strings.Builder
	for _, n := range run {
		writeInline(&sb, n, false)
	}
	hs.paragraph(sb.String(), runLine(run))
}

// block reads one block element.
func (hs *htmlSplit) block(n *html.Node) {
	if dropped(n) {
		return
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		hs.ps.heading(int(n.Data[1]-'0'), plainText(n))
	case atom.P, atom.Pre, atom.Address:
		hs.paragraph(inlineText(n), lineOf(n))
	case atom.Ul, atom.Ol:
		hs.list(n)
	case atom.Dl:
		hs.definitions(n)
	case atom.Table:
		hs.table(n)
	case atom.Hr, atom.Img:
	default:
		if st := hs.stats[n]; isLinkDense(st) || isCaptionBox(st) {
			return // a menu, a navigation box, a picture's frame
		}
		if m, ok := hs.entries[n]; ok && m.day != hs.day {
			hs.moment = m // an entry of a new day
		}
		hs.children(n)
		hs.flushRun()
	}
}

// paragraph adds one paragraph at line n, as a reader sees it. Before the
// first paragraph a site's tagline ("From Wikipedia, the free
// encyclopedia") names the publisher, and a repeat of the title or
// publisher is dropped.
func (hs *htmlSplit) paragraph(text string, n int) {
	text = normalizeSpace(plainInline(text, false))
	if text == "" {
		return
	}
	b := hs.ps.b
	if len(hs.ps.out) == 0 {
		if isTagline(text) {
			if b.Publisher == "" {
				site, _, _ := strings.Cut(strings.TrimPrefix(text, "From "), ",")
				b.Publisher = strings.TrimSpace(site)
			}
			return
		}
		if text == b.Title || text == b.Publisher {
			return
		}
	}
	if m := hs.moment; m.day != "" {
		hs.moment = moment{}
		if _, ok := dateAlone(text); !ok {
			hs.add(m.day, m.line)
		}
		hs.day = m.day
	}
	hs.add(text, n)
}

// add adds one paragraph, text as a reader sees it, at line n.
func (hs *htmlSplit) add(text string, n int) {
	hs.ps.pending = false
	hs.ps.out = append(hs.ps.out, Paragraph{Section: hs.ps.section, Outer: hs.ps.outer, Line: n, Text: text})
}

// list reads a list as one paragraph of items, "- first - second" ("1.
// first 2. second" when ordered), as a Markdown list's lines are joined:
// the faction rules read its bold entries ("- **KFOR.** The …"). In back
// matter each item is an entry of its own, and a list of citations
// (MediaWiki's ol.references) is back matter wherever it stands.
func (hs *htmlSplit) list(n *html.Node) {
	if st := hs.stats[n]; isLinkDense(st) || isLinkList(st) {
		return
	}
	items := listItems(n, nil)
	if hasClass(n, "references") {
		for _, it := range items {
			if t := normalizeSpace(plainInline(it.text, false)); t != "" {
				hs.citations = append(hs.citations, Paragraph{Section: hs.ps.section, Line: it.line, Text: t})
			}
		}
		return
	}
	if hs.ps.backSeen {
		for _, it := range items {
			hs.paragraph(it.text, it.line)
		}
		return
	}
	texts := make([]string, len(items))
	for i, it := range items {
		texts[i] = it.text
	}
	if len(items) > 0 {
		hs.paragraph(strings.Join(texts, " "), items[0].line)
	}
}

// listItem is one rendered list item, with its marker, and its line.
type listItem struct {
	text string
	line int
}

// listItems renders the items of a list, nested lists' items after their
// parent's.
func listItems(list *html.Node, out []listItem) []listItem {
	num := 1
	if s, err := strconv.Atoi(attr(list, "start")); err == nil {
		num = s
	}
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li || dropped(li) {
			continue
		}
		marker := "- "
		if list.DataAtom == atom.Ol {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		var sb strings.Builder
		var nested []*html.Node
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
				nested = append(nested, c)
				continue
			}
			writeInline(&sb, c, false)
		}
		if t := strings.TrimSpace(sb.String()); t != "" {
			out = append(out, listItem{text: marker + t, line: lineOf(li)})
		}
		for _, c := range nested {
			out = listItems(c, out)
		}
	}
	return out
}

// definitions reads a definition list: a term and its definitions make
// one paragraph ("Term: definition"); a definition without a term (the
// indentation encyclopedias use) is a paragraph alone.
func (hs *htmlSplit) definitions(n *html.Node) {
	var cur []string
	line := 0
	flush := func() {
		if len(cur) > 0 {
			hs.paragraph(strings.Join(cur, " "), line)
		}
		cur = nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || dropped(c) {
			continue
		}
		switch c.DataAtom {
		case atom.Dt:
			flush()
			cur, line = []string{strings.TrimSpace(inlineText(c)) + ":"}, lineOf(c)
		case atom.Dd:
			if len(cur) == 0 {
				line = lineOf(c)
			}
			cur = append(cur, inlineText(c))
			if len(cur) == 1 {
				flush()
			}
		}
	}
	flush()
}

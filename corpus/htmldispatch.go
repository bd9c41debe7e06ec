package corpus

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages of several dispatches. A news site's topic page or "latest" page
// puts several stories on one page, each an <article> of its own with
// its headline, its time and its paragraphs, inside one <main> beside
// the site's menus, a "Most read" sidebar and a footer. Each story is
// part of what the page tells, so each is read, in the order the page
// gives them, its headline a heading. A teaser (a linked headline and a
// line of summary) and a reader's comment are no dispatch: a dispatch
// has a headline and prose enough to tell something (isDispatch).

// minDispatchLetters and minDispatchParagraphs are the least prose a
// dispatch holds: letters and digits outside links, and paragraphs. A
// teaser's summary is one paragraph; a reader's comment has no headline.
const (
	minDispatchLetters    = 160
	minDispatchParagraphs = 2
)

// dispatches returns the <article>s of a page that are dispatches, in
// document order, outside its dropped parts and none inside another; nil
// unless there are two or more, when the page is one article read as
// contentRoot finds it.
func dispatches(doc *html.Node, stats map[*html.Node]textStats) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode || dropped(c):
			case c.DataAtom == atom.Article:
				if isDispatch(c, stats[c]) {
					out = append(out, c)
				}
			default:
				walk(c)
			}
		}
	}
	walk(doc)
	if len(out) < 2 {
		return nil
	}
	return out
}

// isDispatch reports whether an element is a story of its own: it has a
// headline and prose enough (minDispatchLetters, minDispatchParagraphs).
func isDispatch(n *html.Node, st textStats) bool {
	return st.letters-st.linked >= minDispatchLetters && st.paragraphs >= minDispatchParagraphs && !isLinkDense(st) &&
		headline(n) != nil
}

// headline is the first heading below n, outside dropped parts; nil
// when none.
func headline(n *html.Node) *html.Node {
	for _, a := range []atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4} {
		if h := first(n, a); h != nil {
			return h
		}
	}
	return nil
}

// firstOutside is the first element of kind a below doc, outside dropped
// parts and outside the elements skip: the page's own heading over the
// dispatches it holds (a topic's name). Nil when none.
func firstOutside(doc *html.Node, a atom.Atom, skip []*html.Node) *html.Node {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode || slices.Contains(skip, c):
			case c.DataAtom == a:
				found = c
			case !dropped(c):
				walk(c)
			}
		}
	}
	walk(doc)
	return found
}

// A live blog is one <article> of many entries, newest first, each with
// its <time> and a bold lead; a page of stories without <article>s
// repeats a block ("<div class="story">") for each. Each entry is told
// from its own day: where the day changes from the entry before, the
// day is read as a line of its own before it, as for a dispatch.

// timedEntries returns the entries of a page that give their own time:
// elements among two or more siblings of one kind and class that each
// hold a <time datetime> giving a day and its time of day, a post's stamp
// (times, from firstTimes), with the day of each: a chronology's entries,
// dated by what happened on that day, give no time of day. It is only
// looked up, never ranged over.
func timedEntries(doc *html.Node, times map[*html.Node]moment) map[*html.Node]moment {
	out := map[*html.Node]moment{}
	walkElements(doc, func(n *html.Node) {
		kinds := map[string][]*html.Node{}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom != atom.Time && times[c].clock {
				k := c.Data + "." + attr(c, "class")
				kinds[k] = append(kinds[k], c)
			}
		}
		for _, entries := range kinds {
			if len(entries) < 2 {
				continue
			}
			for _, c := range entries {
				out[c] = times[c]
			}
		}
	})
	return out
}

// firstTimes records, for n and every element below it, the day of the
// first <time datetime> below it that gives one (in a byline or not), in
// one pass; it returns n's. A <time> in a paragraph of prose (longer than
// a byline) marks a day the text tells of, not when it was written: it is
// not passed up.
func firstTimes(n *html.Node, into map[*html.Node]moment) moment {
	m := timeMoment(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if cm := firstTimes(c, into); m.day == "" {
			m = cm
		}
	}
	if n.Type != html.ElementNode {
		return m
	}
	into[n] = m
	if n.DataAtom == atom.P && len(strings.Fields(plainText(n))) > maxBylineWords {
		return moment{}
	}
	return m
}

// timeMoment is the moment a <time datetime> element gives; empty for
// any other node, or a datetime that does not parse.
func timeMoment(n *html.Node) moment {
	if n.Type != html.ElementNode || n.DataAtom != atom.Time {
		return moment{}
	}
	dt := strings.TrimSpace(attr(n, "datetime"))
	d, ok := parsePageDate(dt)
	if !ok {
		return moment{}
	}
	clock := len(dt) > len(time.DateOnly)+1 && (dt[len(time.DateOnly)] == 'T' || dt[len(time.DateOnly)] == ' ')
	return moment{day: fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year()), line: lineOf(n), clock: clock}
}

// moment is the day a dispatch or an entry of a page was written, as a
// line of its own ("4 March 2024"), and the source line of the <time>
// giving it; day is empty when none is known. clock says the <time>
// gives the time of day too, as a post's stamp does; a chronology's
// dates of what happened give none.
type moment struct {
	day   string
	line  int
	clock bool
}

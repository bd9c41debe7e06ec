package corpus

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The metadata of a web page. A page names itself in its head: the
// <title> (with the site's name after a separator: "Ogaden War -
// Wikipedia"), Open Graph's og:site_name and og:url, the canonical link,
// and, on a news page, its publication date (Open Graph's
// article:published_time, Dublin Core's DC.date, the citation_ tags
// scholarly sites and newspapers give) or a <time datetime> by the
// headline. An encyclopedia article usually carries no date: it is left
// unknown, as its style expects. A date that does not parse is left
// unknown too: the page's metadata is no error of the user's.

// dateMetaKeys are the <meta> names and properties giving a page's
// publication date, most specific first.
var dateMetaKeys = []string{
	"article:published_time", "datepublished", "dc.date.issued", "dc.date", "dcterms.issued",
	"dcterms.date", "citation_publication_date", "citation_date", "date", "pubdate",
}

// readHTMLHead fills b's title, publisher, date, URL and authors from the
// page's metadata.
func readHTMLHead(b *Briefing, doc, root *html.Node) {
	meta := metaContent(doc)
	title, site := splitSiteTitle(plainText(first(doc, atom.Title)))
	b.Title = firstNonEmpty(plainText(first(root, atom.H1)), plainText(first(doc, atom.H1)), meta["og:title"], title)
	b.Publisher = firstNonEmpty(meta["og:site_name"], site)
	b.URL = firstNonEmpty(canonicalURL(doc), meta["og:url"])
	if a := meta["author"]; a != "" {
		b.Authors = []string{a}
	}
	for _, k := range dateMetaKeys {
		if d, ok := parsePageDate(meta[k]); ok {
			b.Date = d
			return
		}
	}
	if t := first(doc, atom.Time); t != nil {
		if d, ok := parsePageDate(attr(t, "datetime")); ok {
			b.Date = d
		}
	}
}

// metaContent maps each <meta>'s name or property, lower-cased, to its
// content (the first of each).
func metaContent(doc *html.Node) map[string]string {
	out := map[string]string{}
	walkElements(doc, func(n *html.Node) {
		if n.DataAtom != atom.Meta {
			return
		}
		key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
		if _, seen := out[key]; key != "" && !seen {
			out[key] = strings.TrimSpace(attr(n, "content"))
		}
	})
	return out
}

// titleSeparators part a page title from its site's name.
var titleSeparators = []string{" - ", " – ", " — ", " | ", " · "}

// splitSiteTitle splits "Ogaden War - Wikipedia" into the title and the
// site: the part after the last separator, when short.
func splitSiteTitle(t string) (title, site string) {
	for _, sep := range titleSeparators {
		if k := strings.LastIndex(t, sep); k > 0 {
			s := strings.TrimSpace(t[k+len(sep):])
			if n := len(strings.Fields(s)); n > 0 && n <= 4 {
				return strings.TrimSpace(t[:k]), s
			}
		}
	}
	return t, ""
}

// parsePageDate reads a metadata date: an ISO date, perhaps with a time
// ("2018-04-19T10:00:00Z"), whose calendar day is kept.
func parsePageDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < len(time.DateOnly) {
		return time.Time{}, false
	}
	d, err := time.Parse(time.DateOnly, s[:len(time.DateOnly)])
	return d, err == nil
}

// canonicalURL is the page's <link rel="canonical"> address.
func canonicalURL(doc *html.Node) string {
	var url string
	walkElements(doc, func(n *html.Node) {
		if url == "" && n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical") {
			url = strings.TrimSpace(attr(n, "href"))
		}
	})
	return url
}

// contentRoot is the element holding the article: MediaWiki's article
// text (#mw-content-text), else the longest <article>, else <main> or
// the element of role main, else #content, else the body. The narrowest
// first: a <main> may hold the page's title bar and tools around the
// article.
func contentRoot(doc *html.Node, stats map[*html.Node]textStats) *html.Node {
	for _, match := range []func(*html.Node) bool{
		func(n *html.Node) bool { return attr(n, "id") == "mw-content-text" },
		func(n *html.Node) bool { return n.DataAtom == atom.Article },
		func(n *html.Node) bool { return n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main") },
		func(n *html.Node) bool { return attr(n, "id") == "content" },
		func(n *html.Node) bool { return n.DataAtom == atom.Body },
	} {
		if n := longest(doc, match, stats); n != nil {
			return n
		}
	}
	return doc
}

// longest is the element matching match with the most letters; nil when
// none matches.
func longest(doc *html.Node, match func(*html.Node) bool, stats map[*html.Node]textStats) *html.Node {
	var best *html.Node
	bestLen := -1
	walkElements(doc, func(n *html.Node) {
		if !match(n) {
			return
		}
		if l := stats[n].letters; l > bestLen {
			best, bestLen = n, l
		}
	})
	return best
}

// first is the first element of kind a below n (n included), outside
// dropped parts; nil when none.
func first(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	if n.Type == html.ElementNode && dropped(n) && n.DataAtom != atom.Head && n.DataAtom != atom.Header {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := first(c, a); f != nil {
			return f
		}
	}
	return nil
}

// walkElements calls fn on every element below n, in document order.
func walkElements(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkElements(c, fn)
	}
}

// firstNonEmpty returns the first of ss that is not blank.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

package corpus

import (
	"slices"
	"strings"
)

// Back matter. An encyclopedia article ends with appendices: "See also",
// "Notes", "References", "Further reading", "External links". Their
// entries are titles and bibliography ("Smith, John (2004). The Long War.
// Oxford University Press."), not the article's account: a publisher is no
// faction, a publication year no event, and a reference entry never
// answers a question. A search product answers from the article and
// leaves its bibliography to the source file, where the reader has it, so
// back matter is set aside from Paragraphs (not indexed, not extracted)
// and kept in Briefing.BackMatter.

// backMatterHeadings are the appendix headings of encyclopedia articles
// (Wikipedia's Manual of Style, "Standard appendices and footers", and
// their usual variants), lower-cased.
var backMatterHeadings = map[string]bool{
	"see also": true, "notes": true, "footnotes": true, "explanatory notes": true,
	"references": true, "citations": true, "sources": true, "works cited": true,
	"notes and references": true, "references and notes": true, "bibliography": true,
	"further reading": true, "external links": true, "literature": true,
}

// isBackMatterHeading reports whether a heading opens the back matter.
func isBackMatterHeading(heading string) bool {
	return backMatterHeadings[strings.ToLower(strings.TrimSpace(heading))]
}

// isNumberedBackMatter reports whether a heading is a back-matter heading
// under the number a plain-text export gives it ("9 See also", "10.
// References").
func isNumberedBackMatter(heading string) bool {
	h := strings.ToLower(strings.TrimSpace(heading))
	t := trimSectionNumber(h)
	return t != h && backMatterHeadings[t]
}

// noteBackMatter records where the first back-matter heading falls: every
// paragraph from there to the end is back matter (the appendices come
// last, whatever their order). A numbered one counts
// only while no other heading follows it: the same line is an entry of a
// contents list that the parser read as headings, and the body's
// headings come after it.
func (ps *paragraphSplit) noteBackMatter(heading string) {
	switch {
	case !ps.backSeen && isBackMatterHeading(heading):
		ps.backSeen, ps.backFrom, ps.backNumbered = true, len(ps.out), false
	case !ps.backSeen && isNumberedBackMatter(heading):
		ps.backSeen, ps.backFrom, ps.backNumbered = true, len(ps.out), true
	case ps.backSeen && ps.backNumbered && !isBackMatterHeading(heading) && !isNumberedBackMatter(heading):
		ps.backSeen, ps.backNumbered = false, false
	}
}

// setAsideBackMatter moves the back matter from the paragraphs to
// Briefing.BackMatter and returns the body. A text that would keep no
// body paragraph keeps them all: its "Notes" are its content.
func (ps *paragraphSplit) setAsideBackMatter() []Paragraph {
	if !ps.backSeen || ps.backFrom == 0 || ps.backFrom >= len(ps.out) {
		return ps.out
	}
	ps.b.BackMatter = append([]Paragraph(nil), ps.out[ps.backFrom:]...)
	return ps.out[:ps.backFrom]
}

// citationMarks are what a citation prints and prose never does: the
// access and archive notes of web citations ("Retrieved 3 June 2010",
// "Archived from the original on …"), book and article identifiers, and
// a copied page's footer ("This page was last edited on …"). A reference
// list copied without its heading, or a footnote left in the body, is
// known by them.
var citationMarks = []string{"Retrieved ", "Archived from the original", "ISBN", "ISSN", "doi:", "last edited on", "last modified on"}

// isCitation reports whether a paragraph is a bibliographic entry, a
// footnote or a page footer rather than the account: it opens with a
// footnote's back-link mark ("^ Harris, P. (2004) …") or holds one of
// citationMarks. Its dates are publication and access dates, no events,
// and they say nothing of the narrative's time.
func isCitation(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "^") || strings.HasPrefix(t, "↑") {
		return true
	}
	for _, m := range citationMarks {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// hatnoteOpenings are the fixed openings of an encyclopedia's hatnotes,
// the notes above an article that send a reader looking for another one
// elsewhere ("This article is about the conflict of 1922–1923. For …,
// see …"); a redirect's note says "\"Yemeni revolution\" redirects here."
// anywhere in it.
var hatnoteOpenings = []string{"This article is about ", "For other uses", "Not to be confused with ", "redirects here"}

// isHatnote reports whether a paragraph is a hatnote copied with its
// article.
func isHatnote(text string) bool {
	t := strings.TrimLeft(text, "*_ ")
	return strings.Contains(t, "redirects here.") || slices.ContainsFunc(hatnoteOpenings, func(h string) bool { return strings.HasPrefix(t, h) })
}

// withoutLeadNotes drops what a copied article's head leaves before its
// first section: hatnotes, and lines that echo the title. They tell of
// other pages or repeat what the citation shows; as passages they answer
// nothing. A briefing keeps at least one paragraph.
func withoutLeadNotes(ps []Paragraph, title string) []Paragraph {
	out := ps[:0:0]
	for i, p := range ps {
		lead := p.Section == "" && i < 8
		if lead && (isHatnote(p.Text) || strings.TrimSpace(strings.Trim(p.Text, "*_ ")) == title) {
			continue
		}
		out = append(out, p)
	}
	if len(out) == 0 {
		return ps
	}
	return out
}

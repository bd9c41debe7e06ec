// Package corpus is briefbot's domain: briefings and their paragraphs, the
// factions a briefing describes, the dated events it reports, and the date
// resolver that places those events in time.
//
// corpus knows nothing about search engines or chat platforms. It imports
// only the standard library, a YAML parser and its own language resources
// (corpus/lang), so every other package can depend on it and it on none of
// them.
package corpus

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors returned (wrapped with the culprit's file and line) by
// Load and Parse. Check them with errors.Is.
var (
	ErrNoBriefings   = errors.New("no briefings (.md, .txt or .html files) found")
	ErrTooLarge      = errors.New("file is too large")
	ErrInvalidUTF8   = errors.New("file is not valid UTF-8")
	ErrNULByte       = errors.New("file holds a NUL byte")
	ErrFrontMatter   = errors.New("bad front matter")
	ErrBadDate       = errors.New("date is not YYYY-MM-DD")
	ErrDuplicateSlug = errors.New("two briefings share a slug")
	ErrEmpty         = errors.New("briefing has no paragraphs")
	ErrNoSlug        = errors.New("briefing has no slug")
	ErrNumbering     = errors.New("paragraphs are not numbered 1, 2, 3, … in order")
)

// MaxFileSize is the largest briefing file Load accepts. Briefings are
// articles, not books; anything larger is almost certainly the wrong file.
const MaxFileSize = 4 << 20

// Briefing is one explainer document.
type Briefing struct {
	Slug  string // file name without extension; unique within a corpus
	Title string // front matter, first Markdown heading, or slug
	// ShortTitle is front matter's short_title, for citations where the
	// whole title is too long ("Crisis in Mali 101"); "" when not given.
	ShortTitle string
	Publisher  string    // may be empty
	Date       time.Time // publication date; zero when unknown
	URL        string    // may be empty
	Authors    []string

	// Paragraphs holds the body in document order; Paragraphs[i].Number == i+1.
	Paragraphs []Paragraph

	// BackMatter holds the paragraphs of an article's appendices (See
	// also, Notes, References, External links), set aside from Paragraphs:
	// they are neither searched nor extracted. Their Number is 0.
	BackMatter []Paragraph

	// Infobox holds the label/value fields of an encyclopedia infobox
	// copied or converted with the article (Date, Location, Belligerents,
	// Commanders and leaders, …). It is a summary, not prose: it yields no
	// paragraph and no event.
	Infobox []InfoField

	// Curated holds faction facts given in front matter. They add to what
	// extraction finds and never replace it.
	Curated []GroupSpec

	// read reads a paragraph's text once the corpus moved it out of
	// memory (Corpus.MoveText); nil while Paragraphs hold it.
	read func(n int) (string, error)
}

// GroupSpec is a curated faction entry from a briefing's front matter.
type GroupSpec struct {
	Name    string   `yaml:"name"`
	Acronym string   `yaml:"acronym"`
	Aliases []string `yaml:"aliases"`
}

// InfoField is one field of an infobox: its label ("Belligerents"), its
// values one per entry ("Front for the Restoration of Unity and Democracy
// (FRUD)", "Djibouti"), and the line where the label is.
type InfoField struct {
	Label  string
	Values []string
	Line   int
}

// Paragraph is one body paragraph of a briefing.
type Paragraph struct {
	Number  int    // 1-based within its briefing
	Section string // the Markdown heading above it, or ""
	// Outer holds the headings that enclose Section, outermost first
	// ("## Briefing No. 1 — Wednesday, 18 December 1996" above "###
	// Opening statement"); nil under a top-level heading. Paragraphs of
	// one section share it: it is never changed in place.
	Outer []string
	Line  int // 1-based line in the source file where it starts
	// Text is the paragraph as a reader sees it: inline markup that is not
	// the writer's words (links' targets, citation markers, HTML tags and
	// entities, wikitext quotes) is removed, non-breaking spaces are turned
	// into spaces and runs of white space folded to one space. Words,
	// punctuation and Markdown emphasis are untouched, so quoting Text
	// quotes the briefing.
	Text string
}

// Ref points at one paragraph of one briefing. It is how everything in
// briefbot is cited.
type Ref struct {
	Briefing  string `json:"briefing"` // slug
	Title     string `json:"-"`
	Paragraph int    `json:"paragraph"`
}

// Citation renders r for a reader: "Title ¶5".
func (r Ref) Citation() string {
	return fmt.Sprintf("%s ¶%d", r.Title, r.Paragraph)
}

// CiteTitle is the title a citation shows: ShortTitle when given, else
// Title.
func (b *Briefing) CiteTitle() string {
	if b.ShortTitle != "" {
		return b.ShortTitle
	}
	return b.Title
}

// Ref returns the citation reference of paragraph p of b.
func (b *Briefing) Ref(p int) Ref {
	return Ref{Briefing: b.Slug, Title: b.Title, Paragraph: p}
}

// Corpus is a loaded, validated set of briefings together with what was
// extracted from them. A Corpus is immutable once extracted (Load and New
// extract; Read leaves it to Extract or Restore), so it may then be shared
// freely between goroutines.
type Corpus struct {
	Briefings []*Briefing
	Factions  []*Faction
	Events    []Event
	// Acronyms lists every acronym definition found, faction or not.
	Acronyms []Acronym

	// Warnings lists what the loader skipped, such as an empty file, for
	// the caller to show or log: corpus itself never logs.
	Warnings []Warning

	extracted bool       // Factions, Events and Acronyms are filled
	lookup    lookupOnce // what a faction look-up reads, indexed on the first (lookup_index.go)
}

// Warning is a file the loader skipped and why, for the reader to fix.
type Warning struct {
	File string // as shown in errors: the folder joined with the path
	Slug string // the slug the file would have had
	Msg  string
}

func (w Warning) String() string { return w.File + ": " + w.Msg }

// Briefing returns the briefing with the given slug, or nil.
func (c *Corpus) Briefing(slug string) *Briefing {
	for _, b := range c.Briefings {
		if b.Slug == slug {
			return b
		}
	}
	return nil
}

// Paragraphs counts the paragraphs of every briefing.
func (c *Corpus) Paragraphs() int {
	n := 0
	for _, b := range c.Briefings {
		n += len(b.Paragraphs)
	}
	return n
}

package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// ExtractorVersion names the behaviour of the extractors (factions, acronyms,
// events, dates). It is part of every corpus digest, so a persisted
// extraction made by an older briefbot is redone rather than served. Bump it
// whenever extraction output changes; TestExtractorVersion fails when the
// output on the test briefings changes and this does not.
const ExtractorVersion = "323"

// Digest is a content hash of everything in c that can change an answer:
// every briefing's slug, title, short title, publisher, date, URL, authors, curated
// groups, sections, paragraph text and infobox, together with ExtractorVersion. Two
// corpora with the same digest give the same answers, so a reload of an
// unchanged corpus may keep what it has, and any edit (a paragraph, a title,
// a date changed only in the front matter) is seen.
func (c *Corpus) Digest() string {
	h := sha256.New()
	// Fields go through a buffer, not fmt: at 100k paragraphs formatting
	// each one took more time than hashing.
	w := bufio.NewWriterSize(h, 64<<10)
	writeField(w, "extractors="+ExtractorVersion)
	writeField(w, strconv.Itoa(len(c.Briefings)))
	for _, b := range c.Briefings {
		b.digest(w)
	}
	_ = w.Flush() // a hash never fails to write
	return hex.EncodeToString(h.Sum(nil))
}

func (b *Briefing) digest(h *bufio.Writer) {
	writeField(h, b.Slug)
	writeField(h, b.Title)
	writeField(h, b.ShortTitle)
	writeField(h, b.Publisher)
	writeField(h, b.Date.Format(time.RFC3339Nano))
	writeField(h, b.URL)
	writeList(h, b.Authors)
	writeField(h, strconv.Itoa(len(b.Curated)))
	for _, g := range b.Curated {
		writeField(h, g.Name)
		writeField(h, g.Acronym)
		writeList(h, g.Aliases)
	}
	writeField(h, strconv.Itoa(len(b.Paragraphs)))
	for _, p := range b.Paragraphs {
		writeField(h, p.Section)
		writeList(h, p.Outer)
		writeField(h, p.Text)
	}
	// The infobox's parties are faction candidates: an edit to it can
	// change the factions.
	writeField(h, strconv.Itoa(len(b.Infobox)))
	for _, f := range b.Infobox {
		writeField(h, f.Label)
		writeList(h, f.Values)
	}
}

// writeField writes s length-prefixed, so no two sequences of fields hash
// alike by shifting a boundary.
func writeField(h *bufio.Writer, s string) {
	h.WriteString(strconv.Itoa(len(s)))
	h.WriteByte(':')
	h.WriteString(s)
	h.WriteByte(';')
}

func writeList(h *bufio.Writer, l []string) {
	writeField(h, strconv.Itoa(len(l)))
	for _, s := range l {
		writeField(h, s)
	}
}

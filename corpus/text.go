package corpus

import (
	"fmt"
	"strings"
)

// ParagraphReader reads the text of paragraph n (1-based) of the i-th
// briefing of a corpus (0-based) from wherever it was moved (MoveText).
// It must be safe to call from several goroutines.
type ParagraphReader func(i, n int) (string, error)

// Text returns the text of paragraph n (1-based) of b: its Paragraph's
// Text while the corpus holds its text, else what the corpus's reader
// reads (see Corpus.MoveText). Code that may run after MoveText reads
// paragraphs through Text, never through Paragraph.Text.
func (b *Briefing) Text(n int) (string, error) {
	if n < 1 || n > len(b.Paragraphs) {
		return "", fmt.Errorf("corpus: %s has no paragraph %d", b.Slug, n)
	}
	if b.read == nil {
		return b.Paragraphs[n-1].Text, nil
	}
	return b.read(n)
}

// TextMoved reports whether c's paragraphs are read through a reader
// (MoveText) rather than held in memory.
func (c *Corpus) TextMoved() bool {
	return len(c.Briefings) > 0 && c.Briefings[0].read != nil
}

// MoveText has Briefing.Text read paragraphs with read from now on and
// empties every Paragraph.Text, so that a large corpus's text need not
// stay in memory. It first copies every string that may be a piece of a
// loaded file (titles, sections, events' and factions' sentences), so that
// nothing keeps those files' buffers alive. Call it once extraction is
// done (or restored), before sharing c: extraction and Digest read
// Paragraph.Text, and MoveText is not safe beside readers.
func (c *Corpus) MoveText(read ParagraphReader) {
	in := interner{}
	for i, b := range c.Briefings {
		b.keepOwnStrings(in)
		for j := range b.Paragraphs {
			b.Paragraphs[j].Text = ""
		}
		b.read = func(n int) (string, error) { return read(i, n) }
	}
	for i := range c.Events {
		c.Events[i].keepOwnStrings(in)
	}
	for _, f := range c.Factions {
		f.keepOwnStrings(in)
	}
}

// keepOwnStrings copies f's strings out of the paragraphs they were read
// from. (A freshly extracted faction's matcher may still hold pieces of
// them; a restored faction's strings are the stored file's.)
func (f *Faction) keepOwnStrings(in interner) {
	f.Name, f.Acronym, f.Summary = in.own(f.Name), in.own(f.Acronym), in.own(f.Summary)
	f.Defined.Briefing, f.Defined.Title = in.own(f.Defined.Briefing), in.own(f.Defined.Title)
	for _, list := range [][]string{f.Aliases, f.Epithets} {
		for i := range list {
			list[i] = in.own(list[i])
		}
	}
	for _, ms := range [][]Mention{f.Passages, f.Mentions} {
		for i := range ms {
			ms[i].Sentence = in.own(ms[i].Sentence)
			ms[i].Briefing, ms[i].Title = in.own(ms[i].Briefing), in.own(ms[i].Title)
		}
	}
	for i := range f.Events {
		f.Events[i].keepOwnStrings(in)
	}
}

// keepOwnStrings copies b's strings out of the file they were read from.
func (b *Briefing) keepOwnStrings(in interner) {
	b.Slug, b.Title, b.ShortTitle = in.own(b.Slug), in.own(b.Title), in.own(b.ShortTitle)
	b.Publisher, b.URL = in.own(b.Publisher), in.own(b.URL)
	for i := range b.Authors {
		b.Authors[i] = in.own(b.Authors[i])
	}
	for i := range b.Paragraphs {
		b.Paragraphs[i].Section = in.own(b.Paragraphs[i].Section)
		for j, h := range b.Paragraphs[i].Outer {
			b.Paragraphs[i].Outer[j] = in.own(h) // shared by the section's paragraphs: the same string again
		}
	}
	for i := range b.BackMatter {
		b.BackMatter[i].Section = in.own(b.BackMatter[i].Section)
		b.BackMatter[i].Text = in.own(b.BackMatter[i].Text)
	}
	for i := range b.Infobox {
		b.Infobox[i].Label = in.own(b.Infobox[i].Label)
		for j := range b.Infobox[i].Values {
			b.Infobox[i].Values[j] = in.own(b.Infobox[i].Values[j])
		}
	}
}

// keepOwnStrings copies e's sentence out of the paragraph it was read from.
func (e *Event) keepOwnStrings(in interner) {
	e.Text = in.own(e.Text)
	e.Ref.Briefing, e.Ref.Title = in.own(e.Ref.Briefing), in.own(e.Ref.Title)
}

// interner copies each distinct string once.
type interner map[string]string

func (in interner) own(s string) string {
	if s == "" {
		return ""
	}
	if o, ok := in[s]; ok {
		return o
	}
	o := strings.Clone(s)
	in[o] = o
	return o
}

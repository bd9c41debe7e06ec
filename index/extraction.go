package index

import (
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/corpus"
)

// storedExtraction is how a corpus's extraction is kept beside its index.
// A citation is stored as two small numbers rather than the briefing's
// slug and title, and a faction's events as positions in the corpus's
// events: factions are mentioned in many paragraphs, and the plain form
// took a hundred times the space, the time to write and read, and, once
// read back, the memory (a copy of slug and title per citation).
type storedExtraction struct {
	Factions []storedFaction
	Acronyms []corpus.Acronym
	Events   []storedEvent
}

// storedRef is a citation: briefing index plus one (0: none) and
// paragraph number.
type storedRef struct{ B, P int32 }

// storedMention is a mention: its citation and the sentence naming the
// faction.
type storedMention struct {
	R storedRef
	S storedText
}

// storedText is a sentence or paragraph of extraction. Almost every one is
// a piece of the paragraph it cites, so it is stored as where it sits there
// and read back as a slice of that paragraph's text: the corpus is in
// memory already, and a copy of each sentence (events, mentions, faction
// summaries) was a fifth of a reopened process's heap. Text that is not a
// piece of its paragraph is stored whole.
type storedText struct {
	At, N int32  // offset plus one and length in the cited paragraph; At 0: S
	S     string // the text itself, when At is 0
}

// storedFaction is a faction with its citations and events taken out
// (F holds every other field, whatever fields the type gains).
type storedFaction struct {
	F        corpus.Faction
	Defined  storedRef
	Summary  storedText // of the Defined paragraph
	Passages []storedMention
	Mentions packedMentions
	Events   []int32       // positions in storedExtraction.Events, or -1-i in Other
	Other    []storedEvent // events not among the corpus's
}

// storedEvent is an event with its citation taken out.
type storedEvent struct {
	E    corpus.Event
	Ref  storedRef
	Text storedText
}

// store converts c's extraction to its stored form.
func store(c *corpus.Corpus) storedExtraction {
	st := storer{c: c, at: make(map[string]int, len(c.Briefings)), events: make(map[eventKey]int32, len(c.Events))}
	for i, b := range c.Briefings {
		st.at[b.Slug] = i + 1
	}
	x := storedExtraction{Acronyms: c.Acronyms}
	for i, e := range c.Events {
		x.Events = append(x.Events, st.event(e))
		st.events[keyOf(e)] = int32(i)
	}
	for _, f := range c.Factions {
		x.Factions = append(x.Factions, st.faction(f))
	}
	return x
}

// storer converts one corpus's citations, texts and events to their
// stored forms: at maps a briefing's slug to its position plus one,
// events an event's key to its position among the corpus's events.
type storer struct {
	c      *corpus.Corpus
	at     map[string]int
	events map[eventKey]int32
}

func (st storer) ref(r corpus.Ref) storedRef {
	return storedRef{int32(st.at[r.Briefing]), int32(r.Paragraph)}
}

func (st storer) text(r corpus.Ref, s string) storedText { return storeText(st.c, r, s) }

func (st storer) event(e corpus.Event) storedEvent {
	r, t := st.ref(e.Ref), st.text(e.Ref, e.Text)
	e.Ref, e.Text = corpus.Ref{}, ""
	return storedEvent{e, r, t}
}

// faction is f with its citations stored and its events pointing at the
// corpus's copies where they are equal, else kept in Other.
func (st storer) faction(f *corpus.Faction) storedFaction {
	sf := storedFaction{F: *f, Defined: st.ref(f.Defined), Summary: st.text(f.Defined, f.Summary)}
	sf.F.Defined, sf.F.Summary, sf.F.Passages, sf.F.Mentions, sf.F.Events = corpus.Ref{}, "", nil, nil, nil
	sf.Passages = make([]storedMention, len(f.Passages))
	for i, m := range f.Passages {
		sf.Passages[i] = storedMention{st.ref(m.Ref), st.text(m.Ref, m.Sentence)}
	}
	sf.Mentions = packMentions(f.ListMentions(), st.ref, st.text)
	for _, e := range f.Events {
		if i, ok := st.events[keyOf(e)]; ok && equalEvents(st.c.Events[i], e) {
			sf.Events = append(sf.Events, i)
		} else {
			sf.Events = append(sf.Events, -1-int32(len(sf.Other)))
			sf.Other = append(sf.Other, st.event(e))
		}
	}
	return sf
}

// eventKey tells events apart well enough to find a faction's copy of one
// among the corpus's; equalEvents confirms.
type eventKey struct {
	ref  corpus.Ref
	text string
	date corpus.Date
}

func keyOf(e corpus.Event) eventKey { return eventKey{e.Ref, e.Text, e.Date} }

func equalEvents(a, b corpus.Event) bool {
	if keyOf(a) != keyOf(b) || len(a.Groups) != len(b.Groups) {
		return false
	}
	for i := range a.Groups {
		if a.Groups[i] != b.Groups[i] {
			return false
		}
	}
	return true
}

// load converts a stored extraction back for c, sharing c's slugs and
// titles. It fails on a citation c does not have.
func (x storedExtraction) load(c *corpus.Corpus) (corpus.Extraction, error) {
	l := &extractionLoader{c: c, fits: newParagraphLengths(c)}
	out := corpus.Extraction{Acronyms: x.Acronyms, Events: make([]corpus.Event, len(x.Events))}
	for i, e := range x.Events {
		out.Events[i] = l.event(e)
	}
	for _, sf := range x.Factions {
		out.Factions = append(out.Factions, l.faction(sf, out.Events))
	}
	if l.bad {
		return corpus.Extraction{}, fmt.Errorf("index: %w", corpus.ErrStaleExtraction)
	}
	return out, nil
}

// extractionLoader restores stored references against one corpus. A
// reference the corpus does not hold sets bad rather than failing at
// once, so load reports one stale extraction whatever its count.
type extractionLoader struct {
	c    *corpus.Corpus
	fits paragraphLengths
	bad  bool
}

// ref restores a stored paragraph reference; B 0 is no reference.
func (l *extractionLoader) ref(r storedRef) corpus.Ref {
	if r.B == 0 {
		return corpus.Ref{}
	}
	if r.B < 0 || int(r.B) > len(l.c.Briefings) {
		l.bad = true
		return corpus.Ref{}
	}
	return l.c.Briefings[r.B-1].Ref(int(r.P))
}

// text restores a stored sentence from its paragraph's text.
func (l *extractionLoader) text(r storedRef, t storedText) string {
	s, ok := loadText(l.c, r, t)
	l.bad = l.bad || !ok
	return s
}

// event restores one event with its reference and sentence.
func (l *extractionLoader) event(e storedEvent) corpus.Event {
	ev := e.E
	ev.Ref, ev.Text, ev.Groups = l.ref(e.Ref), l.text(e.Ref, e.Text), nonNil(ev.Groups)
	return ev
}

// faction restores one faction; its events are indexes into events, the
// corpus's timeline, or (negative) into its own Other events.
func (l *extractionLoader) faction(sf storedFaction, events []corpus.Event) *corpus.Faction {
	f := new(corpus.Faction)
	*f = sf.F
	f.Aliases, f.Defined, f.Summary = nonNil(f.Aliases), l.ref(sf.Defined), l.text(sf.Defined, sf.Summary)
	f.Passages = make([]corpus.Mention, len(sf.Passages))
	for i, m := range sf.Passages {
		f.Passages[i] = corpus.Mention{Ref: l.ref(m.R), Sentence: l.text(m.R, m.S)}
	}
	l.bad = l.bad || !restoreMentions(l.c, l.fits, f, sf.Mentions)
	if len(sf.Events) > 0 { // none: nil, as linking events leaves it
		f.Events = make([]corpus.Event, 0, len(sf.Events))
	}
	for _, i := range sf.Events {
		switch {
		case i >= 0 && int(i) < len(events):
			f.Events = append(f.Events, events[i])
		case i < 0 && int(-1-i) < len(sf.Other):
			f.Events = append(f.Events, l.event(sf.Other[-1-i]))
		default:
			l.bad = true
		}
	}
	return f
}

// nonNil keeps an empty list empty rather than nil, as extraction leaves
// it (gob does not tell them apart).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// storeText stores s, said in paragraph r of c, as its place there when it
// is a piece of that paragraph.
func storeText(c *corpus.Corpus, r corpus.Ref, s string) storedText {
	b := c.Briefing(r.Briefing)
	if s == "" || b == nil || r.Paragraph < 1 || r.Paragraph > len(b.Paragraphs) {
		return storedText{S: s}
	}
	i := strings.Index(b.Paragraphs[r.Paragraph-1].Text, s)
	if i < 0 {
		return storedText{S: s}
	}
	return storedText{At: int32(i) + 1, N: int32(len(s))}
}

// loadText is the text t stands for, sliced from paragraph r of c when it
// was stored as a place there. ok is false when that place is not in c.
func loadText(c *corpus.Corpus, r storedRef, t storedText) (s string, ok bool) {
	if t.At == 0 {
		return t.S, true
	}
	if r.B < 1 || int(r.B) > len(c.Briefings) {
		return "", false
	}
	text, err := c.Briefings[r.B-1].Text(int(r.P))
	if err != nil {
		return "", false
	}
	start, end := int(t.At)-1, int(t.At)-1+int(t.N)
	if t.N < 0 || end > len(text) {
		return "", false
	}
	return text[start:end], true
}

// restoreMentions gives f the mentions packed in p, built only when read
// (corpus.Faction.RestoreMentions): a search never reads them. It checks
// every citation and sentence against c's paragraph lengths now, so that
// building them cannot fail, and reports whether all fit.
func restoreMentions(c *corpus.Corpus, lens paragraphLengths, f *corpus.Faction, p packedMentions) bool {
	ok := true
	err := p.each(func(r storedRef, t storedText) { ok = ok && lens.fit(r, t) })
	if err != nil || !ok {
		return false
	}
	f.RestoreMentions(int(p.N), func() []corpus.Mention {
		out := make([]corpus.Mention, 0, p.N)
		_ = p.each(func(r storedRef, t storedText) { // checked above
			ref, _ := loadRef(c, r)
			s, _ := loadText(c, r, t)
			out = append(out, corpus.Mention{Ref: ref, Sentence: s})
		})
		return out
	})
	return true
}

// paragraphLengths holds, per briefing of a corpus, the length of each
// paragraph's text: checking close to a million stored mentions against
// it is a lookup in a small table rather than a walk to each paragraph.
type paragraphLengths [][]int32

func newParagraphLengths(c *corpus.Corpus) paragraphLengths {
	lens := make(paragraphLengths, len(c.Briefings))
	for i, b := range c.Briefings {
		lens[i] = make([]int32, len(b.Paragraphs))
		for j, p := range b.Paragraphs {
			lens[i][j] = int32(min(len(p.Text), 1<<31-1))
		}
	}
	return lens
}

// fit reports whether loadRef and loadText accept r and t: r is none or a
// paragraph, and t is whole or a place inside that paragraph.
func (lens paragraphLengths) fit(r storedRef, t storedText) bool {
	if r.B == 0 {
		return t.At == 0
	}
	if r.B < 0 || int(r.B) > len(lens) || r.P < 1 || int(r.P) > len(lens[r.B-1]) {
		return false
	}
	return t.At == 0 || t.N >= 0 && int64(t.At)-1+int64(t.N) <= int64(lens[r.B-1][r.P-1])
}

// loadRef is the citation r stands for in c; ok is false when c has no
// such paragraph. The zero storedRef is the zero Ref, as stored.
func loadRef(c *corpus.Corpus, r storedRef) (ref corpus.Ref, ok bool) {
	if r.B == 0 {
		return corpus.Ref{}, true
	}
	if r.B < 0 || int(r.B) > len(c.Briefings) {
		return corpus.Ref{}, false
	}
	b := c.Briefings[r.B-1]
	if r.P < 1 || int(r.P) > len(b.Paragraphs) {
		return corpus.Ref{}, false
	}
	return b.Ref(int(r.P)), true
}

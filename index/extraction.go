package index

import (
	"fmt"

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
	S string
}

// storedFaction is a faction with its citations and events taken out
// (F holds every other field, whatever fields the type gains).
type storedFaction struct {
	F        corpus.Faction
	Defined  storedRef
	Mentions []storedMention
	Events   []int32       // positions in storedExtraction.Events, or -1-i in Other
	Other    []storedEvent // events not among the corpus's
}

// storedEvent is an event with its citation taken out.
type storedEvent struct {
	E   corpus.Event
	Ref storedRef
}

// store converts c's extraction to its stored form.
func store(c *corpus.Corpus) storedExtraction {
	at := make(map[string]int, len(c.Briefings))
	for i, b := range c.Briefings {
		at[b.Slug] = i + 1
	}
	ref := func(r corpus.Ref) storedRef { return storedRef{int32(at[r.Briefing]), int32(r.Paragraph)} }
	event := func(e corpus.Event) storedEvent {
		r := ref(e.Ref)
		e.Ref = corpus.Ref{}
		return storedEvent{e, r}
	}
	x := storedExtraction{Acronyms: c.Acronyms}
	index := make(map[eventKey]int32, len(c.Events))
	for i, e := range c.Events {
		x.Events = append(x.Events, event(e))
		index[keyOf(e)] = int32(i)
	}
	for _, f := range c.Factions {
		sf := storedFaction{F: *f, Defined: ref(f.Defined)}
		sf.F.Defined, sf.F.Mentions, sf.F.Events = corpus.Ref{}, nil, nil
		sf.Mentions = make([]storedMention, len(f.Mentions))
		for i, m := range f.Mentions {
			sf.Mentions[i] = storedMention{ref(m.Ref), m.Sentence}
		}
		for _, e := range f.Events {
			if i, ok := index[keyOf(e)]; ok && equalEvents(c.Events[i], e) {
				sf.Events = append(sf.Events, i)
			} else {
				sf.Events = append(sf.Events, -1-int32(len(sf.Other)))
				sf.Other = append(sf.Other, event(e))
			}
		}
		x.Factions = append(x.Factions, sf)
	}
	return x
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
	bad := false
	ref := func(r storedRef) corpus.Ref {
		if r.B == 0 {
			return corpus.Ref{}
		}
		if r.B < 0 || int(r.B) > len(c.Briefings) {
			bad = true
			return corpus.Ref{}
		}
		return c.Briefings[r.B-1].Ref(int(r.P))
	}
	event := func(e storedEvent) corpus.Event {
		ev := e.E
		ev.Ref, ev.Groups = ref(e.Ref), nonNil(ev.Groups)
		return ev
	}
	out := corpus.Extraction{Acronyms: x.Acronyms, Events: make([]corpus.Event, len(x.Events))}
	for i, e := range x.Events {
		out.Events[i] = event(e)
	}
	for _, sf := range x.Factions {
		f := new(corpus.Faction)
		*f = sf.F
		f.Aliases, f.Defined = nonNil(f.Aliases), ref(sf.Defined)
		f.Mentions = make([]corpus.Mention, len(sf.Mentions))
		for i, m := range sf.Mentions {
			f.Mentions[i] = corpus.Mention{Ref: ref(m.R), Sentence: m.S}
		}
		for _, i := range sf.Events { // none: nil, as linking events leaves it
			switch {
			case i >= 0 && int(i) < len(out.Events):
				f.Events = append(f.Events, out.Events[i])
			case i < 0 && int(-1-i) < len(sf.Other):
				f.Events = append(f.Events, event(sf.Other[-1-i]))
			default:
				bad = true
			}
		}
		out.Factions = append(out.Factions, f)
	}
	if bad {
		return corpus.Extraction{}, fmt.Errorf("index: %w", corpus.ErrStaleExtraction)
	}
	return out, nil
}

// nonNil keeps an empty list empty rather than nil, as extraction leaves
// it (gob does not tell them apart).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

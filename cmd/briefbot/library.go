package main

import (
	"context"
	"errors"
	"sync/atomic"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

// errNotReady means the corpus and index are still loading.
var errNotReady = errors.New("the briefings are still loading")

// library is what the bot serves from: the current corpus and its index,
// held behind an atomic pointer so that a reload can swap both at once
// while interactions are being answered. It implements the bot package's
// Searcher, Factions, Timeline and Briefings interfaces by delegating.
type library struct {
	cur atomic.Pointer[shelf]
}

// shelf is one consistent corpus and the index built from it.
type shelf struct {
	corpus *corpus.Corpus
	index  *index.Index
}

// Swap makes ix (and its corpus) current and returns the index it
// replaced, which the caller closes once in-flight searches are done.
func (l *library) Swap(ix *index.Index) *index.Index {
	old := l.cur.Swap(&shelf{corpus: ix.Corpus(), index: ix})
	if old == nil {
		return nil
	}
	return old.index
}

// Ready reports whether an index is loaded.
func (l *library) Ready() bool { return l.cur.Load() != nil }

// Close releases the current index.
func (l *library) Close() error {
	if s := l.cur.Swap(nil); s != nil {
		return s.index.Close()
	}
	return nil
}

func (l *library) Search(ctx context.Context, q string, k, offset int) (corpus.Results, error) {
	s := l.cur.Load()
	if s == nil {
		return corpus.Results{Question: q}, errNotReady
	}
	return s.index.Search(ctx, q, k, offset)
}

func (l *library) LookupFaction(q string) (*corpus.Faction, []*corpus.Faction, error) {
	s := l.cur.Load()
	if s == nil {
		return nil, nil, errNotReady
	}
	return s.corpus.LookupFaction(q)
}

func (l *library) SuggestFactions(prefix string, limit int) []*corpus.Faction {
	s := l.cur.Load()
	if s == nil {
		return nil
	}
	return s.corpus.SuggestFactions(prefix, limit)
}

func (l *library) Timeline(q corpus.TimelineQuery) corpus.TimelinePage {
	s := l.cur.Load()
	if s == nil {
		return corpus.TimelinePage{}
	}
	return s.corpus.Timeline(q)
}

func (l *library) ParseDate(v string) (corpus.Date, error) { return corpus.ParseDate(v) }

func (l *library) Briefings() []*corpus.Briefing {
	s := l.cur.Load()
	if s == nil {
		return nil
	}
	return s.corpus.Briefings
}

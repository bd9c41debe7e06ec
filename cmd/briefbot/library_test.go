package main

import (
	"context"
	"errors"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

// The library must satisfy every interface the bot depends on.
var (
	_ bot.Searcher  = (*library)(nil)
	_ bot.Factions  = (*library)(nil)
	_ bot.Timeline  = (*library)(nil)
	_ bot.Briefings = (*library)(nil)
)

func TestLibrary(t *testing.T) {
	var lib library
	if lib.Ready() {
		t.Fatal("ready before an index was stored")
	}
	if _, err := lib.Search(context.Background(), "MNLA", 3, 0); !errors.Is(err, errNotReady) {
		t.Errorf("Search before ready: %v", err)
	}
	if lib.Briefings() != nil || lib.SuggestFactions("", 5) != nil || len(lib.Timeline(corpus.TimelineQuery{}).Events) != 0 {
		t.Error("empty library returned data")
	}
	if _, _, err := lib.LookupFaction("MNLA"); !errors.Is(err, errNotReady) {
		t.Errorf("LookupFaction before ready: %v", err)
	}
	c, err := corpus.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if old := lib.Swap(ix); old != nil {
		t.Error("first Swap returned an old index")
	}
	defer lib.Close()
	if !lib.Ready() {
		t.Fatal("not ready after Swap")
	}
	res, err := lib.Search(context.Background(), "Tuareg rebellion", 3, 0)
	if err != nil || len(res.Passages) == 0 {
		t.Errorf("Search: %v, %d passages", err, len(res.Passages))
	}
	if len(lib.Briefings()) != len(c.Briefings) {
		t.Errorf("Briefings: %d", len(lib.Briefings()))
	}
	ix2, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if old := lib.Swap(ix2); old != ix {
		t.Error("Swap did not return the replaced index")
	} else {
		old.Close()
	}
}

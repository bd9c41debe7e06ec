package gen

import (
	"slices"
	"testing"
)

// TestDerivesFromVerb: a noun's derivation pointer counts from the
// noun's own word to a common verb only.
func TestDerivesFromVerb(t *testing.T) {
	synsets := map[string]*synset{
		"1v": {key: "1v", words: []string{"parley"}},
		"2v": {key: "2v", words: []string{"haggle"}},
		"3n": {key: "3n", words: []string{"haggling"}},
	}
	common := map[string]bool{"parley": true, "haggling": true}
	for _, tt := range []struct {
		name string
		ptr  pointer
		word string
		want bool
	}{
		{"to a common verb", pointer{symbol: "+", target: "1v", src: 1, dst: 1}, "parleyer", true},
		{"from another word of the synset", pointer{symbol: "+", target: "1v", src: 2, dst: 1}, "parleyer", false},
		{"to a rare verb", pointer{symbol: "+", target: "2v", src: 1, dst: 1}, "parleyer", false},
		{"to a noun", pointer{symbol: "+", target: "3n", src: 1, dst: 1}, "parleyer", false},
		{"by another relation", pointer{symbol: "@", target: "1v", src: 1, dst: 1}, "parleyer", false},
		{"to no word", pointer{symbol: "+", target: "1v", src: 1, dst: 2}, "parleyer", false},
	} {
		ss := &synset{key: "9n", words: []string{"parleyer", "talker"}, ptrs: []pointer{tt.ptr}}
		if got := derivesFromVerb(ss, tt.word, synsets, common); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAgentLinks: only pairs with an agent noun are kept, both ways;
// pairs of common words stay in the derivation table alone, and an agent
// noun's link to a rare word is left out.
func TestAgentLinks(t *testing.T) {
	derived := map[string][]string{
		"parley": {"parleyer", "parleying"}, "parleyer": {"parley", "parleyese"},
		"parleying": {"parley"}, "parleyese": {"parleyer"},
	}
	agents := map[string]bool{"parleyer": true}
	common := map[string]bool{"parley": true, "parleying": true}
	got := agentLinks(derived, agents, common)
	want := map[string][]string{"parley": {"parleyer"}, "parleyer": {"parley"}}
	if len(got) != len(want) || !slices.Equal(got["parley"], want["parley"]) || !slices.Equal(got["parleyer"], want["parleyer"]) {
		t.Errorf("agentLinks = %v, want %v", got, want)
	}
}

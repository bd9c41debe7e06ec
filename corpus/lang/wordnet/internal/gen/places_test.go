package gen

import (
	"slices"
	"testing"
)

// TestPlaceAdjectives: a proper adjective's pertainym to a place's name
// in noun.location is kept, rare or not; a common adjective's (urban,
// city), a pertainym to a noun of another file, a derivation and a
// pointer from the whole synset are not.
func TestPlaceAdjectives(t *testing.T) {
	synsets := map[string]*synset{
		"1n": {key: "1n", lex: nounLocation, words: []string{"peru"}, raw: []string{"Peru"}},
		"2n": {key: "2n", lex: nounLocation, words: []string{"city"}, raw: []string{"city"}},
		"3n": {key: "3n", lex: nounPerson, words: []string{"peruvian"}, raw: []string{"Peruvian"}},
	}
	for _, tt := range []struct {
		name string
		adj  string
		ptr  pointer
		want []string
	}{
		{"proper adjective to a place", "Peruvian", pointer{symbol: `\`, target: "1n", src: 1, dst: 1}, []string{"peru"}},
		{"common adjective to a kind of place", "urban", pointer{symbol: `\`, target: "2n", src: 1, dst: 1}, nil},
		{"to a person's noun", "Peruvian", pointer{symbol: `\`, target: "3n", src: 1, dst: 1}, nil},
		{"a derivation", "Peruvian", pointer{symbol: "+", target: "1n", src: 1, dst: 1}, nil},
		{"from the whole synset", "Peruvian", pointer{symbol: `\`, target: "1n", src: 0, dst: 0}, nil},
	} {
		adj := &synset{key: "9a", words: []string{word(tt.adj)}, raw: []string{tt.adj}, ptrs: []pointer{tt.ptr}}
		synsets["9a"] = adj
		if got := placeAdjectives(synsets)[word(tt.adj)]; !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

package gen

import (
	"path/filepath"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

// personRoot is WordNet 3.0's person.n.01: the one who does something
// (negotiator, mediator, protester) is a kind of it.
const personRoot = "00007846n"

// agentNouns returns the nouns naming, in their most frequent sense, a
// person who does what a common verb says, by WordNet's derivation
// pointers from that sense to the verb: negotiator (negotiate), mediator
// (mediate), protester (protest). WordNet's sense-tagged corpora count
// few of them, so the common vocabulary (taggedWords) leaves them out of
// the derivation table; a question asks "who negotiated" of a text
// naming "the chief negotiator", or the other way round.
func agentNouns(dict string, synsets map[string]*synset, common map[string]bool) (map[string]bool, error) {
	people, err := nounsBelow(dict, synsets, []string{personRoot}, 1)
	if err != nil {
		return nil, err
	}
	isPerson := map[string]bool{}
	for _, p := range people {
		isPerson[p] = true
	}
	out := map[string]bool{}
	err = wnfile.EachIndexEntry(filepath.Join(dict, "index.noun"), func(e wnfile.IndexEntry) error {
		w := word(e.Lemma)
		if !isPerson[w] || common[w] || len(e.Offsets) == 0 {
			return nil
		}
		if ss := synsets[e.Offsets[0]+"n"]; ss != nil && derivesFromVerb(ss, w, synsets, common) {
			out[w] = true
		}
		return nil
	})
	return out, err
}

// derivesFromVerb reports whether word w of ss has a derivation pointer
// to a common verb.
func derivesFromVerb(ss *synset, w string, synsets map[string]*synset, common map[string]bool) bool {
	for _, p := range ss.ptrs {
		t := synsets[p.target]
		if p.symbol != "+" || t == nil || !strings.HasSuffix(p.target, "v") || !inRange(p.src, ss) || !inRange(p.dst, t) {
			continue
		}
		if ss.words[p.src-1] == w && common[t.words[p.dst-1]] {
			return true
		}
	}
	return false
}

// inRange reports whether n numbers a word of ss (from 1).
func inRange(n int, ss *synset) bool { return n >= 1 && n <= len(ss.words) }

// agentLinks returns the derivations (derived) that pair an agent noun
// with a common word or another agent noun, and that the derivation
// table, kept to common words, leaves out.
func agentLinks(derived map[string][]string, agents, common map[string]bool) map[string][]string {
	out := map[string][]string{}
	for k, vs := range derived {
		for _, v := range vs {
			if agents[k] && (common[v] || agents[v]) || agents[v] && common[k] {
				out[k] = append(out[k], v)
			}
		}
	}
	return out
}

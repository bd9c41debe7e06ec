package gen

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

// link is one table of word links drawn from one kind of WordNet
// relation, written under its own tag so that the ranker can weigh each
// kind on its own.
type link struct {
	tag, doc string
	table    map[string][]string
}

// linkTables builds the link tables: verb cause (kill → die) and words
// whose gloss defines them by another word (fall "be captured", troops
// "soldiers collectively"). Entailment (win → compete) and member
// holonyms and meronyms (army, corps) were tried the same way and left out: the
// fitted ranker gave them no weight on the development questions. So
// were, on 42 briefings, verb groups ("$") and verbs one step broader or
// narrower ("@" of verbs, first senses both ends: oust, depose; flee,
// escape): fitted weights 4 and 0.3 gained 0.003 Hit@1 on the questions
// fitted and nothing held out by briefing (0.719 pooled either way), and
// the words of every hypernym and hyponym (Kin, as a link) lost 0.004
// held out, briefings alone, on 36. On 94, a one-way link from a noun's
// first sense to the common nouns up to four hyponym levels below it
// (at most 60: weapon → rifle, vehicle → truck), each also first in its
// own word, gained nothing held out by briefing (ten folds: pooled Hit@1
// 0.684 and MRR 0.766 either way, +0.0001 ± 0.0008 reciprocal rank),
// neither as a feature of its own nor added to the counted thing's focus.
func linkTables(dict string, synsets map[string]*synset, senses int) ([]link, error) {
	first, err := firstSenses(dict, senses)
	if err != nil {
		return nil, err
	}
	cause, err := synonyms(dict, synsets, senses, pointedBoth(synsets, first, ">"))
	if err != nil {
		return nil, err
	}
	gloss, err := glossLinks(dict, synsets)
	if err != nil {
		return nil, err
	}
	return []link{
		{tag: "c", doc: "verbs one causes the other, either way (kill, die), most frequent senses", table: cause},
		{tag: "g", doc: "words a sense's gloss defines by another, either way (fall: \"be captured\"; troops: \"soldiers collectively\"), any sense", table: gloss},
	}, nil
}

// pointedBoth returns, for a sense, the words of the senses it points to
// by one of symbols and of those pointing to it so: a question may use
// either end ("how many died" of a text saying "were killed"). Only words
// whose own most frequent sense is the one pointed at are kept (first):
// kill causes die, not "go" or "pass", which name that sense rarely.
func pointedBoth(synsets map[string]*synset, first map[string]bool, symbols ...string) func(*synset) []string {
	is := func(s string) bool {
		for _, sym := range symbols {
			if s == sym {
				return true
			}
		}
		return false
	}
	back := map[*synset][]*synset{}
	for _, ss := range synsets {
		for _, p := range ss.ptrs {
			if t := synsets[p.target]; t != nil && is(p.symbol) {
				back[t] = append(back[t], ss)
			}
		}
	}
	dominant := func(t *synset) []string {
		var out []string
		for _, w := range t.words {
			if first[w+" "+t.key] {
				out = append(out, w)
			}
		}
		return out
	}
	return func(ss *synset) []string {
		var out []string
		for _, p := range ss.ptrs {
			if t := synsets[p.target]; t != nil && is(p.symbol) {
				out = append(out, dominant(t)...)
			}
		}
		for _, s := range back[ss] {
			out = append(out, dominant(s)...)
		}
		return out
	}
}

// firstSenses holds "word key" for each word's senses most frequent
// senses (index files list them in order of frequency).
func firstSenses(dict string, senses int) (map[string]bool, error) {
	out := map[string]bool{}
	for _, p := range posNames {
		err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+p.file), func(e wnfile.IndexEntry) error {
			w := word(e.Lemma)
			if w == "" {
				return nil
			}
			for _, off := range e.Offsets[:min(senses, len(e.Offsets))] {
				out[w+" "+off+p.pos] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Gloss forms that define a sense by another word: a verb by a passive
// ("be captured", "be killed or die"), a noun by a plural taken together
// ("soldiers collectively").
var (
	passiveGloss    = regexp.MustCompile(`^be ([a-z]+)(?: or ([a-z]+))?\b`)
	collectiveGloss = regexp.MustCompile(`^([a-z]+) collectively\b`)
)

// glossLinks links the words of every sense whose gloss has one of the
// forms above to the word the gloss uses, in its base form, both ways.
// Every sense counts, not only the most frequent: the forms are narrow
// enough ("fall" as "be captured" is its ninth sense).
func glossLinks(dict string, synsets map[string]*synset) (map[string][]string, error) {
	bases, err := baseForms(dict)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for key, ss := range synsets {
		var defined []string
		switch pos := key[len(key)-1]; {
		case pos == 'v':
			if m := passiveGloss.FindStringSubmatch(ss.gloss); m != nil {
				defined = []string{bases.of(m[1], "v"), bases.of(m[2], "v")}
			}
		case pos == 'n':
			if m := collectiveGloss.FindStringSubmatch(ss.gloss); m != nil {
				defined = []string{bases.of(m[1], "n")}
			}
		}
		for _, d := range defined {
			for _, w := range ss.words {
				if d == "" || w == "" || w == d {
					continue
				}
				out[w] = append(out[w], d)
				out[d] = append(out[d], w)
			}
		}
	}
	return out, nil
}

// lemmata knows each part of speech's lemmas and irregular forms, to
// find the base form of a word a gloss inflects.
type lemmata struct {
	known map[string]bool   // "capture v"
	exc   map[string]string // "stricken v" → strike
}

// morphyRules are WordNet's suffix rules for nouns and verbs.
var morphyRules = map[string][][2]string{
	"n": {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	"v": {{"ed", "e"}, {"ed", ""}, {"en", "e"}, {"en", ""}, {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ing", "e"}, {"ing", ""}},
}

// of returns the base form of w as part of speech pos, or "" when none
// is a WordNet lemma. A doubled final consonant is undone ("committed").
func (l lemmata) of(w, pos string) string {
	if w == "" {
		return ""
	}
	if b, ok := l.exc[w+" "+pos]; ok {
		return b
	}
	for _, r := range morphyRules[pos] {
		stem, ok := strings.CutSuffix(w, r[0])
		if !ok || stem == "" {
			continue
		}
		if l.known[stem+r[1]+" "+pos] {
			return stem + r[1]
		}
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && l.known[stem[:n-1]+" "+pos] {
			return stem[:n-1]
		}
	}
	if l.known[w+" "+pos] && pos == "n" {
		return w // a plural WordNet lists as its own lemma ("troops")
	}
	return ""
}

func baseForms(dict string) (lemmata, error) {
	l := lemmata{known: map[string]bool{}, exc: map[string]string{}}
	for _, p := range posNames[:2] {
		if err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+p.file), func(e wnfile.IndexEntry) error {
			l.known[e.Lemma+" "+p.pos] = true
			return nil
		}); err != nil {
			return l, err
		}
		exc, err := wnfile.Exceptions(filepath.Join(dict, p.file+".exc"))
		if err != nil {
			return l, err
		}
		for _, e := range exc {
			if len(e.Bases) > 0 {
				l.exc[e.Form+" "+p.pos] = e.Bases[0]
			}
		}
	}
	return l, nil
}

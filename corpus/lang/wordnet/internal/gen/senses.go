package gen

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

// senseKey names one sense of a lemma in the sense-tagged counts: the
// lemma, its part of speech and its sense number in the index file.
type senseKey struct {
	lemma, pos string
	n          int
}

// ssTypes maps a sense key's synset type to the part of speech of the
// index files (satellites are adjectives).
var ssTypes = map[string]string{"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}

// tagCounts reads cntlist.rev: how often each sense of each lemma was
// tagged in WordNet's sense-tagged corpora.
func tagCounts(dict string) (map[senseKey]int, error) {
	out := map[senseKey]int{}
	err := wnfile.EachLine(filepath.Join(dict, "cntlist.rev"), func(fs []string) error {
		if len(fs) < 3 {
			return nil
		}
		lemma, rest, ok := strings.Cut(fs[0], "%")
		n, err1 := strconv.Atoi(fs[1])
		c, err2 := strconv.Atoi(fs[2])
		if !ok || err1 != nil || err2 != nil || rest == "" {
			return nil
		}
		out[senseKey{strings.ToLower(lemma), ssTypes[rest[:1]], n}] += c
		return nil
	})
	return out, err
}

// senseShares lists, for each word, the synonyms of every sense the
// tagged corpora saw, each as "SYNONYM/PCT": the largest share, in
// percent of all the word's tagged senses (every part of speech), of a
// sense it shares with the word. The first sense of each part of speech
// is the s table's already; a rare sense's synonym ("country" for state)
// weighs little, a common second sense's ("quit" for resign) more.
func senseShares(dict string, synsets map[string]*synset) (map[string][]string, error) {
	counts, err := tagCounts(dict)
	if err != nil {
		return nil, err
	}
	totals := map[string]int{}
	for k, c := range counts {
		totals[k.lemma] += c
	}
	best := map[string]map[string]int{}
	for _, p := range posNames {
		err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+p.file), func(e wnfile.IndexEntry) error {
			w := word(e.Lemma)
			if w == "" || totals[e.Lemma] == 0 {
				return nil
			}
			for i, off := range e.Offsets {
				c := counts[senseKey{e.Lemma, p.pos, i + 1}]
				ss := synsets[off+p.pos]
				if c == 0 || ss == nil {
					continue
				}
				pct := (100*c + totals[e.Lemma]/2) / totals[e.Lemma]
				for _, s := range ss.words {
					if s != "" && s != w && pct > 0 {
						if best[w] == nil {
							best[w] = map[string]int{}
						}
						best[w][s] = max(best[w][s], pct)
					}
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	out := map[string][]string{}
	for w, m := range best {
		for s, pct := range m {
			out[w] = append(out[w], fmt.Sprintf("%s/%d", s, pct))
		}
	}
	return out, nil
}

// writeShares writes the "o" table: one line per common word, its
// common synonyms with their shares, sorted.
func writeShares(w io.Writer, t map[string][]string, keep map[string]bool) {
	keys := make([]string, 0, len(t))
	for k := range t {
		if keep[k] {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		vs := slices.DeleteFunc(slices.Sorted(slices.Values(t[k])), func(v string) bool {
			s, _, _ := strings.Cut(v, "/")
			return !keep[s]
		})
		if len(vs) > 0 {
			fmt.Fprintln(w, "o", k, strings.Join(vs, " "))
		}
	}
}

// derivedSynonyms lists, for each word, the synonyms of the most
// frequent senses of its derived forms (mediate → mediator →
// go-between, intermediary), agent nouns the common vocabulary leaves
// out among them: a question's verb told by the noun's synonym.
func derivedSynonyms(derived, syn map[string][]string, common map[string]bool) map[string][]string {
	out := map[string][]string{}
	for w, rs := range derived {
		if !common[w] {
			continue
		}
		for _, r := range rs {
			out[w] = append(out[w], syn[r]...)
		}
	}
	return out
}

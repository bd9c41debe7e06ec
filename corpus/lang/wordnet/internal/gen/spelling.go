package gen

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

// spellingPatterns are the regular differences between British and
// American spelling, British first: authorise/authorize,
// organisation/organization, labour/labor, centre/center,
// defence/defense, catalogue/catalog, programme/program,
// manoeuvre/maneuver, palaeo/paleo.
var spellingPatterns = [][2]string{
	{"ise", "ize"}, {"isa", "iza"}, {"yse", "yze"}, {"our", "or"}, {"tre", "ter"},
	{"ence", "ense"}, {"ogue", "og"}, {"mme", "m"}, {"ae", "e"}, {"oe", "e"},
}

// spellings pairs each British spelling WordNet lists with its American
// one: two one-word lemmas of one part of speech that differ by one of
// spellingPatterns, every sense of the British one a sense of the
// American one (authorise and authorize are in the same two synsets;
// centre's nine senses are among center's eighteen). Only such pairs are
// variants of one word: "tour" is no "tor".
func spellings(dict string) (map[string][]string, error) {
	out := map[string][]string{}
	for _, p := range posNames {
		senses := map[string][]string{}
		err := wnfile.EachIndexEntry(filepath.Join(dict, "index."+p.file), func(e wnfile.IndexEntry) error {
			if w := word(e.Lemma); w != "" {
				senses[w] = e.Offsets
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for w, ss := range senses {
			for _, v := range spellingVariants(w) {
				if vs := senses[v]; vs != nil && allIn(ss, vs) {
					out[w] = append(out[w], v)
				}
			}
		}
	}
	return out, nil
}

// allIn reports whether every one of a is in b.
func allIn(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// spellingVariants are the American spellings a British pattern in w
// would give, one substitution at a time.
func spellingVariants(w string) []string {
	var out []string
	for _, p := range spellingPatterns {
		for i := 0; i+len(p[0]) <= len(w); i++ {
			if strings.HasPrefix(w[i:], p[0]) {
				out = append(out, w[:i]+p[1]+w[i+len(p[0]):])
			}
		}
	}
	return out
}

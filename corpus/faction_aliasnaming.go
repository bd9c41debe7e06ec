package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleAliasNaming reads an alias given with any verb of naming in the
// passive after a name's comma, as "called" is read: "the Royal Guard,
// popularly dubbed the Tigers", "the Mobile Brigade, nicknamed the
// Ghosts", "the Council, later styled the Directory". The verbs are
// WordNet's (wordnet.Naming: name.v.01, "assign a specified proper name
// to", and its kinds), not a list of the markers seen.
const ruleAliasNaming = "alias-naming"

// maxNamingAdverbs bounds the adverbs between the comma and the verb of
// naming ("popularly dubbed", "soon afterwards renamed").
const maxNamingAdverbs = 2

// namingMarkers writes "X, <adverbs> dubbed Y" and the like as "X,
// called Y", for the alias markers to read: the comma, at most
// maxNamingAdverbs adverbs, a past participle of a verb of naming
// ("dubbed", "nicknamed", "styled", "termed", "renamed"; "called" itself
// is read already), then adverbs or "as" before the alias.
func namingMarkers(text string) string {
	lex := wordnet.Load()
	for from := 0; ; {
		i := strings.Index(text[from:], ", ")
		if i < 0 {
			return text
		}
		at := from + i + 2
		from = at
		verb, rest, ok := strings.Cut(pastNamingAdverbs(text[at:]), " ")
		if !ok || verb == "called" || !strings.HasSuffix(verb, "ed") || !lex.In(wordnet.Naming, verb) {
			continue
		}
		if alias := strings.TrimPrefix(pastNamingAdverbs(rest), "as "); opensName(alias) {
			text = text[:at] + "called " + alias
		}
	}
}

// opensName reports whether s opens as a name given does: a capital, a
// quotation mark or emphasis, or "the" ("named after the founder",
// "named on Tuesday" and "named minister" give none).
func opensName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || strings.ContainsRune("\"“'‘*_<", r) || strings.HasPrefix(s, "the ")
}

// pastNamingAdverbs returns s past at most maxNamingAdverbs adverbs of
// manner or time that open it.
func pastNamingAdverbs(s string) string {
	for k := 0; k < maxNamingAdverbs; k++ {
		adv, rest, ok := strings.Cut(s, " ")
		if !ok || !mannerAdverb(adv) && !timeAdverbs[adv] {
			return s
		}
		s = rest
	}
	return s
}

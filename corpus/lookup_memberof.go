package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// matchMemberOf rates a body a query names by its nation and its
// members' plural noun, the singular a word of the body's name: "greek
// communists" for the "Communist Party of Greece". It ranks above the
// members reading that keeps the nation's word alone (matchRest), which
// any body the nation's adjective opens meets ("Greek Military Police").
const matchMemberOf = 66

// memberOfScore rates f by the query read as a nation's words and a
// plural noun for members (see memberNoun): matchMemberOf when f's name
// holds the noun's singular as its members' word and f's name names the
// query's nations or the text ties f to them (tied), else 0.
func (rq readQuery) memberOfScore(f *Faction) int {
	singular := rq.memberNoun()
	if singular == "" || !nameHoldsWord(f, singular) || !rq.tied(f) && !namesNations(f.Name, rq.nations, rq.lex) {
		return 0
	}
	return matchMemberOf
}

// namesNations reports whether name holds, for each of nations, a word
// naming it (namesNation: "Thailand" for "thai").
func namesNations(name string, nations []string, lex *wordnet.Lexicon) bool {
	words := strings.Fields(normalize(name))
	for _, n := range nations {
		if !slices.ContainsFunc(words, func(w string) bool { return namesNation(w, n, lex) }) {
			return false
		}
	}
	return len(nations) > 0
}

// memberNoun returns the singular of the query's one word besides its
// nations when that word is a plural ("communists", "maoists"), or "".
func (rq readQuery) memberNoun() string {
	if !rq.memberOf || len(rq.nationless) == 0 || strings.Contains(rq.nationless[0], " ") {
		return ""
	}
	return singularWord(rq.nationless[0])
}

// nameHoldsWord reports whether one of f's names holds w, normalized,
// as the word its head takes for its members: the head itself, the word
// before it ("Communist Party of Greece") or a bracketed qualifier
// ("Communist Party of Nepal (Maoist)"). A word further from the head
// qualifies another noun: the "Communist Suppression Operations Command"
// fights communists.
func nameHoldsWord(f *Faction, w string) bool {
	return f.HasNameWith(func(n string) bool { return membersWord(n, w) })
}

// membersWord reports whether name holds w as its members' word (see
// nameHoldsWord).
func membersWord(name, w string) bool {
	if open := strings.IndexByte(name, '('); open > 0 {
		if slices.Contains(strings.Fields(normalize(name[open:])), w) {
			return true
		}
		name = strings.TrimSpace(name[:open])
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	h := nameHead(words)
	return normalize(words[h]) == w || h > 0 && normalize(words[h-1]) == w
}

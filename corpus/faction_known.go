package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleKnownOrg proposes the names a general resource knows as
// organisations: "a member of NATO since 1952", "withdrew from the Warsaw
// Treaty Organization". Writers take such names as known and introduce
// them no other way, so no rule of introduction sees them.
const ruleKnownOrg = "known-org"

// maxKnownWords bounds the words of a name looked up in the resource:
// WordNet's organisation names longer than this are spelled out rarely.
const maxKnownWords = 6

// findByKnownOrg proposes every whole capitalised name the text writes
// that lang.IsOrgName knows (WordNet's named organisations, political
// movements and legislatures). A name is whole when no capitalised word
// runs on before or after it; a one-word name is read only mid-sentence
// or in capitals, since a capital opening a sentence tells nothing.
func findByKnownOrg(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for i := 0; i < len(words); i++ {
		if !startsUpper(words[i]) {
			continue
		}
		if start := startKey(lower[i]); p.kindAt(i, start)&lang.OrgNameStart == 0 || isStopCap(words[i]) || runsOnBefore(words, i) && !peopleBefore(lower, i, p.off) {
			continue
		}
		end := knownOrgEnd(words, i)
		if end == 0 {
			continue
		}
		name := trimPossessive(strings.TrimRight(strings.Join(words[i:end], " "), ".,;:!?)”\"'’*"))
		if end-i == 1 && name != strings.ToUpper(name) && opensWordSentence(words, i) {
			continue
		}
		out = append(out, p.cand(name, scoreMention))
		i = end - 1
	}
	return out
}

// knownOrgEnd returns the end of the longest known organisation name
// opening at words[i] that no capitalised word runs on after, or 0.
func knownOrgEnd(words []string, i int) int {
	last := min(len(words), i+maxKnownWords)
	for j := i + 1; j <= last; j++ {
		if j > i+1 && strings.ContainsAny(words[j-2][len(words[j-2])-1:], ".,;:!?)") {
			last = j - 1 // punctuation inside ends every longer name
			break
		}
	}
	keys := prefixKeys(words[i:last])
	for j := last; j > i; j-- {
		key := keys.of(j - i)
		if runsOnAfter(words, j) || !lang.IsOrgName(key) {
			continue
		}
		if !strings.Contains(key, " ") && len(key) < 3 {
			return 0 // "UN's", "EU": too short to tell from a word
		}
		return j
	}
	return 0
}

// nameKeys holds the nameKeys of every run of words opening a phrase,
// folded once: the fold of words joined by spaces is their folds joined
// by spaces (appendNormal), so each run's key opens the whole phrase's.
type nameKeys struct {
	folded string
	ends   [maxKnownWords]int // ends[n-1]: where the fold of the first n words ends
}

// prefixKeys folds the first maxKnownWords words of a phrase for
// nameKeys, into one string.
func prefixKeys(words []string) nameKeys {
	var (
		buf  [128]byte // folds are no longer than the words, rare letters aside
		keys nameKeys
	)
	sb := buf[:0]
	for n, w := range words[:min(len(words), maxKnownWords)] {
		sb = appendNormal(sb, w)
		keys.ends[n] = len(sb)
	}
	keys.folded = string(sb)
	return keys
}

// of returns nameKey of the first n words joined by spaces.
func (k nameKeys) of(n int) string {
	key, _ := strings.CutPrefix(k.folded[:k.ends[n-1]], "the ")
	return key
}

// runsOnBefore reports whether a capitalised word joined to words[i]
// without punctuation comes before it: "Allied Command Europe" holds no
// name "Command Europe".
func runsOnBefore(words []string, i int) bool {
	if i == 0 {
		return false
	}
	w := words[i-1]
	return startsUpper(w) && !strings.ContainsAny(w[len(w)-1:], ".,;:!?)”\"'’") && !opensWordSentence(words, i-1)
}

// peopleBefore reports whether the capitalised word before words[i] is
// a people's adjective (rule people-before): "the Palestinian Fatah
// movement", "the Lebanese Hezbollah". The adjective says whose the
// organisation is; it opens no longer name the table would have to hold.
func peopleBefore(lower []string, i int, off map[string]bool) bool {
	return !off[rulePeopleBefore] && lang.IsPeople(lower[i-1])
}

// runsOnAfter reports whether the name ending before words[j] goes on
// into a capitalised word: "NATO Defence College".
func runsOnAfter(words []string, j int) bool {
	if j >= len(words) || !startsUpper(words[j]) {
		return false
	}
	w := words[j-1]
	return !strings.ContainsAny(w[len(w)-1:], ".,;:!?)”\"'’")
}

// opensWordSentence reports whether words[i] opens a sentence: it is the
// first word, or the word before ends one.
func opensWordSentence(words []string, i int) bool {
	if i == 0 {
		return true
	}
	w := strings.TrimRight(words[i-1], "”\"'’)")
	return w == "" || strings.ContainsAny(w[len(w)-1:], ".!?:")
}

// startKey is the gazetteer key the first word of a name opening with
// the lower-case word would have: the word itself when it is plain
// letters and digits, else the first word of its normalized key
// ("dáil" → "dail", "mln-tupamaros" → "mln"). Only the latter allocate.
func startKey(lower string) string {
	for i := 0; i < len(lower); i++ {
		if c := lower[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			first, _, _ := strings.Cut(nameKey(lower), " ")
			return first
		}
	}
	return lower
}

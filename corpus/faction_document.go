package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// ruleDocumentHead: "the Full Stop Law", "the Government of Ireland Act",
// "a State Security Law": a name headed by a noun whose usual sense is a
// legal document (lang.IsDocumentNoun, from WordNet) names a document, not
// a party, whatever verb the text gives it. A pact whose members act
// through it is an alliance all the same: "allies in the Warsaw Pact",
// "Warsaw Pact forces".
const ruleDocumentHead = "document-head"

// dropDocuments drops the candidates whose name a document noun heads,
// unless the text writes the name as an alliance (alliedName).
func dropDocuments(cands []candidate, paras []*para) []candidate {
	verdict := map[string]bool{}
	var pairs []bytePairs // each paragraph's, once a name needs them
	out := cands[:0]
	for _, c := range cands {
		if !documentHeaded(c.name) {
			out = append(out, c)
			continue
		}
		low := lowerASCII(stripArticle(trimPossessive(c.name)))
		allied, ok := verdict[low]
		if !ok {
			if pairs == nil {
				pairs = pairsOf(paras)
			}
			allied = alliedName(paras, pairs, low)
			verdict[low] = allied
		}
		if allied {
			out = append(out, c)
		}
	}
	return out
}

// documentHeaded reports whether the head of name, a capitalised word,
// is a document noun: "Due Obedience Law", "Warsaw Pact"; not "Council
// for the Respect of the Arusha Agreement and the Rule of Law".
func documentHeaded(name string) bool {
	if !anyDocumentWord(name) {
		return false // the cheap test, with no copy of the name
	}
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	h := words[groupHead(words)]
	return startsUpper(h) && lang.IsDocumentNoun(strings.ToLower(trimPossessive(cleanWord(h))))
}

// anyDocumentWord reports whether a word of name is a document noun.
func anyDocumentWord(name string) bool {
	for rest := name; rest != ""; {
		w, r, _ := strings.Cut(rest, " ")
		if documentWord(trim(w, "().,;:!?*")) {
			return true
		}
		rest = r
	}
	return false
}

// documentWord reports whether the capitalised word w, lowered, is a
// document noun, lowering it on the stack.
func documentWord(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) || !startsUpper(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lang.IsDocumentNoun(trimPossessive(string(buf[:len(w)])))
}

// alliedName reports whether a paragraph writes the lowered name as a
// body people or forces belong to: after a noun of people or groups and
// "of the" or "in the" ("a founding member of the Warsaw Pact", "its
// allies in the Warsaw Pact"), or before such a noun in the plural
// ("Warsaw Pact troops", "Warsaw Pact states"). A law has no members.
// pairs, when not nil, are the paragraphs' byte pairs (pairsOf): a
// paragraph lacking one of the name's is not searched.
func alliedName(paras []*para, pairs []bytePairs, low string) bool {
	for i, p := range paras {
		if pairs != nil && !pairs[i].mayHold(low) {
			continue
		}
		for rest, at := p.low, 0; ; {
			i := strings.Index(rest[at:], low)
			if i < 0 {
				break
			}
			start, end := at+i, at+i+len(low)
			if memberBefore(rest[:start]) || forcesAfter(rest[end:]) {
				return true
			}
			at = end
		}
	}
	return false
}

// memberBefore reports whether before ends with a noun of people or
// groups, "of" or "in", and "the": "member of the ", "allies in the ".
func memberBefore(before string) bool {
	words := strings.Fields(before)
	n := len(words)
	if n < 3 || words[n-1] != "the" || words[n-2] != "of" && words[n-2] != "in" {
		return false
	}
	noun := trimRight(words[n-3], ",;:")
	return noun == words[n-3] && isPersonWord(noun)
}

// forcesAfter reports whether after opens with a plural noun of people or
// groups: " troops", " forces", " states".
func forcesAfter(after string) bool {
	w, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	if i := strings.IndexFunc(w, func(r rune) bool { return !('a' <= r && r <= 'z') }); i >= 0 {
		w = w[:i]
	}
	return strings.HasSuffix(w, "s") && (isPersonWord(w) || lang.IsOrgNoun(w))
}

// ruleAlliance: "three of its allies in the Warsaw Pact sent their
// armies", "Warsaw Pact troops crossed": a name a document noun heads,
// written as a body its members or forces belong to, is an alliance,
// which no rule reading group nouns proposes.
const ruleAlliance = "alliance"

// findByAlliance proposes the capitalised names of two words or more that
// a document noun closes and that the paragraph writes after a noun of
// people and "of the" or "in the", or before a plural noun of people or
// organisations (memberBefore, forcesAfter).
func findByAlliance(p *para) []candidate {
	var out []candidate
	words, lower := p.words(), p.lowerWords()
	for k := 1; k < len(words); k++ {
		w := words[k]
		if !startsUpper(w) || !startsUpper(words[k-1]) {
			continue // the cheap test first: core opens as w does
		}
		core := trimRight(w, ".,;:!?)")
		if !startsUpper(core) || !lang.IsDocumentNoun(trimPossessive(trimRight(lower[k], ".,;:!?)"))) {
			continue
		}
		s := k
		for s > 0 && startsUpper(words[s-1]) && words[s-1] == trimRight(words[s-1], ".,;:!?)”\"") && !isStopCap(words[s-1]) {
			s--
		}
		if s == k {
			continue
		}
		allied := memberBefore(strings.Join(lower[max(0, s-3):s], " "))
		if !allied && core == w && k+1 < len(words) {
			allied = forcesAfter(" " + lower[k+1])
		}
		if allied {
			out = append(out, p.cand(strings.Join(words[s:k], " ")+" "+trimPossessive(core), scoreMention))
		}
	}
	return out
}

// bytePairs is the set of a text's pairs of adjacent bytes, hashed into
// 1,024 bits: a string occurs in the text only if each of its pairs does,
// so a string with a pair missing need not be searched for. Searching
// every paragraph of a briefing for each document-headed name was the
// largest caller of strings.Index in extraction (alliedName, about 1% of
// its instructions); a pair test costs a few instructions a paragraph.
type bytePairs [16]uint64

// pairsOf returns each paragraph's pairs, of its lowered text.
func pairsOf(paras []*para) []bytePairs {
	out := make([]bytePairs, len(paras))
	for i, p := range paras {
		for j := 1; j < len(p.low); j++ {
			h := pairHash(p.low[j-1], p.low[j])
			out[i][h>>6] |= 1 << (h & 63)
		}
	}
	return out
}

// pairHash numbers a pair of bytes below 1,024.
func pairHash(a, b byte) uint32 { return (uint32(a)*131 + uint32(b)) & 1023 }

// mayHold reports whether s may occur in the text: false only if a pair
// of its bytes is not the text's.
func (ps *bytePairs) mayHold(s string) bool {
	for j := 1; j < len(s); j++ {
		if h := pairHash(s[j-1], s[j]); ps[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

package corpus

import (
	"math"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// matchPartial is the score of the weakest reading a look-up tries: the
// query's rarer words are words of a faction's names, up to spelling,
// and its other words are generic nouns or words of the faction's own
// description ("haq movement" for "Haq", "tamarrod rebellion campaign"
// for "Tamarod, Arabic for "rebellion", a youth campaign", "jamat al
// muslimin" for "Jamaat al Muslimeen", "congolese national army" for the
// "Armée Nationale Congolaise"). It ranks above a typo in a name's
// prefix or word and below a typo in the whole name; a faction covering
// more of the query's weight ranks a step higher, up to matchPartialTop.
const (
	matchPartial    = 31
	matchPartialTop = 38
)

// partialOnly reports whether a look-up's score is the partial
// reading's: no other reading scores in its range.
func partialOnly(score int) bool { return score >= matchPartial && score <= matchPartialTop }

// partialWords are a faction's words the partial reading matches query
// words against: the content words of its forms and the initials of its
// names of three words or more ("prra" of the "People's Revolutionary
// Red Army"), and its epithets' words.
func partialWords(f *Faction) []string {
	var out []string
	for _, form := range f.forms() {
		cw := contentWords(normalize(form))
		out = append(out, cw...)
		if len(cw) >= 3 {
			out = append(out, initials(form))
		}
	}
	for _, e := range f.Epithets {
		out = append(out, strings.Fields(e)...)
	}
	return out
}

// partialDF counts, for each word, the factions of the corpus whose
// partialWords hold it: a word many names share ("national", "army")
// tells a reader's faction apart less than one only it has ("haq").
func partialDF(texts map[*Faction]*factionText) map[string]int {
	df := map[string]int{}
	for _, t := range texts {
		seen := map[string]bool{}
		for _, w := range t.partial {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	return df
}

// scorePartial rates f by the partial reading (see matchPartial): q's
// content words that match one of f's partialWords (sameWordLoosely)
// weigh by their rarity among the corpus's factions (idf); stop words
// weigh nothing; words that do
// not match but are generic nouns for a group or its members ("movement",
// "rebels") weigh nothing, nor do words f's summary holds nor a nation's
// (the caller ties f to the query's nations); the rest weigh
// against. f scores when a matched word tells it apart (telling) and the
// matched weight exceeds the weight against.
func (x *lookupIndex) scorePartial(f *Faction, q string) int {
	t := x.text(f)
	var matched, against float64
	distinct := false
	for _, w := range contentWords(q) {
		switch {
		case lang.IsEnglishStopWord(w) || isStopQuery(w):
			// "a", "is": no word of a name
		case partialMatch(w, t.partial):
			matched += x.idf(w, t.partial)
			distinct = distinct || x.telling(w, t.partial)
		case genericWord(w) || isPlaceOrPeopleKey(w) || wordIn(w, t.plain):
		default:
			against += x.idf(w, nil)
		}
	}
	if !distinct || matched <= against {
		return 0
	}
	return min(matchPartial+int(matched-against), matchPartialTop)
}

// idf is the weight of the query word w: one plus the log of the
// corpus's factions over those whose words hold it (df), each count plus
// one; a word every faction has weighs one.
func (x *lookupIndex) idf(w string, have []string) float64 {
	return 1 + math.Log(float64(x.partialN+1)/float64(x.df(w, have)+1))
}

// df counts the factions whose partialWords hold w or, for a spelling
// no name has, the word of have w matches.
func (x *lookupIndex) df(w string, have []string) int {
	df := x.partialDF[w]
	if df == 0 {
		for _, h := range have {
			if sameWordLoosely(w, h) {
				df = max(df, x.partialDF[h])
			}
		}
	}
	return df
}

// telling reports whether the matched query word w tells a faction
// apart: no group noun, no place or people, and held by fewer than half
// the corpus's factions ("baloch" among Baloch groups is not).
func (x *lookupIndex) telling(w string, have []string) bool {
	return !groupNoun(w) && !isPlaceOrPeopleKey(w) && 2*x.df(w, have) < x.partialN
}

// partialMatch reports whether one of have is w up to spelling.
func partialMatch(w string, have []string) bool {
	for _, h := range have {
		if sameWordLoosely(w, h) {
			return true
		}
	}
	return false
}

// sameWordLoosely reports whether the query word w and a name's word h
// are one word spelt two ways: equal once doubled letters are single
// ("jamat", "jamaat"), within an edit of five letters or more, or two of
// seven or more ("muslimin", "muslimeen"), or sharing an opening of five
// letters or more that is three fifths of the longer, as a language's
// form and another's or a stem and its derivative do ("nationale",
// "national"; "katangese", "katanga"; "dergue", "derg" shares four, the
// whole of the shorter).
func sameWordLoosely(w, h string) bool {
	if w == h {
		return true
	}
	a, b := undouble(w), undouble(h)
	if a == b {
		return true
	}
	short := min(len(a), len(b))
	switch {
	case short >= 7 && editDistance(a, b, 2) <= 2, short >= 5 && editDistance(a, b, 1) <= 1:
		return true
	}
	p := commonPrefix(a, b)
	return p >= 5 && 5*p >= 3*max(len(a), len(b)) || p == short && short >= 4 && max(len(a), len(b))-short <= 2
}

// undouble writes each run of a repeated letter once.
func undouble(s string) string {
	var b strings.Builder
	var last rune
	for i, r := range s {
		if i > 0 && r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// queryNamesNation reports whether the nation words nationlessVariant found
// in a query hold one that is no connector ("al" is also Alabama's).
func queryNamesNation(nations []string) bool {
	return slices.ContainsFunc(nations, func(n string) bool { return !isConnector(n) })
}

// groupNoun reports whether a lower-case word is a noun for a group,
// singular or plural ("army", "parties"): a word many names share.
func groupNoun(w string) bool {
	s, ok := strings.CutSuffix(w, "s")
	return isGroupWord(w) || ok && isGroupWord(s)
}

// genericWord reports whether a lower-case query word is a noun for a
// group or its members, singular or plural ("movement", "rebels"),
// which a reader adds to a name the text writes without it.
func genericWord(w string) bool {
	s, ok := strings.CutSuffix(w, "s")
	return groupNoun(w) || isPersonWord(w) || membersNouns[w] || ok && isPersonWord(s)
}

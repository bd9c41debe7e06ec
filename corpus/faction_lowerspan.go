package corpus

import (
	"math"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleLowerSpans lets the span model judge lower-case phrases headed by
// an organisation's noun ("the gendarmerie", "the military junta",
// "Egypt's armed forces") beside the capitalised ones. A writer takes a
// country's army, police or junta as known and never capitalises it, so
// no capitalised phrase holds it; which of them a briefing treats as a
// party, and which are "the government" every state has, is told by how
// the briefing writes them — after "the" or a nation's adjective, as the
// subject of a verb, again and again, or standing for a body the
// briefing names — and the weights of those signs are fitted with the
// model's others (faction_model_fit_test.go) on the development
// expectations.
const ruleLowerSpans = "lower-spans"

// readLowerSpans records the lower-case phrases of sw, a paragraph's
// words, whose last word is a singular noun of a body (isLowerSpanHead)
// ending its noun phrase, with the lower-case modifiers before it that
// classify (isBodyModifier, at most maxLowerBodyModifiers).
func (r *spanReader) readLowerSpans(p *para, ref Ref, sw []spanWord) {
	lower := p.lowerWords()
	for j := range sw {
		w := &sw[j]
		if w.capital || w.connector || !isLowerWord(w.low) || !lowerPhraseEnds(sw, lower, j) || !isLowerSpanHead(p, j, w.low) {
			continue
		}
		i := j
		for i > 0 && j-i < maxLowerBodyModifiers && !sw[i-1].stops && !sw[i-1].capital && sw[i-1].core == sw[i-1].low && isBodyModifier(sw[i-1].low) {
			i--
		}
		r.addLower(p, ref, sw, i, j+1)
	}
}

// lowerPhraseEnds reports whether the noun sw[j] closes its noun phrase:
// punctuation follows it, or a word that is no lower-case noun modifier
// of it ("the army said", "the army and", not "army officers").
func lowerPhraseEnds(sw []spanWord, lower []string, j int) bool {
	if sw[j].stops || sw[j].possessive || j+1 >= len(sw) {
		return true
	}
	next := sw[j+1]
	if next.capital || next.connector || next.opens {
		return true
	}
	return isActing(trim(lower[j+1], ",.;:")) || lang.IsEnglishStopWord(next.low) || lang.IsAdverb(next.low)
}

// isLowerSpanHead reports whether the lower-case word w, p's j-th, may
// head a lower-case phrase the model judges: a body's noun as rule
// lower-body reads it (first sense an organization or a military unit),
// a body by the weight of its senses, or a country's police or
// legislature.
func isLowerSpanHead(p *para, j int, w string) bool {
	k := p.kindAt(j, w)
	return isLowerBodyNoun(w, k) || isSensedBodyNoun(w, k) || wordnet.Load().Institution(w)
}

// addLower records the lower-case phrase sw[i:end] as a span of its own,
// apart from any capitalised phrase of the same words.
func (r *spanReader) addLower(p *para, ref Ref, sw []spanWord, i, end int) {
	name := p.text[sw[i].at : sw[end-1].at+len(sw[end-1].core)]
	if hasMarksInside(name) {
		return
	}
	var buf [64]byte
	k := appendNameKey(buf[:0], name)
	if len(k) == 0 {
		return
	}
	if r.lowerKey == nil {
		r.lowerKey = map[string]*span{}
	}
	s := r.lowerKey[string(k)]
	if s == nil {
		key := string(k)
		s = p.arena.newSpan()
		s.name, s.key, s.ref, s.text, s.lower = name, key, ref, p.orig, true
		r.lowerKey[key] = s
		r.order = append(r.order, s)
	}
	s.note(p, sw, i, end)
	s.alone++
	if i > 0 && nationBefore(sw[i-1]) {
		s.nation++
	}
}

// nationBefore reports whether the word before a lower-case phrase says
// whose body it is: a people's adjective or a place's possessive ("the
// Malian army", "Egypt's armed forces").
func nationBefore(w spanWord) bool {
	if !w.capital || w.stops && !w.possessive {
		return false
	}
	if w.possessive {
		return lang.IsPlace(w.low)
	}
	return lang.IsPeople(w.low)
}

// lowerFeatures sets the features of a lower-case span s in f, in place
// of those the capitalised phrases' writing gives: its own bias, the
// share of its uses after "the" and before a verb, a nation's word
// before it, how often it is written, and whether its noun heads or is a
// word of a capitalised name the rules propose (it stands for that
// name). The lexical features of its words stay.
func (sc spanContext) lowerFeatures(s *span, f *[numSpanFeatures]float64) {
	n := float64(s.count)
	for _, i := range []int{featThe, featLocative, featQuoted, featVerb, featIntroduced, featDescribed, featListed, featDefined, featAcronym, featAllCaps} {
		f[i] = 0
	}
	f[featLower] = 1
	f[featLowerThe] = float64(s.the) / n
	f[featLowerVerb] = float64(s.verb) / n
	if s.nation > 0 {
		f[featLowerNation] = 1
	}
	f[featLowerMany] = math.Min(1, math.Log(n)/math.Log(10))
	if sc.named[lastWord(s.key)] {
		f[featLowerNamed] = 1
	}
}

// namedWords returns the lowered words of the candidates' names that
// hold a capital: the nouns a lower-case description refers back to a
// named body by.
func namedWords(cands []candidate) map[string]bool {
	out := map[string]bool{}
	for _, c := range cands {
		if c.cited || strings.ToLower(c.name) == c.name {
			continue
		}
		for _, w := range strings.Fields(nameKey(c.name)) {
			out[w] = true
		}
	}
	return out
}

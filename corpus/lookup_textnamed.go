package corpus

import (
	"iter"
	"slices"
	"strings"
)

// matchTextNamed rates a body by words its own text gives it as a name
// ("The Special Deterrence Force (Rada)", "the General Security
// Directorate, known as the Amn"): above a word or substring of another
// name, below a prefix of one, as the extractor kept no alias.
const matchTextNamed = 78

// textNamedFactions returns the factions whose texts (summary and
// passages) set the query's words after one of their names, past a gap
// that gives them as its name (namesAfterGap: a bracket, "known as",
// "called"), where the words end there or a group noun follows: a
// reader types the name the text gives a body ("bayan", "triple a",
// "yellow shirts", "jash") where the extractor kept no alias. A plural
// query also reads its singular before a group noun ("peronists" for
// "the formal name of the Peronist movement"). Letters a faction carries
// as its acronym are left to it. Nil when none is; the names are
// indexed once (lookupIndex.textNamed), so a look-up reads no text.
func (c *Corpus) textNamedFactions(q string) map[*Faction]bool {
	q = strings.TrimPrefix(q, "the ")
	if n := strings.Count(q, " ") + 1; n > maxNamedWords || isStopQuery(q) || c.acronymOwned(q) {
		return nil
	}
	x := c.lookupIndex()
	ids := x.textNamed[q]
	last := strings.LastIndexByte(q, ' ') + 1 // where the query's last word opens
	if one := singularWord(q[last:]); one != "" {
		ids = append(slices.Clip(ids), x.textNamedGroup[q[:last]+one]...)
	}
	if len(ids) == 0 {
		return nil
	}
	out := map[*Faction]bool{}
	for _, i := range ids {
		out[c.Factions[i]] = true
	}
	return out
}

// maxNamedWords is the most words textNamedFactions reads as a name.
const maxNamedWords = 4

// singularWord returns a plural noun made singular ("peronists" →
// "peronist", "militias" → "militia", "auxiliaries" → "auxiliary"), or
// "" for a word that is not plural in shape.
func singularWord(w string) string {
	switch {
	case len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us"):
		return ""
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// namedEnds reports whether rest, the text after a name's words, ends
// the name: no word before a stop or bracket, "or", or a group noun;
// only a group noun when singular.
func namedEnds(rest string, singular bool) bool {
	r := strings.TrimLeft(rest, " *\"'“”‘’_")
	next := r
	if i := strings.IndexFunc(r, func(c rune) bool { return !isWordRune(c) }); i >= 0 {
		next = r[:i]
	}
	w := strings.ToLower(next)
	if singular {
		return w != "" && groupNoun(w)
	}
	return w == "" || w == "or" || groupNoun(w)
}

// gapsAfterNames yields, for each sentence of f's summary and passages
// holding one of f's names (three letters or more), the text after the
// name and each byte offset in it where a word opens past a gap that
// gives it as the name's (namingGap), up to maxSpelledGap words on.
func gapsAfterNames(f *Faction) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, text := range ownTexts(f) {
			for sent := range sentencesIn(text) {
				for _, form := range f.forms() {
					k := strings.Index(sent, form)
					if len(form) < 3 || k < 0 {
						continue
					}
					after := sent[k+len(form):]
					n := 0
					for s := range wordSpans(after) {
						if n++; n > maxSpelledGap {
							break
						}
						if namesAfterGap(after[:s]) && !yield(after, s) {
							return
						}
					}
				}
			}
		}
	}
}

// textNamedPhrases returns, once each, the names (up to maxNamedWords
// words, normalized) that gapsAfterNames finds in f's texts and that end
// there (namedEnds), and apart those a group noun follows: what
// textNamedFactions looks up, a query itself and a plural query's
// singular.
func textNamedPhrases(f *Faction) (ended, beforeGroup []string) {
	for after, at := range gapsAfterNames(f) {
		var words []string
		for s, e := range wordSpans(after[at:]) {
			if words = append(words, normalize(after[at+s:at+e])); len(words) > maxNamedWords {
				break
			}
			k, rest := strings.Join(words, " "), after[at+e:]
			if namedEnds(rest, false) && !slices.Contains(ended, k) {
				ended = append(ended, k)
			}
			if namedEnds(rest, true) && !slices.Contains(beforeGroup, k) {
				beforeGroup = append(beforeGroup, k)
			}
		}
	}
	return ended, beforeGroup
}

// namesAfterGap reports whether the text between a name and words after
// it gives the words as the name's: an open bracket ("(Rada)") or a
// naming cue ("known as", "called", "the formal name of"), after "and"
// too when what follows it opens in lower case ("officially the National
// Defence Battalions and derisively called the jash"), where "and"
// before a name ("ZANU and ZAPU, known as") joins two. A comma alone,
// which namingGap takes before letters, here sets off list items
// ("the Socialist Party, the Portuguese Communist Party") and parts
// ("the 18th Battalion, the Grenadiers"); and a cue right after the name
// makes the body the one naming ("the Kabul government called themselves
// mujahideen").
func namesAfterGap(gap string) bool {
	if w := strings.Fields(gap); len(w) > 0 && slices.Contains(activeCues, w[0]) {
		return false
	}
	if i := strings.LastIndex(gap, " and "); i >= 0 {
		gap = strings.TrimLeft(gap[i+len(" and "):], " *")
		if gap == "" || startsUpper(gap) {
			return false
		}
	}
	g := strings.TrimLeft(gap, " *")
	switch {
	case strings.HasPrefix(g, "("):
		return !strings.Contains(g, ")")
	case strings.HasPrefix(g, "'s") || strings.HasPrefix(g, "’s"):
		return false
	}
	low := strings.ToLower(gap)
	return slices.ContainsFunc(namingCues, func(cue string) bool { return containsWord(low, cue) })
}

// activeCues are the naming cues that, right after a name, make it the
// subject naming something else.
var activeCues = []string{"called", "named", "styled"}

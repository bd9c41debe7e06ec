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
// that gives them as its name (namingGap: a bracket, a comma, "known
// as", "called"), where the words end there or a group noun follows:
// a reader types the name the text gives a body ("bayan", "triple a",
// "yellow shirts", "jash") where the extractor kept no alias. A plural
// query also reads its singular before a group noun ("peronists" for
// "the formal name of the Peronist movement"). Nil when none is; it
// reads only the factions whose texts set the query's first word (or its
// singular's) after such a gap (lookupIndex.textNamed).
func (c *Corpus) textNamedFactions(q string) map[*Faction]bool {
	words := strings.Fields(q)
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 4 || isStopQuery(strings.Join(words, " ")) {
		return nil
	}
	readings := [][]string{words}
	if one := singularWord(words[len(words)-1]); one != "" {
		readings = append(readings, append(append([]string{}, words[:len(words)-1]...), one))
	}
	var out map[*Faction]bool
	for k, r := range readings {
		for _, i := range c.lookupIndex().textNamed[r[0]] {
			if f := c.Factions[i]; textNames(f, r, k > 0) {
				if out == nil {
					out = map[*Faction]bool{}
				}
				out[f] = true
			}
		}
	}
	return out
}

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

// textNames reports whether one of f's texts sets words after one of its
// names past a naming gap, ending there: the text goes on with no word,
// with "or" or with a group noun, which singular requires ("the Peronist
// movement").
func textNames(f *Faction, words []string, singular bool) bool {
	for after, at := range gapsAfterNames(f) {
		if rest, ok := wordsAt(after[at:], words); ok && namedEnds(rest, singular) {
			return true
		}
	}
	return false
}

// wordsAt reports whether text opens with words, normalized, each a
// whole word, and returns the text after them.
func wordsAt(text string, words []string) (string, bool) {
	k := 0
	for s, e := range wordSpans(text) {
		if normalize(text[s:e]) != words[k] {
			return "", false
		}
		if k++; k == len(words) {
			return text[e:], true
		}
	}
	return "", false
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
		texts := []string{f.Summary}
		for _, p := range f.Passages {
			texts = append(texts, p.Sentence)
		}
		for _, text := range texts {
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

// textNamedWords returns, once each, the normalized first words
// namedAfter finds in f's texts: what textNamedFactions looks up.
func textNamedWords(f *Faction) []string {
	var out []string
	seen := map[string]bool{}
	for after, at := range gapsAfterNames(f) {
		for s, e := range wordSpans(after[at:]) {
			if w := normalize(after[at+s : at+e]); !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
			break
		}
	}
	return out
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

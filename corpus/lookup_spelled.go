package corpus

import (
	"iter"
	"strings"
	"unicode"
)

// maxSpelledGap bounds the words between a faction's name and the
// letters a sentence sets after it ("the State Security Committee, the
// security service that still goes by its Soviet-era name, KGB").
const maxSpelledGap = 12

// spelledFactions returns, for a one-word query no faction carries as
// its acronym, the factions whose names their own texts (summary and
// passages, which a served corpus keeps in memory) set beside the
// query's letters, one a briefing: a reader types the letters the text
// gives a body ("kgb", "zomo", "gkchp") even where the extractor kept
// the letters as a faction of their own or gave the body none. A
// sentence writing the letters (two capitals at least) gives them to
// the name ending before them when the words between say so
// (namingGap), or to the name after them when they open a sentence or
// a list entry ("The UIR: the Rapid Intervention Unit"). Of two
// factions of one briefing, the nearer name wins. Nil when none is. It
// reads only the factions whose texts write the letters (lookupIndex).
func (c *Corpus) spelledFactions(q string) map[*Faction]bool {
	if strings.Contains(q, " ") || len(q) < 2 || len(q) > 8 || c.acronymOwned(q) {
		return nil
	}
	type claim struct {
		f   *Faction
		gap int
	}
	best := map[string]claim{}
	for _, i := range c.lookupIndex().letters[q] {
		f := c.Factions[i]
		gap := spelledGap(f, q)
		if gap < 0 {
			continue
		}
		if b, ok := best[f.Defined.Briefing]; !ok || gap < b.gap {
			best[f.Defined.Briefing] = claim{f, gap}
		}
	}
	if len(best) == 0 {
		return nil
	}
	out := map[*Faction]bool{}
	for _, b := range best {
		out[b.f] = true
	}
	return out
}

// acronymOwned reports whether a faction carries q as its acronym: the
// extractor tied the letters to a body already.
func (c *Corpus) acronymOwned(q string) bool {
	return len(c.lookupIndex().acronyms[q]) > 0
}

// spelledGap returns the fewest words by which a sentence of f's summary
// or passages sets the letters q beside one of f's names, or -1 when
// none does (see spelledFactions).
func spelledGap(f *Faction, q string) int {
	best := -1
	for _, text := range ownTexts(f) {
		if !strings.Contains(strings.ToLower(text), q[:2]) {
			continue
		}
		for sent := range sentencesIn(text) {
			at, end := lettersAt(sent, q)
			if at < 0 {
				continue
			}
			if lettersListed(sent[end:]) {
				continue
			}
			if g := spelledBefore(sent[:at], f, q); g >= 0 && (best < 0 || g < best) {
				best = g
			}
			if spelledAfter(sent[:at], sent[end:], f, q) {
				best = 0
			}
		}
	}
	return best
}

// ownTexts returns what f's texts say of it, where a look-up reads the
// names and letters they give it: its summary, then each passage's
// sentence.
func ownTexts(f *Faction) []string {
	texts := []string{f.Summary}
	for _, p := range f.Passages {
		texts = append(texts, p.Sentence)
	}
	return texts
}

// lettersListed reports whether the text after letters goes on with a
// list ("ZANLA, ZIPRA and the former Rhodesian forces"): the letters
// are one of several names, not the name of the one before them.
func lettersListed(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return strings.HasPrefix(after, " and ") || strings.HasPrefix(after, " or ")
	}
	return startsUpper(rest) && capitals(strings.Fields(rest)[0]) >= 2
}

// lettersAt returns the byte span of the first word of sent that is the
// letters q written with two capitals at least ("KGB", "GKChP", "UÇPMB"),
// or -1.
func lettersAt(sent, q string) (at, end int) {
	for s, e := range wordSpans(sent) {
		if w := sent[s:e]; capitals(w) >= 2 && normalize(w) == q {
			return s, e
		}
	}
	return -1, -1
}

// capitalWords yields the words of sent written with two capitals at
// least, the words lettersAt may find.
func capitalWords(sent string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s, e := range wordSpans(sent) {
			if w := sent[s:e]; capitals(w) >= 2 && !yield(w) {
				return
			}
		}
	}
}

// wordSpans yields the byte span of each run of letters and digits of
// sent, in order.
func wordSpans(sent string) iter.Seq2[int, int] { return runSpans(sent, isWordRune) }

// capitals counts the upper-case letters of w.
func capitals(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// spelledBefore returns the fewest words between the end of one of f's
// names (any form but the letters themselves) in before and the end of
// before, when they are at most maxSpelledGap and give the letters as
// the name's (namingGap), or -1.
func spelledBefore(before string, f *Faction, q string) int {
	best := -1
	for _, form := range f.forms() {
		if len(form) < 3 || normalize(form) == q {
			continue
		}
		k := strings.LastIndex(before, form)
		if k < 0 {
			continue
		}
		gap := before[k+len(form):]
		if n := len(strings.Fields(gap)); n <= maxSpelledGap && (best < 0 || n < best) && namingGap(gap) {
			best = n
		}
	}
	return best
}

// spelledAfter reports whether letters opening a sentence or an entry
// are followed, past a colon and at most three words, by one
// of f's names: "The UIR: the Rapid Intervention Unit", "MDM: the
// Democratic Movement of Mozambique".
func spelledAfter(before, after string, f *Faction, q string) bool {
	lead := strings.ToLower(strings.Trim(before, " -*#"))
	if lead != "" && lead != "the" {
		return false
	}
	rest := strings.TrimLeft(after, "*")
	if !strings.HasPrefix(rest, ":") {
		return false // "NATO — Task Force Fox" names a part of NATO
	}
	for _, form := range f.forms() {
		if len(form) < 3 || normalize(form) == q {
			continue
		}
		if k := strings.Index(rest, form); k >= 0 && len(strings.Fields(rest[:k])) <= 3 {
			return true
		}
	}
	return false
}

// namingCues are the words by which the text between a name and letters
// after it says the letters name it ("goes by its Soviet-era name,
// KGB", "known by the acronym ZOMO", "its Russian initials, the GKChP").
var namingCues = []string{"name", "named", "initials", "acronym", "abbreviation", "abbreviated", "known", "called", "styled"}

// namingGap reports whether the text between a name and the letters
// after it gives the letters as the name's: an open parenthesis
// ("(Bundeskriminalamt, BKA)"), a comma with at most one word after it
// ("Regiment, 22 SAS"), or a naming cue; not a possessive ("ZANU's armed
// wing, ZANLA" names another body) nor "and".
func namingGap(gap string) bool {
	g := strings.TrimLeft(gap, " *")
	switch {
	case strings.HasPrefix(g, "'s") || strings.HasPrefix(g, "’s") || containsWord(gap, "and"):
		return false
	case strings.HasPrefix(g, "("):
		return !strings.Contains(g, ")")
	case strings.HasPrefix(g, ",") && len(strings.Fields(g)) <= 2:
		return true
	}
	low := strings.ToLower(gap)
	for _, cue := range namingCues {
		if containsWord(low, cue) {
			return true
		}
	}
	return false
}

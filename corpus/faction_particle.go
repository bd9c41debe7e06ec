package corpus

import (
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// ruleForeignParticle reads a name on over the short lower-case words of
// its own language that join its words: a rule that proposes "Umkhonto"
// or "Poblachta" proposes "Umkhonto we Sizwe" or "Cumann na Poblachta"
// where the paragraph writes them so. The particle joins two capitalised
// words (or one a prefix of its language opens, "mBan") that no English
// table knows; English grammar words ("and", "of", "in") never join, nor
// do the connectors nameAt reads itself or the particles of people's
// names ("del", "di", "van": "Hasan di Tiro").
const ruleForeignParticle = "foreign-particle"

// maxParticles bounds how far a name is read on either way.
const maxParticles = 2

// particleName returns name read on over the particles the paragraph
// writes before or after it, or name as it is.
func particleName(text, name string) string {
	i := strings.Index(text, name)
	if i < 0 || name == "" {
		return name
	}
	start, end := i, i+len(name)
	for n := 0; n < maxParticles; n++ {
		e, ok := particleAfter(text, start, end)
		if !ok {
			break
		}
		end = e
	}
	for n := 0; n < maxParticles; n++ {
		s, ok := particleBefore(text, start, end)
		if !ok {
			break
		}
		start = s
	}
	return text[start:end]
}

// particleAfter reads " na mBan" after text[start:end] and returns the new
// end: the name's last word or the word after the particle is foreign.
func particleAfter(text string, start, end int) (int, bool) {
	rest := text[end:]
	fs := strings.SplitN(rest, " ", 4)
	if len(fs) < 3 || fs[0] != "" || !isParticle(fs[1]) {
		return 0, false
	}
	next := trimRight(fs[2], ".,;:!?)”\"'’")
	if !particleNameWord(next) {
		return 0, false
	}
	last := lastField(text[start:end])
	if !foreignNameWord(last) || !foreignNameWord(next) {
		return 0, false
	}
	return end + 1 + len(fs[1]) + 1 + len(next), true
}

// particleBefore reads "Cumann na " before text[start:end] and returns
// the new start.
func particleBefore(text string, start, end int) (int, bool) {
	before := strings.TrimSuffix(text[:start], " ")
	if len(before) == len(text[:start]) {
		return 0, false
	}
	k := strings.LastIndexByte(before, ' ')
	if k < 0 {
		return 0, false
	}
	particle := before[k+1:]
	before = before[:k]
	j := strings.LastIndexByte(before, ' ') + 1
	prev := before[j:]
	if !isParticle(particle) || !startsUpper(prev) || trimRight(prev, ".,;:!?)(”\"'’") != prev {
		return 0, false
	}
	first := strings.Fields(text[start:end])[0]
	if !foreignNameWord(prev) || !foreignNameWord(first) {
		return 0, false
	}
	return j, true
}

// isParticle accepts a short lower-case word no English grammar uses to
// join two names: "na", "we", "o", "ni", not "and", "of", "in".
func isParticle(w string) bool {
	if len(w) == 0 || len(w) > 3 || !allLetters(w) || strings.ToLower(w) != w {
		return false
	}
	switch w {
	case "and", "or", "of", "in", "on", "at", "to", "by", "as", "is", "was", "the", "for", "nor", "but", "vs", "via", "a", "an", "are", "has", "had", "who", "its", "his", "her", "if", "so":
		return false
	case "del", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "ten", "ter", "y", "e":
		return false // a person's particle, or one joining two names
	}
	return !isConnector(w)
}

// particleNameWord accepts a name's word after a particle: capitalised,
// or opened by a lower-case prefix before its capital ("mBan").
func particleNameWord(w string) bool {
	return startsUpper(w) && !isStopCap(w) || innerCapital(w)
}

// foreignNameWord reports whether w, a name's word, is one neither
// WordNet, the gazetteer nor the English stop words know.
func foreignNameWord(w string) bool {
	w = trimRight(w, ".,;:!?)”\"'’")
	rs := []rune(w)
	if len(rs) < 3 || isShortForm(w) {
		return false
	}
	if innerCapital(w) {
		return true
	}
	if !unicode.IsUpper(rs[0]) {
		return false
	}
	low := strings.ToLower(w)
	return allLetters(low) && lang.Classify(low) == 0 && !wordnet.IsWord(low) && !lang.IsEnglishStopWord(low)
}

// lastField is the last space-separated word of s.
func lastField(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

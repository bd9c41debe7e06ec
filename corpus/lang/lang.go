// Package lang holds the language resources corpus needs, generated from
// general sources rather than typed by hand: for now the Snowball stop word
// lists, used to tell a question plainly not written in English.
package lang

//go:generate go run ./gen

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Guess names the language q is plainly written in when that is not
// English, or returns "" when q is English or too short to tell.
//
// Two signals, both general: a question written mostly in a non-Latin
// script (Arabic, Cyrillic, Han...) is not English; and a question whose
// function words are another language's rather than English's (all of
// them, or two or more and more than English's) is not English.
// Function words come from the Snowball stop word lists; a hyphenated
// compound ("al-Shabaab") counts as one word, so name particles joined to
// a name do not count, and a capitalised word after the first ("La Paz",
// "De Beers") is taken for part of a name.
func Guess(q string) string {
	if s := foreignScript(q); s != "" {
		return s + " script"
	}
	var counts [len(languages)]int
	for i, w := range words(q) {
		if i > 0 && startsUpper(w) {
			continue
		}
		bits := lookup(strings.ToLower(w))
		for l := range languages {
			if bits&(1<<l) != 0 {
				counts[l]++
			}
		}
	}
	best := 1
	for l := 2; l < len(languages); l++ {
		if counts[l] > counts[best] {
			best = l
		}
	}
	english, other := counts[0], counts[best]
	if (english == 0 && other >= 1) || (other >= 2 && other > english) {
		return languages[best]
	}
	return ""
}

// lookup returns the languages listing w as a stop word, trying w without
// its accents when it is not listed as written: a question word written
// with its accent ("quién") is listed without it.
func lookup(w string) uint32 {
	if bits := stopWords[w]; bits != 0 {
		return bits
	}
	folded, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), w)
	if err != nil {
		return 0
	}
	return stopWords[folded]
}

// foreignScript returns the script most of q's letters are written in when
// that is not Latin, or "".
func foreignScript(q string) string {
	letters, latin := 0, 0
	tally := map[string]int{}
	for _, r := range q {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, r) {
			latin++
			continue
		}
		for name, table := range unicode.Scripts {
			if unicode.Is(table, r) {
				tally[name]++
				break
			}
		}
	}
	if letters == 0 || 2*latin >= letters {
		return ""
	}
	best := ""
	for name, n := range tally {
		if best == "" || n > tally[best] || (n == tally[best] && name < best) {
			best = name
		}
	}
	return best
}

// words splits q into words: runs of letters, digits, apostrophes and
// inner hyphens, with an elided article ("l'armée", "d'Ansar") split off
// as its own word.
func words(q string) []string {
	fields := strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
	var out []string
	for _, f := range fields {
		f = strings.Trim(f, "-'’")
		if f == "" {
			continue
		}
		if i := strings.IndexAny(f, "'’"); i > 0 && i <= 2 {
			out = append(out, f[:i])
			f = strings.TrimLeft(f[i:], "'’")
		}
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

package timelinechart

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxLeadWords is the longest opening phrase, in words, that shortLabel
// drops as a time setting ("On 10 January,", "The following day,").
const maxLeadWords = 4

// shortLabel shortens an event's sentence to fit maxWidth as measured by
// w: it drops opening phrases that only set the time, which the axis
// already shows, and cuts at a word boundary with an ellipsis.
func shortLabel(sentence string, maxWidth float64, w func(string) float64) string {
	s := dropDatePrefix(strings.TrimSpace(sentence))
	for range 2 {
		s = dropTimeLead(s)
	}
	s = strings.TrimRight(s, ".;: ")
	s = capitalize(s)
	if w(s) <= maxWidth {
		return s
	}
	words := strings.Fields(s)
	if len(words) <= minLabelWords {
		return truncateRunes(s, maxWidth, w)
	}
	for n := len(words) - 1; n >= minLabelWords; n-- {
		cut := strings.TrimRight(strings.Join(words[:n], " "), ",;:—–-") + "…"
		if w(cut) <= maxWidth {
			return cut
		}
	}
	return ""
}

// minLabelWords is the fewest words a shortened label keeps: one or two
// words and an ellipsis say too little to be worth the room, so such a
// label is hidden instead.
const minLabelWords = 3

// dropDatePrefix removes an opening date with no comma after it, as in
// "In 2015 the assembly agreed", "On 17 January 2012 the rebels attacked"
// or "From 9 April until 10 June rebel units tried": a short first word,
// then numbers and month names, possibly joined by short lower-case words,
// up to the last number or month within the first eight words. The rest
// must keep at least three words.
func dropDatePrefix(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 || len(words[0]) > 6 || hasDigit(words[0]) {
		return s
	}
	cut := 0
	for i := 1; i < min(len(words), 8); i++ {
		w := words[i]
		if hasDigit(w) || hasMonth(words[i:i+1]) {
			cut = i + 1
		} else if len(w) > 5 || !isLower(w) {
			break
		}
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	if cut == 0 || len(words)-cut < 3 {
		return s
	}
	return strings.Join(words[cut:], " ")
}

func isLower(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// dropTimeLead removes a short phrase before the first comma when it
// looks like a time setting: it holds a digit or a month's name, or it is
// a single word ("However,"), or its words after the first are all lower
// case and it does not open with a participle ("The following day," but
// not "Using their funds,"). The rest must keep at least three words.
func dropTimeLead(s string) string {
	lead, rest, ok := strings.Cut(s, ",")
	if !ok {
		return s
	}
	words := strings.Fields(lead)
	rest = strings.TrimSpace(rest)
	if len(words) == 0 || len(words) > maxLeadWords || len(strings.Fields(rest)) < 3 {
		return s
	}
	if hasDigit(lead) || hasMonth(words) || len(words) == 1 || lowerTail(words) {
		return rest
	}
	return s
}

func hasDigit(s string) bool { return strings.ContainsFunc(s, unicode.IsDigit) }

// hasMonth reports whether a word names a month, in full or as its
// three-letter abbreviation.
func hasMonth(words []string) bool {
	for _, w := range words {
		w = strings.TrimRight(w, ".,;:")
		for m := time.January; m <= time.December; m++ {
			if strings.EqualFold(w, m.String()) || strings.EqualFold(w, m.String()[:3]) {
				return true
			}
		}
	}
	return false
}

// lowerTail reports whether the words after the first are lower case and
// the first is not a participle.
func lowerTail(words []string) bool {
	if strings.HasSuffix(strings.ToLower(words[0]), "ing") {
		return false
	}
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// truncateRunes cuts a label of a few words to fit, mid-word if need be.
func truncateRunes(word string, maxWidth float64, w func(string) float64) string {
	rs := []rune(word)
	for n := len(rs) - 1; n > 0; n-- {
		if cut := string(rs[:n]) + "…"; w(cut) <= maxWidth {
			return cut
		}
	}
	return "…"
}

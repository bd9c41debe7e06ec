package gen

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// holidayDates returns the names of the days a calendar keeps on one date
// every year, each with that date as "MM-DD": the nouns below the
// observance roots (see observanceRoots) whose synset holds a date among
// its words ("Christmas_Day … Dec_25", "New_Year's_Eve December_31").
// Only names of two words or more that end in "Day" or "Eve" are kept:
// "Christmas" alone is also the season and "Assumption" a word of its
// own, while "on Christmas Day" can be nothing but the day. A day one
// country keeps under a name others use for their own (Independence Day,
// Inauguration Day, Discovery Day) is left out, by its gloss: its date
// holds only in that country (see isNationalGloss).
func holidayDates(synsets map[string]*synset) map[string][]string {
	out := map[string][]string{}
	for _, key := range slices.Sorted(maps.Keys(synsets)) {
		ss := synsets[key]
		if !strings.HasSuffix(key, "n") || isNationalGloss(ss.gloss) || !isBelowAny(synsets, key, observanceRoots) {
			continue
		}
		date := ""
		for _, w := range ss.raw {
			if d := lemmaDate(w); d != "" {
				date = d
			}
		}
		if date == "" {
			continue
		}
		for _, w := range ss.raw {
			if name := strings.ToLower(w); isDayName(name) {
				out[name] = append(out[name], date)
			}
		}
	}
	return out
}

// isDayName reports whether a lower-cased lemma names a day in two words
// or more, the last "day" or "eve", with letters and apostrophes only.
func isDayName(name string) bool {
	if !strings.HasSuffix(name, "_day") && !strings.HasSuffix(name, "_eve") {
		return false
	}
	for _, r := range name {
		if (r < 'a' || r > 'z') && r != '_' && r != '\'' {
			return false
		}
	}
	return lemmaDate(name) == ""
}

// isNationalGloss reports whether a holiday's gloss ties it to the one
// country that keeps it ("a legal holiday in the United States", "a
// legal holiday in Canada", "celebrated in southern United States",
// "British, anniversary of …", "Texans celebrate …").
func isNationalGloss(gloss string) bool {
	for _, cue := range []string{"legal holiday", "United States", "British", "Texans"} {
		if strings.Contains(gloss, cue) {
			return true
		}
	}
	return false
}

// lemmaDate returns a lemma that is a date ("Dec_25", "14_July",
// "November_1") as "MM-DD", or "".
func lemmaDate(w string) string {
	a, b, ok := strings.Cut(w, "_")
	if !ok || strings.Contains(b, "_") {
		return ""
	}
	if _, err := strconv.Atoi(a); err == nil {
		a, b = b, a
	}
	day, err := strconv.Atoi(b)
	month := monthNumber(a)
	if err != nil || month == 0 || day < 1 || day > 31 {
		return ""
	}
	return fmt.Sprintf("%02d-%02d", month, day)
}

// monthNumber returns the month a name or its three-letter abbreviation
// stands for, or 0.
func monthNumber(w string) int {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	for i, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if w == m || len(w) >= 3 && strings.HasPrefix(m, w) {
			return i + 1
		}
	}
	return 0
}

// isBelowAny reports whether the synset at key is, through its
// hypernyms, below one of roots.
func isBelowAny(synsets map[string]*synset, key string, roots []string) bool {
	for depth := 0; depth <= 20; depth++ {
		if slices.Contains(roots, key) {
			return true
		}
		ss := synsets[key]
		if ss == nil {
			return false
		}
		next := ""
		for _, p := range ss.ptrs {
			if p.symbol == "@" {
				if isBelowAny(synsets, p.target, roots) {
					return true
				}
				next = p.target
			}
		}
		if next == "" {
			return false
		}
		key = next
	}
	return false
}

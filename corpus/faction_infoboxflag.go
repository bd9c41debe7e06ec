package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// Flags. A browser copy of an infobox prints, before each party and
// each commander, the text its flag icon carries: the country the party
// belongs to ("Mali Malian Armed Forces", "Azawad MNLA", "Mali Amadou
// Traore"). The country is no part of the name, which the prose writes
// without it. A flag's text is read as such where the infobox shows it
// is one: the same place opens another entry, or stands alone as one
// (the country over its forces), as a place that is part of a name
// ("Afar Special Forces") need not.

// maxFlagWords bounds the place a flag's text names ("South Sudan",
// "Democratic Republic of the Congo" is too long to be read so and
// stays).
const maxFlagWords = 3

// flaggedSide returns s without the place a flag's text prints before
// it (rule infobox-flag), when flags holds that place (see infoboxFlags)
// and the prose never names the whole; else s.
func flaggedSide(s infoboxSide, paras []*para, flags map[string]bool) infoboxSide {
	place, rest := flagRest(s.name)
	if rest == "" || !flags[place] || namedInAny(paras, s.name) {
		return s
	}
	s.name = rest
	return s
}

// infoboxFlags returns the keys of the places an infobox's entries show
// as flags: each place that opens two entries or more (see flagRest), or
// opens one and is an entry of its own. The fields listing sides, units
// and commanders count (a commander carries his side's flag too), not
// the place the war was fought.
func infoboxFlags(fields []InfoField) map[string]bool {
	opens, alone := map[string]int{}, map[string]bool{}
	for _, f := range fields {
		if kind := kindOfLabel(f.Label); kind != labelSide && kind != labelUnit && kind != labelCommander {
			continue
		}
		for _, v := range f.Values {
			for _, part := range splitOutside(v, ",;") {
				part = strings.TrimSpace(part)
				if place, rest := flagRest(part); rest != "" {
					opens[place]++
				} else if k := nameKey(part); lang.IsPlace(k) {
					alone[k] = true
				}
			}
		}
	}
	flags := map[string]bool{}
	for place, n := range opens {
		if n >= 2 || alone[place] {
			flags[place] = true
		}
	}
	return flags
}

// flagRest splits name into the key of the place its first words name,
// the longest such, and the rest, when a name follows the place: two
// capitalised words or more, or a short form ("MNLA"). A bare group noun
// ("Mali Gendarmerie") is no name of its own. rest is "" when no place
// opens name.
func flagRest(name string) (place, rest string) {
	words := strings.Fields(name)
	for k := min(maxFlagWords, len(words)-1); k >= 1; k-- {
		after := words[k:]
		if !startsUpper(after[0]) || len(after) == 1 && !isShortForm(after[0]) {
			continue
		}
		if key := nameKey(strings.Join(words[:k], " ")); lang.IsPlace(key) {
			return key, strings.Join(after, " ")
		}
	}
	return "", ""
}

// namedInAny reports whether any paragraph names name (see namedIn).
func namedInAny(paras []*para, name string) bool {
	for _, p := range paras {
		if _, ok := namedIn(p.text, name); ok {
			return true
		}
	}
	return false
}

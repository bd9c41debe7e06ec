package corpus

import (
	"slices"
	"strings"
)

// ruleMasthead reads the outlet a briefing's opening note opens with as
// its publisher: "*Steppe Wire News Agency (SWNA), Central Asia desk*",
// "Meridian News Service - world desk export". A note that starts with a
// name the press's words make an outlet's, set off by a dash, or in a
// paragraph wholly in emphasis by its letters or the line's end, names
// who reports, as a dateline's agency does: no party to the crisis. A
// lead sentence that opens with an outlet and its letters ("Radio Free
// Europe (RFE) is …") is prose, not a note.
const ruleMasthead = "masthead" // "*Bosphorus Newswire (BNW) — collected wire reports*": the outlet an opening note starts with is its publisher

// mastheadNames returns the outlet a paragraph of the opening note opens
// with and the letters a bracket after it gives, or nothing.
func mastheadNames(p *para) []string {
	note := strings.TrimSpace(p.orig)
	emphasised := len(note) > 2 && strings.ContainsAny(note[:1], "*_") && strings.ContainsAny(note[len(note)-1:], "*_")
	words := p.words()
	var part []string
	for j, w := range words {
		core := trim(w, "*_")
		if !startsUpper(core) && !(len(part) > 0 && isConnector(core)) {
			if len(part) == 0 || !setsOffName(core) || !emphasised && strings.HasPrefix(core, "(") {
				return nil
			}
			return mastheadOf(part, words[j:])
		}
		part = append(part, trimRight(core, ",.;:"))
		if j+1 == len(words) && emphasised {
			return mastheadOf(part, nil)
		}
		if core != trimRight(core, ",.;:") {
			return nil
		}
	}
	return nil
}

// setsOffName reports whether w, after a name, sets it off from what the
// note says of it: a dash or a bracket's opening.
func setsOffName(w string) bool {
	return w == "—" || w == "–" || w == "-" || strings.HasPrefix(w, "(")
}

// mastheadOf returns the name part when it is two words or more and
// names the press, by a press word or a compound "news" opens
// ("Newswire"), with the letters rest's bracket gives it.
func mastheadOf(part, rest []string) []string {
	name := strings.Join(part, " ")
	if len(part) < 2 || !namesPress(name) && !slices.ContainsFunc(part, newsCompound) {
		return nil
	}
	out := []string{name}
	if len(rest) > 0 && strings.HasPrefix(rest[0], "(") {
		if letters := trimRight(rest[0][1:], ".,;:)"); isShortForm(letters) {
			out = append(out, letters)
		}
	}
	return out
}

// newsCompound reports whether w is a compound word the noun "news"
// opens: "Newswire", "Newsline".
func newsCompound(w string) bool {
	low := strings.ToLower(w)
	return len(low) > len("news") && strings.HasPrefix(low, "news")
}

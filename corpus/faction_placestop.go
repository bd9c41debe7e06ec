package corpus

import (
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
)

// rulePlaceStop reads a stop capital inside a name as the name's word
// where it opens a place the gazetteer knows with the word after it: "The
// Congress of New Caledonia is a local legislature …" defines the
// Congress of New Caledonia, though "New" alone is a stop capital (it
// opens sentences as an adjective: "New clashes broke out").
const rulePlaceStop = "place-stop"

// opensPlace reports whether words[i], a stop capital, and the word after
// it (its punctuation trimmed) name a place the gazetteer knows: "New
// Caledonia", "New York".
func opensPlace(words []string, i int) bool {
	if i+1 >= len(words) || !isStopCap(words[i]) || !startsUpper(words[i+1]) {
		return false
	}
	next := trimRightPunct(trimPossessive(words[i+1]), ",;:.")
	return lang.IsPlace(strings.ToLower(words[i] + " " + next))
}

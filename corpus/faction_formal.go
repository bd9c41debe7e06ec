package corpus

import (
	"strings"
)

// ruleFormalName names a faction by the name the text uses when it also
// gives the formal one: "the Northern Pact, formally the Treaty
// Organization of Northern Friendship", "the Northern Pact (in full, the
// Organization of …)". The writer uses the first and records the second
// once; a faction another rule found by its formal name takes the name in
// use, unless the text writes the formal name more often, and keeps the
// formal one as an alias.
const ruleFormalName = "formal-name"

// formalMarkers set a formal name after the name in use.
var formalMarkers = []string{
	", formally the ", ", officially the ", ", formally known as ", ", officially known as ",
	", in full the ", ", in full, the ", " (in full, the ", " (in full the ", " (formally the ", " (officially the ",
}

// formalPairs returns the pairs of a name in use and its formal name that
// text gives; lower is text with ASCII letters lowered.
func formalPairs(text, lower string, rd nameReading) [][2]string {
	if !hasFormalCue(lower) {
		return nil // the cheap test: most paragraphs give no formal name
	}
	var out [][2]string
	for _, m := range formalMarkers {
		for at, from := range occurrences(lower, m) {
			a := nameBefore(strings.Fields(text[:at]))
			rest := strings.Fields(strings.TrimPrefix(text[from:], "the "))
			b, _ := nameAt(rest, 0, rd)
			b = strings.TrimRight(b, ")")
			if a == "" || b == "" || nameKey(a) == nameKey(b) || isShortForm(a) && strings.ToUpper(a) == a {
				continue // letters in use are the acronym's rule's
			}
			out = append(out, [2]string{a, b})
		}
	}
	return out
}

// hasFormalCue reports whether lower holds "formally", "officially" or
// "in full", which every formal marker holds. It visits only the text's
// letters f, rarer than the o and i searches for the last two began with.
func hasFormalCue(lower string) bool {
	for i := strings.IndexByte(lower, 'f'); i >= 0; {
		rest := lower[i:]
		if strings.HasPrefix(rest, "formally") || strings.HasPrefix(rest, "fficially") && i > 0 && lower[i-1] == 'o' ||
			strings.HasPrefix(rest, "full") && strings.HasSuffix(lower[:i], "in ") {
			return true
		}
		j := strings.IndexByte(rest[1:], 'f')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// markFormal records, for each pair, the name in use on the faction named
// by the formal name and calling the name in use an alias; it merges the
// two first, as any alias pair is merged.
// keys memoizes the names' keys (mergeKnownAs).
func markFormal(fs []*building, pairs [][2]string, keys keyMemo) []*building {
	seen := map[[2]string]bool{}
	for _, pair := range pairs {
		if seen[pair] {
			continue // a briefing repeats its introductions
		}
		seen[pair] = true
		fs = mergeKnownAs(fs, pair[0], pair[1], keys)
		k := keys.of(pair[1])
		for _, fb := range fs {
			// Keys fold case and accents only, so names whose lengths
			// differ much are not the formal one: spare the key.
			if d := len(fb.f.Name) - len(pair[1]); d < -8 || d > 8 || keys.of(fb.f.Name) != k {
				continue
			}
			if isNameOf(fb.f, pair[0], false) {
				fb.inUse = pair[0]
			}
		}
	}
	return fs
}

// nameInUse renames the faction by the name in use its text gave beside
// the formal one, when its paragraphs write that name at least as often.
func (fb *building) nameInUse() {
	f := fb.f
	if fb.inUse == "" || fb.inUse == f.Name {
		return
	}
	use, formal := 0, 0
	for _, t := range fb.texts {
		if strings.Contains(t, fb.inUse) {
			use++
		}
		if strings.Contains(t, f.Name) {
			formal++
		}
	}
	if use < formal {
		return
	}
	name := f.Name
	f.Name = fb.inUse
	for i, a := range f.Aliases {
		if a == fb.inUse {
			f.Aliases = append(f.Aliases[:i:i], f.Aliases[i+1:]...)
			break
		}
	}
	f.addAlias(name)
}

// ruleFormalNameOf pairs a sentence's subject with the name it is said to
// be the formal name of: "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad,
// which translates as "…", is the formal name of the original Boko
// Haram". The subject opens the sentence, however long the aside
// between it and the verb.
const ruleFormalNameOf = "formal-name-of"

// formalOfMarkers say the subject is another name of what follows.
var formalOfMarkers = []string{
	" is the formal name of ", " is the official name of ", " is the full name of ",
	" was the formal name of ", " was the official name of ", " was the full name of ",
}

// formalNamesOf returns the pairs of a sentence's opening name and the
// name its formal-name marker points to; lower is text with ASCII
// letters lowered.
func formalNamesOf(text, lower string, rd nameReading) [][2]string {
	if !strings.Contains(lower, " name of ") {
		return nil
	}
	var out [][2]string
	for _, m := range formalOfMarkers {
		for at, from := range occurrences(lower, m) {
			start := strings.LastIndex(text[:at], ". ") + 1 // 0 when the paragraph opens the sentence
			a, _ := nameAt(strings.Fields(strings.TrimPrefix(strings.TrimSpace(text[start:at]), "The ")), 0, rd)
			b := nameAfterModifiers(strings.Fields(strings.TrimPrefix(text[from:], "the ")), rd)
			if a != "" && b != "" && nameKey(a) != nameKey(b) {
				out = append(out, [2]string{a, b})
			}
		}
	}
	return out
}

// nameAfterModifiers reads the name that opens words, past up to two
// lower-case modifiers before it ("the original Boko Haram", "the
// so-called Islamic Army").
func nameAfterModifiers(words []string, rd nameReading) string {
	for i := 0; i < len(words) && i <= 2; i++ {
		if startsUpper(words[i]) {
			name, _ := nameAt(words, i, rd)
			return strings.TrimRight(name, ".,;:")
		}
	}
	return ""
}

package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// mentionIndex narrows the factions that may be mentioned in a paragraph
// to those one of whose forms has all its words in the paragraph, so that
// recording mentions costs about the paragraph's length, not its length
// times the number of factions. A form can only match text that holds each
// of its words; the faction's matcher then decides exactly as before.
type mentionIndex struct {
	byKey  map[string][]keyedForm // a form's rarest word → the form
	always []int                  // factions with a form that has no words
}

// keyedForm is one form of faction and its words.
type keyedForm struct {
	faction int
	words   []string
}

func newMentionIndex(ms []matcher) mentionIndex {
	x := mentionIndex{byKey: map[string][]keyedForm{}}
	// A word shared by many forms ("front", "national") would make every
	// paragraph using it look up all of them: each form is keyed by its
	// rarest word among all forms.
	df := map[string]int{}
	for _, m := range ms {
		for _, fm := range m {
			for _, w := range fm.words() {
				df[w]++
			}
		}
	}
	for fi, m := range ms {
		for _, fm := range m {
			ws := fm.words()
			if len(ws) == 0 {
				if !slices.Contains(x.always, fi) {
					x.always = append(x.always, fi)
				}
				continue
			}
			key := ws[0]
			for _, w := range ws[1:] {
				if df[w] < df[key] || df[w] == df[key] && len(w) > len(key) {
					key = w
				}
			}
			x.byKey[key] = append(x.byKey[key], keyedForm{fi, ws})
		}
	}
	return x
}

// words are the form's words as normalize folds them; text matching the
// form holds every one of them.
func (m *formMatcher) words() []string {
	form := m.folded
	if m.exact != "" {
		form = normalize(m.exact)
	}
	return strings.Fields(form)
}

// candidates returns, in ascending order, the factions that may be
// mentioned in text.
func (x mentionIndex) candidates(text string) []int {
	out := slices.Clone(x.always)
	ws := textWords(text)
	var have map[string]bool // built only when a key word is found
	for _, w := range ws {
		for _, kf := range x.byKey[w] {
			if have == nil {
				have = make(map[string]bool, len(ws))
				for _, w := range ws {
					have[w] = true
				}
			}
			if allIn(kf.words, have) {
				out = append(out, kf.faction)
			}
		}
	}
	if len(out) < 2 {
		return out
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func allIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return true
}

// textWords returns text's words in the two ways a form's word may meet
// them: as normalize folds the whole text (apostrophes inside words
// dropped, "d'Ivoire" → "divoire"), and split at every other character
// as well, apostrophes included, which is how a match's edges see them.
func textWords(text string) []string {
	ws := strings.Fields(normalize(text))
	if !strings.ContainsAny(text, "'’ʼ‘") {
		return ws // without apostrophes both ways split alike
	}
	var sb strings.Builder
	flush := func() {
		if sb.Len() > 0 {
			ws = append(ws, sb.String())
			sb.Reset()
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if f := foldRune(r); isWordRune(f) {
			sb.WriteRune(f)
			continue
		}
		flush()
	}
	flush()
	return ws
}

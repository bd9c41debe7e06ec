package corpus

import (
	"slices"
	"strings"
)

// mentionIndex narrows the factions that may be mentioned in a paragraph
// to those one of whose forms has all its words in the paragraph, so that
// recording mentions costs about the paragraph's length, not its length
// times the number of factions. A form can only match text that holds each
// of its words; the faction's matcher then decides exactly as before.
type mentionIndex struct {
	byKey  map[string][]keyedForm // a form's rarest word → the form
	always []int                  // factions with a form that has no words
	maybe  *[1 << 10]uint64       // a bit per keyHash of the keys: most words need no map look-up
}

// keyHash folds a word's length and first, second and last bytes into 16
// bits, for the filter in front of byKey.
func keyHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*31 + uint32(w[0])*7919 + uint32(w[n-1])*1299709
	if n > 1 {
		h += uint32(w[1]) * 104729
	}
	return h & (1<<16 - 1)
}

// keyedForm is one form of faction and its words.
type keyedForm struct {
	faction int
	words   []string
}

func newMentionIndex(ms []matcher) mentionIndex {
	x := mentionIndex{byKey: map[string][]keyedForm{}, maybe: new([1 << 10]uint64)}
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
			h := keyHash(key)
			x.maybe[h>>6] |= 1 << (h & 63)
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
// mentioned in text. It runs on every paragraph: the keys, the words'
// bits and the table of words live on the stack, so that a paragraph
// costs its fold and the result in allocations.
func (x mentionIndex) candidates(text string) []int {
	out := slices.Clone(x.always)
	extra := ""
	if hasApostrophe(text) {
		extra = splitAtApostrophes(text)
	}
	padded := paddedFold(text, extra)
	norm := padded[1 : len(padded)-len(extra)-2]
	// Most paragraphs hold no key word: look the words up in place, and
	// look further only when one is a key. Each word also sets its bit in
	// seen, so that a keyed form's other words that are not in the text
	// (most of them) are ruled out without searching the text for them.
	var (
		room [32]string // most texts hold fewer keys: no allocation
		seen wordBits
	)
	keys := x.lookUp(norm, room[:0], &seen)
	keys = x.lookUp(extra, keys, &seen)
	if len(keys) == 0 {
		return out
	}
	out = x.appendKeyed(out, keys, textWords{padded: padded, seen: &seen}, norm, extra)
	if len(out) < 2 {
		return out
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// appendKeyed appends to out the faction of each form that keys key and
// whose words are all in the text: in, whose words are also norm's and
// extra's. A form's other words are few: each is looked for in the padded
// text, or in a table of its words when there are many forms to check.
func (x mentionIndex) appendKeyed(out []int, keys []string, in textWords, norm, extra string) []int {
	if x.formsOf(keys) > searchedForms {
		var table wordTable // on the stack: a map here was a twelfth of a build's allocations
		table.addAll(norm)
		table.addAll(extra)
		in.table = &table
	}
	for _, k := range keys {
		for _, kf := range x.byKey[k] {
			if in.all(kf.words) {
				out = append(out, kf.faction)
			}
		}
	}
	return out
}

// paddedFold returns " " + normalize(text) + " " + extra + " " in one
// allocation: the fold of a paragraph is written on the stack first.
func paddedFold(text, extra string) string {
	var buf [1024]byte
	norm := appendNormal(buf[:0], text)
	var sb strings.Builder
	sb.Grow(len(norm) + len(extra) + 3)
	sb.WriteByte(' ')
	sb.Write(norm)
	sb.WriteByte(' ')
	sb.WriteString(extra)
	sb.WriteByte(' ')
	return sb.String()
}

// wordBits is a set of keyHash values: the words of one text, as a
// filter in front of searching the text for a word.
type wordBits [1 << 10]uint64

func (s *wordBits) add(h uint32)      { s[h>>6] |= 1 << (h & 63) }
func (s *wordBits) has(h uint32) bool { return s[h>>6]&(1<<(h&63)) != 0 }

// lookUp appends to keys the words of norm, a normalized string, that key
// forms, and adds every word of norm to seen. The forms themselves are
// read only once seen holds every word of the text: a common key word
// keys many forms, and most of them are ruled out by seen.
func (x mentionIndex) lookUp(norm string, keys []string, seen *wordBits) []string {
	for norm != "" {
		w, rest, _ := strings.Cut(norm, " ")
		norm = rest
		if w == "" {
			continue
		}
		h := keyHash(w)
		seen.add(h)
		if x.maybe[h>>6]&(1<<(h&63)) != 0 {
			if _, ok := x.byKey[w]; ok && !slices.Contains(keys, w) {
				keys = append(keys, w)
			}
		}
	}
	return keys
}

// searchedForms is how many forms a text's key words may bring before
// their words are looked up in a set of the text's words rather than
// searched for in the text: a set costs a map entry a word, a search a
// pass over the text. On synthetic corpora of common words with
// thousands of names, a paragraph brings hundreds of forms.
const searchedForms = 16

// formsOf returns how many forms keys key.
func (x mentionIndex) formsOf(keys []string) int {
	n := 0
	for _, k := range keys {
		n += len(x.byKey[k])
	}
	return n
}

// textWords is the words of a text: padded, a space-separated string
// with a space at each end whose words are in seen, and optionally the
// same words as a table to look them up in rather than search padded.
type textWords struct {
	padded string
	seen   *wordBits
	table  *wordTable
}

// wordTable is a set of words, open-addressed by keyHash and at most half
// full: its first slots are an array small enough for the stack, so that
// a paragraph's words are looked up without a map allocated for each
// paragraph; a text with more words moves them to a larger slice.
type wordTable struct {
	room  [1 << 10]string
	large []string // the slots once room is outgrown, nil before
	n     int
}

// slots returns the table's slots: room, or large once it is in use.
func (t *wordTable) slots() []string {
	if t.large != nil {
		return t.large
	}
	return t.room[:]
}

// addAll adds the words of s, a space-separated string; empty words are
// no words and are left out.
func (t *wordTable) addAll(s string) {
	for w := range strings.SplitSeq(s, " ") {
		if w == "" {
			continue
		}
		slots := t.slots()
		i := slotOf(slots, w)
		if slots[i] != "" {
			continue // a word the table holds
		}
		if t.n == len(slots)/2 {
			t.grow()
			slots = t.slots()
			i = slotOf(slots, w)
		}
		slots[i] = w
		t.n++
	}
}

// grow moves the words into slots twice as many, keeping the table at
// most half full.
func (t *wordTable) grow() {
	old := t.slots()
	large := make([]string, 2*len(old))
	for _, w := range old {
		if w != "" {
			large[slotOf(large, w)] = w
		}
	}
	t.large = large
}

// slotOf returns the slot of slots, a power of two in number, holding w, or
// the empty slot where it belongs.
func slotOf(slots []string, w string) uint32 {
	mask := uint32(len(slots) - 1)
	i := keyHash(w) & mask
	for slots[i] != "" && slots[i] != w {
		i = (i + 1) & mask
	}
	return i
}

// has reports whether w, a word (not empty), is in the table.
func (t *wordTable) has(w string) bool {
	slots := t.slots()
	return slots[slotOf(slots, w)] != ""
}

// all reports whether every word of ws is a word of the text.
func (t textWords) all(ws []string) bool {
	for _, w := range ws {
		if !t.seen.has(keyHash(w)) {
			return false
		}
		if t.table != nil && !t.table.has(w) || t.table == nil && !wordIn(w, t.padded) {
			return false
		}
	}
	return true
}

// wordIn reports whether w is a word of padded, a space-separated string
// with a space at each end.
func wordIn(w, padded string) bool {
	i := strings.Index(padded, w)
	for i >= 0 && (padded[i-1] != ' ' || padded[i+len(w)] != ' ') {
		j := strings.Index(padded[i+1:], w)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return i >= 0
}

// hasApostrophe reports whether text holds an apostrophe or a single
// quotation mark: ', ’, ‘ or ʼ.
func hasApostrophe(text string) bool {
	return strings.IndexByte(text, '\'') >= 0 || strings.Contains(text, "’") || strings.Contains(text, "‘") || strings.Contains(text, "ʼ")
}

// indexApostrophe returns the byte offset of the first apostrophe or
// single quotation mark in text (', ’, ‘ or ʼ), or -1.
func indexApostrophe(text string) int { return indexFirst(text, "'", "’", "‘", "ʼ") }

// indexFirst returns the byte offset of the first of seps in s, or -1.
// Each search stops at the best offset so far, so together they walk s
// about once, each vectorised (a one-byte sep is a byte search).
func indexFirst(s string, seps ...string) int {
	best := -1
	for _, sep := range seps {
		upTo := s
		if best >= 0 {
			upTo = s[:best]
		}
		if i := strings.Index(upTo, sep); i >= 0 {
			best = i
		}
	}
	return best
}

// splitAtApostrophes returns, space-separated, the words of text's
// tokens that hold an apostrophe, folded as normalize does but split at
// the apostrophe ("Kenya's" → "kenya s", "d'Ivoire" → "d ivoire"): the
// only words that differ from normalize's.
func splitAtApostrophes(text string) string {
	var sb strings.Builder
	for {
		k := indexApostrophe(text)
		if k < 0 {
			break
		}
		// The space-separated token around the apostrophe.
		tok := text[strings.LastIndexByte(text[:k], ' ')+1:]
		tok, text, _ = strings.Cut(tok, " ")
		space := true
		for _, r := range tok {
			if f := foldRune(r); isWordRune(f) {
				if space && sb.Len() > 0 {
					sb.WriteByte(' ')
				}
				space = false
				sb.WriteRune(f)
				continue
			}
			space = true
		}
	}
	return sb.String()
}

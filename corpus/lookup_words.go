package corpus

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// wordList is a sorted list of distinct strings, each with the factions
// (indices into c.Factions, ascending) holding it: what the look-up's
// candidate index (lookup_candidates.go) finds strings in by spelling,
// prefix or a few edits, reading only the strings that qualify.
type wordList struct {
	words []string
	ids   [][]int
	byLen []wordList // the same strings by their count of runes, for within
}

// wordListBuilder gathers a wordList's strings, faction by faction in
// corpus order.
type wordListBuilder map[string][]int

// add records that the i-th faction holds w.
func (b wordListBuilder) add(w string, i int) { addOnce(b, w, i) }

// list sorts what b gathered.
func (b wordListBuilder) list() wordList {
	l := wordList{words: make([]string, 0, len(b))}
	for w := range b {
		l.words = append(l.words, w)
	}
	slices.Sort(l.words)
	l.ids = make([][]int, len(l.words))
	for i, w := range l.words {
		l.ids[i] = b[w]
		n := utf8.RuneCountInString(w)
		for len(l.byLen) <= n {
			l.byLen = append(l.byLen, wordList{})
		}
		l.byLen[n].words = append(l.byLen[n].words, w)
		l.byLen[n].ids = append(l.byLen[n].ids, l.ids[i])
	}
	return l
}

// exact appends the factions holding w.
func (l wordList) exact(w string, out []int) []int {
	if i, ok := slices.BinarySearch(l.words, w); ok {
		out = append(out, l.ids[i]...)
	}
	return out
}

// withPrefix appends the factions holding a string that opens with p.
func (l wordList) withPrefix(p string, out []int) []int {
	i, _ := slices.BinarySearch(l.words, p)
	for ; i < len(l.words) && strings.HasPrefix(l.words[i], p); i++ {
		out = append(out, l.ids[i]...)
	}
	return out
}

// within appends the factions holding a string within limit edits of q,
// as editDistance counts them (runes, two adjacent letters swapped one
// edit): of the strings whose length is within limit of q's, as
// editDistance's must be.
func (l wordList) within(q string, limit int, out []int) []int {
	n := utf8.RuneCountInString(q)
	for m := max(0, n-limit); m <= n+limit && m < len(l.byLen); m++ {
		out = l.byLen[m].walk(q, limit, out)
	}
	return out
}

// walk appends the factions holding a string of l within limit edits of
// q. It walks the sorted strings as a trie: the table's rows for a
// prefix serve every string opening with it, and a prefix whose last two
// rows lie beyond limit rules out every string opening with it unread.
func (l wordList) walk(q string, limit int, out []int) []int {
	t := newEditTable(q)
	for i := 0; i < len(l.words); {
		w := l.words[i]
		if dead := t.extend(w, limit); dead > 0 {
			i = l.pastPrefix(i, t.path[:dead])
			continue
		}
		if t.distance() <= limit {
			out = append(out, l.ids[i]...)
		}
		i++
	}
	return out
}

// pastPrefix returns the first index from i on whose string does not
// open with the runes p: sorted, the strings opening with p follow one
// another.
func (l wordList) pastPrefix(i int, p []rune) int {
	ps := string(p)
	return i + sort.Search(len(l.words)-i, func(k int) bool { return !strings.HasPrefix(l.words[i+k], ps) })
}

// editTable is the optimal-string-alignment table of a query against
// the runes of path, a row per rune of path, kept from one string to the
// next as far as they share an opening.
type editTable struct {
	q    []rune
	path []rune
	rows [][]int // rows[k]: distances of path[:k] to each opening of q
}

// newEditTable starts a table for q with the empty path.
func newEditTable(q string) *editTable {
	t := &editTable{q: []rune(q)}
	row := make([]int, len(t.q)+1)
	for j := range row {
		row[j] = j
	}
	t.rows = [][]int{row}
	return t
}

// extend moves the path to w, recomputing the rows past the opening it
// shares with the path before. It returns 0, or the length of the
// shortest opening of w whose last two rows are beyond limit: no string
// opening with it is within limit (a swap reaches back one row, no
// further); the path then ends there.
func (t *editTable) extend(w string, limit int) int {
	shared, at := 0, len(w)
	for i, r := range w {
		if shared >= len(t.path) || t.path[shared] != r {
			at = i
			break
		}
		shared++
	}
	t.path = appendRunes(t.path[:shared], w[at:])
	depth := shared
	for k := shared + 1; k <= len(t.path); k++ {
		t.row(k)
		depth = k
		if slices.Min(t.rows[k]) > limit && slices.Min(t.rows[k-1])+1 > limit {
			t.path = t.path[:k]
			return k
		}
	}
	t.path = t.path[:depth]
	return 0
}

// row computes rows[k] from the rows before it, reusing its storage.
func (t *editTable) row(k int) {
	if k < cap(t.rows) {
		t.rows = t.rows[:k+1]
	} else {
		t.rows = append(t.rows, nil)
	}
	if t.rows[k] == nil {
		t.rows[k] = make([]int, len(t.q)+1)
	}
	prev, cur := t.rows[k-1], t.rows[k]
	cur[0] = k
	for j := 1; j <= len(t.q); j++ {
		var prev2 []int
		if k > 1 {
			prev2 = t.rows[k-2]
		}
		cur[j] = osaCell(t.path, t.q, k, j, prev2, prev, cur)
	}
}

// distance is the distance of the whole path to the whole query.
func (t *editTable) distance() int {
	return t.rows[len(t.path)][len(t.q)]
}

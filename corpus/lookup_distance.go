package corpus

import "unicode/utf8"

// editStack is the most runes a word may hold for editDistance to keep
// its work on the stack: a look-up compares the query with every name of
// the corpus, so a heap allocation per comparison is most of its cost.
const editStack = 48

// editDistance is the edit distance between a and b in runes, with two
// adjacent letters swapped counting as one edit (optimal string
// alignment). It returns the distance when it is at most limit, and
// limit+1 otherwise: a look-up asks only whether a name is within a few
// slips of the query, so words whose lengths differ by more than limit
// cost nothing, and each row is computed only within limit of its
// diagonal, where a distance of limit or less must lie.
func editDistance(a, b string, limit int) int {
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if d := na - nb; d > limit || -d > limit {
		return limit + 1
	}
	var bufA, bufB [editStack]rune
	ra, rb := appendRunes(bufA[:0], a), appendRunes(bufB[:0], b)
	var rowBuf [3 * (editStack + 1)]int
	rows := rowBuf[:]
	if nb > editStack {
		rows = make([]int, 3*(nb+1))
	}
	return bandedDistance(ra, rb, limit, rows)
}

// appendRunes appends s's runes to buf.
func appendRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// bandedDistance is editDistance over runes, in three rows of rows
// (len(rb)+1 each). A cell off the band |i-j| <= limit holds limit+1:
// its true distance is at least |i-j|, and any value above limit there
// leaves every distance of limit or less unchanged.
func bandedDistance(ra, rb []rune, limit int, rows []int) int {
	n := len(rb) + 1
	prev2, prev, cur := rows[:n], rows[n:2*n], rows[2*n:3*n]
	far := limit + 1
	for j := range prev {
		prev[j] = min(j, far)
	}
	prevMin := 0
	for i := 1; i <= len(ra); i++ {
		lo, hi := max(1, i-limit), min(len(rb), i+limit)
		cur[0] = min(i, far)
		if lo > 1 && lo <= len(rb)+1 {
			cur[lo-1] = far
		}
		rowMin := cur[0]
		for j := lo; j <= hi; j++ {
			cur[j] = osaCell(ra, rb, i, j, prev2, prev, cur)
			rowMin = min(rowMin, cur[j])
		}
		if hi < len(rb) {
			cur[hi+1] = far
		}
		if min(rowMin, prevMin+1) > limit {
			return far // a swap reaches back one row, no further
		}
		prevMin = rowMin
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], far)
}

// osaCell is the optimal-string-alignment distance of ra[:i] and rb[:j]
// from the two rows before and the cell before: two letters swapped
// ("secruity") cost one edit, as a reader's slip does.
func osaCell(ra, rb []rune, i, j int, prev2, prev, cur []int) int {
	cost := 1
	if ra[i-1] == rb[j-1] {
		cost = 0
	}
	d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
	if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
		d = min(d, prev2[j-2]+1)
	}
	return d
}

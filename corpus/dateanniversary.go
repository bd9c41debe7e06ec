package corpus

// anniversaryAgo reads a count of years ago followed by "today" or
// "tonight" at token k ("Thirty-five years ago tonight, tanks rolled
// through the streets"; ruleYearsAgoToday): the moment's own day, that
// many years back, as an anniversary is. Read apart, the count gives
// only a year and "tonight" a second event on the moment's day, which
// the sentence does not tell of. It returns nil where the words do not
// read so.
func (s *dateScanner) anniversaryAgo(unit string, n int, vague bool, k int) (*dateExpr, int) {
	if !s.off.on(ruleYearsAgoToday) || vague || unit != "years" && unit != "year" {
		return nil, 0
	}
	if w := s.lower(k); w != "today" && w != "tonight" {
		return nil, 0
	}
	return &dateExpr{kind: exNowDay, prec: PrecisionDay, anniversary: n}, k + 1
}

// anniversaryDay is the day y-m-d, years back: 29 February falls on
// the 28th in a common year.
func anniversaryDay(y, m, d, years int) (int, int, int) {
	y -= years
	return y, m, min(d, monthDays(y, m))
}

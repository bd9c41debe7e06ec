package corpus

import "strings"

// markCoordinatedOf gives a year, or a span of years, joined by "and"
// to a year that names a thing after "of" the same naming reading
// (ruleCoordinatedOf): in "the great Sahelian droughts of 1968–1974 and
// 1983–1985" the "of" governs both conjuncts, which name the droughts
// alike. Without it the second read as a time its clause tells, dating
// the sentence by the later droughts while the earlier, the subject's
// own noun, was left out (see sentenceScan.isSubjectYear, which dates a
// subject's naming year once no other date of its clause is a time).
func markCoordinatedOf(sentence string, es []dateExpr, off dateRules) []dateExpr {
	if !off.on(ruleCoordinatedOf) {
		return es
	}
	for k := 1; k < len(es); k++ {
		a, b := es[k-1], &es[k]
		if !a.ofYear || b.kind != exCalendar || b.prec != PrecisionYear || b.skip || b.year == 0 || b.decade {
			continue
		}
		if strings.TrimSpace(sentence[a.end:b.start]) == "and" {
			b.skip, b.ofYear = true, true
		}
	}
	return es
}

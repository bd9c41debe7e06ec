package corpus

// Most told per month and year, and the narrative's focal year: a
// briefing about one crisis tells most of its dates in the crisis's own
// year, and backstory, epilogue and glances ahead tell few.

// focalMaxAside is how many dates in all a year may have told and still
// count as an aside from the story.
const focalMaxAside = 3

// noteMonth records that the narrative reported a date of month or day
// precision in d's month.
func (r *resolver) noteMonth(d Date) {
	if d.Precision < PrecisionMonth {
		return
	}
	if r.months == nil {
		r.months = map[[2]int]int{}
	}
	r.months[[2]int{d.Year, d.Month}]++
	r.monthsTotal++
}

// monthsTold is how many dates the narrative has reported in all.
func (r *resolver) monthsTold() int { return r.monthsTotal }

// focalYear is the year with the most dates reported, the earliest on a
// tie, with its count and the count of the year that comes next; 0 when
// none.
func (r *resolver) focalYear() (year, most, next int) {
	totals := map[int]int{}
	for k, c := range r.months {
		totals[k[0]] += c
	}
	for y, c := range totals {
		switch {
		case c > most || c == most && y < year:
			year, most, next = y, c, max(next, most)
		case c > next:
			next = c
		}
	}
	return year, most, next
}

// spans reports whether month m lies between the first and the last
// month the narrative reported in year y.
func (r *resolver) spans(y, m int) bool {
	lo, hi := 13, 0
	for k := range r.months {
		if k[0] == y {
			lo, hi = min(lo, k[1]), max(hi, k[1])
		}
	}
	return lo <= m && m <= hi
}

// opensStep reports whether the date being resolved opens a new step
// of the account in narrative year y: the first date its paragraph
// reports, with no year written in its sentence, in
// a section other than the one that brought the narrative into y, and
// y reached by a date, not named by a heading or a label (those set no
// latest date).
func (r *resolver) opensStep(y int) bool {
	if r.mentioned != 0 || r.monthsTold() != r.paraMonths || r.prev == nil {
		return false
	}
	return r.section != r.yearSection
}

// goesOn reports whether e's month follows the narrative's latest
// date inside y, a month or day the narrative reached in y: the story
// goes on in y ("In July 1995 … On 28 August"), however little it has
// told of it yet. A month no later than the latest, or one y was
// reached only by rolling over the new year or by a year alone, goes
// on from nothing.
func (r *resolver) goesOn(e dateExpr, y int) bool {
	p := r.prev
	return p != nil && p.Year == y && p.Precision >= PrecisionMonth && e.month > p.Month
}

// yearTold is how many dates the narrative has reported in year y.
func (r *resolver) yearTold(y int) int {
	n := 0
	for k, c := range r.months {
		if k[0] == y {
			n += c
		}
	}
	return n
}

// focalReturn returns the year of e, a past date with a month and no
// year that y, the narrative's, would place, when it is the first date
// its paragraph reports (ruleFocalReturn). A paragraph that opens on a
// month begins a new step of the account; when y is a year the text
// only glanced at (at most focalMaxAside dates, a third of the focal
// year's at most), and the month lies inside the stretch of the focal
// year the text told, the paragraph goes back into the story, not on
// from the glance; unless the month follows the narrative's latest date
// in y (see goesOn).
func (r *resolver) focalReturn(e dateExpr, y int) int {
	if !r.off.on(ruleFocalReturn) || e.month == 0 || !r.opensStep(y) {
		return y
	}
	f, most, next := r.focalYear()
	if f == 0 || f == y || f == r.ctxYear || most < 2*next || r.yearTold(y) > focalMaxAside || most < 3*r.yearTold(y) {
		return y
	}
	if !r.spans(f, e.month) || r.goesOn(e, y) {
		return y
	}
	return f
}

// toldMonthYear returns the year of e, a past date with a month and no
// year that y, the narrative's, would place, when it is the first date
// its paragraph reports and its sentence writes no year
// (ruleToldMonth). A paragraph that opens on a month y never told, two
// months or more from the narrative's latest date, in a year next to y
// that told that month, picks up that year's thread when it resumes it
// (see resumesThread): y was reached by a glance back or ahead, or by
// a section of background, and the account goes on where it left off.
func (r *resolver) toldMonthYear(e dateExpr, y int) int {
	if !r.off.on(ruleToldMonth) || e.month == 0 || r.mentioned != 0 || r.monthsTold() != r.paraMonths {
		return y
	}
	p := r.prev
	if p == nil || p.Year != y || p.Precision < PrecisionMonth || r.months[[2]int{y, e.month}] > 0 {
		return y
	}
	if e.month-p.Month < 2 && p.Month-e.month < 2 {
		return y
	}
	f := r.toldNextTo(y, e.month)
	if f == 0 || !r.resumesThread(f, e.month, y) {
		return y
	}
	return f
}

// resumesThread reports whether month m, in year f, resumes the thread
// the narrative left for y: m is the latest month f told, or the one
// before it, and y a glance, told in one or two dates and no more than
// f. A month further back in f would reopen a stretch its narrative
// had moved on from, and a year told in three dates or more is a
// narrative of its own.
func (r *resolver) resumesThread(f, m, y int) bool {
	n := r.yearTold(y)
	return r.latestMonth(f)-m <= 1 && n <= 2 && n <= r.yearTold(f)
}

// latestMonth is the latest month the narrative told in year y, 0 when
// none.
func (r *resolver) latestMonth(y int) int {
	m := 0
	for k := range r.months {
		if k[0] == y {
			m = max(m, k[1])
		}
	}
	return m
}

// toldNextTo returns the year next to y, before or after it, in which
// the narrative told month m, the one that told it more on a tie the
// earlier; 0 when neither did.
func (r *resolver) toldNextTo(y, m int) int {
	before, after := r.months[[2]int{y - 1, m}], r.months[[2]int{y + 1, m}]
	switch {
	case before == 0 && after == 0:
		return 0
	case after > before:
		return y + 1
	}
	return y - 1
}

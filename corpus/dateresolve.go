package corpus

import "time"

// resolver turns temporal expressions into calendar dates, in the spirit of
// HeidelTime's news mode, carrying the narrative state of one briefing.
//
// The rules, in order:
//   - An explicit year is taken as written.
//   - A date with no year takes the narrative year: the year of the latest
//     date resolved in this paragraph or, when the paragraph before it held
//     dates too (and the section has not changed), in that one. Briefings
//     re-anchor to the present after a stretch with no dates, so a narrative
//     year does not leak across undated paragraphs.
//     A section heading that names a year ("## 2011: the uprising") sets it
//     for the section's first paragraph. Narratives run forward: a month
//     more than six months before the previous date of the narrative year
//     ("On Dec. 24 ... on 3 January") takes the next year, unless that lands
//     after the reference date.
//   - Failing that it takes the reference year (the briefing's date).
//   - A past event whose year was not written never lands after the
//     reference date: it moves back a year ("December 20" in a briefing of
//     5 January is last December). An announced one ("will be held",
//     "is scheduled") that would land before the reference moves forward.
//   - "Last March" is the latest March before the reference month.
//   - A relative day ("the following day", "two days after the election")
//     counts from the latest day-precision date earlier in its sentence,
//     else from the first day-precision date of the latest earlier sentence
//     of the paragraph that had one (the main clause usually comes first).
//   - Where no year can be found the expression stays unresolved.
type resolver struct {
	ref         Date  // day precision; zero when the briefing has no date
	ctxYear     int   // narrative year, 0 when none
	dayAnchor   *Date // for relative days, from earlier sentences
	monthAnchor *Date // for relative months
	prev        *Date // the latest date of the current narrative (see ctxYear)
}

func newResolver(ref time.Time) *resolver {
	r := &resolver{}
	if !ref.IsZero() {
		r.ref = Date{Year: ref.Year(), Month: int(ref.Month()), Day: ref.Day(), Precision: PrecisionDay}
	}
	return r
}

// resolve places e. future says its clause announces something to come;
// local is the latest day-precision date earlier in the same sentence.
func (r *resolver) resolve(e dateExpr, future bool, local *Date) (Date, bool) {
	var (
		d  Date
		ok bool
	)
	switch e.kind {
	case exCalendar:
		d, ok = r.calendar(e, future)
	case exLastMonth:
		if r.ref.IsZero() {
			return Date{}, false
		}
		y := r.ref.Year
		if e.month >= r.ref.Month {
			y--
		}
		d, ok = Date{Year: y, Month: e.month, Precision: PrecisionMonth, Modifier: e.mod}, true
	case exNextMonth:
		if r.ref.IsZero() {
			return Date{}, false
		}
		y := r.ref.Year
		if e.month <= r.ref.Month {
			y++
		}
		d, ok = Date{Year: y, Month: e.month, Precision: PrecisionMonth, Modifier: e.mod}, true
		future = true
	case exRefMonth:
		if r.ref.IsZero() {
			return Date{}, false
		}
		months := r.ref.Year*12 + r.ref.Month - 1 + e.delta
		d, ok = Date{Year: months / 12, Month: months%12 + 1, Precision: PrecisionMonth, Modifier: e.mod}, true
	case exRelDay:
		a := r.anchor(e, local, PrecisionDay)
		if a == nil {
			return Date{}, false
		}
		y, m, day := addDays(a.Year, a.Month, a.Day, e.delta)
		d, ok = Date{Year: y, Month: m, Day: day, Precision: PrecisionDay, Modifier: e.mod}, true
		if a.Modifier == ModApprox {
			d.Modifier = ModApprox
		}
	case exRelMonth:
		a := r.anchor(e, local, PrecisionMonth)
		if a == nil {
			return Date{}, false
		}
		months := a.Year*12 + a.Month - 1 + e.delta
		d, ok = Date{Year: months / 12, Month: months%12 + 1, Precision: PrecisionMonth, Modifier: e.mod}, true
	}
	if !ok || !validDate(d) {
		return Date{}, false
	}
	switch {
	case r.ref.IsZero():
		d.Scheduled = future
	case compareDateKeys(d.start(), r.ref.start()) > 0:
		d.Scheduled = true
	default:
		d.Scheduled = future && compareDateKeys(d.end(), r.ref.start()) >= 0
	}
	return d, true
}

// anchor finds what a relative expression counts from.
func (r *resolver) anchor(e dateExpr, local *Date, prec Precision) *Date {
	if e.base != nil {
		b, ok := r.calendar(*e.base, false)
		if !ok || b.Precision < prec {
			return nil
		}
		return &b
	}
	if local != nil && local.Precision >= prec {
		return local
	}
	if prec == PrecisionDay {
		return r.dayAnchor
	}
	if r.monthAnchor != nil && r.monthAnchor.Precision >= prec {
		return r.monthAnchor
	}
	return nil
}

// calendar resolves a calendar expression's year.
func (r *resolver) calendar(e dateExpr, future bool) (Date, bool) {
	y, implicit := 0, false
	switch e.yref {
	case yrNone:
		y = e.year
		implicit = y == 0
	case yrRefLast, yrRefThis, yrRefNext:
		if r.ref.IsZero() {
			return Date{}, false
		}
		y = r.ref.Year + yearOffset(e.yref)
	case yrCtx, yrCtxNext, yrCtxPrev:
		if r.ctxYear == 0 {
			return Date{}, false
		}
		y = r.ctxYear + yearOffset(e.yref) + e.delta
	}
	if implicit {
		switch {
		case r.ctxYear != 0:
			y = r.ctxYear
			// Narratives run forward: "On Dec. 24 ... on 3 January" is the
			// next January, when that is not after the reference date.
			if p := r.prev; p != nil && p.Year == y && e.month > 0 && p.Month-e.month > 6 {
				next := Date{Year: y + 1, Month: e.month, Precision: PrecisionMonth}
				if r.ref.IsZero() || compareDateKeys(next.start(), r.ref.start()) <= 0 {
					y++
				}
			}
		case !r.ref.IsZero():
			y = r.ref.Year
		default:
			return Date{}, false
		}
	}
	d := Date{Year: y, Month: e.month, Day: e.day, Precision: e.prec, Modifier: e.mod}
	if implicit && !r.ref.IsZero() {
		switch {
		case !future && compareDateKeys(d.start(), r.ref.start()) > 0:
			// The latest such date not after the reference.
			d.Year = r.ref.Year
			if compareDateKeys(d.start(), r.ref.start()) > 0 {
				d.Year--
			}
		case future && compareDateKeys(d.end(), r.ref.start()) < 0:
			// The first such date not before the reference.
			d.Year = r.ref.Year
			if compareDateKeys(d.end(), r.ref.start()) < 0 {
				d.Year++
			}
		}
	}
	return d, validDate(d)
}

// validDate reports whether d is a real calendar date of its precision.
func validDate(d Date) bool {
	if d.Year < 1 || d.Year > 9999 {
		return false
	}
	switch d.Precision {
	case PrecisionYear:
		return d.Month == 0 && d.Day == 0
	case PrecisionMonth:
		return d.Month >= 1 && d.Month <= 12 && d.Day == 0
	case PrecisionDay:
		return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= monthDays(d.Year, d.Month)
	}
	return false
}

// yearOffset is how many years a relative year reference moves from its
// base (the reference year or the narrative year).
func yearOffset(y yearRef) int {
	switch y {
	case yrRefLast, yrCtxPrev:
		return -1
	case yrRefNext, yrCtxNext:
		return 1
	}
	return 0
}

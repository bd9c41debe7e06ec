package corpus

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrDateFormat means a date bound is not YYYY, YYYY-MM or YYYY-MM-DD.
var ErrDateFormat = errors.New("date must be YYYY, YYYY-MM or YYYY-MM-DD")

// Date modifiers, as carried in Date.Modifier.
const (
	ModEarly  = "early"
	ModMid    = "mid"
	ModLate   = "late"
	ModApprox = "approx"
)

// String names p as it appears in JSON: "day", "month", "year", or "" for
// PrecisionNone.
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return ""
}

// IsZero reports whether d is the zero Date: no date at all, which as a
// timeline bound means "unbounded".
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// ParseDate parses a date bound: YYYY, YYYY-MM or YYYY-MM-DD, with exactly
// those digit counts, a month 01–12 and a day that exists in that month.
// Any other input gives an error wrapping ErrDateFormat that quotes it.
func ParseDate(s string) (Date, error) {
	bad := func() (Date, error) { return Date{}, fmt.Errorf("%w, got %q", ErrDateFormat, s) }
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return bad()
	}
	widths := []int{4, 2, 2}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if len(p) != widths[i] || !isAllDigits(p) {
			return bad()
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			return bad()
		}
		nums[i] = n
	}
	d := Date{Year: nums[0], Precision: PrecisionYear}
	if d.Year < 1 {
		return bad()
	}
	if len(nums) > 1 {
		d.Month, d.Precision = nums[1], PrecisionMonth
		if d.Month < 1 || d.Month > 12 {
			return Date{}, &impossibleDateError{fmt.Sprintf("%s: there is no month %d; months run 01 to 12", s, d.Month)}
		}
	}
	if len(nums) > 2 {
		d.Day, d.Precision = nums[2], PrecisionDay
		if n := monthDays(d.Year, d.Month); d.Day < 1 || d.Day > n {
			return Date{}, &impossibleDateError{fmt.Sprintf("%s: %s %d has %d days", s, time.Month(d.Month), d.Year, n)}
		}
	}
	return d, nil
}

// ErrImpossibleDate means a date is well formed but names no real day or
// month, as 2013-02-30.
var ErrImpossibleDate = errors.New("no such date")

// impossibleDateError names the impossible day in a sentence. It is both
// ErrImpossibleDate and ErrDateFormat, so callers that check the format
// alone still catch it.
type impossibleDateError struct{ msg string }

func (e *impossibleDateError) Error() string { return e.msg }
func (e *impossibleDateError) Is(target error) bool {
	return target == ErrImpossibleDate || target == ErrDateFormat
}

// String renders d in ISO 8601 reduced precision: 2013-01-10, 2012-06,
// 2011. The zero Date renders as "".
//
// A date whose year the text never gives renders in ISO 8601's year-less
// form: --03-04, or --03 for a month.
func (d Date) String() string {
	if d.Year == 0 {
		switch d.Precision {
		case PrecisionMonth:
			return fmt.Sprintf("--%02d", d.Month)
		case PrecisionDay:
			return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
		}
		return ""
	}
	switch d.Precision {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Human renders d for a reader: "10 Jan 2013", "late Jun 2012", "2011",
// "early 2012", and "c. 14 Jan 2013" for an approximate date. Scheduling is
// not shown; callers that care add it.
func (d Date) Human() string {
	var s string
	switch d.Precision {
	case PrecisionYear:
		s = strconv.Itoa(d.Year)
	case PrecisionMonth:
		s = monthAbbr(d.Month) + yearSuffix(d.Year)
	case PrecisionDay:
		s = fmt.Sprintf("%d %s", d.Day, monthAbbr(d.Month)) + yearSuffix(d.Year)
	default:
		return ""
	}
	switch d.Modifier {
	case ModApprox:
		return "c. " + s
	case ModEarly, ModMid, ModLate:
		return d.Modifier + " " + s
	}
	return s
}

// yearSuffix is " 2013", or "" for a date whose year is unknown.
func yearSuffix(y int) string {
	if y == 0 {
		return ""
	}
	return " " + strconv.Itoa(y)
}

// HumanRange renders the span from d to end for a reader, sharing what
// the two ends share: "3–5 Mar 2013", "Jun–Aug 2003", "1999–2003",
// "28 Feb – 2 Mar 2024", "Dec 2012 – Jan 2013". A zero end renders d
// alone, as Human does.
func HumanRange(d, end Date) string {
	if end.IsZero() || end == d {
		return d.Human()
	}
	a, b := d, end
	a.Scheduled, b.Scheduled = false, false
	switch {
	case a.Modifier == "" && b.Modifier == "" && a.Year == b.Year && a.Precision == b.Precision:
		switch a.Precision {
		case PrecisionDay:
			if a.Month == b.Month {
				return fmt.Sprintf("%d–%d %s", a.Day, b.Day, monthAbbr(a.Month)) + yearSuffix(a.Year)
			}
			return fmt.Sprintf("%d %s – %d %s", a.Day, monthAbbr(a.Month), b.Day, monthAbbr(b.Month)) + yearSuffix(a.Year)
		case PrecisionMonth:
			return monthAbbr(a.Month) + "–" + monthAbbr(b.Month) + yearSuffix(a.Year)
		}
	case a.Precision == PrecisionYear && b.Precision == PrecisionYear && a.Modifier == "" && b.Modifier == "":
		return fmt.Sprintf("%d–%d", a.Year, b.Year)
	}
	return a.Human() + " – " + b.Human()
}

// start and end give the first and last day that d covers, as comparable
// (year, month, day) keys. An event dated "2012" covers all of 2012.
func (d Date) start() [3]int {
	m, day := d.Month, d.Day
	if d.Precision < PrecisionMonth {
		m = 1
	}
	if d.Precision < PrecisionDay {
		day = 1
	}
	return [3]int{d.Year, m, day}
}

func (d Date) end() [3]int {
	m, day := d.Month, d.Day
	if d.Precision < PrecisionMonth {
		m = 12
	}
	if d.Precision < PrecisionDay {
		day = monthDays(d.Year, m)
	}
	return [3]int{d.Year, m, day}
}

// sortKey orders dates as their ISO strings do: a year before its months,
// a month before its days.
func (d Date) sortKey() [3]int {
	k := [3]int{d.Year, 0, 0}
	if d.Precision >= PrecisionMonth {
		k[1] = d.Month
	}
	if d.Precision >= PrecisionDay {
		k[2] = d.Day
	}
	return k
}

func compareDateKeys(a, b [3]int) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// monthAbbrs holds the three-letter English month names, January first.
const monthAbbrs = "JanFebMarAprMayJunJulAugSepOctNovDec"

func monthAbbr(m int) string {
	if m < 1 || m > 12 {
		return "?"
	}
	return monthAbbrs[3*(m-1) : 3*m]
}

// monthDays returns the number of days of month m (1–12) in year y, using the
// proleptic Gregorian calendar; 31 for an out-of-range month.
func monthDays(y, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// addDays moves a day-precision date by n days, crossing month and year
// boundaries.
func addDays(y, m, d, n int) (int, int, int) {
	for n > 0 {
		d++
		if d > monthDays(y, m) {
			d = 1
			m++
			if m > 12 {
				m = 1
				y++
			}
		}
		n--
	}
	for n < 0 {
		d--
		if d < 1 {
			m--
			if m < 1 {
				m = 12
				y--
			}
			d = monthDays(y, m)
		}
		n++
	}
	return y, m, d
}

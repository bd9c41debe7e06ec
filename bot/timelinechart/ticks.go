package timelinechart

import (
	"fmt"
	"time"

	"gonum.org/v1/plot"
)

// maxTickLabels bounds the labelled ticks on the time axis so that each
// label has room at the type size used.
const maxTickLabels = 7

// timeTicks returns ticks for the span [lo, hi] of day numbers: days for
// spans of up to two months, months up to four years, years beyond. The
// step is the smallest of a fixed ladder that keeps the labels at or
// under maxTickLabels; the unit below gets unlabelled minor ticks when
// they are not too dense.
func timeTicks(lo, hi float64) []plot.Tick {
	span := hi - lo
	switch {
	case span <= 62:
		return unitTicks(lo, hi, dayUnit(), []int{1, 2, 3, 7, 14})
	case span <= 4*366:
		return unitTicks(lo, hi, monthUnit(), []int{1, 2, 3, 6, 12})
	default:
		return unitTicks(lo, hi, yearUnit(), []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
	}
}

// unit steps through calendar time and names its ticks.
type unit struct {
	floor func(t time.Time) time.Time
	add   func(t time.Time, n int) time.Time
	label func(t time.Time, first bool) string
	index func(t time.Time) int // counts units continuously, for aligning steps
}

func dayUnit() unit {
	return unit{
		floor: func(t time.Time) time.Time { return t.Truncate(24 * time.Hour) },
		add:   func(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) },
		label: func(t time.Time, first bool) string {
			if first || t.YearDay() == 1 {
				return t.Format("2 Jan\n2006")
			}
			return t.Format("2 Jan")
		},
		index: func(t time.Time) int { return int(t.Unix() / 86400) },
	}
}

func monthUnit() unit {
	return unit{
		floor: func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) },
		add:   func(t time.Time, n int) time.Time { return t.AddDate(0, n, 0) },
		label: func(t time.Time, first bool) string {
			if first || t.Month() == time.January {
				return t.Format("Jan\n2006")
			}
			return t.Format("Jan")
		},
		index: func(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 },
	}
}

func yearUnit() unit {
	return unit{
		floor: func(t time.Time) time.Time { return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC) },
		add:   func(t time.Time, n int) time.Time { return t.AddDate(n, 0, 0) },
		label: func(t time.Time, _ bool) string { return fmt.Sprint(t.Year()) },
		index: func(t time.Time) int { return t.Year() },
	}
}

// maxMinorTicks bounds the unlabelled ticks between labelled ones.
const maxMinorTicks = 60

// unitTicks picks the step and lists the ticks: labelled ones every step
// units, and unlabelled ones at every unit between when step > 1 and they
// are not too dense.
func unitTicks(lo, hi float64, u unit, steps []int) []plot.Tick {
	start, end := dayTime(lo), dayTime(hi)
	step := steps[len(steps)-1]
	for _, s := range steps {
		if len(aligned(u, start, end, s)) <= maxTickLabels {
			step = s
			break
		}
	}
	var ticks []plot.Tick
	for i, t := range aligned(u, start, end, step) {
		ticks = append(ticks, plot.Tick{Value: timeDay(t), Label: u.label(t, i == 0)})
	}
	if all := aligned(u, start, end, 1); step > 1 && len(all) <= maxMinorTicks {
		for _, t := range all {
			if u.index(t)%step != 0 {
				ticks = append(ticks, plot.Tick{Value: timeDay(t)})
			}
		}
	}
	return ticks
}

// aligned lists the unit boundaries in [start, end] whose index is a
// multiple of step.
func aligned(u unit, start, end time.Time, step int) []time.Time {
	var out []time.Time
	for t := u.floor(start); !t.After(end); t = u.add(t, 1) {
		if u.index(t)%step == 0 && !t.Before(start) {
			out = append(out, t)
		}
	}
	return out
}

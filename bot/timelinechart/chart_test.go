package timelinechart

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs under testdata/")

// Golden images may differ from a new drawing in this fraction of pixels,
// so that a change of anti-aliasing in a dependency does not fail the
// test while a moved label or a missing mark does.
const maxDiffering = 0.004

// channelTolerance is how far a colour channel may move before a pixel
// counts as differing.
const channelTolerance = 24

func newRenderer(t testing.TB) *Renderer {
	t.Helper()
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// day and month build test dates.
func day(y, m, d int) corpus.Date {
	return corpus.Date{Year: y, Month: m, Day: d, Precision: corpus.PrecisionDay}
}

func month(y, m int, mod string) corpus.Date {
	return corpus.Date{Year: y, Month: m, Precision: corpus.PrecisionMonth, Modifier: mod}
}

func ev(d corpus.Date, text string, groups ...string) corpus.Event {
	return corpus.Event{Date: d, Text: text, Groups: groups, Ref: corpus.Ref{Briefing: "river", Paragraph: 1}}
}

// riverEvents is a small invented crisis with every kind of mark: exact,
// approximate (a month, a late month, a year, a circa day), scheduled,
// several factions and an event naming none.
func riverEvents() []corpus.Event {
	approxDay := day(2031, 3, 14)
	approxDay.Modifier = corpus.ModApprox
	sched := day(2031, 4, 2)
	sched.Scheduled = true
	return []corpus.Event{
		ev(corpus.Date{Year: 2030, Precision: corpus.PrecisionYear}, "In 2030, the River Authority began building the northern dam.", "River Authority"),
		ev(month(2030, 11, corpus.ModLate), "In late November, farmers downstream blocked the valley road.", "Farmers' Union"),
		ev(day(2031, 1, 9), "On 9 January, the River Authority closed the sluice gates.", "River Authority"),
		ev(day(2031, 1, 12), "The Farmers' Union called a general strike across the delta.", "Farmers' Union", "River Authority"),
		ev(month(2031, 2, ""), "By February, the Coast Guard had seized three barges.", "Coast Guard"),
		ev(approxDay, "Several days later, a mediator arrived from the capital."),
		ev(day(2031, 3, 20), "On 20 March, the Coast Guard and the River Authority signed a truce.", "Coast Guard", "River Authority"),
		ev(sched, "A vote on the dam's future will be held on 2 April.", "River Authority"),
	}
}

// riverEnds gives two river events an end: the dam's building lasts to
// mid-2031 and the strike, a scheduled period, three weeks.
func riverEnds(e corpus.Event) (corpus.Date, bool) {
	switch {
	case e.Date.Precision == corpus.PrecisionYear:
		return month(2031, 6, ""), true
	case e.Date == day(2031, 1, 12):
		return day(2031, 2, 2), true
	}
	return corpus.Date{}, false
}

func briefingMark() []Mark {
	return []Mark{{At: time.Date(2031, 3, 25, 0, 0, 0, 0, time.UTC), Label: "Briefing"}}
}

// generated returns n events spread over years, with factions in turn,
// for the stress tests.
func generated(n int, from, years int) []corpus.Event {
	groups := []string{"North Front", "South League", "Delta Guard", "Hill Council", "Port Union", "Valley Party", "Coast Watch"}
	var out []corpus.Event
	for i := range n {
		y := from + i*years/n
		m, d := 1+(i*7)%12, 1+(i*11)%28
		date := day(y, m, d)
		if i%5 == 0 {
			date = month(y, m, "")
		}
		out = append(out, ev(date, fmt.Sprintf("Event number %d changed the course of the long dispute.", i), groups[i%len(groups)], groups[(i*3)%len(groups)]))
	}
	corpusSort(out)
	return out
}

// corpusSort orders events as a timeline does, by start date.
func corpusSort(evs []corpus.Event) {
	for i := 1; i < len(evs); i++ {
		for j := i; j > 0 && dayOf(evs[j]) < dayOf(evs[j-1]); j-- {
			evs[j], evs[j-1] = evs[j-1], evs[j]
		}
	}
}

func dayOf(e corpus.Event) float64 { f, _ := dateSpan(e.Date); return f }

func TestGolden(t *testing.T) {
	r := newRenderer(t)
	tests := []struct {
		name   string
		events []corpus.Event
		opt    Options
	}{
		{"river", riverEvents(), Options{Title: "Timeline: river crisis", Marks: briefingMark()}},
		{"one-event", riverEvents()[2:3], Options{Marks: briefingMark()}},
		{"thirty-years", generated(40, 1995, 30), Options{}},
		{"periods", riverEvents(), Options{Title: "Periods", Marks: briefingMark(), End: riverEnds}},
		{"empty", nil, Options{Title: "Timeline: Coast Guard", Empty: "No dated event mentions Coast Guard."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := r.Draw(tt.events, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.name+".png")
			if *update {
				if err := os.WriteFile(golden, ch.PNG, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if frac := differing(t, decode(t, want), decode(t, ch.PNG)); frac > maxDiffering {
				out := filepath.Join(t.TempDir(), tt.name+".png")
				_ = os.WriteFile(out, ch.PNG, 0o644)
				t.Errorf("%.2f%% of pixels differ from %s (allowed %.2f%%); new drawing in %s; run go test -update if the change is meant",
					frac*100, golden, maxDiffering*100, out)
			}
		})
	}
}

func decode(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// differing is the fraction of pixels whose colour moved by more than
// channelTolerance in some channel; images of different sizes differ
// entirely.
func differing(t *testing.T, a, b image.Image) float64 {
	t.Helper()
	if a.Bounds() != b.Bounds() {
		t.Logf("size %v, want %v", b.Bounds(), a.Bounds())
		return 1
	}
	n, total := 0, 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			total++
			if !close(a.At(x, y), b.At(x, y)) {
				n++
			}
		}
	}
	return float64(n) / float64(total)
}

func close(a, b color.Color) bool {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	d := func(x, y uint32) bool {
		diff := int(x>>8) - int(y>>8)
		return diff <= channelTolerance && diff >= -channelTolerance
	}
	return d(ar, br) && d(ag, bg) && d(ab, bb)
}

// TestNoLabelsOverlap checks the layout a picture cannot be trusted to
// show: across crowded, long and sparse timelines no two drawn labels
// share a pixel, every label is inside the image, and every event has a
// mark, with or without its label.
func TestNoLabelsOverlap(t *testing.T) {
	r := newRenderer(t)
	crowded := generated(60, 2020, 1)
	for i := range crowded {
		crowded[i].Date = day(2020, 5, 1+i%20) // sixty events in twenty days
	}
	corpusSort(crowded)
	tests := []struct {
		name   string
		events []corpus.Event
	}{
		{"river", riverEvents()},
		{"crowded", crowded},
		{"200 events", generated(200, 2001, 10)},
		{"30 years", generated(50, 1990, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := layoutOnly(t, r, tt.events, Options{Marks: briefingMark()})
			for i, a := range l.Labels {
				if a.Box.X0 < 0 || a.Box.Y0 < 0 || a.Box.X1 > float64(l.Width) || a.Box.Y1 > float64(l.Height) {
					t.Errorf("label %q at %+v is outside the %dx%d image", a.Text, a.Box, l.Width, l.Height)
				}
				for _, b := range l.Labels[i+1:] {
					if a.Box.Overlaps(b.Box) {
						t.Errorf("labels %q %+v and %q %+v overlap", a.Text, a.Box, b.Text, b.Box)
					}
				}
			}
			if len(l.Marks) != len(tt.events) {
				t.Errorf("%d marks for %d events", len(l.Marks), len(tt.events))
			}
			if len(l.Labels)+l.Hidden != len(tt.events) {
				t.Errorf("%d labels + %d hidden != %d events", len(l.Labels), l.Hidden, len(tt.events))
			}
		})
	}
}

// layoutOnly plans a chart without painting it: painting is the slow
// part, under the race detector above all, and these tests are about
// where things go.
func layoutOnly(t *testing.T, r *Renderer, events []corpus.Event, opt Options) Layout {
	t.Helper()
	opt, err := opt.normalize()
	if err != nil {
		t.Fatal(err)
	}
	g, items := r.layout(events, opt)
	return g.export(items)
}

// TestSizes lays out one event, 200 events and thirty years, at every
// width: each is at least 800×300, no taller than Discord previews whole,
// and its axis covers the events. The one event is drawn too, and its PNG
// has the size the layout reports.
func TestSizes(t *testing.T) {
	r := newRenderer(t)
	tests := []struct {
		name      string
		events    []corpus.Event
		width     int
		minLabels int
	}{
		{"one event", riverEvents()[:1], 0, 1},
		{"200 events", generated(200, 2001, 10), 0, 10},
		{"30 years", generated(30, 1990, 30), 0, 10},
		{"30 years, narrow", generated(30, 1990, 30), MinWidth, 8},
		{"200 events, wide", generated(200, 2001, 10), MaxWidth, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := layoutOnly(t, r, tt.events, Options{Width: tt.width})
			w, h := l.Width, l.Height
			if len(tt.events) == 1 { // painting is slow under -race; the goldens paint the rest
				ch, err := r.Draw(tt.events, Options{})
				if err != nil {
					t.Fatal(err)
				}
				img := decode(t, ch.PNG)
				if img.Bounds().Dx() != w || img.Bounds().Dy() != h {
					t.Errorf("PNG is %v, layout says %dx%d", img.Bounds(), w, h)
				}
			}
			if w < MinWidth || h < MinHeight || float64(h) > float64(w)*maxAspect+1 {
				t.Errorf("PNG is %dx%d; want at least %dx%d and at most %.2f as tall as wide", w, h, MinWidth, MinHeight, maxAspect)
			}
			if len(l.Labels) < tt.minLabels {
				t.Errorf("%d labels drawn, want at least %d", len(l.Labels), tt.minLabels)
			}
			first, _ := dateSpan(tt.events[0].Date)
			_, last := dateSpan(tt.events[len(tt.events)-1].Date)
			if l.Start.After(dayTime(first)) || l.End.Before(dayTime(last-1)) {
				t.Errorf("axis %v–%v does not cover the events %v–%v", l.Start, l.End, dayTime(first), dayTime(last))
			}
		})
	}
}

func TestDrawIsDeterministic(t *testing.T) {
	a, err := newRenderer(t).Draw(riverEvents()[:3], Options{Marks: briefingMark()})
	if err != nil {
		t.Fatal(err)
	}
	b, err := newRenderer(t).Draw(riverEvents()[:3], Options{Marks: briefingMark()})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.PNG, b.PNG) {
		t.Error("two drawings of the same timeline differ")
	}
}

func TestOptionsRejected(t *testing.T) {
	r := newRenderer(t)
	for _, opt := range []Options{{Width: MinWidth - 1}, {Width: MaxWidth + 1}, {MaxLanes: 1}} {
		if _, err := r.Draw(riverEvents(), opt); err == nil {
			t.Errorf("Draw(%+v) succeeded, want an error", opt)
		}
	}
}

// TestMarkStyles samples the centre of each mark: filled marks carry
// their lane's colour there, scheduled ones are hollow and show the lane
// background, and approximate ones are diamonds, whose corners (unlike a
// circle's) stay clear at the mark box's edge midpoint... so check the
// diamond through its whisker instead: a pixel on the whisker line left of
// the mark is inked for an approximate date and not for an exact one.
func TestMarkStyles(t *testing.T) {
	r := newRenderer(t)
	ch, err := r.Draw(riverEvents(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	img := decode(t, ch.PNG)
	center := func(i int) (int, int) {
		m := ch.Layout.Marks[i]
		return int((m.X0 + m.X1) / 2), int((m.Y0 + m.Y1) / 2)
	}
	bg := rgb(0xF6F6F3)
	band := rgb(0xECECE7)
	isPaper := func(c color.Color) bool { return close(c, bg) || close(c, band) }
	shown := map[int]bool{}
	for _, l := range ch.Layout.Labels {
		shown[l.Event] = true
	}
	for i, e := range riverEvents() {
		if !shown[i] {
			continue
		}
		x, y := center(i)
		c := img.At(x, y)
		if e.Date.Scheduled && !isPaper(c) {
			t.Errorf("scheduled event %d: centre %v is inked, want hollow", i, c)
		}
		if !e.Date.Scheduled && isPaper(c) {
			t.Errorf("event %d: centre %v is blank, want a filled mark", i, c)
		}
	}
	// Event 0 is dated only "2030": its whisker runs left of the mark.
	x, y := center(0)
	if isPaper(img.At(x-int(markR)-6, y)) {
		t.Error("approximate event 0 has no whisker left of its mark")
	}
	x, y = center(2)
	if !isPaper(img.At(x-int(markR)-6, y)) {
		t.Error("exact event 2 has ink left of its mark, as if it had a whisker")
	}
}

// TestYearlessEvents: an event dated only by day and month ("4 Mar") has
// no place on a time axis; it is left out and counted, and a timeline of
// nothing else draws the empty chart, saying why.
func TestYearlessEvents(t *testing.T) {
	r := newRenderer(t)
	yearless := ev(corpus.Date{Month: 3, Day: 4, Precision: corpus.PrecisionDay}, "On 4 March the guard withdrew.", "Coast Guard")
	evs := append(riverEvents(), yearless)
	l := layoutOnly(t, r, evs, Options{})
	if l.Undated != 1 || len(l.Marks) != len(evs)-1 {
		t.Errorf("undated %d, marks %d; want 1 and %d", l.Undated, len(l.Marks), len(evs)-1)
	}
	ch, err := r.Draw([]corpus.Event{yearless}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Layout.Marks) != 0 || ch.Layout.Height != MinHeight {
		t.Errorf("a timeline of a year-less event drew %d marks in %dx%d", len(ch.Layout.Marks), ch.Layout.Width, ch.Layout.Height)
	}
}

// TestRangesFromEvents: by default a range's end comes from the event.
func TestRangesFromEvents(t *testing.T) {
	e := ev(day(2031, 3, 3), "Between 3 and 5 March the rebels besieged the port.", "Rebels")
	e.End = day(2031, 3, 5)
	items := makeItems([]corpus.Event{e}, EventEnd)
	from, _ := dateSpan(e.Date)
	_, to := dateSpan(e.End)
	if len(items) != 1 || items[0].kind != period || items[0].from != from || items[0].to != to {
		t.Errorf("items %+v, want one period from %v to %v", items, from, to)
	}
	if got := items[0].when(); got != corpus.HumanRange(e.Date, e.End) {
		t.Errorf("when() = %q", got)
	}
}

// BenchmarkDraw draws the ten-event page /timeline shows by default.
func BenchmarkDraw(b *testing.B) {
	r := newRenderer(b)
	evs := generated(10, 2030, 1)
	for b.Loop() {
		if _, err := r.Draw(evs, Options{Marks: briefingMark()}); err != nil {
			b.Fatal(err)
		}
	}
}

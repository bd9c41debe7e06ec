package timelinechart

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Geometry in pixels.
const (
	pad        = 14.0 // around the image
	rowH       = 32.0 // one row of labels
	laneTop    = 4.0  // above a lane's first row
	rugH       = 16.0 // the strip of small marks at a lane's foot
	refH       = 28.0 // the strip for reference-date labels
	markR      = 7.0  // half a mark's size
	barH       = 7.0  // a period's bar
	minBar     = 4.0  // the shortest bar drawn
	gap        = 10.0 // between two labels in a row
	labelGap   = 6.0  // between a mark and its label
	probeRows  = 12   // rows tried per lane before the height budget applies
	maxAspect  = 0.7  // height over width that Discord's preview shows whole
	maxLabelPx = 300.0
)

// geometry is a planned chart: the axis, the lanes and where each item
// and label goes, in image pixels with y down.
type geometry struct {
	width, height  float64
	lo, hi         float64 // the axis range, in days
	dataX0, dataX1 float64 // the data area's horizontal extent
	headerH        float64 // title and legend
	xAxisH         float64 // the axis below the lanes
	lanes          []laneGeom
	places         []place // by item
	items          []item
	refs           []refGeom
	hidden         int
	undated        int  // events left out for want of a year
	hasAlso        bool // some event names a faction of a lane other than its own
	label          text.Style
}

type laneGeom struct {
	laneInfo
	y0, y1 float64
	rows   int
	header Rect
}

// place is where an item went.
type place struct {
	row   int
	shown bool     // its label is drawn; otherwise its mark sits on the rug
	forms []string // the label's texts, longest first
	text  string   // the form drawn
	label Rect
	mark  Rect
}

// refGeom is a reference date: a dashed line at x when inside the axis,
// else a note at the edge it lies beyond.
type refGeom struct {
	x      float64
	inside bool
	text   string
}

// plan works out the whole layout before anything is drawn, since the
// image's height depends on how many rows the labels need.
func (r *Renderer) plan(items []item, lanes []laneInfo, opt Options) *geometry {
	g := &geometry{width: float64(opt.Width), items: items, label: r.st.text(textSize, false, r.st.ink)}
	g.lo, g.hi = axisRange(items, opt.Marks)
	g.headerH = r.headerHeight()
	r.measureAxis(g)
	g.refs = g.placeRefs(opt.Marks)
	r.shortenLabels(g, items)
	g.lanes = make([]laneGeom, len(lanes))
	for i, l := range lanes {
		g.lanes[i] = laneGeom{laneInfo: l, header: r.laneHeaderBox(l)}
	}
	for _, it := range items {
		g.hasAlso = g.hasAlso || len(it.alsoIn) > 0
	}
	g.fitRows(items)
	g.stack(items)
	return g
}

// axisRange spans the items and the reference dates near them, with a
// margin; a single day gets a month around it.
func axisRange(items []item, marks []Mark) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, it := range items {
		lo, hi = min(lo, it.from), max(hi, it.to)
	}
	span := hi - lo
	for _, m := range marks {
		if d := timeDay(m.At); d >= lo-span/2 && d <= hi+span/2 {
			lo, hi = min(lo, d), max(hi, d)
		}
	}
	margin := max((hi-lo)*0.03, 1)
	if hi-lo < 14 {
		margin = 15
	}
	return lo - margin, hi + margin
}

// measureAxis finds the data area's horizontal extent and the axis
// height from the plot itself, on a canvas of the final width.
func (r *Renderer) measureAxis(g *geometry) {
	p := r.newPlot(g)
	probe := draw.Canvas{Rectangle: vg.Rectangle{
		Min: vg.Point{X: vg.Length(pad), Y: vg.Length(pad)},
		Max: vg.Point{X: vg.Length(g.width - pad), Y: 2000},
	}}
	dc := p.DataCanvas(probe)
	g.dataX0, g.dataX1 = float64(dc.Min.X), float64(dc.Max.X)
	g.xAxisH = float64(dc.Min.Y) - pad
}

// px maps a day to an image x.
func (g *geometry) px(day float64) float64 {
	return g.dataX0 + (day-g.lo)/(g.hi-g.lo)*(g.dataX1-g.dataX0)
}

// placeRefs positions the reference dates.
func (g *geometry) placeRefs(marks []Mark) []refGeom {
	var out []refGeom
	for _, m := range marks {
		d := timeDay(m.At)
		ref := refGeom{x: g.px(d), inside: d >= g.lo && d <= g.hi, text: m.Label + " " + m.At.UTC().Format("2 Jan 2006")}
		switch {
		case ref.inside:
		case d > g.hi:
			ref.x, ref.text = g.dataX1, ref.text+" →"
		default:
			ref.x, ref.text = g.dataX0, "← "+ref.text
		}
		out = append(out, ref)
	}
	return out
}

// Label widths as fractions of the data area: a label is drawn long when
// it has room, else short, else hidden.
const (
	longLabelFrac  = 0.42
	shortLabelFrac = 0.24
)

// shortenLabels gives each item a long and a short form of its text.
func (r *Renderer) shortenLabels(g *geometry, items []item) {
	dw := g.dataX1 - g.dataX0
	measure := func(s string) float64 { return width(g.label, s) }
	g.places = make([]place, len(items))
	seen := map[string]int{}
	for _, it := range items {
		seen[it.text]++
	}
	for i, it := range items {
		// A sentence with two dates gives two events; their labels say
		// which date each is.
		prefix := ""
		if seen[it.text] > 1 {
			prefix = it.when() + ": "
		}
		pw := measure(prefix)
		for _, frac := range []float64{longLabelFrac, shortLabelFrac} {
			f := shortLabel(it.text, min(maxLabelPx*frac/shortLabelFrac, dw*frac)-pw, measure)
			if f != "" && !slices.Contains(g.places[i].forms, prefix+f) {
				g.places[i].forms = append(g.places[i].forms, prefix+f)
			}
		}
	}
}

// laneHeaderBox is where lane i's name goes, in its first row, relative
// to the lane's top; stack moves it into place.
func (r *Renderer) laneHeaderBox(l laneInfo) Rect {
	w := width(r.st.text(smallSize, true, r.st.ink), laneTitle(l))
	return Rect{X0: pad + 4, Y0: laneTop, X1: pad + 4 + w, Y1: laneTop + rowH}
}

// fitRows lays every lane out with room to spare, then takes rows from
// the fullest lanes until the image fits the height Discord previews
// whole, and lays out again with those limits.
func (g *geometry) fitRows(items []item) {
	for i := range g.lanes {
		g.lanes[i].rows = g.layoutLane(items, i, probeRows)
	}
	maxH := max(MinHeight, g.width*maxAspect)
	fixed := g.headerH + refH + g.xAxisH + pad + float64(len(g.lanes))*(laneTop+rugH)
	budget := max(int((maxH-fixed)/rowH), len(g.lanes))
	for total := g.totalRows(); total > budget; total-- {
		fullest := slices.MaxFunc(g.lanes, func(a, b laneGeom) int { return cmp.Compare(a.rows, b.rows) })
		idx := slices.IndexFunc(g.lanes, func(l laneGeom) bool { return l.rows == fullest.rows })
		g.lanes[idx].rows--
	}
	g.hidden = 0
	for i := range g.lanes {
		g.lanes[i].rows = max(1, g.layoutLane(items, i, g.lanes[i].rows))
	}
	for _, p := range g.places {
		if !p.shown {
			g.hidden++
		}
	}
}

func (g *geometry) totalRows() int {
	n := 0
	for _, l := range g.lanes {
		n += l.rows
	}
	return n
}

// layoutLane places lane's items in at most maxRows rows, each label to
// the right of its mark if it fits there, else to the left, in the first
// row where it overlaps nothing. Items that fit nowhere are hidden. Boxes
// are relative to the lane's top; it returns the rows used.
func (g *geometry) layoutLane(items []item, lane, maxRows int) int {
	var order []int
	for i, it := range items {
		if it.lane == lane {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(items[a].at, items[b].at) })
	rows := make([][]Rect, maxRows)
	rows[0] = append(rows[0], g.lanes[lane].header)
	used := 1
	prevRow, prevEnd := -1, math.Inf(-1)
	for _, i := range order {
		p := &g.places[i]
		p.shown = false
		// Within a cluster, the next event goes below the last, so that
		// labels read down in time order; a new cluster starts at the top.
		first := 0
		if prevRow >= 0 && len(p.forms) > 0 && g.preferredStart(items[i], p.forms[0]) < prevEnd+gap {
			first = prevRow + 1
		}
		for k := 0; k < maxRows && !p.shown; k++ {
			row := (first + k) % maxRows
			for _, c := range candidates(p.forms) {
				box, label, mark := g.candidate(items[i], c.text, row, c.right)
				if g.fits(box, rows[row]) {
					rows[row] = append(rows[row], box)
					p.row, p.shown, p.text, p.label, p.mark = row, true, c.text, label, mark
					used = max(used, row+1)
					prevRow, prevEnd = row, box.X1
					break
				}
			}
		}
	}
	return used
}

// preferredStart is the left edge of an item's box with its label on
// the right of its mark, or on the left when the right runs out of the
// image.
func (g *geometry) preferredStart(it item, txt string) float64 {
	box, _, _ := g.candidate(it, txt, 0, true)
	if box.X1 > g.width-pad {
		box, _, _ = g.candidate(it, txt, 0, false)
	}
	return box.X0
}

// option is a label form on one side of its mark.
type option struct {
	text  string
	right bool
}

// candidates lists the ways to place a label in a row, best first: each
// form, longest first, on the right of its mark and then on the left.
func candidates(forms []string) []option {
	var out []option
	for _, f := range forms {
		out = append(out, option{f, true}, option{f, false})
	}
	return out
}

// candidate is the box an item takes in row with its label on one side,
// with the label's and the mark's own boxes. A period's label sits on its
// bar, starting where the bar starts or ending where it ends, so that a
// long period keeps its label.
func (g *geometry) candidate(it item, txt string, row int, right bool) (box, label, mark Rect) {
	x := g.px(it.at)
	y := laneTop + rowH*(float64(row)+0.5)
	w := width(g.label, txt)
	ext := g.label.FontExtents()
	th := float64(ext.Ascent + ext.Descent)
	if it.kind == period {
		return g.periodCandidate(it, w, y, right)
	}
	mark = Rect{X0: x - markR, Y0: y - markR, X1: x + markR, Y1: y + markR}
	from, to := min(g.px(it.from), mark.X0), max(g.px(it.to), mark.X1)
	if right {
		label = Rect{X0: mark.X1 + labelGap, X1: mark.X1 + labelGap + w}
	} else {
		label = Rect{X0: mark.X0 - labelGap - w, X1: mark.X0 - labelGap}
	}
	label.Y0, label.Y1 = y-th/2, y+th/2
	box = Rect{X0: min(from, label.X0), Y0: y - rowH/2, X1: max(to, label.X1), Y1: y + rowH/2}
	return box, label, mark
}

// periodCandidate places a period: its bar along the foot of the row and
// its label just above.
func (g *geometry) periodCandidate(it item, w, y float64, right bool) (box, label, mark Rect) {
	from, to := g.px(it.from), max(g.px(it.to), g.px(it.from)+minBar)
	mark = Rect{X0: from, Y0: y + rowH/2 - 1 - barH, X1: to, Y1: y + rowH/2 - 1}
	if right {
		label = Rect{X0: from, X1: from + w}
	} else {
		label = Rect{X0: to - w, X1: to}
	}
	// The baseline sits just above the bar; descenders may cross it.
	ext := g.label.FontExtents()
	baseline := mark.Y0 - 2
	label.Y0, label.Y1 = baseline-float64(ext.Ascent), baseline+float64(ext.Descent)
	box = Rect{X0: min(from, label.X0), Y0: y - rowH/2, X1: max(to, label.X1), Y1: y + rowH/2}
	return box, label, mark
}

// fits reports whether box lies inside the image and clear of the row's
// boxes by gap.
func (g *geometry) fits(box Rect, row []Rect) bool {
	if box.X0 < pad || box.X1 > g.width-pad {
		return false
	}
	grown := Rect{X0: box.X0 - gap, Y0: box.Y0, X1: box.X1 + gap, Y1: box.Y1}
	for _, o := range row {
		if grown.Overlaps(o) {
			return false
		}
	}
	return true
}

// stack gives the lanes their vertical places, grows them when the image
// would be shorter than MinHeight, and moves the boxes into image space.
func (g *geometry) stack(items []item) {
	top := g.headerH + refH
	content := 0.0
	for _, l := range g.lanes {
		content += laneTop + rowH*float64(l.rows) + rugH
	}
	extra := max(0, MinHeight-(top+content+g.xAxisH+pad)) / float64(len(g.lanes))
	for i := range g.lanes {
		l := &g.lanes[i]
		l.y0 = top
		l.y1 = top + laneTop + rowH*float64(l.rows) + rugH + extra
		l.header = shift(l.header, l.y0)
		top = l.y1
	}
	g.height = math.Ceil(top + g.xAxisH + pad)
	for i, it := range items {
		p := &g.places[i]
		l := g.lanes[it.lane]
		if p.shown {
			p.label, p.mark = shift(p.label, l.y0), shift(p.mark, l.y0)
			continue
		}
		x, y := g.px(it.at), l.y1-rugH/2
		p.mark = Rect{X0: x - markR/2, Y0: y - markR/2, X1: x + markR/2, Y1: y + markR/2}
	}
}

func shift(r Rect, dy float64) Rect {
	return Rect{X0: r.X0, Y0: r.Y0 + dy, X1: r.X1, Y1: r.Y1 + dy}
}

// export reports the layout.
func (g *geometry) export(items []item) Layout {
	out := Layout{Width: int(g.width), Height: int(g.height), Hidden: g.hidden, Undated: g.undated, Start: dayTime(g.lo), End: dayTime(g.hi)}
	for _, l := range g.lanes {
		out.Lanes = append(out.Lanes, Lane{Name: l.name, Box: Rect{X0: 0, Y0: l.y0, X1: g.width, Y1: l.y1}})
	}
	for i, p := range g.places {
		out.Marks = append(out.Marks, p.mark)
		if p.shown {
			out.Labels = append(out.Labels, Label{Event: items[i].event, Text: p.text, Box: p.label})
		}
	}
	return out
}

package timelinechart

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// newPlot sets up the time axis; the lanes are drawn by lanePlotter.
func (r *Renderer) newPlot(g *geometry) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil
	p.TextHandler = text.Plain{Fonts: r.st.fonts}
	p.X.Min, p.X.Max = g.lo, g.hi
	p.X.Tick.Marker = plot.TickerFunc(timeTicks)
	p.X.Tick.Label = r.st.text(smallSize, false, r.st.muted)
	p.X.Tick.Label.XAlign = draw.XCenter
	p.X.Tick.Label.YAlign = draw.YTop
	p.X.Tick.LineStyle = draw.LineStyle{Color: r.st.muted, Width: 1.5}
	p.X.Tick.Length = 7
	p.X.LineStyle = draw.LineStyle{Color: r.st.muted, Width: 1.5}
	p.X.Padding = 0
	p.X.Label.TextStyle = r.st.text(smallSize, false, r.st.muted)
	p.Y.Min, p.Y.Max = 0, 1
	p.HideY()
	p.Y.Padding = 0
	p.Y.LineStyle.Width = 0
	p.Y.Label.TextStyle = p.X.Label.TextStyle
	grid := plotter.NewGrid()
	grid.Vertical = draw.LineStyle{Color: r.st.grid, Width: 1.5}
	grid.Horizontal.Color = nil
	p.Add(grid)
	return p
}

// plotCanvas is the part of the image the plot draws into: all but the
// header and the outer padding.
func (g *geometry) plotCanvas(c draw.Canvas) draw.Canvas {
	return draw.Crop(c, vg.Length(pad), -vg.Length(pad), vg.Length(pad), -vg.Length(g.headerH))
}

// vy converts an image y (down) to a canvas y (up).
func (g *geometry) vy(y float64) vg.Length { return vg.Length(g.height - y) }

func (g *geometry) pt(x, y float64) vg.Point { return vg.Point{X: vg.Length(x), Y: g.vy(y)} }

// headerHeight is the title line plus the legend line.
func (r *Renderer) headerHeight() float64 {
	return pad + titleSize*1.3 + smallSize*1.6
}

// drawFrame draws the border, title, count of hidden labels and legend.
func (r *Renderer) drawFrame(c draw.Canvas, g *geometry, opt Options) {
	c.SetLineStyle(draw.LineStyle{Color: r.st.grid, Width: 2})
	c.Stroke(rectPath(g, Rect{X0: 1, Y0: 1, X1: g.width - 1, Y1: g.height - 1}))
	title := r.st.text(titleSize, true, r.st.ink)
	c.FillText(title, g.pt(pad, pad+titleSize*1.05), opt.Title)
	note := r.st.text(smallSize, false, r.st.muted)
	note.XAlign = draw.XRight
	c.FillText(note, g.pt(g.width-pad, pad+titleSize*1.05), g.countNote())
	if len(g.places) > 0 {
		r.drawLegend(c, g, pad+titleSize*1.3+smallSize*1.1)
	}
}

// countNote says how many events there are and how many labels are hidden.
func (g *geometry) countNote() string {
	n := len(g.places)
	s := fmt.Sprintf("%d events", n)
	switch n {
	case 0:
		return ""
	case 1:
		s = "1 event"
	}
	switch g.hidden {
	case 0:
	case 1:
		s += " · 1 label hidden (small mark)"
	default:
		s += fmt.Sprintf(" · %d labels hidden (small marks)", g.hidden)
	}
	if g.undated > 0 {
		s += fmt.Sprintf(" · %d without a year not drawn", g.undated)
	}
	return s
}

// legendEntry is one symbol and its meaning, long and short.
type legendEntry struct {
	draw        func(c draw.Canvas, x, y float64)
	text, short string
}

// drawLegend explains the symbols the chart uses, left to right on one
// line at baseline y, in short forms when the long ones would not fit.
func (r *Renderer) drawLegend(c draw.Canvas, g *geometry, y float64) {
	entries := r.legendEntries(g)
	sty := r.st.text(smallSize, false, r.st.muted)
	const glyph, space = 18.0, 26.0
	total := 0.0
	for _, e := range entries {
		total += glyph + width(sty, e.text) + space
	}
	long := total <= g.width-2*pad
	x := pad + 14
	mid := y - smallSize*0.35
	for _, e := range entries {
		t := e.text
		if !long {
			t = e.short
		}
		e.draw(c, x, mid)
		c.FillText(sty, g.pt(x+glyph, y), t)
		x += glyph + width(sty, t) + space
	}
}

// legendEntries lists the symbols present in the chart.
func (r *Renderer) legendEntries(g *geometry) []legendEntry {
	ink := r.st.lanes[0]
	has := map[kind]bool{}
	scheduled := false
	for _, it := range g.items {
		has[it.kind] = true
		scheduled = scheduled || it.scheduled
	}
	var out []legendEntry
	add := func(ok bool, e legendEntry) {
		if ok {
			out = append(out, e)
		}
	}
	add(has[exact], legendEntry{func(c draw.Canvas, x, y float64) { r.drawDot(c, g, x, y, ink, false) }, "exact date", "exact"})
	add(has[approx], legendEntry{func(c draw.Canvas, x, y float64) { r.drawDiamond(c, g, x, y, x-12, x+12, ink, false) }, "approximate (line: possible dates)", "approximate"})
	add(scheduled, legendEntry{func(c draw.Canvas, x, y float64) { r.drawDot(c, g, x, y, ink, true) }, "scheduled", "scheduled"})
	add(has[period], legendEntry{func(c draw.Canvas, x, y float64) { r.drawBar(c, g, x-12, x+12, y, ink, false) }, "period", "period"})
	add(g.hasAlso, legendEntry{func(c draw.Canvas, x, y float64) { r.drawAlso(c, g, x, y, ink) }, "also named", "also named"})
	add(len(g.refs) > 0, legendEntry{func(c draw.Canvas, x, y float64) { r.drawRefLine(c, g, x, y-10, y+10) }, "briefing date", "briefing"})
	return out
}

// lanePlotter draws the lanes, reference dates and events into the plot's
// data area.
type lanePlotter struct {
	r     *Renderer
	g     *geometry
	items []item
}

// Plot implements plot.Plotter.
func (lp *lanePlotter) Plot(c draw.Canvas, _ *plot.Plot) {
	r, g := lp.r, lp.g
	for i, l := range g.lanes {
		r.drawLane(c, g, i, l, lp.items)
	}
	var taken []Rect
	for _, ref := range g.refs {
		taken = r.drawRef(c, g, ref, taken)
	}
	for i, it := range lp.items {
		r.drawItem(c, g, it, g.places[i])
	}
}

// drawLane shades every other lane, rules its foot and names it.
func (r *Renderer) drawLane(c draw.Canvas, g *geometry, i int, l laneGeom, items []item) {
	if i%2 == 1 {
		c.SetColor(r.st.laneFill(i))
		c.Fill(rectPath(g, Rect{X0: pad, Y0: l.y0, X1: g.width - pad, Y1: l.y1}))
	}
	c.StrokeLine2(draw.LineStyle{Color: r.st.grid, Width: 1}, vg.Length(pad), g.vy(l.y1), vg.Length(g.width-pad), g.vy(l.y1))
	sty := r.st.text(smallSize, true, r.st.laneColor(i, l.other))
	sty.YAlign = draw.YCenter
	c.FillText(sty, g.pt(l.header.X0, (l.header.Y0+l.header.Y1)/2), laneTitle(l.laneInfo))
	col := r.st.laneColor(i, l.other)
	for _, it := range items {
		for _, other := range it.alsoIn {
			if other == i {
				r.drawAlso(c, g, g.px(it.at), l.y1-rugH/2, col)
			}
		}
	}
}

// laneTitle names a lane with the number of events that name its
// faction, or for "Other" the number it holds.
func laneTitle(l laneInfo) string {
	return fmt.Sprintf("%s (%d)", l.name, l.count)
}

// drawRef draws a reference date: a dashed line with its label above the
// lanes, or only the label at the edge when the date is off the axis.
// Labels that would overlap one already drawn (in taken) are left out;
// it returns taken with this label's box added.
func (r *Renderer) drawRef(c draw.Canvas, g *geometry, ref refGeom, taken []Rect) []Rect {
	top := g.headerH
	bottom := g.lanes[len(g.lanes)-1].y1
	if ref.inside {
		r.drawRefLine(c, g, ref.x, top+refH-4, bottom)
	}
	sty := r.st.text(smallSize, false, r.st.ink)
	sty.XAlign = draw.XCenter
	w := width(sty, ref.text)
	x := min(max(ref.x, pad+w/2), g.width-pad-w/2)
	box := Rect{X0: x - w/2 - gap, Y0: top, X1: x + w/2 + gap, Y1: top + refH}
	for _, t := range taken {
		if t.Overlaps(box) {
			return taken
		}
	}
	c.FillText(sty, g.pt(x, top+refH-8), ref.text)
	return append(taken, box)
}

func (r *Renderer) drawRefLine(c draw.Canvas, g *geometry, x, y0, y1 float64) {
	c.StrokeLines(draw.LineStyle{Color: r.st.ink, Width: 2, Dashes: []vg.Length{6, 4}},
		[]vg.Point{g.pt(x, y0), g.pt(x, y1)})
}

// drawItem draws an event's mark and, when it has room, its label.
func (r *Renderer) drawItem(c draw.Canvas, g *geometry, it item, p place) {
	l := g.lanes[it.lane]
	col := r.st.laneColor(it.lane, l.other)
	if !p.shown {
		r.drawTick(c, g, g.px(it.at), (p.mark.Y0+p.mark.Y1)/2, col)
		return
	}
	y := (p.mark.Y0 + p.mark.Y1) / 2
	x := g.px(it.at)
	switch it.kind {
	case period:
		r.drawBar(c, g, p.mark.X0, p.mark.X1, y, col, it.scheduled)
	case approx:
		r.drawDiamond(c, g, x, y, g.px(it.from), g.px(it.to), col, it.scheduled)
	default:
		r.drawDot(c, g, x, y, col, it.scheduled)
	}
	halo := Rect{X0: p.label.X0 - 2, Y0: p.label.Y0, X1: p.label.X1 + 2, Y1: p.label.Y1}
	if it.kind == period {
		halo.Y1 = min(halo.Y1, p.mark.Y0-1) // keep the bar whole
	}
	c.SetColor(r.st.laneFill(it.lane))
	c.Fill(rectPath(g, halo))
	sty := g.label
	sty.YAlign = draw.YCenter
	c.FillText(sty, g.pt(p.label.X0, (p.label.Y0+p.label.Y1)/2), p.text)
}

// drawDot draws an exact date: a filled circle, or a ring if scheduled.
func (r *Renderer) drawDot(c draw.Canvas, g *geometry, x, y float64, col color.Color, hollow bool) {
	if hollow {
		c.DrawGlyphNoClip(draw.GlyphStyle{Color: r.st.background, Radius: markR, Shape: draw.CircleGlyph{}}, g.pt(x, y))
		c.SetLineStyle(draw.LineStyle{Color: col, Width: 2.5})
		c.Stroke(circlePath(g, x, y, markR-1.25))
		return
	}
	c.DrawGlyphNoClip(draw.GlyphStyle{Color: col, Radius: markR, Shape: draw.CircleGlyph{}}, g.pt(x, y))
}

// drawDiamond draws an approximate date: a whisker over the period it may
// fall in, and a diamond at its middle, hollow if scheduled.
func (r *Renderer) drawDiamond(c draw.Canvas, g *geometry, x, y, from, to float64, col color.Color, hollow bool) {
	if to-from > 2*markR {
		ls := draw.LineStyle{Color: col, Width: 2}
		c.StrokeLines(ls, []vg.Point{g.pt(from, y), g.pt(to, y)})
		c.StrokeLines(ls, []vg.Point{g.pt(from, y-5), g.pt(from, y+5)}, []vg.Point{g.pt(to, y-5), g.pt(to, y+5)})
	}
	s := markR + 1.5
	pts := []vg.Point{g.pt(x, y-s), g.pt(x+s, y), g.pt(x, y+s), g.pt(x-s, y)}
	if hollow {
		c.FillPolygon(r.st.background, pts)
		c.StrokeLines(draw.LineStyle{Color: col, Width: 2.5}, append(pts, pts[0], pts[1]))
		return
	}
	c.FillPolygon(col, pts)
}

// drawBar draws a period, outlined if scheduled.
func (r *Renderer) drawBar(c draw.Canvas, g *geometry, x0, x1, y float64, col color.Color, hollow bool) {
	box := Rect{X0: x0, Y0: y - barH/2, X1: x1, Y1: y + barH/2}
	if hollow {
		c.SetLineStyle(draw.LineStyle{Color: col, Width: 2.5})
		c.Stroke(rectPath(g, box))
		return
	}
	c.SetColor(col)
	c.Fill(rectPath(g, box))
}

// drawAlso draws a short upright stroke on a lane's foot for an event
// drawn in another lane that also names this lane's faction.
func (r *Renderer) drawAlso(c draw.Canvas, g *geometry, x, y float64, col color.Color) {
	c.StrokeLines(draw.LineStyle{Color: col, Width: 2.5}, []vg.Point{g.pt(x, y-rugH/2+2), g.pt(x, y+rugH/2-2)})
}

// drawTick draws a small mark on a lane's foot for an event whose label
// found no room.
func (r *Renderer) drawTick(c draw.Canvas, g *geometry, x, y float64, col color.Color) {
	c.DrawGlyphNoClip(draw.GlyphStyle{Color: col, Radius: markR / 2, Shape: draw.CircleGlyph{}}, g.pt(x, y))
}

func rectPath(g *geometry, r Rect) vg.Path {
	var p vg.Path
	p.Move(g.pt(r.X0, r.Y0))
	p.Line(g.pt(r.X1, r.Y0))
	p.Line(g.pt(r.X1, r.Y1))
	p.Line(g.pt(r.X0, r.Y1))
	p.Close()
	return p
}

func circlePath(g *geometry, x, y, rad float64) vg.Path {
	var p vg.Path
	p.Move(g.pt(x+rad, y))
	p.Arc(g.pt(x, y), vg.Length(rad), 0, 2*3.141592653589793)
	p.Close()
	return p
}

// Package timelinechart draws the events a timeline selects as a PNG, so
// that a reader sees at a glance what happened when and who was involved.
//
// The chart has one lane per faction involved (the most frequent few, the
// rest in "Other"), a time axis whose ticks are days, months or years by
// span, and a mark per event: a filled circle for an exact date, a diamond
// with a whisker over the period it may fall in for an approximate one,
// hollow marks for scheduled events and bars for periods. Reference dates
// such as the briefing's publication are dashed lines. Labels are short
// forms of the event's sentence, placed in rows so that no two overlap;
// those that find no room are hidden and counted in the header.
//
// It is a rendering adapter: it reads corpus events and knows nothing of
// Discord, the index or the command line. Fonts are the Go fonts embedded
// in the binary, drawn with gonum.org/v1/plot; no system fonts, no cgo.
// The same input gives the same bytes in every process.
package timelinechart

import (
	"bytes"
	"fmt"
	"image/png"
	"time"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/briefbot/briefbot/corpus"
)

// Size limits, in pixels. DefaultWidth reads well when Discord scales the
// image down to about 550 pixels.
const (
	DefaultWidth = 1000
	MinWidth     = 800
	MaxWidth     = 2400
	MinHeight    = 300
	DefaultLanes = 5
)

// Options shape a chart; the zero value is valid.
type Options struct {
	Title    string // drawn at the top; empty: "Timeline"
	Empty    string // said when there are no events; empty: "No dated events match."
	Width    int    // pixels; 0: DefaultWidth; otherwise MinWidth to MaxWidth
	MaxLanes int    // lanes including "Other"; 0: DefaultLanes; at least 2
	Marks    []Mark // reference dates, such as the briefing's publication

	// End returns when an event that lasts ends; such events are drawn as
	// bars. nil means EventEnd.
	End func(corpus.Event) (corpus.Date, bool)
}

// Mark is a reference date drawn as a dashed line across the lanes.
type Mark struct {
	At    time.Time
	Label string // short, such as "Briefing"
}

// Chart is a drawn timeline: the PNG and where everything went.
type Chart struct {
	PNG    []byte
	Layout Layout
}

// Layout says where a chart put its parts, in image pixels with y down.
// It exists so that tests can check what the picture cannot tell them,
// such as that no two labels overlap.
type Layout struct {
	Width, Height int
	Lanes         []Lane
	Labels        []Label // the labels drawn, one per shown event
	Marks         []Rect  // every event's mark, shown label or not
	Hidden        int     // events whose label found no room
	Undated       int     // events left out for want of a year
	Start, End    time.Time
}

// Lane is one horizontal band of the chart.
type Lane struct {
	Name string
	Box  Rect
}

// Label is one drawn event label.
type Label struct {
	Event int    // index into the events given to Draw
	Text  string // as drawn, possibly shortened
	Box   Rect   // the text's extent
}

// Rect is an axis-aligned rectangle in image pixels, y down.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Overlaps reports whether r and o share any area.
func (r Rect) Overlaps(o Rect) bool {
	return r.X0 < o.X1 && o.X0 < r.X1 && r.Y0 < o.Y1 && o.Y0 < r.Y1
}

// Renderer draws charts. It holds the parsed fonts, so make one and reuse
// it; it is safe for concurrent use.
type Renderer struct {
	st styles
}

// NewRenderer parses the embedded fonts.
func NewRenderer() (*Renderer, error) {
	st, err := newStyles()
	if err != nil {
		return nil, fmt.Errorf("timelinechart: %w", err)
	}
	return &Renderer{st: st}, nil
}

// Draw renders events, oldest first as a timeline gives them, as a PNG.
func (r *Renderer) Draw(events []corpus.Event, opt Options) (*Chart, error) {
	opt, err := opt.normalize()
	if err != nil {
		return nil, err
	}
	g, items := r.layout(events, opt)
	if len(items) == 0 {
		if len(events) > 0 {
			opt.Empty = "No event here has a year to place it in time."
		}
		return r.drawEmpty(opt)
	}
	data, err := r.paint(g, items, opt)
	if err != nil {
		return nil, err
	}
	return &Chart{PNG: data, Layout: g.export(items)}, nil
}

// layout plans the chart of events without drawing it; opt is normalized.
func (r *Renderer) layout(events []corpus.Event, opt Options) (*geometry, []item) {
	items := makeItems(events, opt.End)
	if len(items) == 0 {
		return nil, nil
	}
	lanes := assignLanes(items, opt.MaxLanes)
	g := r.plan(items, lanes, opt)
	g.undated = len(events) - len(items)
	return g, items
}

// normalize fills defaults and rejects out-of-range options.
func (o Options) normalize() (Options, error) {
	if o.Width == 0 {
		o.Width = DefaultWidth
	}
	if o.Width < MinWidth || o.Width > MaxWidth {
		return o, fmt.Errorf("timelinechart: width %d is outside %d–%d pixels", o.Width, MinWidth, MaxWidth)
	}
	if o.MaxLanes == 0 {
		o.MaxLanes = DefaultLanes
	}
	if o.MaxLanes < 2 {
		return o, fmt.Errorf("timelinechart: at least 2 lanes are needed, got %d", o.MaxLanes)
	}
	if o.Title == "" {
		o.Title = "Timeline"
	}
	if o.End == nil {
		o.End = EventEnd
	}
	if o.Empty == "" {
		o.Empty = "No dated events match."
	}
	return o, nil
}

// paint draws the planned chart and encodes it.
func (r *Renderer) paint(g *geometry, items []item, opt Options) ([]byte, error) {
	img := vgimg.NewWith(
		vgimg.UseWH(vg.Length(g.width), vg.Length(g.height)),
		vgimg.UseDPI(pointsPerInch),
		vgimg.UseBackgroundColor(r.st.background),
	)
	c := draw.New(img)
	r.drawFrame(c, g, opt)
	p := r.newPlot(g)
	p.Add(&lanePlotter{r: r, g: g, items: items})
	p.Draw(g.plotCanvas(c))
	return encodePNG(img)
}

// encodePNG compresses for speed: encoding is most of a chart's cost at
// the default level, and the fast one still gives a file of some tens of
// kilobytes, as a flat chart compresses well.
func encodePNG(img *vgimg.Canvas) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img.Image()); err != nil {
		return nil, fmt.Errorf("timelinechart: encoding PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// drawEmpty draws the title and says there is nothing to show, so that a
// reader who asked for a picture gets one that explains itself.
func (r *Renderer) drawEmpty(opt Options) (*Chart, error) {
	g := &geometry{width: float64(opt.Width), height: MinHeight}
	img := vgimg.NewWith(
		vgimg.UseWH(vg.Length(g.width), vg.Length(g.height)),
		vgimg.UseDPI(pointsPerInch),
		vgimg.UseBackgroundColor(r.st.background),
	)
	c := draw.New(img)
	r.drawFrame(c, g, opt)
	sty := r.st.text(textSize, false, r.st.muted)
	sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
	c.FillText(sty, g.pt(g.width/2, g.height/2), opt.Empty)
	data, err := encodePNG(img)
	if err != nil {
		return nil, err
	}
	return &Chart{PNG: data, Layout: Layout{Width: int(g.width), Height: int(g.height)}}, nil
}

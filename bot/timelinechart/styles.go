package timelinechart

import (
	"fmt"
	"image/color"

	stdfont "golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// pointsPerInch makes one vg point one pixel, so sizes below are pixels.
const pointsPerInch = 72

// Type sizes in pixels. They are about twice what a reader sees, because
// Discord shows a 1000-pixel image at about 550.
const (
	titleSize = 28
	textSize  = 22
	smallSize = 20
)

// typeface names the embedded Go fonts in the font cache.
const typeface = "Go"

// styles holds the fonts and colours every chart uses.
type styles struct {
	fonts      *font.Cache
	background color.Color
	ink        color.Color // text
	muted      color.Color // secondary text, axis
	grid       color.Color
	band       color.Color // every other lane
	lanes      []color.Color
	other      color.Color
}

// newStyles parses the embedded fonts and picks the palette: dark ink on
// an off-white card reads in Discord's dark and light themes alike, and
// the lane colours are the Okabe–Ito set, which stays distinct for
// colour-blind readers; the darker four keep contrast on the card.
func newStyles() (styles, error) {
	var coll font.Collection
	for _, f := range []struct {
		ttf    []byte
		weight stdfont.Weight
	}{{goregular.TTF, stdfont.WeightNormal}, {gobold.TTF, stdfont.WeightBold}} {
		parsed, err := opentype.Parse(f.ttf)
		if err != nil {
			return styles{}, fmt.Errorf("parsing the embedded Go font: %w", err)
		}
		coll = append(coll, font.Face{Font: font.Font{Typeface: typeface, Weight: f.weight}, Face: parsed})
	}
	return styles{
		fonts:      font.NewCache(coll),
		background: rgb(0xF6F6F3),
		ink:        rgb(0x1D1F22),
		muted:      rgb(0x55585E),
		grid:       rgb(0xD9D9D4),
		band:       rgb(0xECECE7),
		lanes:      []color.Color{rgb(0x0072B2), rgb(0xC24F00), rgb(0x00835F), rgb(0xB5548F)},
		other:      rgb(0x6B6E73),
	}, nil
}

func rgb(v uint32) color.Color {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xFF}
}

// text returns a text style of the given size and weight.
func (s styles) text(size vg.Length, bold bool, c color.Color) text.Style {
	f := font.Font{Typeface: typeface, Size: size}
	if bold {
		f.Weight = stdfont.WeightBold
	}
	return text.Style{Color: c, Font: f, Handler: text.Plain{Fonts: s.fonts}, XAlign: draw.XLeft, YAlign: draw.YBottom}
}

// width measures s in sty.
func width(sty text.Style, s string) float64 { return float64(sty.Width(s)) }

// laneColor is the colour of lane i of n, where the last is "Other" when
// other is set.
func (s styles) laneColor(i int, other bool) color.Color {
	if other || i >= len(s.lanes) {
		return s.other
	}
	return s.lanes[i]
}

// laneFill is lane i's background: every other lane is shaded so that
// lanes stay apart without rules.
func (s styles) laneFill(i int) color.Color {
	if i%2 == 1 {
		return s.band
	}
	return s.background
}

package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML tables. An encyclopedia article's infobox is a table: label rows
// ("Date", "Belligerents") and the values beside or below them. It is
// read into Briefing.Infobox, as the pipe and grid tables of converted
// articles are (infobox.go). A table is an infobox when MediaWiki's class
// says so ("infobox"), or when, before the first paragraph, two of its
// rows or more open with an infobox label, or three before the first
// section's heading. Any other table is either
// layout (one column: its cells are read as blocks, as a page's boxes
// are) or data: each row is one paragraph, "first cell: other cells, …",
// as a pipe table's rows are rendered, each value after its column's
// header ("1971: Losses 1,200"). One paragraph per row rather than
// one per table keeps a long table from becoming one giant passage that
// every question about it would find. A header row (all <th>) names the
// columns and yields no paragraph itself. A table that is mostly links
// (a navigation box) is dropped.

// htmlRow is one table row: its cells, each a list of values (the pieces
// a cell's line breaks and blocks part), whether every cell is a header,
// and its line.
type htmlRow struct {
	cells  [][]string
	header bool
	line   int
}

// beforeSections reports whether the page has reached no section
// heading yet: a fact box there ("At a glance": Dates, Location,
// Result, Casualties) may follow a standfirst and still be the page's
// infobox.
func (hs *htmlSplit) beforeSections() bool {
	for _, p := range hs.ps.out {
		if p.Section != "" {
			return false
		}
	}
	return true
}

// table reads one table.
func (hs *htmlSplit) table(n *html.Node) {
	rows := tableRowsOf(n, nil)
	if hasClass(n, "infobox") || labelRows(rows) >= 2 && (len(hs.ps.out) == 0 || hs.beforeSections() && labelRows(rows) >= 3) {
		hs.ps.b.Infobox = append(hs.ps.b.Infobox, htmlInfobox(infoboxRowsOf(n, nil))...)
		return
	}
	if isLinkDense(hs.stats[n]) {
		return
	}
	if maxCells(rows) <= 1 {
		hs.layoutTable(n)
		return
	}
	var head []string
	for _, r := range rows {
		if r.header {
			head = joinCells(r.cells)
			continue
		}
		hs.paragraph(rowText(headedCells(head, joinCells(r.cells))), r.line)
	}
}

// headedCells names each cell after the first by its column's header,
// when the header row has as many cells: "1,200" under "Losses" is
// "Losses 1,200", which a question about losses finds.
func headedCells(head, cells []string) []string {
	if len(head) != len(cells) {
		return cells
	}
	out := append([]string(nil), cells...)
	for i := 1; i < len(out); i++ {
		if head[i] != "" && out[i] != "" {
			out[i] = head[i] + " " + out[i]
		}
	}
	return out
}

// layoutTable reads a one-column table's cells as blocks.
func (hs *htmlSplit) layoutTable(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || dropped(c) || c.DataAtom == atom.Table {
			continue // a nested table is read when its own cell is
		}
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			hs.children(c)
			hs.flushRun()
			continue
		}
		hs.layoutTable(c)
	}
}

// tableRowsOf collects the rows of a table, not those of tables nested in
// its cells.
func tableRowsOf(n *html.Node, out []htmlRow) []htmlRow {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode || dropped(c) || c.DataAtom == atom.Table:
		case c.DataAtom == atom.Tr:
			out = append(out, rowOf(c))
		default:
			out = tableRowsOf(c, out)
		}
	}
	return out
}

// infoboxRowsOf collects an infobox's rows, a table nested in a row's
// cell giving its own rows in that row's place: an encyclopedia's
// conflict infobox sets Date, Location and Result in a table of their
// own inside its first rows.
func infoboxRowsOf(n *html.Node, out []htmlRow) []htmlRow {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode || dropped(c):
		case c.DataAtom == atom.Tr && nestedTables(c) != nil:
			for _, t := range nestedTables(c) {
				out = infoboxRowsOf(t, out)
			}
		case c.DataAtom == atom.Tr:
			out = append(out, rowOf(c))
		case c.DataAtom != atom.Table:
			out = infoboxRowsOf(c, out)
		}
	}
	return out
}

// nestedTables returns the tables standing in a row's cells.
func nestedTables(tr *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || dropped(c) {
				continue
			}
			if c.DataAtom == atom.Table {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(tr)
	return out
}

// rowOf reads one row's cells.
func rowOf(tr *html.Node) htmlRow {
	r := htmlRow{header: true, line: lineOf(tr)}
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || dropped(c) {
			continue
		}
		r.header = r.header && c.DataAtom == atom.Th
		r.cells = append(r.cells, cellValues(c))
	}
	return r
}

// cellValues splits a cell into its values: a line break, a list item or
// a block ends one ("Somalia<br>WSLF" is two sides).
func cellValues(n *html.Node) []string {
	var vals []string
	var sb strings.Builder
	cut := func() {
		if v := normalizeSpace(plainInline(sb.String(), false)); v != "" {
			vals = append(vals, v)
		}
		sb.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && dropped(c):
			case c.Type == html.ElementNode && (c.DataAtom == atom.Br || c.DataAtom == atom.Hr):
				cut()
			case c.Type == html.ElementNode && isBlockElement(c):
				cut()
				walk(c)
				cut()
			case c.Type == html.ElementNode:
				walk(c)
			default:
				writeInline(&sb, c, true)
			}
		}
	}
	walk(n)
	cut()
	return vals
}

// labelRows counts the rows that open with an infobox label.
func labelRows(rows []htmlRow) int {
	count := 0
	for _, r := range rows {
		if len(r.cells) > 0 && isInfoboxLabel(strings.Join(r.cells[0], " ")) {
			count++
		}
	}
	return count
}

// htmlInfobox reads infobox rows into fields: a row opening with a label
// opens a field, whose values are the row's other cells and the cells of
// the rows below it (a header row "Belligerents" over a row of sides); a
// header cell that is no label closes the field, and rows before the
// first label (the caption, an image, "Part of …") are not fields.
func htmlInfobox(rows []htmlRow) []InfoField {
	var fields []InfoField
	open := false
	for _, r := range rows {
		if len(r.cells) == 0 {
			continue
		}
		first := strings.Join(r.cells[0], " ")
		rest := r.cells[1:]
		switch {
		case isInfoboxLabel(first):
			fields = append(fields, InfoField{Label: infoboxLabel(first), Line: r.line})
			open = true
		case r.header:
			open = false
			continue
		default:
			rest = r.cells
		}
		if !open {
			continue
		}
		f := &fields[len(fields)-1]
		for _, c := range rest {
			f.Values = append(f.Values, c...)
		}
	}
	return fields
}

// maxCells is the most cells any row has.
func maxCells(rows []htmlRow) int {
	m := 0
	for _, r := range rows {
		m = max(m, len(r.cells))
	}
	return m
}

// joinCells joins each cell's values into one text.
func joinCells(cells [][]string) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = strings.Join(c, " ")
	}
	return out
}

package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Infoboxes. An encyclopedia article about a conflict carries an infobox:
// Date, Location, Result, Belligerents (the sides, one name a line),
// Commanders and leaders, Strength, Casualties and losses. A browser copy
// turns it into short lines between the title and the lead; pandoc turns
// it into a pipe table. Read as prose it is garbage: "Djibouti France
// Ahmed Dini Ahmed Strength 3,000" would be one paragraph, its dates
// events of nothing, its names faction candidates with no sentence to
// judge them by. So it is read into Briefing.Infobox, label by label, and
// yields no paragraph.

// labelKind is what an infobox field's values are, for the extractors
// that read a field by its kind.
type labelKind uint8

// The kinds of infobox label.
const (
	labelOther     labelKind = iota // a field no extractor reads by its kind ("Date", "Strength")
	labelSide                       // the parties to the conflict
	labelUnit                       // the units that fought for the sides
	labelCommander                  // the people who led the sides
)

// infoboxLabels are the field labels the encyclopedias' conflict and
// event infoboxes print (Wikipedia's "Infobox military conflict" and
// "Infobox civil conflict" templates), lower-cased, each with what its
// values are. A line or a table cell that is one of them opens a field.
// The one table serves the parser and the extractors alike, so a label
// the extractors read is always one the parser opens a field for.
var infoboxLabels = map[string]labelKind{
	"date": labelOther, "dates": labelOther, "location": labelOther, "result": labelOther, "status": labelOther,
	"territorial changes": labelOther, "belligerents": labelSide, "combatants": labelSide,
	"commanders and leaders": labelCommander, "commanders": labelCommander, "units involved": labelUnit,
	"strength": labelOther, "casualties and losses": labelOther, "casualties": labelOther,
	"part of": labelOther, "caused by": labelOther, "goals": labelOther, "methods": labelOther,
	"resulted in": labelOther, "parties": labelSide, "lead figures": labelOther,
	"deaths": labelOther, "injuries": labelOther, "arrested": labelOther,
}

// isInfoboxLabel reports whether s ("Belligerents", "**Date**",
// "Location:") is an infobox label.
func isInfoboxLabel(s string) bool {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "*_:"))
	_, ok := infoboxLabels[strings.ToLower(s)]
	return ok
}

// kindOfLabel returns what the values of a field with label (an
// InfoField's) are: labelOther for a label no extractor reads by kind.
func kindOfLabel(label string) labelKind { return infoboxLabels[strings.ToLower(label)] }

// maxHeadScan bounds how far into a plain text its head (tagline,
// infobox) is looked for.
const maxHeadScan = 300

// plainHead is where a plain text's head lies: the tagline's line, the
// first infobox label's line (-1 when absent), and the first prose line.
type plainHead struct {
	tagline, infobox, end int
}

// findHead finds a plain text's head before its first prose line: a
// tagline within its first lines ("From Wikipedia, the free
// encyclopedia") and an infobox label on a line of its own.
func findHead(lines []string, from int) plainHead {
	h := plainHead{tagline: -1, infobox: -1, end: from}
	seen := 0
	for i := from; i < len(lines) && i < from+maxHeadScan; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		label := lineLabel(t)
		if isProseLine(t) && !isInfoboxLabel(label) && !isHatnote(t) { // a hatnote above the infobox is the page's chrome, not the lead
			h.end = i
			return h
		}
		seen++
		switch {
		case h.tagline < 0 && isTagline(t) && (seen <= 3 || isSiteTagline(t)):
			h.tagline = i
		case h.infobox < 0 && isInfoboxLabel(label):
			h.infobox = i
		}
	}
	return plainHead{tagline: -1, infobox: -1, end: from} // no prose: no head
}

// isProseLine reports whether a line is a sentence of prose rather than
// a title, tagline, label or value: long, or ending a sentence (citation
// markers aside) after a dozen words.
func isProseLine(t string) bool {
	n := len(strings.Fields(t))
	return n >= 25 || (n >= 12 && endsSentence(plainInline(t, false)))
}

// isTagline reports whether t is a site's tagline under a copied title:
// "From Wikipedia, the free encyclopedia", "From Encyclopaedia X". Short,
// no final full stop.
func isTagline(t string) bool {
	rest, ok := strings.CutPrefix(t, "From ")
	if !ok || len(strings.Fields(t)) > 8 || strings.HasSuffix(t, ".") {
		return false
	}
	first := rest[0]
	return first >= 'A' && first <= 'Z'
}

// isSiteTagline reports whether a tagline names a site and what it is
// ("From Wikipedia, the free encyclopedia"): such a line is the tagline
// however many lines of a page's chrome come before it.
func isSiteTagline(t string) bool { return strings.Contains(t, ", the ") }

// leadText is what a copied page's title is looked for in: the words of
// the file's name (a browser saves a page under its title) and of the
// first prose lines from line from on, where an article names its subject.
func leadText(lines []string, from int, slug string) string {
	parts := []string{strings.ReplaceAll(slug, "-", " ")}
	for i := from; i < len(lines) && i < from+40 && len(parts) < 4; i++ {
		if t := strings.TrimSpace(lines[i]); isProseLine(t) {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// readHead reads a plain text's head, when it has a tagline or an
// infobox: the lines before either go to the masthead (the title), the
// tagline names the publisher when nothing else does, the infobox fills
// Briefing.Infobox, and the body starts at the first prose line. It
// returns the line index where the body starts.
func (ps *paragraphSplit) readHead(lines []string, from int) int {
	h := findHead(lines, from)
	start := h.tagline
	if start < 0 || (h.infobox >= 0 && h.infobox < start) {
		start = h.infobox
	}
	if start < 0 {
		return from
	}
	if k, ok := leadTitle(lines[from:headEnd(h)], leadText(lines, h.end, ps.b.Slug), start-from); ok {
		from, start = from+k, from+k+1 // a page's chrome surrounds its title: keep the title alone
	}
	for i := from; i < start; i++ {
		ps.line(i, strings.TrimSpace(lines[i]))
	}
	ps.flush(true)
	ps.blankBefore = true
	if h.tagline >= 0 && ps.b.Publisher == "" {
		site, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(lines[h.tagline]), "From "), ",")
		ps.b.Publisher = strings.TrimSpace(site)
	}
	if h.infobox >= 0 {
		ps.b.Infobox = readInfoboxLines(lines[h.infobox:h.end], h.infobox)
	}
	return h.end
}

// headEnd is where a head's lines before its infobox end: the infobox's
// first line, or the first prose line when there is no infobox.
func headEnd(h plainHead) int {
	if h.infobox >= 0 {
		return h.infobox
	}
	return h.end
}

// leadTitle picks the title among the lines a copied page holds before
// its infobox, when more lines than a masthead's title and publisher
// come before its tagline or infobox (the first masthead lines): a
// browser's copy brings the site's menus, a table of contents and tabs
// along, and may put the title after the tagline. The title is the line whose every word the
// article's first prose line uses, as an article's opening names its
// subject ("North Yemen Civil War" → "The North Yemen Civil War was …");
// the longest such line, the last of equals. ok is false with two lines
// or fewer, or when no line qualifies.
func leadTitle(lines []string, lead string, masthead int) (int, bool) {
	var n int
	for _, l := range lines[:masthead] {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	if n <= 2 {
		return 0, false
	}
	used := map[string]bool{}
	for _, w := range lowerWords(plainInline(lead, false)) {
		used[w] = true
	}
	best, bestWords := -1, 0
	for i, l := range lines {
		words := lowerWords(l)
		if len(words) < bestWords || len(words) == 0 || slices.ContainsFunc(words, func(w string) bool { return !used[w] }) {
			continue
		}
		best, bestWords = i, len(words)
	}
	return best, best >= 0
}

// isInfoboxBlock reports whether a block of plain text is copied infobox
// lines: it opens with a label, holds another, and no line of it is prose.
func isInfoboxBlock(block []srcLine) bool {
	if len(block) < 4 || !isInfoboxLabel(firstCell(block[0].text)) {
		return false
	}
	labels := 0
	for _, l := range block {
		if isProseLine(l.text) {
			return false
		}
		if isInfoboxLabel(firstCell(l.text)) {
			labels++
		}
	}
	return labels >= 2
}

// infoboxFrom returns the index of the line an infobox opens at inside a
// block of short lines that other lines come before (a copied title,
// masthead and hatnote), or 0 when there is none: no line before it
// wraps, and from it the block is an infobox (isInfoboxBlock).
func infoboxFrom(block []srcLine) int {
	for k := 1; k+4 <= len(block); k++ {
		if utf8.RuneCountInString(block[k-1].text) > maxWrapWidth {
			return 0 // a paragraph on one line: no copied head
		}
		if isInfoboxLabel(firstCell(block[k].text)) {
			if isInfoboxBlock(block[k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// lineLabel is what may be a copied line's infobox label: its first
// cell, or, on a line with no tab, what precedes a colon ("Date: 1
// August 1944 – 2 October 1944", as a copy of a two-column table gives
// it).
func lineLabel(line string) string {
	cell, _, tab := strings.Cut(line, "\t")
	if tab {
		return cell
	}
	if label, _, ok := strings.Cut(line, ": "); ok {
		return label
	}
	return line
}

// firstCell is a copied line up to its first tab.
func firstCell(line string) string {
	cell, _, _ := strings.Cut(line, "\t")
	return cell
}

// blockTexts returns a block's lines.
func blockTexts(block []srcLine) []string {
	out := make([]string, len(block))
	for i, l := range block {
		out[i] = l.text
	}
	return out
}

// readInfoboxLines reads copied infobox lines: a label line opens a
// field, the lines after it are its values (a tab, as a copied table
// cell leaves it, separates values on one line too). offset is the
// index of lines[0] in the file.
func readInfoboxLines(lines []string, offset int) []InfoField {
	var fields []InfoField
	for i, l := range lines {
		cells := strings.Split(l, "\t")
		if label := lineLabel(l); len(cells) == 1 && label != l && isInfoboxLabel(label) {
			cells = []string{label, strings.TrimSpace(l[len(label)+1:])}
		}
		if isInfoboxLabel(cells[0]) {
			fields = append(fields, InfoField{Label: infoboxLabel(cells[0]), Line: offset + i + 1})
			cells = cells[1:]
		}
		if len(fields) == 0 {
			continue
		}
		f := &fields[len(fields)-1]
		f.Values = appendValues(f.Values, cells...)
	}
	return fields
}

// infoboxLabel is a label as shown, without emphasis or colon.
func infoboxLabel(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "*_:"))
}

// appendValues adds the non-empty values, as a reader sees them, to vs.
func appendValues(vs []string, cells ...string) []string {
	for _, c := range cells {
		if v := normalizeSpace(plainInline(strings.TrimSpace(c), true)); v != "" {
			vs = append(vs, v)
		}
	}
	return vs
}

// isTable reports whether a block is a pipe table (every line a row
// between '|') or a grid table (rows of '|' lines between "+---+" rules,
// as pandoc writes tables whose cells hold several lines).
func isTable(block []srcLine) bool {
	grid := isGridRule(block[0].text)
	for _, l := range block {
		if !strings.HasPrefix(l.text, "|") && !(grid && isGridRule(l.text)) {
			return false
		}
	}
	return true
}

// isGridRule reads a grid table's rule line: "+----+----+", "+====+".
func isGridRule(t string) bool {
	return len(t) > 2 && t[0] == '+' && t[len(t)-1] == '+' && strings.Trim(t, "+-=:") == ""
}

// tableRow is one row of a pipe table: its cells and line.
type tableRow struct {
	cells []string
	line  int
}

// tableRows splits a table into rows of trimmed cells, without its
// delimiter rows.
func tableRows(block []srcLine) []tableRow {
	if isGridRule(block[0].text) {
		return gridRows(block)
	}
	return pipeRows(block)
}

// gridRows reads a grid table: the columns lie between the '+' of its
// first rule, and a row's cells are the pieces of its lines between two
// rules, joined; a piece ending in a backslash (pandoc's line break)
// ends a value.
func gridRows(block []srcLine) []tableRow {
	cols := gridColumns(block[0].text)
	var rows []tableRow
	var cur *tableRow
	for _, l := range block {
		if isGridRule(l.text) {
			cur = nil
			continue
		}
		if cur == nil {
			rows = append(rows, tableRow{cells: make([]string, len(cols)-1), line: l.n})
			cur = &rows[len(rows)-1]
		}
		addGridLine(cur, l.text, cols)
	}
	return rows
}

// gridColumns returns the columns (in runes: the table is aligned as
// shown) of a rule's '+' marks.
func gridColumns(rule string) []int {
	var cols []int
	for i, r := range []rune(rule) {
		if r == '+' {
			cols = append(cols, i)
		}
	}
	return cols
}

// addGridLine adds one line's pieces to the row's cells.
func addGridLine(r *tableRow, line string, cols []int) {
	runes := []rune(line)
	for c := 0; c+1 < len(cols); c++ {
		from, to := cols[c]+1, min(cols[c+1], len(runes))
		if from >= to {
			continue
		}
		piece := strings.TrimSpace(string(runes[from:to]))
		switch {
		case piece == "":
		case r.cells[c] == "" || strings.HasSuffix(r.cells[c], "<br>"):
			r.cells[c] += piece
		default:
			r.cells[c] += " " + piece
		}
		if strings.HasSuffix(r.cells[c], "\\") {
			r.cells[c] = strings.TrimSuffix(r.cells[c], "\\") + "<br>"
		}
	}
}

// pipeRows splits a pipe table into rows of trimmed cells, without its
// delimiter row ("|---|:---:|").
func pipeRows(block []srcLine) []tableRow {
	var rows []tableRow
	for _, l := range block {
		inner := strings.TrimSuffix(strings.TrimPrefix(l.text, "|"), "|")
		cells := strings.Split(inner, "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if !isDelimiterRow(cells) {
			rows = append(rows, tableRow{cells: cells, line: l.n})
		}
	}
	return rows
}

func isDelimiterRow(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, ":-") != "" || !strings.Contains(c, "-") {
			return false
		}
	}
	return true
}

// table reads a pipe table. An infobox (two rows or more labelled by
// infobox labels) fills Briefing.Infobox; any other table is a paragraph
// of its rows, "first cell: other cells, …; next row …", which keeps
// what it says readable and searchable without its pipes.
func (ps *paragraphSplit) table(block []srcLine) {
	rows := tableRows(block)
	if fields := infoboxRows(rows); len(fields) >= 2 {
		ps.b.Infobox = append(ps.b.Infobox, fields...)
		return
	}
	var parts []string
	for _, r := range rows {
		if t := rowText(r.cells); t != "" {
			parts = append(parts, t)
		}
	}
	if len(parts) > 0 {
		ps.paragraph(strings.Join(parts, "; "), block[0].n)
	}
}

// infoboxRows reads the rows of a pipe table as infobox fields: a row
// whose first cell is a label opens a field, a row with an empty first
// cell adds values to the field above. Values split at "<br>".
func infoboxRows(rows []tableRow) []InfoField {
	var fields []InfoField
	for _, r := range rows {
		if len(r.cells) < 2 {
			continue
		}
		if isInfoboxLabel(r.cells[0]) {
			fields = append(fields, InfoField{Label: infoboxLabel(r.cells[0]), Line: r.line})
		} else if r.cells[0] != "" || len(fields) == 0 {
			continue
		}
		f := &fields[len(fields)-1]
		for _, c := range r.cells[1:] {
			f.Values = appendValues(f.Values, splitBreaks(c)...)
		}
	}
	return fields
}

// splitBreaks splits a cell at its HTML line breaks.
func splitBreaks(c string) []string {
	for _, br := range []string{"<br />", "<br/>", "<BR>"} {
		c = strings.ReplaceAll(c, br, "<br>")
	}
	return strings.Split(c, "<br>")
}

// rowText renders one row of an ordinary table.
func rowText(cells []string) string {
	var rest []string
	for _, c := range cells[1:] {
		if c != "" {
			rest = append(rest, c)
		}
	}
	switch {
	case len(rest) == 0:
		return cells[0]
	case cells[0] == "":
		return strings.Join(rest, ", ")
	}
	return cells[0] + ": " + strings.Join(rest, ", ")
}

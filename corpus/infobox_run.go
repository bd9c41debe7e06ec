package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Infobox runs. A text extraction of an encyclopedia page (an offline
// reader's dump, a browser's "save as text") prints the infobox where
// the page's layout put it, after the lead paragraph, one value a line
// with blank lines between the sides, bullets before a side's
// sub-units, a label broken over two lines ("Territorial" over
// "changes") and a label glued to its value ("Date3–6 March 2013",
// "Result Rebel victory"). Read as blocks, its values would be bare
// headings and paragraphs and its labels glued to dates events. So
// before the body is split, such a run is read into Briefing.Infobox
// and its lines blanked.

// minRunLabels is how many labels a run of short lines must hold to be
// an infobox: one label may open any short line ("Location of Osk"),
// three make a summary table.
const minRunLabels = 3

// lateInfobox reads an infobox run found after line from (see
// findInfoboxRun) into Briefing.Infobox, when the head held none, and
// returns the lines with the run's blanked; the lines themselves are
// not changed.
func (ps *paragraphSplit) lateInfobox(lines []string, from int) []string {
	if len(ps.b.Infobox) > 0 {
		return lines
	}
	start, end := findInfoboxRun(lines, from)
	if end <= start {
		return lines
	}
	return ps.takeInfobox(lines, start, end, readInfoboxLines(runCells(lines[start:end]), start))
}

// takeInfobox sets fields, read from lines[start:end], as the
// briefing's infobox and returns the lines with those blanked, so that
// they yield no paragraph; the lines themselves are not changed.
func (ps *paragraphSplit) takeInfobox(lines []string, start, end int, fields []InfoField) []string {
	ps.b.Infobox = fields
	out := slices.Clone(lines)
	clear(out[start:end])
	return out
}

// findInfoboxRun finds the first infobox run before the body's first
// section: a line opening with a label (runLabel) that no prose line
// follows before the run's last label (see runEnd), holding
// minRunLabels labels. It returns the run's line range, empty when
// there is none.
func findInfoboxRun(lines []string, from int) (int, int) {
	seenProse := false
	for i := from; i < len(lines) && i < from+maxHeadScan; i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
		case isRunProse(t):
			seenProse = true
		case opensSection(lines, i, seenProse):
			return 0, 0
		case isRunLabel(lines, i):
			if end, labels := runEnd(lines, i); labels >= minRunLabels {
				return i, end
			}
		}
	}
	return 0, 0
}

// opensSection reports whether line i opens a section of the body: a
// marked heading below the title ("== Background =="), a heading with
// its edit link, or, after the lead, a bare heading over prose.
func opensSection(lines []string, i int, afterLead bool) bool {
	t := strings.TrimSpace(lines[i])
	if level, _ := wikiHeading(t); level > 1 || hasEditLink(t) {
		return true
	}
	next := nextLine(lines, i+1)
	return afterLead && next < len(lines) && isBareHeading(plainInline(t, false)) && isRunProse(strings.TrimSpace(lines[next]))
}

// nextLine is the index of the first non-blank line from i on, or
// len(lines).
func nextLine(lines []string, i int) int {
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	return i
}

// runEnd walks a run from its first label at line i, block by block
// (blank lines part them) up to a prose line or a section's heading;
// it ends after the last block holding a label, or after the block
// below that one when its last line is a label awaiting its values.
// It returns the index after the run's last line and how many labels
// the run holds.
func runEnd(lines []string, i int) (int, int) {
	end, labels, pending := i, 0, false
	for j := i; j < len(lines); {
		k, n := runBlock(lines, j)
		if k == j {
			break
		}
		if n > 0 || pending {
			end, labels = k, labels+n
			pending = n > 0 && isRunLabel(lines, k-1)
		}
		j = nextLine(lines, k)
	}
	return end, labels
}

// runBlock reads the block of short lines from line j: it returns the
// index after it (j when line j is prose or a heading) and how many
// labels it holds.
func runBlock(lines []string, j int) (int, int) {
	labels := 0
	k := j
	for ; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		if t == "" || isRunProse(t) || opensSection(lines, k, false) {
			break
		}
		if isRunLabel(lines, k) {
			labels++
		}
	}
	return k, labels
}

// isRunProse reports whether a line of a run is prose, which ends it: a
// long line, unless a label opens it in a cell of its own ("Result\t
// Uprisings suppressed; …", a copied table row whose value runs to a
// sentence's length) or it lists items (isItemLine).
func isRunProse(t string) bool {
	cell, _, tab := strings.Cut(t, "\t")
	return isProseLine(t) && !(tab && isInfoboxLabel(cell)) && !isItemLine(t)
}

// minItemMarks is how many bullets make a line a list of items.
const minItemMarks = 2

// isItemLine reports whether a line lists items, bullets setting them
// apart as a copied infobox cell does ("Tarvia • Tarvian Army • Tarvian
// Air Force (TAF)"): minItemMarks of them or more.
func isItemLine(t string) bool {
	return strings.Count(t, " • ")+strings.Count(t, " · ") >= minItemMarks
}

// isRunLabel reports whether line i of a run opens a field: a label
// (splitLabel), or one broken over line i and the next.
func isRunLabel(lines []string, i int) bool {
	_, _, ok := splitLabel(strings.TrimSpace(lines[i]))
	return ok || brokenLabel(lines, i) != ""
}

// brokenLabel is the label lines i and i+1 make when a narrow column
// broke it ("Territorial" over "changes"), or "".
func brokenLabel(lines []string, i int) string {
	if i+1 >= len(lines) {
		return ""
	}
	joined := strings.TrimSpace(lines[i]) + " " + strings.TrimSpace(lines[i+1])
	if isInfoboxLabel(joined) && !isInfoboxLabel(lines[i]) {
		return joined
	}
	return ""
}

// splitLabel splits a run's line into its label and the value on the
// same line: a label alone, "Label: value", a tab's cells, or the
// longest label that opens the line before a space or a digit
// ("Result Rebel victory", "Date3–6 March 2013"). ok is false when no
// label opens it.
func splitLabel(t string) (label, rest string, ok bool) {
	t = stripBullet(t)
	if l := lineLabel(t); isInfoboxLabel(l) {
		return l, strings.TrimSpace(strings.TrimPrefix(t[len(l):], ":")), true
	}
	for i := len(t) - 1; i > 0; i-- {
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		if (t[i] == ' ' || isDigitByte(t[i]) && unicode.IsLetter(prev)) && isInfoboxLabel(t[:i]) {
			return t[:i], strings.TrimSpace(t[i:]), true
		}
	}
	return "", "", false
}

// stripBullet removes the bullet a page's list leaves before a copied
// sub-unit ("• Syrian Air Force"). A hyphen is no such bullet: it is
// how an export lists a template's parameters (see isTemplateInfobox).
func stripBullet(t string) string {
	for _, b := range []string{"• ", "· ", "◦ ", "▪ "} {
		if rest, ok := strings.CutPrefix(t, b); ok {
			return strings.TrimSpace(rest)
		}
	}
	return t
}

// runCells rewrites a run's lines as readInfoboxLines reads them: a
// label and its value parted by a tab, a broken label on its first
// line (the second blanked), bullets stripped.
func runCells(lines []string) []string {
	out := make([]string, len(lines))
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if l := brokenLabel(lines, i); l != "" {
			out[i] = l
			i++
			continue
		}
		out[i] = stripBullet(t)
		if label, rest, ok := splitLabel(t); ok {
			out[i] = label + "\t" + rest
		}
	}
	return out
}

// Template parameters. An export made from an article's wikitext keeps
// the infobox as its template's parameters, "Infobox" over lines
// "- Combatant1: Islamic Courts", "- Commander2: …", "- Place: …": the
// names the template takes, numbered by side, not the labels the page
// prints. Each is read as the field the page prints for it.

// templateLabels maps the parameters of Wikipedia's conflict infoboxes
// ("Infobox military conflict", "Infobox civil conflict"), lower-cased
// and without their side's number, to the labels the page prints for
// them; a parameter not listed is its own label.
var templateLabels = map[string]string{
	"combatant": "Belligerents", "commander": "Commanders and leaders",
	"units": "Units involved", "place": "Location", "partof": "Part of",
	"territory": "Territorial changes", "casualties": "Casualties and losses",
	"side": "Parties", "leadfigures": "Lead figures", "causes": "Caused by",
	"fatalities": "Deaths", "arrests": "Arrested",
}

// isTemplateInfobox reports whether a block is a template's parameters:
// a line "Infobox" (or "Infobox military conflict") over "- Name: value"
// lines, two of them or more. At a text's head (head), the line over
// them may be the infobox's own title, the subject's name, as exports
// that print parameter names in words write it ("Movement of Democratic
// Forces of Casamance" over "- Native Name Lang: fr", "- Active:
// 1982–present", "- Leaders: …"); three parameters or more, then.
func isTemplateInfobox(block []srcLine, head bool) bool {
	if len(block) < 3 {
		return false
	}
	marked := strings.HasPrefix(strings.ToLower(block[0].text), "infobox") && len(strings.Fields(block[0].text)) <= 4
	if !marked && !(head && len(block) >= 4 && isInfoboxTitle(block[0].text)) {
		return false
	}
	for _, l := range block[1:] {
		if _, _, ok := templateParam(l.text, !marked); !ok {
			return false
		}
	}
	return true
}

// isInfoboxTitle reports whether a line may title an infobox: a short
// name, no sentence, no list item or label of its own.
func isInfoboxTitle(line string) bool {
	return isMasthead(line) && !strings.HasPrefix(line, "- ") && !strings.HasSuffix(line, ":") && len(strings.Fields(line)) <= 12
}

// maxParamWords bounds a parameter name printed in words ("Native Name
// Lang", "Area of operations").
const maxParamWords = 4

// templateParam reads one "- Name: value" line: the parameter's name
// without its side's number, and its value without the template's
// leftover pipes and empty brackets. words allows a name printed in
// words, each capitalised but for a connector ("Area of operations").
func templateParam(line string, words bool) (name, value string, ok bool) {
	rest, ok := strings.CutPrefix(line, "- ")
	if !ok {
		return "", "", false
	}
	name, value, ok = strings.Cut(rest, ":")
	name = strings.TrimRightFunc(strings.TrimSpace(name), unicode.IsDigit)
	if !ok || name == "" || strings.ContainsRune(name, ' ') && !(words && isWordedParam(name)) {
		return "", "", false
	}
	value = strings.ReplaceAll(strings.TrimSpace(value), "()", "")
	return name, strings.Trim(value, " ,|"), true
}

// isWordedParam reports whether a parameter's name printed in words is
// short and opens with a capital, as a label does.
func isWordedParam(name string) bool {
	return len(strings.Fields(name)) <= maxParamWords && startsUpper(name)
}

// templateInfobox reads a template's parameters as infobox fields, each
// under the label the page prints for it.
func templateInfobox(block []srcLine) []InfoField {
	var fields []InfoField
	for _, l := range block[1:] {
		name, value, _ := templateParam(l.text, true)
		label, ok := templateLabels[strings.ToLower(name)]
		if !ok {
			label = name
		}
		fields = append(fields, InfoField{Label: label, Line: l.n, Values: appendValues(nil, value)})
	}
	return fields
}

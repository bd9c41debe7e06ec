package corpus

import (
	"regexp"
	"strings"
)

// Wikitext infoboxes. An article saved as its source opens with the
// template itself: "{{Infobox military conflict" over "| combatant1 =
// [[Red Dawn]]<br>[[Karn Front]] (KF)" and "| commander1 = …" lines,
// closed by "}}". Inline reading drops every template, so before the body
// is split the template is read into Briefing.Infobox, each parameter
// under the label the page prints for it (templateLabels), each value
// a <br> or a list's "*" sets apart one entry, and its lines blanked.

// wikiInfobox reads the first infobox template from line from on, when
// no infobox was read yet, and returns the lines with its lines blanked;
// the lines themselves are not changed.
func (ps *paragraphSplit) wikiInfobox(lines []string, from int) []string {
	if len(ps.b.Infobox) > 0 {
		return lines
	}
	start, end := findWikiInfobox(lines, from)
	if end <= start {
		return lines
	}
	return ps.takeInfobox(lines, start, end+1, wikiParams(lines[start+1:end], start+1))
}

// findWikiInfobox returns the line opening an infobox template
// ("{{Infobox …") within maxHeadScan lines of from and the line that
// closes it, where its braces balance; end is not above start when
// there is none.
func findWikiInfobox(lines []string, from int) (start, end int) {
	for i := from; i < len(lines) && i < from+maxHeadScan; i++ {
		if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(lines[i])), "{{infobox") {
			continue
		}
		depth := 0
		for j := i; j < len(lines); j++ {
			depth += strings.Count(lines[j], "{{") - strings.Count(lines[j], "}}")
			if depth <= 0 {
				return i, j
			}
		}
		return 0, 0
	}
	return 0, 0
}

// wikiParams reads a template's parameter lines ("| combatant1 = …",
// continuation lines added to the parameter above) as infobox fields;
// offset is the index of lines[0] in the file.
func wikiParams(lines []string, offset int) []InfoField {
	var fields []InfoField
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if rest, ok := strings.CutPrefix(t, "|"); ok {
			name, value, _ := strings.Cut(rest, "=")
			fields = append(fields, InfoField{Label: paramLabel(name), Line: offset + i + 1})
			t = value
		}
		if len(fields) > 0 {
			f := &fields[len(fields)-1]
			f.Values = appendValues(f.Values, wikiEntries(t)...)
		}
	}
	return fields
}

// paramLabel is the label a page prints for a template's parameter:
// "combatant1" is "Belligerents"; a parameter templateLabels does not
// list is its own label.
func paramLabel(name string) string {
	name = strings.TrimRight(strings.TrimSpace(name), "0123456789")
	if label, ok := templateLabels[strings.ToLower(name)]; ok {
		return label
	}
	return name
}

// wikiBreak matches the marks that set a value's entries apart: a <br>
// tag in any spelling, a list's "*" at a line's start.
var wikiBreak = regexp.MustCompile(`(?i)<br\s*/?>|^\*+\s*`)

// wikiEntries splits a parameter's value into its entries, with a flag
// template read as the country it names ("{{flag|Tarvia}}" is Tarvia)
// and an icon's dropped.
func wikiEntries(v string) []string {
	v = wikiFlag.ReplaceAllString(v, "$1")
	return wikiBreak.Split(v, -1)
}

// wikiFlag matches a flag template that prints its country's name.
var wikiFlag = regexp.MustCompile(`\{\{(?i:flag|flagcountry)\|([^|{}]+)[^{}]*\}\}`)

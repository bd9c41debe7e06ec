package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleInfoboxSide offers the sides an infobox lists as belligerents as
// faction candidates, where the prose names them.
const ruleInfoboxSide = "infobox-side"

// sideLabels are the infobox labels whose values are the parties to the
// conflict.
var sideLabels = map[string]bool{"belligerents": true, "combatants": true, "parties": true}

// infoboxSide is one party an infobox lists: its name and the acronym it
// gives in brackets ("Northern Liberation Front (NLF)").
type infoboxSide struct {
	name, acronym string
}

// infoboxSides reads the parties of an infobox. Sub-labels ("Supported
// by:") and bare acronyms, which the acronym rules read in the prose,
// are no names.
func infoboxSides(fields []InfoField) []infoboxSide {
	var out []infoboxSide
	for _, f := range fields {
		if !sideLabels[strings.ToLower(f.Label)] {
			continue
		}
		for _, v := range f.Values {
			if s, ok := sideOf(v); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// sideOf reads one belligerent value: "Name (ACR)" or "Name".
func sideOf(v string) (infoboxSide, bool) {
	v = strings.TrimSpace(strings.Trim(v, "*"))
	if strings.HasSuffix(v, ":") || len(strings.Fields(v)) < 2 && strings.ToUpper(v) == v {
		return infoboxSide{}, false
	}
	s := infoboxSide{name: v}
	if open := strings.LastIndex(v, " ("); open > 0 && strings.HasSuffix(v, ")") {
		s.name, s.acronym = strings.TrimSpace(v[:open]), v[open+2:len(v)-1]
		if strings.ContainsRune(s.acronym, ' ') {
			s.acronym = "" // "(until 1993)", "(from May)": a qualifier, not an acronym
		}
	}
	return s, s.name != ""
}

// infoboxCandidates offers each party of b's infobox as a candidate at
// the first paragraph whose prose names it. The infobox says the name is
// a side in the war, which no sentence may say of a group named in
// passing ("Red Dawn fighters raided the depot"); the candidate is still
// judged like any other, so a country or a person listed there is
// dropped by the same filters.
func (x extractor) infoboxCandidates(b *Briefing, paras []*para) []candidate {
	if x.disabled[ruleInfoboxSide] || len(b.Infobox) == 0 {
		return nil
	}
	var out []candidate
	for _, s := range infoboxSides(b.Infobox) {
		for _, p := range paras {
			if namesWord(p.text, s.name) {
				c := p.cand(s.name, scoreDefined)
				c.acronym = s.acronym
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// namesWord reports whether text holds name as whole words.
func namesWord(text, name string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], name)
		if k < 0 {
			return false
		}
		start, end := from+k, from+k+len(name)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		from = end
	}
}

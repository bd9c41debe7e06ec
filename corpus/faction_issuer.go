package corpus

import "strings"

// ruleIssuedBy reads the body a briefing's opening note says issued or
// prepared it as the publisher's own ("*Transcripts issued by the Office
// of the Spokesperson, United Nations West Africa Liaison Office,
// Abidjan.*", "Fact sheet No. 14/2021. Prepared by the Research
// Department for …"): like the publisher, the office that writes a
// briefing is no party to the crisis it reports (issue #12). Each name
// the comma-separated list gives is one, and so are the letters a
// bracket gives it ("(IODI)").
const ruleIssuedBy = "issued-by"

// issuingVerbs are the participles a document's note names its maker
// after ("issued by", "prepared by").
var issuingVerbs = map[string]bool{"issued": true, "prepared": true, "compiled": true, "published": true, "produced": true, "released": true}

// ruleIssuerNote ends the opening note at the first paragraph a dateline
// opens: a page of dispatches with no section heading is one section,
// and "Final results released by the Central Election Management
// Committee showed …" in a dispatch reports a party's figures, it does
// not sign the page.
const ruleIssuerNote = "issuer-note"

// issuerOpening is how many words may open a sentence before its
// participle: the note's own subject ("Transcripts", "Fact sheet No.
// 14/2010,"), not a clause that reports another body's document ("Figures
// compiled by the armed forces counted …" opens with its subject too, but
// the sentence lies in the body of the briefing, not in its note).
const issuerOpening = 4

// issuerNames returns the names of the bodies the paragraphs of a
// briefing's first section, its note before any section heading, say
// issued it; with dated (rule issuer-note), the note also ends at the
// first dateline. paras are the briefing's paragraphs as the rules read
// them. With masthead (rule masthead), the outlet a note opens with is
// one too.
func issuerNames(b *Briefing, paras []*para, dated, masthead bool) []string {
	var out []string
	for i, p := range paras {
		if i >= len(b.Paragraphs) || b.Paragraphs[i].Section != b.Paragraphs[0].Section || dated && Dateline(b.Paragraphs[i].Text) != "" {
			break
		}
		out = append(out, issuersIn(p)...)
		if masthead {
			out = append(out, mastheadNames(p)...)
		}
	}
	return out
}

// issuersIn returns the names after "issued by" and its like where the
// participle opens its sentence or follows the sentence's short subject.
func issuersIn(p *para) []string {
	var out []string
	lower := p.lowerWords()
	sents := p.sentences()
	for n, s := range sents {
		end := len(lower)
		if n+1 < len(sents) {
			end = sents[n+1]
		}
		for k := s; k <= s+issuerOpening && k+2 < end; k++ {
			if issuingVerbs[lower[k]] && lower[k+1] == "by" {
				out = append(out, issuerList(p.words(), k+2)...)
				break
			}
		}
	}
	return out
}

// issuerList reads the comma-separated names opening at words[j] ("the
// Office of the Spokesperson, United Nations West Africa Liaison Office,
// Abidjan."), each a run of capitalised words and the connectors inside
// names, and returns those that name an organisation, with the letters a
// bracket after one gives it. The list ends at a lower-case word that no
// name holds ("for the fortieth anniversary") or at a sentence's end.
func issuerList(words []string, j int) []string {
	var out, part []string
	flush := func() {
		for len(part) > 0 && isConnector(strings.ToLower(part[len(part)-1])) {
			part = part[:len(part)-1]
		}
		if name := strings.Join(part, " "); len(part) > 1 && isOrgName(name) {
			out = append(out, name)
		}
		part = part[:0]
	}
	for ; j < len(words); j++ {
		w := trim(words[j], "*")
		if strings.HasPrefix(w, "(") {
			if letters := trimRight(w[1:], ".,;:)"); isShortForm(letters) && len(part) > 0 {
				out = append(out, letters)
			}
		} else if core := trimRight(w, ".,;:"); startsUpper(core) || len(part) > 0 && (isConnector(core) || isComplementStart(core)) {
			part = append(part, core)
		} else if len(part) > 0 || !strings.EqualFold(core, "the") {
			break
		}
		if strings.ContainsAny(w, ".;:") && !isShortForm(trimRight(w, ".;:")) {
			break
		}
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, "),") {
			flush()
		}
	}
	flush()
	return out
}

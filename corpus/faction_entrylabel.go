package corpus

import "strings"

// ruleEntryOrgLabel reads the entries of a fact sheet's numbered or listed
// paragraphs whose bold label is itself an organisation's name: "4.2
// **Government of Zimbabwe.** Zimbabwean security agencies, chiefly the
// police …". An official text lists the parties by their formal names
// and goes on about what their agencies or members did, not about the
// body as a group noun; a label whose head is an organisation's noun
// names the party whatever its text says (list-entry reads the labels a
// group description follows).
const ruleEntryOrgLabel = "entry-org-label"

// findByEntryOrgLabel returns a candidate for each entry of p whose label,
// without the full stop or colon closing it, is a capitalised name with an
// organisation's head.
func findByEntryOrgLabel(p *para) []candidate {
	var out []candidate
	for _, e := range labelledEntries(p) {
		label := strings.TrimSpace(strings.TrimRight(e.label, ".:"))
		if label == "" || strings.ContainsAny(label, "()—–:;,") || !capitalisedName(label) || !isOrgName(label) {
			continue // "**The recruited men.**", "**NATO — Task Force Fox (…)**": the other rules'
		}
		if describedEntry(e) {
			continue // "**Government of Veldia.** The government, headed by …": list-entry's
		}
		out = append(out, p.cand(label, scoreMention))
	}
	return out
}

// labelledEntries returns the entries of p's list whose items open with
// a bold label, or of a numbered paragraph that does (rule
// numbered-entry), or nil.
func labelledEntries(p *para) []listEntry {
	if entries := listEntries(p.orig); entries != nil || p.off[ruleNumberedEntry] {
		return entries
	}
	return numberedEntry(p.orig)
}

// describedEntry reports whether the text of e opens with a description
// of a group, as list-entry and sentence-entry read it: after a colon, or
// as a sentence on a group noun after a label closed by a full stop.
func describedEntry(e listEntry) bool {
	rest := strings.TrimSpace(e.rest)
	if _, r, ok := sentenceEntry(e); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, ":"); ok {
		rest = r
	} else {
		return false
	}
	var room [describedWords]string
	_, _, ok := entryDescribed(appendFirstFields(room[:0], rest, describedWords))
	return ok
}

package corpus

import "strings"

// ruleHeadingLetters reads a heading that is a name and its letters
// alone: "# Inter-African Mission to Monitor the Implementation of the
// Bangui Agreements (MISAB)", "### United League of Arakan (ULA)". A
// heading holds nothing but the name, so the letters stand for all of it
// whatever language spells them, where a sentence's bracket may follow
// any words. It gives the letters only (a cited candidate), to a name
// another rule finds, at the first paragraph under the heading, or the
// briefing's first for its title.
const ruleHeadingLetters = "heading-letters"

// headingLetters returns a cited candidate for each heading of b, its
// title and its sections' headings, that is a name and its letters.
func headingLetters(b *Briefing, paras []*para) []candidate {
	var out []candidate
	seen := map[string]bool{}
	for i, p := range b.Paragraphs {
		for _, h := range []string{b.Title, p.Section} {
			if seen[h] || h == "" {
				continue
			}
			seen[h] = true
			if a, ok := headingDef(h); ok {
				c := paras[i].cand(a.Long, 0)
				c.acronym, c.cited = a.Short, true
				out = append(out, c)
			}
		}
	}
	return out
}

// headingDef reads a heading "Name (LETTERS)": letters in capitals in a
// closing bracket after a name of two words or more, not in capitals,
// that an organisation's noun or a group noun heads (lettersOrgName) and
// one of whose words the letters' first-letter set opens (sharesInitial);
// a heading with punctuation before the bracket ("Fact Sheet — …") holds
// more than a name.
func headingDef(h string) (Acronym, bool) {
	h = strings.TrimSpace(strings.Trim(strings.TrimSpace(h), "*"))
	k := strings.LastIndex(h, " (")
	if k < 0 || !strings.HasSuffix(h, ")") {
		return Acronym{}, false
	}
	short, long := h[k+2:len(h)-1], stripArticle(h[:k])
	if !isShortForm(short) || strings.ToUpper(short) != short || strings.ContainsAny(long, ",:;—–()") {
		return Acronym{}, false
	}
	if !strings.Contains(long, " ") || !startsUpper(long) || strings.ToUpper(long) == long || !lettersOrgName(long) || !sharesInitial(long, short) {
		return Acronym{}, false
	}
	return Acronym{Short: short, Long: long}, true
}

package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Rules of the head-noun resolver: a definite description headed by the
// noun that heads a faction's name ("The brigade …", "the Assembly …",
// "the military government …") refers to the faction the text last named
// with that head, in the same paragraph or the paragraphs of its section
// after it, and the sentence where it is the subject describes the
// faction. Each can be disabled by tests to show what it adds.
const (
	ruleReferHead   = "refer-head"    // "… created a Force Intervention Brigade (FIB). ¶ The brigade was drawn from …": a definite description by the name's head takes the faction up
	ruleReferHeadOf = "refer-head-of" // "The brigade of about 3,000 troops was drawn from …": a complement in "of" between the description and its verb
)

// maxHeadScope bounds the paragraphs after a mention, within its section,
// that a definite description by the name's head may refer back across.
const maxHeadScope = 3

// maxHeadRefs bounds the paragraphs a faction keeps as in the scope of one
// of its mentions (noteHeadRefs).
const maxHeadRefs = 24

// maxHeadOfWords bounds the words of a complement in "of" read between a
// description and its verb ("of about 3,000 troops").
const maxHeadOfWords = 5

// noteHeadRefs keeps the paragraphs after paragraph i of b, a mention of
// the faction, that a description by its head may still refer to it from:
// the next paragraph, whatever its section (a heading may stand between,
// "### The Assembly and Paris"), and those after it in the same section,
// up to maxHeadScope, stopping before one that names it again (the scope
// of that mention starts there).
func (fb *building) noteHeadRefs(b *Briefing, i int) {
	for k := i + 1; k < len(b.Paragraphs) && k <= i+maxHeadScope && len(fb.headRefs) < maxHeadRefs; k++ {
		p := b.Paragraphs[k]
		if k > i+1 && p.Section != b.Paragraphs[k-1].Section {
			return
		}
		fb.headRefs = append(fb.headRefs, nextRef{ref: b.Ref(p.Number), text: p.Text, after: len(fb.f.Mentions) - 1})
	}
}

// firstDescriptions returns, for each group noun b writes after "the" or
// "The" ("the army", "The Front"), the index of the first paragraph doing
// so: where a description by a faction's head comes before the faction's
// name, the text uses it for another body ("the army" the national one
// before "the Kachin Independence Army" appears), and it stays that
// body's.
func firstDescriptions(b *Briefing) map[string]int {
	out := map[string]int{}
	for i, p := range b.Paragraphs {
		for _, art := range []string{"the ", "The "} {
			for _, end := range occurrenceEnds(p.Text, art) {
				w, _, _ := strings.Cut(p.Text[end:], " ")
				w = strings.ToLower(trimPossessive(trimRight(w, ".,;:)\"'’”")))
				if _, seen := out[w]; !seen && w != "" && isGroupNounWord(w) {
					out[w] = i
				}
			}
		}
	}
	return out
}

// occurrenceEnds returns where each word-initial occurrence of marker in
// text ends.
func occurrenceEnds(text, marker string) []int {
	var out []int
	for at, end := range occurrences(text, marker) {
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); at == 0 || !isWordRune(r) {
			out = append(out, end)
		}
	}
	return out
}

// noteHeadTaken records b as a briefing where the faction's head is taken
// when described, the first descriptions of b (firstDescriptions), holds
// it before first, the paragraph first naming the faction.
func (fb *building) noteHeadTaken(b *Briefing, described map[string]int, first int) {
	head := headForm(fb.f.Name)
	if head == "" {
		return
	}
	if at, ok := described[strings.ToLower(head)]; ok && at < first {
		if fb.headTaken == nil {
			fb.headTaken = map[string]bool{}
		}
		fb.headTaken[b.Slug] = true
	}
}

// noteHeadRivals gives each faction whose name has a group noun for a
// head the names, acronyms and aliases of the other factions with that
// head that its briefings name: a description by the head after one of
// them ("the army" after "the AA pushed …") may be theirs.
func noteHeadRivals(fs []*building) {
	type place struct{ head, slug string }
	at := map[place][]*building{}
	places := make([][]place, len(fs))
	for i, fb := range fs {
		h := strings.ToLower(headForm(fb.f.Name))
		if h == "" {
			continue
		}
		for _, m := range fb.f.Mentions { // in corpus order: a briefing's together
			p := place{h, m.Briefing}
			if n := len(places[i]); n == 0 || places[i][n-1] != p {
				places[i] = append(places[i], p)
				at[p] = append(at[p], fb)
			}
		}
	}
	for i, fb := range fs {
		seen := map[*building]bool{fb: true}
		for _, p := range places[i] {
			for _, o := range at[p] {
				if !seen[o] {
					seen[o] = true
					fb.rivals = append(fb.rivals, o.f.forms()...)
				}
			}
		}
	}
}

// headResolver resolves definite descriptions by a faction's head noun:
// head is the noun heading its name, mods the lower-cased words of its
// name a description may keep before the head ("the military
// government"), forms the names that name it outright.
type headResolver struct {
	head   string
	mods   []string
	forms  []string
	rivals []string // other factions' names with the same head (noteHeadRivals)
	of     bool     // read a complement in "of" before the verb (refer-head-of)
	d      describeRules
}

// newHeadResolver returns the resolver for f, or false when its name has
// no group noun for a head ("Hezbollah").
func newHeadResolver(f *Faction, d describeRules, off map[string]bool) (headResolver, bool) {
	head := headForm(f.Name)
	if head == "" || isPluralHead(head) {
		return headResolver{}, false
	}
	var mods []string
	for _, w := range strings.Fields(f.Name) {
		mods = append(mods, strings.ToLower(trimPossessive(w)))
	}
	return headResolver{head: strings.ToLower(head), mods: mods, forms: describedForms(f), of: !off[ruleReferHeadOf], d: d}, true
}

// isPluralHead reports whether head is a plural ("Forces", "Marines"),
// by its ending: "the forces" is any side's troops, not a body's name
// taken up.
func isPluralHead(head string) bool {
	return strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")
}

// headPassages returns the sentences, in text order, where a definite
// description by the faction's head is the subject and resolves to it
// (see scan), each run on over the sentences referring back to it, less
// those the summary's paragraph or kept already hold.
func (fb *building) headPassages(d describeRules, kept []passage, off map[string]bool) []passage {
	if off[ruleReferHead] {
		return nil
	}
	r, ok := newHeadResolver(fb.f, d, off)
	if !ok {
		return nil
	}
	r.rivals = fb.rivals
	var ps []passage
	refs := fb.headRefs
	for i, t := range fb.texts {
		if i == maxAliasScan {
			break
		}
		if fb.headTaken[fb.f.Mentions[i].Briefing] {
			continue
		}
		live := false
		ps = r.collect(ps, t, &live, passage{at: i, order: 2 * i})
		for len(refs) > 0 && refs[0].after <= i {
			nr := refs[0]
			refs = refs[1:]
			if nr.after < i || !live {
				continue
			}
			if slices.ContainsFunc(fb.f.Mentions, func(m Mention) bool { return m.Ref == nr.ref }) {
				live = false // a mention itself: its own scope starts there
				continue
			}
			ps = r.collect(ps, nr.text, &live, passage{at: -1, ref: nr.ref, order: 2*i + 1})
		}
	}
	return slices.DeleteFunc(ps, func(p passage) bool {
		ref := p.ref
		if p.at >= 0 {
			ref = fb.f.Mentions[p.at].Ref
		}
		return ref == fb.f.Defined || slices.ContainsFunc(kept, func(k passage) bool { return strings.Contains(k.sentence, p.sentence) })
	})
}

// collect appends to ps, as passages like p, the sentences of text that
// resolve to the faction, live saying whether the faction is the body
// last named by its head as the text runs on (see scan). Each sentence's
// uses are read once, for both the rival check and the scan.
func (r headResolver) collect(ps []passage, text string, live *bool, p passage) []passage {
	read, rival := r.usesIn(text, p.at >= 0)
	if rival {
		*live = false // two bodies the head may name: neither is taken up
		return ps
	}
	for _, s := range r.scan(read, live, p.at < 0) {
		p.sentence = referredOn(text, s, referRules{on: true, fronted: true, d: r.d})
		p.strength = describesActs
		ps = append(ps, p)
	}
	return ps
}

// sentenceUse is one sentence of a text, lowered (lowerSentence), with
// what uses reports of it: scan's subject reads the same lowered text.
type sentenceUse struct {
	s, low       string
	named, other bool
}

// usesIn returns the sentences of text in order, each with uses's
// reading. With rivals, a paragraph naming the faction is read for a use
// of its head for another body as well, anywhere in it ("The Government
// of Burma … asked the Government of India for troops. ¶ The government
// answered …" leaves "the government" either's, and the resolver takes
// neither): at the first such sentence it stops and reports true.
func (r headResolver) usesIn(text string, rivals bool) ([]sentenceUse, bool) {
	var out []sentenceUse
	in := r.within(text)
	for s := range sentencesIn(text) {
		low := lowerSentence(s)
		named, other := in.uses(s, low)
		if rivals && other {
			return nil, true
		}
		out = append(out, sentenceUse{s, low, named, other})
	}
	return out, false
}

// within returns r with only the forms and rivals text holds. A
// sentence of text, a part of it, holds no other, so uses reads the same
// of it, without searching each sentence for every form (a briefing's
// rivals under a common head run to hundreds of names).
func (r headResolver) within(text string) headResolver {
	r.forms, r.rivals = heldIn(r.forms, text), heldIn(r.rivals, text)
	return r
}

// lowerSentence is strings.ToLower(s), which the head resolver reads
// every sentence of a faction's paragraphs in, once for each faction: an
// ASCII sentence, where the two agree, is lowered by lowerASCII, eight
// bytes at a time.
func lowerSentence(s string) string {
	if isASCII(s) {
		return lowerASCII(s)
	}
	return strings.ToLower(s)
}

// heldIn returns the forms text holds, in their order.
func heldIn(forms []string, text string) []string {
	var out []string
	for _, f := range forms {
		if strings.Contains(text, f) {
			out = append(out, f)
		}
	}
	return out
}

// scan returns the sentences of a text (read by usesIn) whose subject is
// a definite description by the head that refers to the faction: the
// faction is live, named earlier in the paragraph or the scope (a
// sentence naming it makes it live), and no other use of the head has
// come between. Any other use of the head (another body's name, "the
// Eritrean Liberation Front"; a new one, "a second brigade") ends the
// faction's claim to it for the rest of the scope. With opening, in a
// paragraph after the one naming the faction, only the first sentence
// may take it up: a paragraph opening on the body goes on with it, while
// one that opens on something else ("The security forces were
// ill-prepared. … The army relied on …") has turned to another.
func (r headResolver) scan(read []sentenceUse, live *bool, opening bool) []string {
	var out []string
	for i, u := range read {
		switch {
		case u.other:
			*live = false
		case u.named:
			*live = true
		case *live && (i == 0 || !opening) && r.subject(u.s, u.low) > 0:
			out = append(out, u.s)
		}
	}
	return out
}

// uses reports whether sentence s, low lowered (lowerSentence), names
// the faction by one of its forms, and whether it uses the head otherwise
// than inside those names or in a definite description that may be the
// faction's.
func (r headResolver) uses(s, low string) (named, other bool) {
	covered := r.namedSpans(s)
	named = len(covered) > 0
	if len(low) != len(s) {
		return named, true // offsets would not agree: resolve nothing
	}
	for at, end := range occurrences(low, r.head) {
		if !wordBounded(low, at, end) || slices.ContainsFunc(covered, func(sp [2]int) bool { return sp[0] <= at && end <= sp[1] }) {
			continue
		}
		if _, ok := r.descriptionStart(s, at); !ok || namedAfter(s[end:]) {
			other = true
		}
	}
	for _, form := range r.rivals {
		for at, end := range occurrences(s, form) {
			if wordBounded(s, at, end) && !slices.ContainsFunc(covered, func(sp [2]int) bool { return sp[0] <= at && end <= sp[1] }) {
				return named, true
			}
		}
	}
	return named, other
}

// namedAfter reports whether rest, after a head, goes on with a
// preposition and a capitalised word, making the head part of a name:
// "the Government of India", "the Council for Democratic Reform".
func namedAfter(rest string) bool {
	for _, p := range []string{" of ", " for ", " in ", " on "} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			return startsUpper(strings.TrimPrefix(after, "the "))
		}
	}
	return false
}

// namedSpans returns where s names the faction by one of its forms.
func (r headResolver) namedSpans(s string) [][2]int {
	var out [][2]int
	for _, form := range r.forms {
		for at, end := range occurrences(s, form) {
			if wordBounded(s, at, end) {
				out = append(out, [2]int{at, end})
			}
		}
	}
	return out
}

// descriptionStart returns where the definite description ending in the
// head at s[at:] starts, at its determiner ("the", "this", "that"), when
// only words of the faction's name stand between them in lower case ("the
// military government"); false when the head has no such determiner.
func (r headResolver) descriptionStart(s string, at int) (int, bool) {
	words := strings.Fields(s[:at])
	start := at
	for n := len(words) - 1; n >= 0; n-- {
		w := words[n]
		start = strings.LastIndex(s[:start], w)
		switch strings.ToLower(w) {
		case "the", "this", "that":
			return start, true
		}
		if startsUpper(w) || !slices.Contains(r.mods, strings.ToLower(w)) || len(words)-n > len(r.mods) {
			return 0, false // a capitalised word makes a name ("the Security Council"), not a description
		}
	}
	return 0, false
}

// subject rates how sentence s, low lowered (lowerSentence), describes
// the faction by a definite description of its head as a clause's
// subject (describesIn's reading of a subject), 0 when it has none.
func (r headResolver) subject(s, low string) int {
	if len(low) != len(s) {
		return 0 // a letter whose lower case is longer: offsets would not agree
	}
	best := 0
	for at, end := range occurrences(low, r.head) {
		if !wordBounded(low, at, end) {
			continue
		}
		start, ok := r.descriptionStart(s, at)
		if !ok || !r.d.subjectAt(s[:start]) {
			continue
		}
		rest := s[end:]
		best = max(best, predicateStrength(rest))
		if r.of {
			best = max(best, predicateStrength(skipOfComplement(rest)))
		}
	}
	return best
}

// skipOfComplement drops a complement in "of" that opens rest, up to
// maxHeadOfWords words in lower case or figures ("of about 3,000 troops"),
// and returns what follows it with its space, or "" when rest opens with
// none: "The brigade of about 3,000 troops was drawn …" reads as "The
// brigade was drawn …".
func skipOfComplement(rest string) string {
	after, ok := strings.CutPrefix(rest, " of ")
	if !ok {
		return ""
	}
	words := strings.Fields(after)
	for n, w := range words[:min(len(words), maxHeadOfWords+1)] {
		if startsUpper(w) || strings.ContainsAny(w, ",;:()") && !isFigure(w) {
			return ""
		}
		if n > 0 && (startsWithCopula(w+" ") || opensWithVerb(strings.Join(words[n:], " "))) {
			return " " + strings.Join(words[n:], " ")
		}
	}
	return ""
}

// isFigure reports whether w is a number written with digits and
// separators ("3,000", "1.5").
func isFigure(w string) bool {
	return w != "" && strings.Trim(w, "0123456789,.") == "" && strings.ContainsAny(w, "0123456789")
}

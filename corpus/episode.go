package corpus

import (
	"slices"
	"strings"
)

// Episodes. A writer dates an episode once and tells the rest of it in
// sentences with no date of their own: "On Wednesday 19 October a crowd
// freed the prime minister and took him to Fort Rupert. Troops sent from
// Fort Frederick retook the fort." The second sentence happened on the
// 19th, as every reader takes it. Only one mark makes that plain enough
// to list: a news dispatch adding to its day ("Crowds also broke into the
// residence"). A sentence that names again what the first named ("the
// fort") is as often a later comment, a consequence or a description
// ("The accord provided for ...", "The killings hardened opinion"): on
// the development briefings about half of the sentences that rule listed
// were dated wrong, so it was taken out. Anything else is left undated.

// episode is the day the narrative last reported in full.
type episode struct {
	day  Date
	para int // the paragraph that last told of it
	// news says the episode is told in a report under a dateline, whose
	// paragraphs all tell of the days around it.
	news bool
}

// noteEpisode starts an episode at a sentence that reported a day, or
// ends the current one at a sentence whose dates moved the narrative
// elsewhere.
func (x *eventScan) noteEpisode(p Paragraph, st *sentenceScan) {
	if !st.dated || st.latest == nil || st.latest.Scheduled || st.chronology() {
		x.episode = nil
		return
	}
	x.episode = &episode{day: *st.latest, para: p.Number, news: x.r.dateline != nil}
}

// breakEpisode ends the current episode at an undated sentence that does
// not go on telling it: what follows is told of some other time.
func (x *eventScan) breakEpisode() { x.episode = nil }

// continueEpisode lists an undated sentence as an event of the current
// episode's day when it is plainly part of that episode (see
// isEpisodeSentence), and extends the episode to its paragraph.
func (x *eventScan) continueEpisode(p Paragraph, span [2]int, body, m string) {
	ep := x.episode
	if ep == nil || p.Number > ep.para+1 {
		return
	}
	text := strings.TrimSpace(p.Text[span[0]:span[1]])
	b := strings.TrimSpace(body[span[0]:span[1]])
	if !isEpisodeSentence(ep, m, b) {
		x.breakEpisode()
		return
	}
	x.out = append(x.out, Event{Date: ep.day, Text: text, Ref: x.b.Ref(p.Number), Groups: []string{}})
	ep.para = p.Number
}

// isEpisodeSentence reports whether m, an undated sentence (b before its
// quotations were blanked), tells more of episode ep: in a news report, a
// statement that adds to the day with "also" ("Crowds also broke into the
// residence", in its paragraph or the next: a dispatch tells of its day),
// in the past or past perfect ("said rebels had also entered Ocosingo"),
// of a happening, neither denied, nor hypothetical, nor a state ("was
// popular"), with no word that moves it off the day ("later", "within",
// "again").
func isEpisodeSentence(ep *episode, m, b string) bool {
	if !ep.news || isQuestionSentence(b) || m != b && mostlyQuoted(b, m) {
		return false
	}
	w := strings.Fields(paddedWords(m))
	if !slices.Contains(w, "also") || slices.ContainsFunc(w, isTimeShift) || deniesIn(w) || isCopulaState(w) {
		return false
	}
	if t := clauseTense(m, 0); t != tensePast && t != tensePastPerfect {
		return false
	}
	return hasEventVerb(m) && !hasHypotheticalCue(m, 0) && !isMeasureState(m, 0)
}

// isTimeShift reports whether w moves a sentence off the episode's day
// without dating it: "later", "afterwards", "within a few weeks", "over
// the following days", "eventually".
func isTimeShift(w string) bool {
	switch w {
	case "later", "afterwards", "afterward", "subsequently", "eventually", "ultimately", "within", "following", "soon", "then",
		"meanwhile", "since", "until", "before", "after", "again", "once", "times":
		return true
	}
	return false
}

// isCopulaState reports whether words, a sentence's, state rather than
// report: their first verb is "was" or "were" before neither a
// participle nor an -ing form ("Bishop was popular"), or "had" before no
// participle ("the town had two wells").
func isCopulaState(words []string) bool {
	for i, w := range words {
		if !isVerbForm(w) && !hasVerbInPlace(words[max(0, i-1):i+1]) {
			continue
		}
		if w != "was" && w != "were" && w != "had" {
			return false
		}
		rest := words[i+1:]
		for len(rest) > 1 && (isPreverbAdverb(rest[0]) || rest[0] == "also") {
			rest = rest[1:]
		}
		return len(rest) == 0 || !isParticiple(rest[0]) && !(w != "had" && strings.HasSuffix(rest[0], "ing"))
	}
	return false
}

package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
)

// Episodes. A writer dates an episode once and tells the rest of it in
// sentences with no date of their own: "On Wednesday 19 October a crowd
// freed the prime minister and took him to Fort Rupert. Troops sent from
// Fort Frederick retook the fort." The second sentence happened on the
// 19th, as every reader takes it, because it is plainly the same
// episode: it names again what the first named ("the fort"), or adds to
// it ("Crowds also broke into the residence"). A sentence with neither
// mark may be background, a summary or a comment, and is left undated.

// episode is the day the narrative last reported in full and the names
// the sentences telling it have used, which a later sentence may take up.
type episode struct {
	day Date
	// told holds the sentences that told it, whose names a later
	// sentence may take up (see episodeNames); read only when one might.
	told []string
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
	x.episode = &episode{day: *st.latest, told: []string{st.m}, para: p.Number, news: x.r.dateline != nil}
}

// breakEpisode ends the current episode at an undated sentence that does
// not go on telling it: what follows is told of some other time.
func (x *eventScan) breakEpisode() { x.episode = nil }

// continueEpisode lists an undated sentence as an event of the current
// episode's day when it is plainly part of that episode (see
// isEpisodeSentence), and extends the episode with its names.
func (x *eventScan) continueEpisode(p Paragraph, span [2]int, body, m string) {
	ep := x.episode
	if ep == nil || p.Number > ep.para+1 {
		return
	}
	text := strings.TrimSpace(p.Text[span[0]:span[1]])
	b := strings.TrimSpace(body[span[0]:span[1]])
	if !isEpisodeSentence(ep, m, b, p.Number == ep.para) {
		x.breakEpisode()
		return
	}
	x.out = append(x.out, Event{Date: ep.day, Text: text, Ref: x.b.Ref(p.Number), Groups: []string{}})
	ep.told, ep.para = append(ep.told, m), p.Number
}

// isEpisodeSentence reports whether m, an undated sentence (b before its
// quotations were blanked), tells more of episode ep: a statement in the
// simple past of a happening, neither denied, nor hypothetical, nor a
// state ("was popular"), with no word that moves it off the day
// ("later", "within", "again"), that, in its own paragraph, names again
// what the episode named ("retook the fort" after "Fort Rupert"), or, in
// a news report, adds to it with "also" ("Crowds also broke into the
// residence", in its paragraph or the next: a dispatch tells of its
// day). A past perfect tells of an earlier time unless "also" adds it
// ("said rebels had also entered Ocosingo").
func isEpisodeSentence(ep *episode, m, b string, samePara bool) bool {
	if isQuestionSentence(b) || m != b && mostlyQuoted(b, m) {
		return false
	}
	w := strings.Fields(paddedWords(m))
	if slices.ContainsFunc(w, isTimeShift) || deniesIn(w) || isCopulaState(w) {
		return false
	}
	also := ep.news && slices.Contains(w, "also")
	if !also && !samePara {
		return false
	}
	switch clauseTense(m, 0) {
	case tensePast:
	case tensePastPerfect:
		if !also {
			return false
		}
	default:
		return false
	}
	if !hasEventVerb(m) || hasHypotheticalCue(m, 0) || isMeasureState(m, 0) {
		return false
	}
	return also || namesAgain(ep, m) // the costliest test last
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

// namesAgain reports whether m takes up a name the episode's sentences
// wrote: after "the" ("retook the fort" after "Fort Rupert") or as the
// subject it opens with ("Bishop and seven others were shot" after
// "freed Bishop"). Only names written with a capital inside a sentence
// count: a common noun taken up again ("the agreement", "the killings")
// is as often a later comment on the thing as more of its day.
func namesAgain(ep *episode, m string) bool {
	var names []string
	for _, t := range ep.told {
		names = episodeNames(names, t)
	}
	fields := strings.FieldsFunc(m, func(r rune) bool { return !isDateWordRune(r) })
	for i, f := range fields {
		lower := strings.ToLower(f)
		if !slices.Contains(names, lower) {
			continue
		}
		if i == 0 || strings.EqualFold(fields[i-1], "the") {
			return true
		}
	}
	return false
}

// episodeNames appends to names the words of s written with a capital
// inside it, lower-cased: the parts of the names a later sentence may
// take up. Stop words and words of the calendar are left out.
func episodeNames(names []string, s string) []string {
	for i, f := range strings.FieldsFunc(s, func(r rune) bool { return !isDateWordRune(r) }) {
		r, _ := utf8.DecodeRuneInString(f)
		lower := strings.ToLower(f)
		if i > 0 && unicode.IsUpper(r) && len(lower) > 3 && !lang.IsEnglishStopWord(lower) && !isCalendarUnit(lower) &&
			!isWeekdayName(lower) && !slices.Contains(names, lower) {
			names = append(names, lower)
		}
	}
	return names
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

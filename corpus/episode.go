package corpus

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/verbs"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Episodes: the sentence tests the told day's carries use (see
// speaking.go for the contract). A writer dates an episode once and
// tells the rest of it in sentences with no date of their own: "On
// Wednesday 19 October a crowd freed the prime minister and took him to
// Fort Rupert. Troops sent from Fort Frederick retook the fort." A
// sentence that names again what the first named ("the fort") is as
// often a later comment, a consequence or a description ("The accord
// provided for ...", "The killings hardened opinion"): on the
// development briefings about half of the sentences a rule listing them
// listed were dated wrong, so it was taken out. The carries ask for
// plainer marks: "also" in a news report, a plain report in the simple
// past in the day's paragraph, a pronoun keeping the day's actor.

// holdsPastPerfect reports whether words, a sentence's, hold a past
// perfect ("had been", "had already fled"): a time before the day told.
func holdsPastPerfect(words []string) bool {
	for i, w := range words {
		if w == "had" && i+1 < len(words) && (isParticiple(words[i+1]) || i+2 < len(words) && isParticiple(words[i+2])) {
			return true
		}
	}
	return false
}

// isQuotedSpeech reports whether m, an undated sentence (b before its
// quotations were blanked), is mostly the words of a speaker the report
// quotes ("\"The people want elections,\" she said."): what was said
// on the day told, which neither adds to that day nor moves the
// narrative off it, so a dispatch's "She also declared …" after it is
// still of that day (ruleQuoteKeepsEpisode).
func isQuotedSpeech(m, b string) bool {
	return m != b && !isQuestionSentence(b) && mostlyQuoted(b, m)
}

// isEpisodeSentence reports whether s, an undated sentence, tells more
// of the told day ep: in a news report, a
// statement that adds to the day with "also" ("Crowds also broke into the
// residence", in its paragraph or the next: a dispatch tells of its day),
// in the past or past perfect ("said rebels had also entered Ocosingo")
// and plainly reported (see isPlainReport).
func isEpisodeSentence(ep *episode, s undatedSentence) bool {
	if !ep.news || !slices.Contains(s.w, "also") {
		return false
	}
	t := clauseTense(s.m, 0)
	return (t == tensePast || t == tensePastPerfect) && isPlainReport(s.m, s.b, s.w)
}

// isPlainReport reports whether m, an undated sentence (b before its
// quotations were blanked, w its words), reports a happening: no
// question, no quotation, neither denied, nor hypothetical, nor a state
// ("was popular"), with no word that moves it off the day it is told of
// ("later", "within", "again").
func isPlainReport(m, b string, w []string) bool {
	if isQuestionSentence(b) || m != b && mostlyQuoted(b, m) {
		return false
	}
	if slices.ContainsFunc(w, isTimeShift) || deniesIn(w, false) || isCopulaState(w) {
		return false
	}
	return hasEventVerb(m) && !hasHypotheticalCue(m, 0) && !isMeasureState(m, 0, nil)
}

// reportLead lists a dispatch's lead sentence, the first under its
// dateline, as an event of the dateline's day when it gives no date of
// its own: "OSH, June 12 — Mobs burned shops in the old town." A news
// lead tells the news of the day it is filed, so a plain report in the
// simple past happened then. The perfect and the progressive ("The army
// has begun taking opponents", "has been dismantling the roadblocks")
// state how things stand, and a habit ("detained men on Fridays") comes
// round: both are left undated. The lead starts an
// episode, for the sentences that add to its day ("also").
func (x *eventScan) reportLead(s undatedSentence) {
	day := x.r.dateline
	x.breakEpisode()
	if day == nil || day.Precision != PrecisionDay {
		return
	}
	m := withoutAttribution(s.m)
	w := paddedWordList(m)
	if clauseTense(m, 0) != tensePast || slices.ContainsFunc(w, isStatingWord) || hasFrequency(m) || !isPlainReport(m, s.b, w) {
		return
	}
	x.listInherited(s, *day)
	x.episode = &episode{day: *day, para: s.p.Number, news: true}
	x.dispatchPara = s.p.Number
}

// withoutAttribution returns m without a closing attribution, the source
// of the report set off after its last comma: "Mobs burned shops,
// witnesses said." The attribution names who told; the report is what
// happened. A reporting verb that opens a clause ("said at least 76
// people had been killed") is no attribution and stays.
func withoutAttribution(m string) string {
	k := strings.LastIndexByte(m, ',')
	if k < 0 {
		return m
	}
	tail := paddedWordList(m[k+1:])
	if len(tail) == 0 || len(tail) > 5 || !slices.ContainsFunc(tail, isReportingVerb) {
		return m
	}
	return m[:k] + "."
}

// isStatingWord reports whether w, in a lead, makes it state how things
// stand or what someone said rather than report the day's happening: a
// present or perfect auxiliary ("has all but declared itself", "have
// been unloading") or a verb of saying ("said at least 76 people had
// been killed"), whose report is a tally or a claim.
func isStatingWord(w string) bool { return isStatingAuxiliary(w) || isReportingVerb(w) }

// isStatingAuxiliary reports whether w is a present or perfect
// auxiliary, which makes a report state how things stand: "has all but
// declared itself", "are now inside the centre".
func isStatingAuxiliary(w string) bool {
	switch w {
	case "has", "have", "is", "are", "been":
		return true
	}
	return false
}

// leadStart returns where the lead sentence of a datelined paragraph
// starts in body, whose dateline is blanked: its first character that is
// not a space.
func leadStart(body string) int {
	return len(body) - len(trimLeft(body, " "))
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
// participle ("the town had two wells"). A verb whose past and
// participle are its bare form (WordNet's "set", "cut", "hit", "put")
// is a participle after "was" or "were": "buses were set alight" is a
// passive, no state.
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
		return len(rest) == 0 || !isParticiple(rest[0]) && !(w != "had" && (strings.HasSuffix(rest[0], "ing") || verbs.Load().IsSameInPast(rest[0])))
	}
	return false
}

// isNewsPerfect reports whether s, an undated sentence under a dateline
// or a live page's entry time, inherits that day (see inherit): it is in
// the present perfect of a verb of happening and plainly reported (rule
// dispatch-perfect): "The army chief has gone to the prime minister's
// office", "Troops have sealed off the roads". A dispatch's perfect is
// its news: what has just happened, as of the day it is filed. (A lead
// is reportLead's: there the perfect states how things stand.) Left
// undated: a perfect of being or having ("has been in office"), one that
// runs up to the day ("has ruled since 1987", "have queued for most of
// the decade", see isContinuingPerfect), and speech: a briefing's
// exchanges (a heading that labels a communication, a speaker's label)
// and the first and second persons ("We have heard …").
func (x *eventScan) isNewsPerfect(s undatedSentence) bool {
	return !isEditorsNote(s.b) && isPerfectNews(s.m, s.b)
}

// isSpokenPerfect reports whether s, an undated sentence under a heading
// that labels a communication, goes on telling the told day as a perfect
// of happening (ruleSpokenPerfect): "4. On 19 September martial law was
// declared. The Constitution has been abrogated." What a communication
// tells in the perfect is its news, of the day it has just told; the
// speaker's label ("SPOKESPERSON: His Majesty has agreed to a national
// dialogue") is taken off, and a speaker's own words in the first or
// second person stay speech (isPerfectNews).
func (x *eventScan) isSpokenPerfect(s undatedSentence) bool {
	if !x.r.spoken || !x.r.off.on(ruleSpokenPerfect) || isEditorsNote(s.b) {
		return false
	}
	return isPerfectNews(s.m[speakerLabelEnd(s.m)+1:], s.b)
}

// isPerfectNews reports whether m, a sentence with its quotations
// blanked (b before), is in the present perfect of a verb of happening
// and plainly reported: the news of a day (see isNewsPerfect).
func isPerfectNews(m, b string) bool {
	m = blankNames(withoutAttribution(afterBoldLead(m)))
	w := paddedWordList(m)
	if !isPerfectOfHappening(paddedWordList(withoutRelativeAsides(m))) || isContinuingPerfect(w) || isSpeech(m, w) {
		return false
	}
	return !isQuestionSentence(b) && !(m != b && mostlyQuoted(b, m)) && !deniesIn(w, false) && !hasHypotheticalCue(m, 0) && !hasFrequency(m)
}

// isEditorsNote reports whether b, a sentence, is set in italics as a
// whole or opens in them: an editor's note on the text ("*Some
// questions have been shortened.*"), no report.
func isEditorsNote(b string) bool {
	return (strings.HasPrefix(b, "*") || strings.HasPrefix(b, "_")) && !strings.HasPrefix(b, "**") ||
		strings.HasSuffix(b, "*") && !strings.HasSuffix(b, "**")
}

// afterBoldLead returns m after the bold words that open it, a live
// entry's headline run into its first sentence ("**Army deployed,
// helicopter fired on.** Troops have sealed off the roads"): the
// headline's telegraphic verbs are not the sentence's.
func afterBoldLead(m string) string {
	t := strings.TrimLeft(m, " ")
	if !strings.HasPrefix(t, "**") {
		return m
	}
	end := strings.Index(t[2:], "**")
	if end < 0 {
		return m
	}
	return t[end+4:]
}

// blankNames blanks the capitalised words of m after its first, names
// whose letters may read as a verb's ("Moeen U Ahmed", "Reed"), so the
// tense is read from the sentence's own verbs.
func blankNames(m string) string {
	out := []byte(m)
	first := true
	for i := 0; i < len(out); {
		j := asciiWordRunEnd(m, i)
		if j == i {
			i++
			continue
		}
		if !first && m[i] >= 'A' && m[i] <= 'Z' {
			for k := i; k < j; k++ {
				out[k] = 'x'
			}
		}
		first = false
		i = j
	}
	return string(out)
}

// isPerfectOfHappening reports whether words, a sentence's, open with a
// present perfect as their first finite verb ("has", "have", adverbs,
// perhaps "been") whose participle is a verb of happening with an
// object that is there: not one WordNet files under verb.stative ("has
// had", "have remained"), nor "been" before no participle, the perfect
// of being ("has been in office"), nor one whose object is "no" ("has
// issued no statement"), nor an -ing form ("has begun taking
// opponents": a process under way, as reportLead leaves it). A perfect
// after another verb (an auxiliary, a past, a verb of saying) or a
// relative pronoun is a complement's or a relative clause's ("is the
// first operation the EU has conducted", "is believed to have
// escaped"). A perfect of saying ("has said she will return", "have
// warned that …") gives a stance that stands, not the day's news. A
// passive needs no object: "The Constitution has been abrogated."
func isPerfectOfHappening(words []string) bool {
	for i, w := range words {
		if w != "has" && w != "have" {
			if isVerbForm(w) || isReportingVerb(w) || isRelativePronoun(w) {
				return false
			}
			continue
		}
		rest := words[i+1:]
		for len(rest) > 1 && (isPreverbAdverb(rest[0]) || rest[0] == "also") {
			rest = rest[1:]
		}
		if len(rest) > 1 && rest[0] == "been" {
			rest = rest[1:]
			if len(rest) == 1 {
				return isParticiple(rest[0]) && !isReportingVerb(rest[0]) && !wordnet.Load().Stative(rest[0])
			}
		}
		return len(rest) > 1 && rest[0] != "been" && rest[1] != "no" && !strings.HasSuffix(rest[1], "ing") &&
			isParticiple(rest[0]) && !isReportingVerb(rest[0]) && !wordnet.Load().Stative(rest[0])
	}
	return false
}

// isRelativePronoun reports whether w opens a relative clause.
func isRelativePronoun(w string) bool {
	return w == "who" || w == "which" || w == "that" || w == "whose" || w == "where"
}

// withoutRelativeAsides returns m without the relative clauses set off
// by commas inside it ("Bereket Simon, who also speaks for the front,
// has accused …"): their verbs are their nouns', not the sentence's.
func withoutRelativeAsides(m string) string {
	for i := 0; ; {
		k := strings.Index(m[i:], ", ")
		if k < 0 {
			return m
		}
		k += i
		w, _ := nextLowerWord(m, k+2)
		end := strings.IndexByte(m[k+2:], ',')
		if !isRelativePronoun(w) || end < 0 {
			i = k + 2
			continue
		}
		m = m[:k] + m[k+2+end:]
		i = k + 1
	}
}

// isContinuingPerfect reports whether words, a perfect sentence's, say
// the happening runs up to the moment of writing or recurs rather than
// took place that day: a reference point ("since"), an extent ("for
// most of the decade", "for weeks", "long", "ever") or an end ("until").
func isContinuingPerfect(words []string) bool {
	for i, w := range words {
		switch w {
		case "since", "until", "ever", "always", "long", "yet", "repeatedly":
			return true
		case "for":
			if slices.ContainsFunc(words[i+1:min(len(words), i+5)], isExtentUnit) {
				return true
			}
		}
	}
	return false
}

// isExtentUnit reports whether w names a stretch of time: a calendar
// unit, singular or plural, or one of the clock ("hours", "decade").
func isExtentUnit(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return isCalendarUnit(w) || w == "decade" || w == "hour" || w == "centurie" || w == "century" || w == "minute"
}

// isSpeech reports whether m (w its words) is a speaker's words rather
// than the report's: it opens with a speaker's label ("QUESTION:",
// "Spokesperson:") or speaks in the first or second person ("We have
// urged restraint", "I have seen those reports").
func isSpeech(m string, w []string) bool {
	return speakerLabelEnd(m) >= 0 || slices.ContainsFunc(w, func(v string) bool { return v == "i" || v == "we" || v == "you" })
}

// speakerLabelEnd returns where the speaker's label that opens m ends
// (its colon: "QUESTION:", "Spokesperson:"), or -1 where m opens with
// none: a label is at most four words, the first no stop word (not "To
// recap:", "In short:").
func speakerLabelEnd(m string) int {
	k := strings.IndexByte(m, ':')
	if k < 0 {
		return -1
	}
	label := paddedWordList(m[:k])
	if len(label) > 0 && len(label) <= 4 && !lang.IsEnglishStopWord(label[0]) {
		return k
	}
	return -1
}

// isPublisherNote reports whether m, a sentence with its quotations
// blanked, is the publisher's note on its own coverage under a dateline
// or a live entry's time (rule publisher-note): it opens, past a bold
// lead, with "we" and a future ("We will resume coverage early on
// Saturday", "We will be back tomorrow morning"). Outside quotation
// marks a report's "we" is its writers'; under a heading that labels a
// communication (a briefing) it is the speakers', whose plans are
// events.
func (x *eventScan) isPublisherNote(m string) bool {
	if !x.r.off.on(rulePublisherNote) || x.r.dateline == nil || x.r.spoken {
		return false
	}
	w := paddedWordList(afterBoldLead(m))
	return len(w) > 2 && w[0] == "we" && (w[1] == "will" || w[1] == "shall" || w[1] == "are" && w[2] == "going")
}

// hasPresentVerb reports whether words, a sentence's, hold a finite verb
// in the present (see isPresentAt): "are now inside the centre", "the
// committee has been given seven days". A sentence that tells how things
// stand as the report is written is no report of the day told alone.
func hasPresentVerb(words []string) bool {
	for i := range words {
		if isPresentAt(words, i) {
			return true
		}
	}
	return false
}

// hasMainLongDuration reports whether words, a sentence's, hold in its
// main clause (before any relative pronoun) a length of time of weeks or
// more after "for" ("Mubarak, 85, ruled Egypt for nearly 30 years"):
// what went on over it is no happening of the day told. In a relative
// clause ("residents, many of whom have been cut off for weeks, stood
// on the roadside") the length describes a noun.
func hasMainLongDuration(words []string) bool {
	for i, f := range words {
		switch f {
		case "who", "whom", "whose", "which":
			return false
		case "for":
			for _, u := range words[i+1 : min(len(words), i+5)] {
				switch strings.TrimSuffix(u, "s") {
				case "week", "month", "year", "decade", "century", "centurie":
					return true
				}
			}
		}
	}
	return false
}

// isActorPronoun reports whether w is a personal pronoun that can be a
// clause's subject and stand for an actor: "he", "she", "they".
func isActorPronoun(w string) bool {
	switch w {
	case "he", "she", "they":
		return true
	}
	return false
}

// isStateVerbAt reports whether words[i], a clause's verb, tells a
// state, no happening of a day: a verb of being or having by WordNet
// unless its object is a happening ("held elections"), or a verb of
// staying so ("She remained in office", "stayed").
func isStateVerbAt(words []string, i int) bool {
	v := words[i]
	return isStativeVerb(v) && !objectNamesHappening(words[i+1:]) || v == "remained" || v == "stayed"
}

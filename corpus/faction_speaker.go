package corpus

import "strings"

// ruleSpeakerLabel: a transcript opens each turn with the speaker's name
// in capitals and a colon ("CLAIRE DUBOIS: Good morning", "MS. KGOSANA:
// The army …"). The label names a person, and so does its last word,
// which the text's capitals otherwise make a lettered name.
const ruleSpeakerLabel = "speaker-label" // "NALEDI SEKHONYANA: Thank you.": a turn's label of two or three words in capitals before a colon names a person

// speakerNames adds to persons the speaker labels of paras, whole and
// by their last word.
func speakerNames(paras []*para, persons map[string]bool) {
	for _, p := range paras {
		if label := speakerLabel(p.words()); label != nil {
			setKey(persons, strings.Join(label, " "))
			setKey(persons, label[len(label)-1])
		}
	}
}

// speakerLabel returns the words of the label words open with: two or
// three words in capitals (a title's abbreviation among them: "LTCOL.
// DELOS REYES"), the last closed by a colon, naming no group ("UN
// FORCE:") and no place. One word in capitals before a colon ("PAIGC:")
// is as often a list's lettered entry as a speaker, and is left alone.
func speakerLabel(words []string) []string {
	for k := 1; k < min(3, len(words)); k++ {
		last, ok := strings.CutSuffix(words[k], ":")
		if !ok {
			continue
		}
		label := append(words[:k:k], last)
		if !capitalsLabel(label) {
			return nil
		}
		low := strings.ToLower(last)
		if isGroupWord(low) || isPlaceOrPeople(last) || isOrgName(strings.Join(label, " ")) {
			return nil
		}
		return label
	}
	return nil
}

// capitalsLabel reports whether every word of label is written in
// capitals, with letters and at most a full stop, a hyphen or an
// apostrophe besides ("MS.", "O'NEILL").
func capitalsLabel(label []string) bool {
	for _, w := range label {
		letters := strings.Trim(w, ".-'’")
		if len(letters) < 2 || !allCapitals(w) || strings.ContainsAny(letters, "0123456789()\"*,;") {
			return false
		}
	}
	return true
}

package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/corpus/lang"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

// Acronym is one acronym definition found in the corpus, such as
// {Short: "UN", Long: "United Nations"}. The search index uses the list to
// expand a question from an acronym to its long form and back.
type Acronym struct {
	Short string `json:"short"`
	Long  string `json:"long"`
}

// Bounds on the text an acronym definition may span, in bytes.
const (
	maxParen  = 200
	maxBefore = 400
)

// acronymDef is an acronym definition located in a paragraph.
type acronymDef struct {
	Acronym
	start, end int // byte span of the whole definition, parentheses included
}

// findAcronyms finds the acronym definitions of text in both orders,
// "Long Form (LF)" and "LF (Long Form)", matching the short form's letters
// against the long form right to left in the manner of Schwartz & Hearst
// (2003). It scans the text once and allocates only for what it finds.
func findAcronyms(text string) []acronymDef { return findAcronymsWith(text, nil) }

// findAcronymsWith is findAcronyms without the rules disabled names.
func findAcronymsWith(text string, disabled map[string]bool) []acronymDef {
	var out []acronymDef
	for i := 0; i < len(text); i++ {
		k := strings.IndexByte(text[i:], '(')
		if k < 0 {
			break
		}
		i += k
		inner, end, ok := parenAt(text, i)
		if !ok {
			continue
		}
		before, off := textBefore(text, i, disabled)
		if a, s, ok := defineInner(before, inner, disabled); ok {
			out = append(out, acronymDef{a, off + s, end})
			i = end - 1
		}
	}
	return out
}

// parenAt reads the parenthesis opening at text[i]: its trimmed content,
// without a possessive on a short form ("(GPC's)"), and the offset after
// it. Definitions are short: no further than maxParen bytes is looked
// at for the closing parenthesis, so that stray parentheses cost little.
func parenAt(text string, i int) (inner string, end int, ok bool) {
	j := strings.IndexByte(text[i+1:min(len(text), i+1+maxParen)], ')')
	if j < 0 {
		return "", 0, false
	}
	inner = strings.TrimSpace(text[i+1 : i+1+j])
	if base := trimPossessive(inner); base != inner && isShortForm(base) {
		inner = base
	}
	if inner == "" || strings.ContainsAny(inner, "(") {
		return "", 0, false
	}
	return inner, i + 1 + j + 1, true
}

// textBefore returns the text before the parenthesis at i in which a long
// form may lie, a few words at most, and its offset in text. A quoted
// long form ("known as the "Seven Party Alliance" (SPA)") is read without
// its closing quote.
func textBefore(text string, i int, disabled map[string]bool) (string, int) {
	before := text[:i]
	if len(before) > maxBefore {
		cut := len(before) - maxBefore
		for cut < len(before) && !utf8.RuneStart(before[cut]) {
			cut++
		}
		before = before[cut:]
	}
	off := i - len(before)
	if t := trimRight(before, " "); !disabled[ruleQuotedLong] && strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") {
		before = trimRight(strings.TrimSuffix(strings.TrimSuffix(t, "\""), "”"), " ")
	}
	return before, off
}

// defineInner reads the definition a parenthesis holding inner makes with
// the text before it, trying each shape in turn, and returns it with the
// offset of its first word in before: the shapes of letters alone first,
// then those of letters with more beside them (see defineGlossed).
func defineInner(before, inner string, disabled map[string]bool) (Acronym, int, bool) {
	a, s, ok := defineLetters(before, inner, disabled)
	if !ok {
		a, s, ok = defineGlossed(before, inner, disabled)
	}
	if ok && !disabled[ruleLettersPreposition] {
		a.Long, s = lettersOpenWhole(before, a, s)
	}
	if ok && !disabled[ruleOwnerPossessive] {
		a.Long, s = withoutOwner(a, s)
	}
	return a, s, ok
}

// defineLetters reads the shapes in which inner is the letters alone:
// initials of the name before, of a native name, of a translation, of its
// syllables, with a number, or a syllabic word after an organisation's
// name.
func defineLetters(before, inner string, disabled map[string]bool) (Acronym, int, bool) {
	for _, shape := range []func(before, inner string, disabled map[string]bool) (string, int){
		initialsLong, numberedLong, wordAcronymLong,
	} {
		if long, s := shape(before, inner, disabled); long != "" {
			return Acronym{inner, long}, s, true
		}
	}
	return Acronym{}, 0, false
}

// initialsLong returns the name before whose initials inner spells, in
// the order tried: the name itself, a native name with "or", a
// translation, its syllables; or "".
func initialsLong(before, inner string, disabled map[string]bool) (string, int) {
	if !isShortForm(inner) {
		return "", 0
	}
	if long, s := longFormBefore(before, inner); long != "" {
		return long, s
	}
	if long, s := nativeBeforeOr(before, inner); long != "" && !disabled[ruleNativeOr] {
		return long, s
	}
	if long, s := translatedLongForm(before, inner, false, disabled); long != "" {
		return long, s
	}
	if long, s := syllableLongForm(before, inner); long != "" && !disabled[ruleSyllableLetters] {
		return long, s
	}
	return "", 0
}

// numberedLong returns the name before that letters with a number stand
// for, or "".
func numberedLong(before, inner string, disabled map[string]bool) (string, int) {
	if short, ok := numberedShort(inner); ok && !disabled[ruleNumberedLetters] {
		// "a second United Nations Emergency Force (UNEF II)": the
		// letters of the name and the number of its mission.
		if long, s := longFormBefore(before, short); long != "" {
			return long, s
		}
	}
	if !disabled[ruleDigitLetters] && isDigitShort(inner) {
		// "the so-called Generation 40 (G40)", "the Group of 77 (G77)":
		// letters with the number the name holds.
		if long, s := longFormBefore(before, inner); long != "" && holdsNumbersOf(long, inner) {
			return long, s
		}
	}
	return "", 0
}

// wordAcronymLong returns the organisation's name right before a
// syllabic acronym in another language ("the Indonesian National Police
// (Polri)"), or "".
func wordAcronymLong(before, inner string, disabled map[string]bool) (string, int) {
	if disabled[ruleWordAcronym] || !isWordAcronym(inner) {
		return "", 0
	}
	long := nameBefore(strings.Fields(before))
	if !isOrgName(long) {
		return "", 0
	}
	if s := strings.LastIndex(before, long); s >= 0 && strings.TrimSpace(before[s+len(long):]) == "" {
		return long, s
	}
	return "", 0
}

// defineGlossed reads the shapes in which inner holds more than the
// letters (a gloss, the source of the letters, a foreign name, a
// translation), then the letters before a name, then letters in capitals
// after an organisation's name.
func defineGlossed(before, inner string, disabled map[string]bool) (Acronym, int, bool) {
	if short, ok := lettersBeforeGloss(inner, !disabled[ruleGlossSeparator]); ok {
		// "Besi Merah Putih (BMP, "Red and White Iron")", "Kabaka
		// Yekka (KY; "the King Alone")": the acronym, then a gloss of
		// the name.
		if long, s := longFormBefore(before, short); long != "" {
			return Acronym{short, long}, s, true
		}
	}
	if short, ok := lettersFromSource(inner); ok && !disabled[ruleLettersSource] {
		// "Mozambique Liberation Front (FRELIMO, from the Portuguese
		// Frente de Libertação de Moçambique)": the letters, then the
		// foreign name they come from.
		if long, s := translatedLongForm(before, short, true, disabled); long != "" {
			return Acronym{short, long}, s, true
		}
	}
	if a, s, ok := defineForeignGloss(before, inner, disabled); ok {
		return a, s, true
	}
	if gloss, short, ok := glossThenLetters(inner, !disabled[ruleGlossSeparator]); ok && !disabled[ruleGlossedLetters] {
		// "the Neo Lao Hak Xat (Lao Patriotic Front, NLHX)": a
		// translation, then the letters of the name before it.
		if long, s := longFormBefore(before, short); long != "" && nameKey(long) != nameKey(gloss) {
			return Acronym{short, long}, s, true
		}
	}
	if a, s, ok := shortBefore(before, inner); ok {
		return a, s, true
	}
	if !disabled[ruleOrgLetters] && isShortForm(inner) {
		if long, s := orgBeforeLetters(before, inner, disabled); long != "" {
			return Acronym{inner, long}, s, true
		}
	}
	return Acronym{}, 0, false
}

// lettersBeforeGloss returns the letters that open inner before a
// comma, or (seps) a semicolon, and more after it: an acronym, then a
// gloss of the name ("BMP, "Red and White Iron"", "KY; "the King
// Alone"").
func lettersBeforeGloss(inner string, seps bool) (string, bool) {
	short, _, ok := strings.Cut(inner, ", ")
	if k := strings.Index(inner, "; "); seps && k >= 0 && (!ok || k < len(short)) {
		short, ok = inner[:k], true
	}
	return short, ok && isShortForm(short)
}

// defineForeignGloss reads brackets that give the foreign name a
// group's letters follow, then the letters ("Yugoslav Army (Vojska
// Jugoslavije, VJ)"), with the English name before them, or that name
// without the kind of group written after it.
func defineForeignGloss(before, inner string, disabled map[string]bool) (Acronym, int, bool) {
	glossed := inner
	if !disabled[ruleGlossLanguage] {
		// "(French: Front patriotique du Nord, FPN)": the language's
		// label is no word of the name.
		glossed, _ = withoutLanguageLabel(inner)
	}
	short, ok := glossedShort(glossed, disabled)
	if !ok {
		return Acronym{}, 0, false
	}
	// "Yugoslav Army (Vojska Jugoslavije, VJ)": the foreign name
	// the letters follow is given, so the English name needs no
	// initials in common with them.
	if long, s := translatedLongForm(before, short, true, disabled); long != "" {
		return Acronym{short, long}, s, true
	}
	if !disabled[ruleGlossKindNoun] {
		// "the Democratic and Popular Unity coalition (Unidad
		// Democrática y Popular, UDP)": the kind of group after the name.
		if name := withoutKindNoun(before); name != before {
			if long, s := translatedLongForm(name, short, true, disabled); long != "" {
				return Acronym{short, long}, s, true
			}
		}
	}
	if !disabled[ruleGlossCount] {
		if long, s := countedTranslation(before, glossed, short, disabled); long != "" {
			return Acronym{short, long}, s, true
		}
	}
	return Acronym{}, 0, false
}

// orgBeforeLetters reads "the United Democratic Left (EDA)", "the
// Communist Party of Czechoslovakia (KSČ)": letters in capitals after an
// organisation's name (isOrgName) whose initials they do not spell,
// because they spell the name in its own language, which the text does
// not give. The name is the proper name the bracket closes, less a person
// or an office it is the complement of ("First Secretary of the …",
// "Walter Ulbricht of the …"), and at least one of the letters opens one
// of its words, so that unrelated letters ("(MNS)", a wire's code after
// a date) define nothing. It returns the name and its offset in before,
// or "".
func orgBeforeLetters(before, short string, off map[string]bool) (string, int) {
	if strings.ToUpper(short) != short || utf8.RuneCountInString(short) < 2 {
		return "", 0
	}
	long := capitalsBefore(strings.Fields(before), !off[ruleInnerArticle])
	if i := strings.LastIndex(long, " of the "); i >= 0 && !isOrgName(long[:i]) {
		long = long[i+len(" of the "):]
	}
	if long == "" || !lettersOrgName(long) || !sharesInitial(long, short) {
		return "", 0
	}
	s := strings.LastIndex(before, long)
	if s < 0 || strings.TrimSpace(trimRight(before[s+len(long):], "\"”")) != "" {
		return "", 0
	}
	return long, s
}

// lettersOrgName reports whether a name letters may stand for names a
// body: an organisation's name (isOrgName), or a name of two words or more
// headed by any group noun WordNet knows, no place's ("United Democratic
// Left", "Republican Left of Catalonia": "left" is a political group).
func lettersOrgName(long string) bool {
	if isOrgName(long) {
		return true
	}
	words := strings.Fields(long)
	if len(words) < 2 || isPlaceOrPeople(long) {
		return false
	}
	h := groupHead(words)
	return startsUpper(words[h]) && lang.IsGroupNoun(strings.ToLower(trimPossessive(words[h])))
}

// capitalsBefore returns the capitalised words that end words, joined
// by the function words a name holds ("of", "the", "for", "and"), with no
// function word first and no punctuation inside: "Armed Forces of New
// Caledonia" of "… soldiers of the Armed Forces of New Caledonia". With
// inner (rule inner-article), "a" after a complement's preposition is
// one of those function words: "Alliance of Patriots for a Free and
// Sovereign Congo".
func capitalsBefore(words []string, inner bool) string {
	start := len(words)
	for i := len(words) - 1; i >= 0 && len(words)-i <= maxNameTokens; i-- {
		w := words[i]
		if i < len(words)-1 && strings.ContainsAny(w, ",;:.()\"“”") {
			break
		}
		if !startsUpper(w) && !(isConnector(w) && i < len(words)-1) && !(inner && i > 0 && innerArticle(words, i)) {
			break
		}
		start = i
	}
	for start < len(words) && (isConnector(words[start]) || words[start] == "The") {
		start++
	}
	return strings.Join(words[start:], " ")
}

// sharesInitial reports whether a letter of short, accents folded, opens
// a capitalised word of long.
func sharesInitial(long, short string) bool {
	letters := normalize(short)
	for _, w := range strings.Fields(long) {
		if startsUpper(w) && strings.Contains(letters, normalize(w)[:1]) {
			return true
		}
	}
	return false
}

// numberedShort reads letters and a number after them, in roman numerals
// or digits ("UNEF II", "UNAMIR 2"), and returns the letters.
func numberedShort(inner string) (string, bool) {
	short, num, ok := strings.Cut(inner, " ")
	if !ok || !isShortForm(short) || strings.ToUpper(short) != short || num == "" || len(num) > 4 {
		return "", false
	}
	return short, isDigits(num) || strings.Trim(num, "IVX") == ""
}

// syllableLongForm reads "the Kuomintang (KMT)": one capitalised word,
// no place's, before letters that open its syllables, each in order in
// it and the first its first (see syllableInitials). It returns the
// word and its offset in before, or "".
func syllableLongForm(before, short string) (string, int) {
	trimmed := trimRight(before, " ")
	k := strings.LastIndexAny(trimmed, " \n\t") + 1
	w := trimmed[k:]
	if !startsUpper(w) || !allLetters(w) || isStopCap(w) || isPlaceOrPeople(strings.ToLower(w)) || !syllableInitials(w, short) {
		return "", 0
	}
	return w, k
}

// syllableInitials reports whether short, three capitals or more, spells
// letters of the one word w in order, its first letter w's, and w is at
// least twice as long: the initials of the syllables of a name written as
// one word ("Kuomintang", KMT).
func syllableInitials(w, short string) bool {
	if utf8.RuneCountInString(short) < 3 || strings.ToUpper(short) != short || !allLetters(short) || utf8.RuneCountInString(w) < 2*utf8.RuneCountInString(short) {
		return false
	}
	rest := []rune(strings.ToUpper(w))
	for i, r := range short {
		j := slices.Index(rest, r)
		if j < 0 || i == 0 && j != 0 {
			return false
		}
		rest = rest[j+1:]
	}
	return true
}

// spanGloss returns the translation a definition's text gives between its
// long form and its letters, "Lao Patriotic Front" of "Neo Lao Hak Xat
// (Lao Patriotic Front, NLHX)", and whether it gives one.
func spanGloss(span string, a Acronym) (string, bool) {
	rest, ok := strings.CutPrefix(span, a.Long)
	inner, ok2 := strings.CutPrefix(strings.TrimSpace(rest), "(")
	gloss, short, ok3 := glossThenLetters(strings.TrimSuffix(inner, ")"), true) // any separator the definition was read with
	return gloss, ok && ok2 && ok3 && short == a.Short
}

// quotedGloss returns the capitalised name a definition's bracket quotes
// after the letters, "New Society Movement" of "Kilusang Bagong Lipunan
// (KBL, "New Society Movement")", and whether it quotes one.
func quotedGloss(span string, a Acronym) (string, bool) {
	rest, ok := strings.CutPrefix(span, a.Long)
	inner, ok2 := strings.CutPrefix(strings.TrimSpace(rest), "("+a.Short+", ")
	if !ok || !ok2 {
		return "", false
	}
	inner = strings.TrimSuffix(inner, ")")
	gloss := trim(inner, "\"“”")
	if len(gloss) != len(inner)-2 && len(gloss) != len(inner)-6 || !startsUpper(gloss) || !strings.Contains(gloss, " ") || strings.ContainsAny(gloss, "\"“”,") {
		return "", false // quotes on both sides, around a name of two words or more
	}
	return gloss, true
}

// glossThenLetters splits a parenthesis holding a capitalised name of two
// words or more and, after its last comma, letters in capitals: "Lao
// Patriotic Front, NLHX". With seps (rule gloss-separator), a semicolon
// or a dash may set the letters apart too, as in glossedShort.
func glossThenLetters(inner string, seps bool) (gloss, short string, ok bool) {
	k, sep := strings.LastIndex(inner, ", "), len(", ")
	if seps {
		k, sep = lastLetterSeparator(inner)
	}
	if k < 0 {
		return "", "", false
	}
	gloss, short = inner[:k], inner[k+sep:]
	if !isShortForm(short) || strings.ToUpper(short) != short || !strings.Contains(gloss, " ") || !startsUpper(gloss) || strings.Contains(gloss, ",") {
		return "", "", false
	}
	return gloss, short, true
}

// nativeBeforeOr reads "Soqosoqo Duavata ni Lewenivanua, or United Fiji
// Party (SDL)": a name in its own language whose capitalised words give
// the letters, then ", or" and its translation. It returns the name in
// its own language and its offset in before, or "".
func nativeBeforeOr(before, short string) (string, int) {
	at := strings.LastIndex(before, ", or ")
	if at < 0 || !startsUpper(before[at+len(", or "):]) {
		return "", 0
	}
	letters := strings.ToUpper(short)
	words := strings.Fields(before[:at])
	got := ""
	for k := len(words) - 1; k >= 0 && len(words)-k <= maxNameTokens; k-- {
		w := words[k]
		switch {
		case startsUpper(w) && !isStopCap(w) && w == trimRight(w, ".,;:!?)\"”"):
			got = strings.ToUpper(w[:1]) + got
		case len(w) <= 3 && w == strings.ToLower(w) && got != "":
			continue // "ni", "de": a connector of the name's language
		default:
			return "", 0
		}
		if got == letters {
			long := strings.Join(words[k:], " ")
			return long, strings.LastIndex(before[:at], long)
		}
		if !strings.HasSuffix(letters, got) {
			return "", 0
		}
	}
	return "", 0
}

// nativeAliases returns the pairs of a name in its own language and its
// translation that acronym definitions of the nativeBeforeOr shape give.
//
// With glossed, it also returns the translation a parenthesis gives
// before the letters of the name it follows: "Neo Lao Hak Xat (Lao
// Patriotic Front, NLHX)". With native, it returns the other way round
// the name in its own language a parenthesis gives before its own
// letters, after the English name: "National Renewal Party (Partido
// Nacional Renovador, PNR)"; a reader may type either.
//
// With quoted, it returns the translation a writer quotes after the
// letters: "Kilusang Bagong Lipunan (KBL, "New Society Movement")".
func nativeAliases(text string, defs []acronymDef, glossed, native, quoted, orEnglish bool) [][2]string {
	var out [][2]string
	for _, d := range defs {
		span := text[d.start:d.end]
		if !strings.HasPrefix(span, d.Long) {
			continue
		}
		if english, ok := englishBeforeOr(text[:d.start], d.Long); ok && orEnglish {
			out = append(out, [2]string{english, d.Long})
			continue
		}
		if _, rest, ok := strings.Cut(span, ", or "); ok {
			if i := strings.LastIndex(rest, " ("); i > 0 {
				out = append(out, [2]string{d.Long, stripArticle(rest[:i])})
			}
			continue
		}
		if gloss, ok := quotedGloss(span, d.Acronym); ok && quoted {
			out = append(out, [2]string{d.Long, gloss})
			continue
		}
		gloss, ok := spanGloss(span, d.Acronym)
		if !ok {
			continue
		}
		gloss, _ = withoutLanguageLabel(gloss)     // "(French: Mouvement …, MFDC)": the name, not its language
		own := matchShortLong(d.Short, gloss) == 0 // the letters are the bracket's name's
		if glossed && !own || native && own && foreignWords(gloss) {
			out = append(out, [2]string{d.Long, gloss})
		}
	}
	return out
}

// englishBeforeOr reads the English name that ", or" sets before a
// lettered name in its own language: "The Brunei People's Party, or
// Partai Rakyat Brunei (PRB), was founded …" gives "Brunei People's
// Party" for "Partai Rakyat Brunei". Only a name with fewer foreign
// words than the lettered one is read (foreignCount): the other way
// round is nativeBeforeOr's.
func englishBeforeOr(before, long string) (string, bool) {
	rest, ok := strings.CutSuffix(before, ", or ")
	if !ok {
		return "", false
	}
	name := nameBefore(strings.Fields(rest))
	if !strings.Contains(name, " ") || foreignCount(name) >= foreignCount(long) || !strings.HasSuffix(rest, name) {
		return "", false
	}
	return name, true
}

// shortBefore reads "SHORT (Long Form)": the word before the parenthesis
// is the short form.
func shortBefore(before, inner string) (Acronym, int, bool) {
	trimmed := trimRight(before, " ")
	k := strings.LastIndexByte(trimmed, ' ') + 1
	short := trimmed[k:]
	if isShortForm(short) && strings.Count(short, " ") == 0 && len(strings.Fields(inner)) > 1 {
		if startsUpper(inner) && (matchShortLong(short, inner) == 0 || strings.ToUpper(short) == short && isOrgName(inner)) {
			return Acronym{short, inner}, k, true
		}
	}
	return Acronym{}, 0, false
}

// isWordAcronym says whether s could be a syllabic acronym written as a
// word ("Polri", "Falintil"): one capitalised word of 3 to 8 letters that
// no table of English words or places knows, so not a qualifier such as
// "(Maoist)" or "(Democratic)".
func isWordAcronym(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 8 || !startsUpper(s) || !allLetters(s) {
		return false
	}
	low := strings.ToLower(s)
	if low[1:] != s[1:] {
		return false // more capitals: isShortForm's kind
	}
	return isUnknownWord(s)
}

// isUnknownWord reports whether a capitalised word is in no table of
// English words or places: a name ("Marawi", "Polri").
func isUnknownWord(w string) bool {
	if !startsUpper(w) || isStopCap(w) || !allLetters(w) || isShortForm(w) {
		return false
	}
	low := strings.ToLower(w)
	return lang.Classify(low) == 0 && len(wordnet.Load().Lemmas(low)) == 0
}

// letterCounts returns how many of s's runes are capitals and how many
// are letters.
func letterCounts(s string) (upper, letters int) {
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return upper, letters
}

// isShortForm says whether s could be an acronym: one word of 2 to 10
// characters, starting with a letter or digit, holding at least two
// capital letters and mostly letters.
func isShortForm(s string) bool {
	if len(s) < 2 || len(s) > 10 || strings.ContainsAny(s, " ,;:") {
		return false
	}
	upper, letters := letterCounts(s)
	r, _ := utf8.DecodeRuneInString(s)
	return upper >= 2 && letters*2 > utf8.RuneCountInString(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) && !hyphenedWords(s)
}

// isDigitShort reports whether s is letters in capitals with a
// number, which isShortForm's two capitals leave out: "G40", "M-19",
// "G77".
func isDigitShort(s string) bool {
	if len(s) < 2 || len(s) > 8 || isShortForm(s) {
		return false
	}
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case r != '-':
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return letters > 0 && digits > 0 && unicode.IsUpper(r)
}

// holdsNumbersOf reports whether every number written in short is a
// number of long, in digits or as an ordinal ("Generation 40" for G40,
// "19th of April Movement" for M-19).
func holdsNumbersOf(long, short string) bool {
	numbers := strings.FieldsFunc(short, func(r rune) bool { return !unicode.IsDigit(r) })
	for _, n := range numbers {
		found := false
		for _, w := range strings.Fields(long) {
			w = strings.TrimRightFunc(trimRight(w, ".,;:"), unicode.IsLetter)
			found = found || w == n
		}
		if !found {
			return false
		}
	}
	return len(numbers) > 0
}

// hyphenedWords reports whether s joins capitalised words by hyphens,
// each with at least two lower-case letters after its capital:
// "Ata-Zhurt" is a name written as words, not letters like "CPN-UML" or
// "RED-Tabara".
func hyphenedWords(s string) bool {
	if !strings.Contains(s, "-") {
		return false // one part (split lazily: most words hold no hyphen)
	}
	for w := range strings.SplitSeq(s, "-") {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(w)-size < 2 || strings.ToLower(w[size:]) != w[size:] {
			return false
		}
	}
	return true
}

// longFormBefore returns the long form of short that ends text, and its
// byte offset, or "". Only the last min(|A|+5, 2|A|) words of the current
// clause are considered, as Schwartz & Hearst bound the window.
func longFormBefore(text, short string) (string, int) {
	n := utf8.RuneCountInString(short)
	window := min(n+5, 2*n)
	text = trimRight(text, " ")
	start := windowStart(text, lastClause(text), window)
	cand := text[start:]
	if cand == "" {
		return "", 0
	}
	off := matchShortLong(short, cand)
	if off < 0 {
		return "", 0
	}
	long, base := extendCapitalised(text, cand[off:], start+off, window)
	if !startsUpper(long) && !hasArticlePrefix(long) {
		return "", 0
	}
	if !strings.Contains(long, " ") && !hyphenInitials(long, short) {
		return "", 0
	}
	return long, base
}

// hyphenInitials reports whether short spells the initials of the parts
// of a hyphenated name, one letter each, ignoring case: a transliterated
// name is written as one word, "Lashkar-e-Taiba (LeT)", "Harkat-ul-Ansar
// (HuA)".
func hyphenInitials(long, short string) bool {
	parts := strings.Split(long, "-")
	if len(parts) < 2 || len(parts) != utf8.RuneCountInString(short) {
		return false
	}
	i := 0
	for _, r := range short {
		p, _ := utf8.DecodeRuneInString(parts[i])
		if unicode.ToLower(p) != unicode.ToLower(r) {
			return false
		}
		i++
	}
	return true
}

// lastClause returns the byte offset where the last clause of text
// begins: after its last punctuation mark or unspaced dash. A spaced dash
// may join a name ("Islamic State – Khorasan Province"), and so does an
// unspaced one between capitalised words ("Eritrea–Ethiopia Boundary
// Commission"); an unspaced one after a word in lower case ends a clause
// ("groups–al-Qaeda").
func lastClause(text string) int {
	clause := 0
	for i, r := range text {
		switch r {
		case '–', '—':
			next := i + utf8.RuneLen(r)
			if i > 0 && text[i-1] == ' ' && next < len(text) && text[next] == ' ' {
				continue
			}
			if next < len(text) && startsUpper(text[next:]) && startsUpper(text[strings.LastIndexAny(text[:i], " (")+1:i]) {
				continue
			}
			clause = next
		case ',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '[', ']':
			clause = i + utf8.RuneLen(r)
		}
	}
	return clause
}

// windowStart steps back from the end of text over at most window words,
// not before clause, and returns the offset of the first word kept.
func windowStart(text string, clause, window int) int {
	start := len(text)
	for words := 0; words < window && start > clause; words++ {
		k := strings.LastIndexByte(text[clause:start], ' ')
		if k < 0 {
			start = clause
			break
		}
		start = clause + k
		for start > clause && text[start-1] == ' ' {
			start--
		}
		if words+1 == window || start == clause {
			start = clause + k + 1
		}
	}
	for start < len(text) && text[start] == ' ' {
		start++
	}
	return start
}

// extendCapitalised extends the long form found at base over the
// capitalised words directly before it, within the window: Schwartz &
// Hearst stop at the first word that can start the acronym, but names
// such as "International Support Mission to the …" begin earlier.
func extendCapitalised(text, long string, base, window int) (string, int) {
	for strings.Count(long, " ")+1 < window {
		prev := trimRight(text[:base], " ")
		if len(prev) == len(text[:base]) || prev == "" {
			break
		}
		k := strings.LastIndexByte(prev, ' ') + 1
		w := prev[k:]
		if !startsUpper(w) || isStopCap(w) || strings.ContainsAny(w, ".,;:!?()\"“”–—") {
			break
		}
		long = w + " " + long
		base = k
	}
	return long, base
}

// matchShortLong matches short against long right to left, Schwartz &
// Hearst style: every letter or digit of short must appear in order in
// long, and the first must begin a word of long. It returns the byte
// offset in long where the long form starts, or -1.
func matchShortLong(short, long string) int {
	var (
		sRoom, lRoom [64]rune // most forms: no allocation
		offRoom      [64]int
	)
	s := sRoom[:0]
	for _, r := range strings.ToLower(short) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			s = append(s, r)
		}
	}
	// Runes of long with their byte offsets (invalid UTF-8 is one byte).
	l, offs := lRoom[:0], offRoom[:0]
	for i, r := range long {
		l = append(l, r)
		offs = append(offs, i)
	}
	if len(s) == 0 || len(l) == 0 {
		return -1
	}
	m := shortLongMatch{s: s, l: l, failed: map[[2]int]bool{}}
	start := m.match(len(s)-1, len(l)-1)
	if start < 0 {
		return -1
	}
	// Back up to the start of the word holding the first match.
	for start > 0 && l[start-1] != ' ' {
		start--
	}
	return offs[start]
}

// shortLongMatch is one search of matchShortLong: the short form's
// letters and digits, lower-cased, and the long form's runes. Greedy
// right-to-left matching, as Schwartz & Hearst do, with backtracking so
// that "Revolutionary Armed Forces of Colombia (FARC)" is not lost to an
// early greedy choice. failed memoizes dead ends, so the search is
// O(|short|·|long|).
type shortLongMatch struct {
	s, l   []rune
	failed map[[2]int]bool
}

// match finds s[:si+1] in order in l[:li+1], right to left, with s[0]
// opening a word, and returns where s[0] matched, or -1.
func (m shortLongMatch) match(si, li int) int {
	if m.failed[[2]int{si, li}] {
		return -1
	}
	c := m.s[si]
	for k := li; k >= 0; k-- {
		if unicode.ToLower(m.l[k]) != c {
			continue
		}
		if si == 0 {
			if k == 0 || !isWordRune(m.l[k-1]) {
				return k
			}
			continue
		}
		if r := m.match(si-1, k-1); r >= 0 {
			return r
		}
	}
	m.failed[[2]int{si, li}] = true
	return -1
}

// isWordRune reports whether r is a letter or digit: what a word of a
// long form is made of.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// mayHaveArticle is hasArticlePrefix's cheap test: a word that opens with
// an Arabic article has a hyphen as its third or fourth byte.
func mayHaveArticle(w string) bool {
	return len(w) > 3 && (w[0] == 'a' || w[0] == 'e') && (w[2] == '-' || w[3] == '-')
}

// hasArticlePrefix accepts long forms such as "al-Qaeda in …" whose first
// word is a lower-case Arabic article joined to a capitalised word.
func hasArticlePrefix(s string) bool {
	if s == "" || s[0] != 'a' && s[0] != 'e' {
		return false
	}
	for _, p := range []string{"al-", "el-", "ad-", "ar-", "as-", "an-", "ash-", "at-"} {
		if strings.HasPrefix(s, p) && startsUpper(s[len(p):]) {
			return true
		}
	}
	return false
}

// isStopCap lists capitalised words that begin sentences or name months
// and days rather than belonging to an organisation's name. A possessive
// or plural ending is ignored ("Monday's", "Mondays"). It allocates
// nothing: it runs on every capitalised word of a corpus.
func isStopCap(w string) bool {
	if len(w) > 12 {
		return false
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	low := buf[:len(w)]
	if isStopCapKey(low) {
		return true
	}
	// Look again only when an ending was trimmed: the whole word missed.
	for trimmed := false; len(low) > 0; trimmed = true {
		switch {
		case low[len(low)-1] == '\'' || low[len(low)-1] == 's':
			low = low[:len(low)-1]
		case len(low) >= 3 && string(low[len(low)-3:]) == "’":
			low = low[:len(low)-3]
		default:
			return trimmed && isStopCapKey(low)
		}
	}
	return false
}

// isStopCapKey reports whether the lowered word low is a stop capital.
// A switch, which Go compiles to a search by length and bytes, is
// cheaper than a map's hash for a word of a dozen bytes at most.
func isStopCapKey(low []byte) bool {
	switch string(low) {
	case "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "after", "before",
		"during", "since", "when", "while", "today", "last", "this", "that", "these", "those",
		"and", "but", "or", "as", "of", "to", "its", "their", "his", "her", "our", "under",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "we", "they", "it", "there", "he", "she", "i", "you", "one",
		"president", "minister", "leader", "general", "ambassador", "ceo", "chief", "commander",
		"former", "new", "mr", "mrs", "ms", "dr", "within", "across", "among", "against",
		"despite", "between", "through", "without", "although", "because", "however", "meanwhile",
		"following", "amid", "inside", "outside", "near", "over", "into", "until", "both", "each",
		"every", "many", "most", "some", "several", "all", "other", "such", "if", "so":
		return true
	}
	return false
}

// translatedLongForm accepts "English Name (FOREIGN)" definitions such as
// "National Liberation Army (ELN)", whose letters follow the name in
// another language: the capitalised phrase before the parenthesis must name
// an organisation and supply the initials of at least half the acronym's
// letters. It returns the long form and its byte offset, or "".
//
// When glossed, the text has given the foreign name the letters follow,
// and the initials need not agree. A title word may open the name when
// the whole is an organisation's ("General Confederation of Labour (…,
// CGT)"), and a body an organisation runs is one ("United Nations
// Operation in Mozambique (ONUMOZ)"), and of two names "and the" joins
// the second is the one defined (rule coordinated-letters); off switches
// rules off by name.
func translatedLongForm(text, short string, glossed bool, off map[string]bool) (string, int) {
	letters, ok := capitalLetters(short, !off[ruleMixedLetters])
	if !ok {
		return "", 0
	}
	text = trimRight(text, " ")
	n := len(letters)
	start, initials := capitalRunBefore(text, min(n+5, 2*n), off)
	long := strings.TrimSpace(text[start:])
	for isConnector(strings.SplitN(long, " ", 2)[0]) && strings.Contains(long, " ") {
		// Emphasis blanked leaves runs of spaces: "the   Mozambique …".
		long = strings.TrimSpace(strings.SplitN(long, " ", 2)[1])
		start = len(text) - len(long)
	}
	if !off[ruleCoordinatedLetters] {
		long = lastCoordinated(long)
		start = len(text) - len(long)
	}
	// A glossed name whose two letters spell its English words in the
	// other order ("Popular Action (Acción Popular, AP)") is read by
	// gloss-count, which takes as many words as the foreign name has.
	permuted := !off[rulePermutedLetters] && samePermuted(letters, initials) ||
		!off[ruleForeignLetters] && foreignLetters(letters, initials)
	if !strings.Contains(long, " ") || !startsUpper(long) || !permuted && !isOrgName(long) && (off[ruleBodyOfOrg] || !bodyOfOrg(long)) && (off[ruleNounBeforeLetters] || !groupNounBefore(text[:start])) {
		return "", 0
	}
	hit := 0
	for _, r := range letters {
		if slices.Contains(initials, r) {
			hit++
		}
	}
	// An organisation's name before an acronym in capitals is defined by it
	// even when the letters follow another language ("People's Consultative
	// Assembly (MPR)").
	if !glossed && hit*2 < n && strings.Count(long, " ") < 2 {
		return "", 0
	}
	return long, start
}

// capitalRunBefore walks back from the end of text over at most window
// capitalised words and the lower-case connectors between them ("of the"),
// and returns the offset the run opens at and the initials of its words,
// last first. A title word may open the name when the whole is an
// organisation's ("General Confederation of Labour").
func capitalRunBefore(text string, window int, off map[string]bool) (int, []rune) {
	start := len(text)
	var initials []rune
	for words := 0; words < window; {
		prev := strings.TrimRightFunc(text[:start], unicode.IsSpace)
		k := strings.LastIndexAny(prev, " \n\t") + 1 // a name may run over a line's end
		w := prev[k:]
		if w == "" || strings.ContainsAny(w, ".,;:!?()\"“”–—") {
			break
		}
		name := w // the word whose initial counts
		if !off[ruleElidedArticle] {
			name = trimElidedArticle(w)
		}
		capital := startsUpper(name)
		if !off[ruleArticleBound] && w == "the" && words > 0 && !connectorBefore(prev[:k]) {
			// "in Jakarta the Indonesian Communist Party (PKI)": inside a
			// name an article follows a connector ("Front for the …");
			// after anything else it opens the name.
			break
		}
		if !off[ruleTitleOpens] && capital && isStopCap(w) && words > 0 && isTitle(strings.ToLower(w)) && isOrgName(w+" "+strings.TrimSpace(text[start:])) {
			return k, append(initials, unicode.ToUpper(rune(w[0])))
		}
		if capital && isStopCap(w) || !capital && !isConnector(w) {
			break
		}
		if !off[ruleOwnerPossessive] && words > 0 && nameOwner(w) {
			break // "General Banzer's Nationalist Democratic Action (ADN)"
		}
		start = k
		if capital {
			words++ // connectors ("for the", "of the") do not count
			for _, part := range strings.Split(name, "-") {
				r, _ := utf8.DecodeRuneInString(part)
				initials = append(initials, unicode.ToUpper(r))
			}
		}
	}
	return start, initials
}

// trimElidedArticle returns w without an elided article a capitalised
// word follows, "d'Ivoire" → "Ivoire", "l’Ouest" → "Ouest" (French,
// Italian and Catalan write the article joined to the noun by an
// apostrophe); any other word is returned as it is.
func trimElidedArticle(w string) string {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	for _, apos := range []string{"'", "’"} {
		if rest, ok := strings.CutPrefix(w[1:], apos); ok && startsUpper(rest) {
			return rest
		}
	}
	return w
}

// connectorBefore reports whether text ends with a lower-case connector
// ("of", "for"): the article after it is inside the name.
func connectorBefore(text string) bool {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	w := t[strings.LastIndexAny(t, " \n\t")+1:]
	return w != "the" && isConnector(w)
}

// foreignLetters reports whether the letters are the initials of a name
// of two words or more in another order, with one letter more: the
// initial of a short word the name's own language writes capitalised or
// counts ("Convergence for Social Democracy (CPDS)", the Spanish
// "Convergencia Para la Democracia Social"). The first letters agree.
func foreignLetters(letters, initials []rune) bool {
	if len(initials) < 3 || len(letters) != len(initials)+1 || letters[0] != initials[len(initials)-1] {
		return false
	}
	rest := slices.Clone(letters)
	for _, c := range initials {
		i := slices.Index(rest, c)
		if i < 0 {
			return false
		}
		rest = slices.Delete(rest, i, i+1)
	}
	return true
}

// capitalLetters returns the capitals of the letters short, and whether
// short is letters at all: every letter a capital, or, when mixed is
// allowed, a capital first and at least two capitals ("StB", the
// Czech "Státní bezpečnost": the lower-case letters are the name's
// language's, and the capitals its initials).
func capitalLetters(short string, mixed bool) ([]rune, bool) {
	var out []rune
	lower := false
	for _, r := range short {
		switch {
		case unicode.IsUpper(r):
			out = append(out, r)
		case unicode.IsLower(r):
			lower = true
		default:
			return nil, false
		}
	}
	if lower && (!mixed || len(out) < 2 || !startsUpper(short)) {
		return nil, false
	}
	return out, len(out) > 0
}

// samePermuted reports whether the letters are the initials in another
// order, each used once: "Social Democratic Centre (CDS)", whose letters
// follow the Portuguese word order. A name whose initials the letters
// spell in any order is the name they abbreviate, whatever its head.
func samePermuted(letters, initials []rune) bool {
	if len(letters) < 3 || len(letters) != len(initials) {
		return false
	}
	a, b := slices.Clone(letters), slices.Clone(initials)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// groupNounBefore reports whether text ends with a lower-case group noun:
// the name after it is that group's ("the banned opposition movement
// Democratic Choice of Kazakhstan (DVK)").
func groupNounBefore(text string) bool {
	fs := strings.Fields(text)
	if len(fs) == 0 {
		return false
	}
	w := fs[len(fs)-1]
	return w == strings.ToLower(w) && isPredicateNoun(w)
}

// bodyOfOrg reports whether a name opens with an organisation's name of
// two words or more and goes on with a capitalised noun: a body the
// organisation runs ("United Nations Operation in Mozambique").
func bodyOfOrg(long string) bool {
	words := strings.Fields(long)
	for k := 2; k < len(words); k++ {
		if !startsUpper(words[k]) {
			return false
		}
		if isOrgName(strings.Join(words[:k], " ")) {
			return true
		}
	}
	return false
}

// glossedShort reads a parenthesis holding a foreign name and its acronym,
// "Vojska Jugoslavije, VJ": it returns the acronym when its letters are
// the foreign name's. Unless off holds rule gloss-separator, a semicolon
// or a dash may set the letters apart too ("Mouvement des forces
// démocratiques de Casamance; MFDC", "… de Casamance – MFDC"), as
// encyclopedias write them; unless it holds gloss-abbreviated, the
// letters may follow the word that says they abbreviate the name
// ("(French: Front patriotique d'Osk; abbreviated FPO)"); unless it
// holds gloss-mixed, letters with lower-case ones among them count when
// the foreign name spells them ("Forces armées maliennes, FAMa"), as the
// name given says they are letters where a bare bracket does not.
func glossedShort(inner string, off map[string]bool) (string, bool) {
	if !off[ruleGlossBroken] {
		// Emphasis blanked and a line broken: "Fuerza Aérea Argentina ,\nFAA".
		inner = strings.ReplaceAll(strings.Join(strings.Fields(inner), " "), " ,", ",")
	}
	k, sep := strings.LastIndex(inner, ", "), len(", ")
	if !off[ruleGlossSeparator] {
		k, sep = lastLetterSeparator(inner)
	}
	if k < 0 {
		return "", false
	}
	short := inner[k+sep:]
	if !off[ruleGlossAbbreviated] {
		short = withoutAbbreviationCue(short)
	}
	if !isShortForm(short) || !strings.Contains(inner[:k], " ") {
		return "", false
	}
	// "(Éveil océanien, EO)": an accented capital is its letter's
	// (rule folded-initial).
	spelled := matchShortLong(short, inner[:k]) == 0 || !off[ruleFoldedInitial] && matchShortLong(short, normalize(inner[:k])) == 0
	if strings.ToUpper(short) != short && (off[ruleGlossMixed] || !spelled) {
		return "", false
	}
	return short, spelled
}

// abbreviationCues are the words that say the letters after them
// abbreviate a name.
var abbreviationCues = []string{"abbreviated as ", "abbreviated ", "abbr. "}

// withoutAbbreviationCue returns s without the cue opening it, if any.
func withoutAbbreviationCue(s string) string {
	for _, cue := range abbreviationCues {
		if rest, ok := strings.CutPrefix(s, cue); ok {
			return rest
		}
	}
	return s
}

// lastLetterSeparator returns where the last separator that may set an
// acronym apart from the foreign name before it starts in inner, and its
// length: a comma, a semicolon, or a dash between spaces. -1 when none.
func lastLetterSeparator(inner string) (int, int) {
	k, n := -1, 0
	for _, sep := range []string{", ", "; ", " – ", " — ", " - "} {
		if i := strings.LastIndex(inner, sep); i > k {
			k, n = i, len(sep)
		}
	}
	return k, n
}

// lettersFromSource reads a parenthesis holding an acronym and, after a
// comma, where its letters come from: "FRELIMO, from the Portuguese
// Frente de Libertação de Moçambique", "FSLN, for Frente Sandinista de
// Liberación Nacional". It returns the acronym when the source, two
// capitalised words or more, holds its letters in order.
func lettersFromSource(inner string) (string, bool) {
	short, source, ok := strings.Cut(inner, ", ")
	if !ok || !isShortForm(short) || strings.ToUpper(short) != short {
		return "", false
	}
	cue, rest, _ := strings.Cut(source, " ")
	if cue != "from" && cue != "for" {
		return "", false
	}
	capitals := 0
	for _, w := range strings.Fields(rest) {
		if startsUpper(w) {
			capitals++
		}
	}
	return short, capitals >= 2 && matchShortLong(short, rest) >= 0
}

// withoutKindNoun returns text without the lower-case noun for a kind of
// group that closes it (rule gloss-kind-noun): "… the Prolonged People's
// War tendency" gives "… the Prolonged People's War". A writer glossing a
// name in another language puts the English name's kind after it, outside
// the name the letters stand for. Text that ends otherwise is returned as
// it is.
func withoutKindNoun(text string) string { return withoutLastLower(text, isPredicateNoun) }

// withoutLastLower returns text without its last word when that word is
// in lower case, kind accepts it and a capitalised word is before it;
// otherwise text as it is.
func withoutLastLower(text string, kind func(string) bool) string {
	t := strings.TrimRight(text, " ")
	k := strings.LastIndexByte(t, ' ')
	if k < 0 {
		return text
	}
	w := t[k+1:]
	if !startsLower(w) || !kind(w) || !startsUpper(strings.TrimSpace(t[strings.LastIndexByte(t[:k], ' ')+1:k])) {
		return text
	}
	return t[:k]
}

// kindBeforeBracket reports whether def, an acronym definition's text,
// sets a lower-case noun for a kind of group between the name and the
// bracket: the writer says what the name is ("… Unity coalition (…,
// UDP)").
func kindBeforeBracket(def string) bool {
	i := strings.IndexByte(def, '(')
	return i > 0 && withoutKindNoun(def[:i]) != def[:i]
}

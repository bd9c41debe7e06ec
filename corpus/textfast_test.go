package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// fastPathInputs are texts that stress the hand-written fast paths: ASCII
// and not, capitals, invalid UTF-8, odd spaces, numbers with separators.
func fastPathInputs(t *testing.T) []string {
	in := []string{
		"", " ", "a", "On 3 March 2012, the Army WILL move.", "İstanbul, ÉTATS-UNIS and Ⅻ 17,731 3.5",
		"bad \xff\xfe bytes\xc3", "tab\tnew\nline\u00a0nbsp\u2003em", "It's the 21st — of MAY…", "“Quoted” words 'here'", "‘single’", "\"", "end “", "\xe2\x80", "—–…’",
		"x is  scheduled   for  May", "said THAT the", "That  that that ", " tHat x", "that", " that", "the talks are to be held; plans to go", "IS DUE", "ﬁnance ǅ ß",
	}
	c, err := Read("testdata/eval/dev")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			in = append(in, p.Text)
		}
	}
	return in
}

// TestFastPathsMatchReference checks the allocation-free forms of the date
// tokeniser's helpers against the library calls they replace: extraction
// output must not move by a byte.
func TestFastPathsMatchReference(t *testing.T) {
	for _, s := range fastPathInputs(t) {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
		want := paddedWordsReference(s)
		if got := paddedWords(s); got != want {
			t.Errorf("paddedWords(%q) = %q, want %q", s, got, want)
		}
		if got := paddedFields(nil, want); !slices.Equal(got, strings.Fields(want)) {
			t.Errorf("paddedFields(%q) = %q", want, got)
		}
		if got := paddedWordList(s); !slices.Equal(got, strings.Fields(want)) || len(got) != cap(got) {
			t.Errorf("paddedWordList(%q) = %q (cap %d)", s, got, cap(got))
		}
		for i := 0; i <= len(s); i++ {
			ref := strings.Index(lowerASCIIReference(s)[i:], " that ")
			if ref >= 0 {
				ref += i
			}
			if got := indexThat(s, i); got != ref {
				t.Fatalf("indexThat(%q, %d) = %d, want %d", s, i, got, ref)
			}
		}
		if got, want := hasFutureCueWords(want), futureCueReference(want); got != want {
			t.Errorf("hasFutureCueWords(%q) = %v, want %v", s, got, want)
		}
		if got := lowerASCII(s); got != lowerASCIIReference(s) {
			t.Errorf("lowerASCII(%q) = %q", s, got)
		}
		if got := lowerSentence(s); got != strings.ToLower(s) {
			t.Errorf("lowerSentence(%q) = %q, strings.ToLower gives %q", s, got, strings.ToLower(s))
		}
		for _, m := range append(strings.Fields(s), s) { // the text and each of its words
			if got, want := mayOpenCapital(m), lowerASCII(m) != m || !isASCII(m); got != want {
				t.Errorf("mayOpenCapital(%q) = %v, want %v", m, got, want)
			}
		}
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "“”\"‘"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
		checkTokens(t, s)
	}
}

// checkTokens compares dateTokens' lower case and capital flag with
// strings.ToLower and unicode.IsUpper on each token.
func checkTokens(t *testing.T, s string) {
	t.Helper()
	for _, tok := range dateTokens(s) {
		r := []rune(tok.text)[0]
		if tok.lower != strings.ToLower(tok.text) || tok.upper != unicode.IsUpper(r) {
			t.Errorf("token %q of %q: lower %q upper %v", tok.text, s, tok.lower, tok.upper)
		}
	}
}

func futureCueReference(w string) bool {
	for _, p := range []string{" will ", " shall ", " is scheduled ", " are scheduled ",
		" scheduled for ", " is due ", " are due ", " is set to ", " are set to ", " is expected to ", " are expected to ",
		" comes up for ", " come up for ", " is planned ", " are planned ", " planned for ", " is to be ", " are to be ",
		" plans to ", " plan to ", " must ", " going to ", " intends to ", " intend to ", " intended to "} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

func lowerASCIIReference(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestDateWordRuneMatchesUnicode checks isDateWordRune's ASCII shortcut
// against the unicode tables it stands for.
func TestDateWordRuneMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		if got := isDateWordRune(r); got != want {
			t.Errorf("isDateWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// paddedWordsReference is paddedWords written plainly: the lower-case
// runs of word runes, a hyphen between a word and a letter kept inside
// its word ("indian-held"), joined by single spaces and padded.
func paddedWordsReference(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for k, r := range rs {
		r = unicode.ToLower(r)
		joins := r == '-' && k > 0 && isDateWordRune(unicode.ToLower(rs[k-1])) && k+1 < len(rs) && unicode.IsLetter(rs[k+1])
		if isDateWordRune(r) || joins {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	return " " + strings.Join(strings.Fields(b.String()), " ") + " "
}

// TestTrimMatchesStrings checks trimLeft and trimRight against
// strings.TrimLeft and strings.TrimRight on every word of the fast-path
// inputs, with cut sets of ASCII and curly quotes as the rules use them.
func TestTrimMatchesStrings(t *testing.T) {
	cuts := []string{"", "*", ".,;:", "(\"“'‘*", ".,;:!?)\"”’'*", "\"“‘'(*[_", "\"”’')*]_,.;:!?", "’", "\xff",
		"\"“”‘’'(),*", ",.;:\"“”", ",.;:\"“”()", "“”\"", "'’", "—–- "}
	checked := 0
	for _, s := range fastPathInputs(t) {
		words := append(strings.Fields(s), s, "“"+s+"”", "(*"+s+"'s)")
		for _, w := range words {
			for _, cut := range cuts {
				if got, want := trimLeft(w, cut), strings.TrimLeft(w, cut); got != want {
					t.Errorf("trimLeft(%q, %q) = %q, want %q", w, cut, got, want)
				}
				if got, want := trimRight(w, cut), strings.TrimRight(w, cut); got != want {
					t.Errorf("trimRight(%q, %q) = %q, want %q", w, cut, got, want)
				}
				if got, want := trim(w, cut), strings.Trim(w, cut); got != want {
					t.Errorf("trim(%q, %q) = %q, want %q", w, cut, got, want)
				}
				checked++
			}
		}
	}
	if checked < 10_000 {
		t.Errorf("%d checks: too few to tell", checked)
	}
}

// BenchmarkTrim compares trimLeft and trimRight with the strings
// functions they stand for, on every word of the development briefings
// with the cut sets of the faction rules' per-word reading (actorLetters,
// readSpanWord), which trim every word they read.
func BenchmarkTrim(b *testing.B) {
	c, err := Read("testdata/eval/dev")
	if err != nil {
		b.Fatal(err)
	}
	var words []string
	for _, br := range c.Briefings {
		for _, p := range br.Paragraphs {
			words = append(words, strings.Fields(p.Text)...)
		}
	}
	const left, right = "\"“‘'(*[_", "\"”’')*]_,.;:!?"
	for _, tt := range []struct {
		name        string
		left, right func(s, cut string) string
	}{
		{"strings", strings.TrimLeft, strings.TrimRight},
		{"fast", trimLeft, trimRight},
	} {
		b.Run(tt.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, w := range words {
					n += len(tt.right(tt.left(w, left), right))
				}
			}
			if n == 0 {
				b.Fatal("no words")
			}
		})
	}
}

// TestPlainSpanWordMatchesMarked checks readSpanWord's shortcut for words
// of the letters a to z against its general reading, on every such word
// of the fast-path inputs and on words just outside the shortcut.
func TestPlainSpanWordMatchesMarked(t *testing.T) {
	words := []string{"of", "the", "to", "on", "al", "rebels", "and", "in"}
	for _, s := range fastPathInputs(t) {
		words = append(words, strings.Fields(s)...)
	}
	checked := 0
	for i, w := range words {
		if !isLowerASCIIWord(w) {
			continue
		}
		if got, want := plainSpanWord(w, w, i), markedSpanWord(w, w, i); got != want {
			t.Errorf("plainSpanWord(%q) = %+v, want %+v", w, got, want)
		}
		checked++
	}
	for _, w := range []string{"", "Rebels", "al-Shabaab", "rebels,", "group's", "“front", "m23"} {
		if isLowerASCIIWord(w) {
			t.Errorf("isLowerASCIIWord(%q) = true, want false", w)
		}
	}
	if checked < 1000 {
		t.Errorf("%d checks: too few to tell", checked)
	}
}

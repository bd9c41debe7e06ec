package corpus

import (
	"slices"
	"strings"
	"testing"
)

// surfaceFormsByRunes is surfaceForms as it read text before word starts
// were found once a paragraph: every rune of text, for one form.
func surfaceFormsByRunes(text, form string) []string {
	n := normalize(form)
	if n == "" {
		return nil
	}
	var out []string
	prev := rune(0)
	for k, r := range text {
		if isWordRune(r) && !isWordRune(prev) && prev != '\'' && prev != '’' {
			if e := foldedEnd(text, k, n); e > k {
				out = append(out, strings.TrimSpace(text[k:e]))
			}
		}
		prev = r
	}
	return out
}

// wordStartsByRunes is appendWordStarts read over runes with unicode's
// tables, ASCII included.
func wordStartsByRunes(text string) []wordStart {
	var out []wordStart
	prev := rune(0)
	for k, r := range text {
		if isWordRune(r) && !isWordRune(prev) && prev != '\'' && prev != '’' {
			out = append(out, wordStart{at: k, fold: foldRune(r)})
		}
		prev = r
	}
	return out
}

// TestSurfaceFormsAtWordStarts checks appendWordStarts against the
// reading over runes, and surfaceForms, which reads the word
// starts appendWordStarts found once and skips those whose first letter
// folds to another than the form's, against the reading over every rune
// it replaced: every dev faction's name and aliases in every paragraph of
// the briefing defining it, and a few spellings with accents, apostrophes,
// capitals and bytes that are no UTF-8.
func TestSurfaceFormsAtWordStarts(t *testing.T) {
	type pair struct{ texts, forms []string }
	pairs := []pair{{
		texts: []string{
			"Séléka, the SELEKA and al-Shabaab's fighters met Al-Shabaab and Shabaab’s men.",
			"\xffSeleka \xff seleka's É-Seleka 'Seleka ’Seleka Éléka éléka",
			"",
			"O'Neill d'Arcy l’Union 9th 'Twas Ke\u212avin K ǅ Ǆ \u0130stanbul",
		},
		forms: []string{"Séléka", "al-Shabaab", "Shabaab", "s", "Éléka", "'", "É", "\xff", "Neill", "Arcy", "Union", "9th", "Twas", "kelvin", "k", "ǅ", "istanbul"},
	}}
	c, err := Read(devDir)
	if err != nil {
		t.Fatal(err)
	}
	c.Extract()
	texts := map[string][]string{}
	for _, b := range c.Briefings {
		for _, p := range b.Paragraphs {
			texts[b.Slug] = append(texts[b.Slug], p.Text)
		}
	}
	for _, f := range c.Factions {
		pairs = append(pairs, pair{texts[f.Defined.Briefing], append([]string{f.Name}, f.Aliases...)})
	}
	checked, found := 0, 0
	for _, p := range pairs {
		for _, text := range p.texts {
			starts := appendWordStarts(nil, text)
			if want := wordStartsByRunes(text); !slices.Equal(starts, want) {
				t.Errorf("appendWordStarts(%q) = %v, want %v", text, starts, want)
			}
			for _, form := range p.forms {
				want := surfaceFormsByRunes(text, form)
				got := surfaceForms(text, starts, normalize(form), nil)
				if !slices.Equal(got, want) {
					t.Errorf("surfaceForms(%q, %q) = %q, want %q", text, form, got, want)
				}
				checked++
				found += len(want)
			}
		}
	}
	t.Logf("%d paragraph-form pairs, %d spellings found", checked, found)
}

// TestFirstField checks firstField against strings.Fields on every string
// of up to three pieces: letters, marks, ASCII and Unicode spaces, and a
// byte that is no UTF-8.
func TestFirstField(t *testing.T) {
	pieces := []string{"", "ab", "-", " ", "\t", "\n", "\u0085", "\u00a0", "\u2003", "\xff", "é"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				s := a + b + c
				got, ok := firstField(s)
				want := strings.Fields(s)
				if ok != (len(want) > 0) || ok && got != want[0] {
					t.Errorf("firstField(%q) = %q, %v; want %q", s, got, ok, want)
				}
			}
		}
	}
}

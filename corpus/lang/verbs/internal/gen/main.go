// Package gen writes the verb tables that package verbs embeds, from a
// WordNet 3.0 database (Debian's wordnet-base installs one in
// /usr/share/wordnet): its verb lemmas (index.verb), its irregular verb
// forms (verb.exc), and how often each lemma is used as a verb, a noun or
// an adjective in the sense-tagged SemCor corpus (cntlist.rev). It is run
// by go generate, never at run time.
package gen

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Thresholds for a present form to count as a verb on its own: the
// lemma is tagged as a verb at least minVerbUses times in SemCor, and at
// least verbShare times as often as a noun or an adjective. "take" (732
// uses as a verb, none as a noun) and "hit" (100 and 18) qualify; "end"
// (92 and 142) and "vote" (41 and 17) do not, so "ends" and "votes" are
// read as nouns unless the sentence's structure says otherwise.
const (
	minVerbUses = 5
	verbShare   = 3
)

// usage counts a lemma's SemCor tags by part of speech.
type usage struct{ verb, other int }

func run(dict, out string) error {
	lemmas, err := readIndex(filepath.Join(dict, "index.verb"))
	if err != nil {
		return err
	}
	nouns, err := readIndex(filepath.Join(dict, "index.noun"))
	if err != nil {
		return err
	}
	uses, err := readCounts(filepath.Join(dict, "cntlist.rev"))
	if err != nil {
		return err
	}
	verbExc, err := readExceptions(filepath.Join(dict, "verb.exc"))
	if err != nil {
		return err
	}
	nounExc, err := readExceptions(filepath.Join(dict, "noun.exc"))
	if err != nil {
		return err
	}
	adjs, err := readIndex(filepath.Join(dict, "index.adj"))
	if err != nil {
		return err
	}
	advs, err := readIndex(filepath.Join(dict, "index.adv"))
	if err != nil {
		return err
	}
	tables := map[string][]string{
		"v": sortedKeys(lemmas),
		"p": pastForms(verbExc, lemmas, uses),
		"s": presentForms(lemmas, nouns, nounExc, uses),
		"n": nonVerbEd(lemmas, verbExc, nouns, adjs, advs),
	}
	return write(out, tables)
}

// pastForms are the irregular past tenses and participles (took, taken,
// fought), except those used more often as a verb of their own (a form
// that is a commoner lemma than its base). The forms of the auxiliaries
// be, have and do, some of them present ("is", "has"), are left to the
// grammar that reads them.
func pastForms(exc map[string][]string, lemmas map[string]bool, uses map[string]usage) []string {
	var out []string
	for form, bases := range exc {
		if strings.HasSuffix(form, "ing") {
			continue
		}
		for _, b := range bases {
			if b == "be" || b == "have" || b == "do" {
				break
			}
			if b != form && lemmas[b] && uses[form].verb <= uses[b].verb {
				out = append(out, form)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// presentForms are the base and third-person forms of verbs that SemCor
// tags far more often as verbs than as nouns or adjectives (take, takes,
// begin, begins). A third-person form that is itself a noun ("talks",
// "leaves") is left out.
func presentForms(lemmas, nouns map[string]bool, nounExc map[string][]string, uses map[string]usage) []string {
	var out []string
	for l := range lemmas {
		u := uses[l]
		if u.verb < minVerbUses || u.verb < verbShare*u.other {
			continue
		}
		out = append(out, l)
		if s := thirdPerson(l); !nouns[s] && nounExc[s] == nil {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// nonVerbEd are the words WordNet knows, as nouns, adjectives or adverbs,
// that end in -ed and are no verb's past: "hundred", "sacred", "indeed",
// "need". Any other word in -ed is read as a verb's past, including verbs
// WordNet lacks.
func nonVerbEd(lemmas map[string]bool, exc map[string][]string, others ...map[string]bool) []string {
	var out []string
	for _, set := range others {
		for w := range set {
			if len(w) > 3 && strings.HasSuffix(w, "ed") && !lemmas[w] && exc[w] == nil && !edOfVerb(w, lemmas) {
				out = append(out, w)
			}
		}
	}
	for w := range lemmas {
		if len(w) > 3 && strings.HasSuffix(w, "ed") && !edOfVerb(w, lemmas) {
			out = append(out, w) // "need", "speed", "succeed": verbs, but no past
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// edOfVerb reports whether w is the regular -ed form of a verb lemma:
// "elected" (elect), "arrived" (arrive), "stopped" (stop), "carried"
// (carry).
func edOfVerb(w string, lemmas map[string]bool) bool {
	stem := strings.TrimSuffix(w, "ed")
	n := len(stem)
	return lemmas[stem] || lemmas[stem+"e"] ||
		n > 2 && stem[n-1] == stem[n-2] && lemmas[stem[:n-1]] ||
		strings.HasSuffix(stem, "i") && lemmas[stem[:n-1]+"y"]
}

// thirdPerson returns the third-person singular present of a base form.
func thirdPerson(b string) string {
	n := len(b)
	switch {
	case strings.HasSuffix(b, "s"), strings.HasSuffix(b, "x"), strings.HasSuffix(b, "z"),
		strings.HasSuffix(b, "ch"), strings.HasSuffix(b, "sh"):
		return b + "es"
	case n > 1 && b[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(b[n-2])):
		return b[:n-1] + "ies"
	case n > 1 && b[n-1] == 'o' && !strings.ContainsRune("aeiou", rune(b[n-2])):
		return b + "es"
	}
	return b + "s"
}

// readIndex returns the single-word lemmas of an index.POS file.
func readIndex(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := eachLine(path, func(fs []string) error {
		if w := word(fs[0]); w != "" {
			out[w] = true
		}
		return nil
	})
	return out, err
}

// readCounts sums cntlist.rev's SemCor tag counts by lemma and part of
// speech: "take%2:38:00:: 5 24" is 24 uses of a sense of take as a verb.
func readCounts(path string) (map[string]usage, error) {
	out := map[string]usage{}
	err := eachLine(path, func(fs []string) error {
		if len(fs) < 3 {
			return fmt.Errorf("short line %q", strings.Join(fs, " "))
		}
		lemma, key, ok := strings.Cut(fs[0], "%")
		n, err := strconv.Atoi(fs[2])
		if !ok || key == "" || err != nil {
			return fmt.Errorf("bad count line %q", strings.Join(fs, " "))
		}
		u := out[lemma]
		if key[0] == '2' {
			u.verb += n
		} else if key[0] != '4' { // adverbs are no rival to a verb form
			u.other += n
		}
		out[lemma] = u
		return nil
	})
	return out, err
}

// readExceptions reads a POS.exc file: an inflected form and its bases.
func readExceptions(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(path, func(fs []string) error {
		if len(fs) < 2 {
			return nil
		}
		if f := word(fs[0]); f != "" {
			for _, b := range fs[1:] {
				if b = word(b); b != "" {
					out[f] = append(out[f], b)
				}
			}
		}
		return nil
	})
	return out, err
}

// eachLine calls f with the fields of each line of a WordNet file,
// skipping its licence header.
func eachLine(path string, f func([]string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if err := f(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// word normalises a lemma to lower case; lemmas of several words or with
// other characters than letters and hyphens are dropped ("").
func word(lemma string) string {
	lemma = strings.ToLower(lemma)
	for _, r := range lemma {
		if (r < 'a' || r > 'z') && r != '-' {
			return ""
		}
	}
	return lemma
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// write writes each table as one line per word: "TAG WORD", tables in
// the order v, p, s, n.
func write(path string, tables map[string][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Generated by internal/gen from WordNet 3.0 (see LICENSE). DO NOT EDIT.")
	fmt.Fprintln(w, "# v: verb lemmas; p: irregular past forms and participles; s: present forms of verbs seldom used otherwise;")
	fmt.Fprintln(w, "# n: words in -ed that are no verb's past (hundred, sacred, need)")
	for _, tag := range []string{"v", "p", "s", "n"} {
		for _, wd := range tables[tag] {
			fmt.Fprintln(w, tag, wd)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

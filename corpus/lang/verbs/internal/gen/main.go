// Package gen writes the verb tables that package verbs embeds, from a
// WordNet 3.0 database (Debian's wordnet-base installs one in
// /usr/share/wordnet): its irregular verb forms (verb.exc), and the words
// of every part of speech that end in -ed but are no verb's past, judged
// against its verb lemmas (index.verb) and how often each lemma is used
// as a verb in the sense-tagged SemCor corpus (cntlist.rev). It is run by
// go generate, never at run time.
package gen

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/corpus/lang/internal/wnfile"
)

// usage counts a lemma's SemCor tags as a verb and as anything else.
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
	adjs, err := readIndex(filepath.Join(dict, "index.adj"))
	if err != nil {
		return err
	}
	advs, err := readIndex(filepath.Join(dict, "index.adv"))
	if err != nil {
		return err
	}
	tables := map[string][]string{
		"p": pastForms(verbExc, lemmas, uses),
		"n": nonVerbEd(lemmas, verbExc, nouns, adjs, advs),
		"v": verbFirst(lemmas, uses, nouns, adjs),
		"s": sameInPast(verbExc, lemmas),
		"r": pastDiffers(verbExc, lemmas),
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

// verbFirst are the verb lemmas that are verbs before anything else: used
// as verbs in SemCor at least as often as otherwise ("take", "go",
// "publish"), or, unseen there, known to WordNet only as verbs
// ("reconvene"). Their bare and -s forms are read as present verbs where
// the syntax allows; a lemma that is mostly a noun ("attack", "talk",
// "end") is a verb only with an auxiliary or a past ending.
func verbFirst(lemmas map[string]bool, uses map[string]usage, others ...map[string]bool) []string {
	var out []string
	for w := range lemmas {
		u := uses[w]
		seen := u.verb+u.other > 0
		if seen && u.verb >= u.other || !seen && !inAny(w, others) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// inAny reports whether w is in any of sets.
func inAny(w string, sets []map[string]bool) bool {
	for _, set := range sets {
		if set[w] {
			return true
		}
	}
	return false
}

// sameInPast are the verbs whose past tense is their bare form ("put",
// "set", "hit", "beat"): they end in -t or -d, where English merges the
// past ending into the stem, and WordNet lists irregular forms for them
// (a doubled consonant before -ing, a participle in -en) but no past that
// differs from the lemma. A past in -ed ("quitted") or another form
// ("bade") rules a verb out. A few verbs with a regular past pass the
// test ("melt", for "molten"; "sled", for "sledding").
func sameInPast(exc map[string][]string, lemmas map[string]bool) []string {
	forms := map[string][]string{}
	for form, bases := range exc {
		for _, b := range bases {
			if lemmas[b] {
				forms[b] = append(forms[b], form)
			}
		}
	}
	var out []string
	for b, fs := range forms {
		endsTD := strings.HasSuffix(b, "t") || strings.HasSuffix(b, "d")
		if len(b) > 2 && endsTD && slices.ContainsFunc(fs, func(f string) bool { return f != b }) &&
			!slices.ContainsFunc(fs, func(f string) bool { return isPastOf(f, b) }) {
			out = append(out, b)
		}
	}
	slices.Sort(out)
	return out
}

// pastDiffers are the verbs ending in -t or -d whose simple past WordNet
// lists as a form of its own ("meet", "met"; "hold", "held"; "send",
// "sent"). A verb in -t or -d WordNet lists no past for may be its own
// past ("spread", "cast", "burst": WordNet lists no form for them at all)
// or a regular verb ("start"); one listed here is neither, so its bare
// form after a plural subject is a present.
func pastDiffers(exc map[string][]string, lemmas map[string]bool) []string {
	seen := map[string]bool{}
	for form, bases := range exc {
		for _, b := range bases {
			if lemmas[b] && (strings.HasSuffix(b, "t") || strings.HasSuffix(b, "d")) && isPastOf(form, b) {
				seen[b] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for b := range seen {
		out = append(out, b)
	}
	slices.Sort(out)
	return out
}

// isPastOf reports whether form, an irregular form of base, may be its
// simple past: not an -ing form, not a participle in -en or -n, not a
// third person -s, and not base itself.
func isPastOf(form, base string) bool {
	switch {
	case form == base, strings.HasSuffix(form, "ing"), strings.HasSuffix(form, "s"),
		strings.HasSuffix(form, "n") && !strings.HasSuffix(base, "n"):
		return false
	}
	return true
}

// readIndex returns the single-word lemmas of an index.POS file.
func readIndex(path string) (map[string]bool, error) {
	out := map[string]bool{}
	err := wnfile.EachIndexEntry(path, func(e wnfile.IndexEntry) error {
		if w := word(e.Lemma); w != "" {
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
	err := wnfile.EachLine(path, func(fs []string) error {
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
	exc, err := wnfile.Exceptions(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, e := range exc {
		f := word(e.Form)
		if f == "" {
			continue
		}
		for _, b := range e.Bases {
			if b = word(b); b != "" {
				out[f] = append(out[f], b)
			}
		}
	}
	return out, nil
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

// write writes each table as one line per word: "TAG WORD", tables in
// the order p, n, v, s, r.
func write(path string, tables map[string][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# Generated by internal/gen from WordNet 3.0 (see LICENSE). DO NOT EDIT.")
	fmt.Fprintln(w, "# p: irregular past forms and participles; n: words in -ed that are no verb's past (hundred, sacred, need)")
	fmt.Fprintln(w, "# v: verb lemmas used as verbs before anything else (take, go); s: verbs whose past is their bare form (put, set)")
	fmt.Fprintln(w, "# r: verbs in -t or -d whose simple past is a form of its own (meet, met; hold, held)")
	for _, tag := range []string{"p", "n", "v", "s", "r"} {
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

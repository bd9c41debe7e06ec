package index

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

var (
	learnBridges  = flag.String("learnbridges", "", "evaluation folder: learn the lexical bridges from its questions and their answering paragraphs, and print them")
	writeBridgesF = flag.Bool("writebridges", false, "with -learnbridges, rewrite bridges.txt")
)

// What a bridge must show to be kept (see bridgeCounts.table). Counting a
// pair only when the questions of several briefings show it keeps the
// table to how people ask and texts answer in general, not to one
// briefing's topic; the Poisson test keeps pairs the answering
// paragraphs hold far more often than any paragraph of their briefings.
const (
	bridgeMinBriefings = 3     // distinct briefings whose questions show the pair
	bridgeMaxP         = 0.001 // chance of so many co-occurrences or more, if the pair were unrelated
	bridgeMinStrength  = 0.5   // 1 − expected/observed: twice as often as chance at least
	bridgePerLemma     = 8     // bridges kept per asked lemma, the strongest
)

// TestLearnBridges is a generator, not a test: it learns which lemmas the
// answering paragraphs of a folder's questions hold in place of a
// question's word (see bridgeCounts), and prints the table; with
// -writebridges it rewrites bridges.txt, which the ranker embeds.
//
//	go test ./index -run TestLearnBridges -v -learnbridges DIR -writebridges
//
// Learn only from the questions you tune on: the table is a fitted table.
func TestLearnBridges(t *testing.T) {
	if *learnBridges == "" {
		t.Skip("run with -learnbridges DIR")
	}
	sets, all := loadBridgeSets(t, *learnBridges)
	ix := build(t, mustCorpus(t, all...))
	bc := newBridgeCounts(ix)
	for _, s := range sets {
		if err := bc.addBriefing(s.b, s.qs); err != nil {
			t.Fatal(err)
		}
	}
	rows := bc.table()
	out := io.Writer(os.Stdout)
	if *writeBridgesF {
		f, err := os.Create("bridges.txt")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out = f
	}
	if err := writeBridgeTable(out, rows, len(sets)); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d bridges from %d briefings", len(rows), len(sets))
}

// bridgeSet is one briefing and its judged questions.
type bridgeSet struct {
	b  *corpus.Briefing
	qs []judgedQuestion
}

// loadBridgeSets reads every briefing of dir that has questions, in
// slug order.
func loadBridgeSets(t *testing.T, dir string) ([]bridgeSet, []*corpus.Briefing) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.questions.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no questions in %s: %v", dir, err)
	}
	slices.Sort(files)
	var sets []bridgeSet
	var all []*corpus.Briefing
	for _, qf := range files {
		b, qs := judgedBriefing(t, qf)
		sets = append(sets, bridgeSet{b, qs})
		all = append(all, b)
	}
	return sets, all
}

// bridgeCounts gathers, for each pair of a question's lemma (asked) and
// a lemma of its answering paragraph (written), how many questions show
// it, and the briefings they are about. A question's word counts only
// when the answer does not hold it, nor its forms or synonyms (what the
// ranker already matches): the pair is what bridges the gap. A written
// lemma the question holds itself is no bridge ("when did X become
// president" pairs become with the president the answer holds because
// it is asked). Both sides
// are common words WordNet knows: no names (a word the corpus writes as
// a name, a word written capitalised), no stop or question words, and
// never the same term.
type bridgeCounts struct {
	ix       *Index
	observed map[[2]string]int
	shownBy  map[[2]string]map[string]bool
	// asked lists, per asked lemma, the briefing of each question whose
	// answer lacks it: the expected count of a pair sums, over these,
	// the share of the briefing's paragraphs holding the written lemma.
	asked map[string][]string
	share map[string]map[string]float64 // per briefing, lemma → share of paragraphs holding it
	stop  map[string]bool               // lemmas the analyzer drops
}

func newBridgeCounts(ix *Index) *bridgeCounts {
	return &bridgeCounts{ix: ix, observed: map[[2]string]int{}, shownBy: map[[2]string]map[string]bool{},
		asked: map[string][]string{}, share: map[string]map[string]float64{}, stop: map[string]bool{}}
}

// addBriefing counts the questions of one briefing.
func (bc *bridgeCounts) addBriefing(b *corpus.Briefing, qs []judgedQuestion) error {
	texts := make([]string, len(b.Paragraphs))
	lemmas := make([]map[string]bool, len(b.Paragraphs))
	share := map[string]float64{}
	for i := range b.Paragraphs {
		var err error
		if texts[i], _, err = indexedText(b, i+1, bc.ix.noTurns); err != nil {
			return fmt.Errorf("%s ¶%d: %w", b.Slug, i+1, err)
		}
		lemmas[i] = bc.paragraphLemmas(b.Paragraphs[i].Text)
		for l := range lemmas[i] {
			share[l] += 1 / float64(len(b.Paragraphs))
		}
	}
	bc.share[b.Slug] = share
	for _, q := range qs {
		gold, terms := map[string]bool{}, map[string]bool{}
		for i, text := range texts {
			if holdsGold(text, q.Gold) {
				maps.Copy(gold, lemmas[i])
				maps.Copy(terms, bc.ix.terms(text))
			}
		}
		if len(gold) > 0 {
			bc.addQuestion(b.Slug, q.Q, gold, terms)
		}
	}
	return nil
}

// addQuestion counts one question whose answering paragraphs hold the
// lemmas gold and the terms terms.
func (bc *bridgeCounts) addQuestion(slug, question string, gold, terms map[string]bool) {
	done := map[string]bool{}
	asked := bc.ix.terms(question)
	for _, w := range bc.askedWords(question) {
		covers := bc.covers(w)
		if holdsAny(covers, func(t string) bool { return terms[t] }) {
			continue
		}
		for _, a := range bc.lemmas(w) {
			if done[a] {
				continue
			}
			done[a] = true
			bc.asked[a] = append(bc.asked[a], slug)
			for b := range gold {
				if holdsAny(bc.ix.terms(b), func(t string) bool { return covers[t] || asked[t] }) {
					continue // w's own, or another word of the question's
				}
				k := [2]string{a, b}
				bc.observed[k]++
				if bc.shownBy[k] == nil {
					bc.shownBy[k] = map[string]bool{}
				}
				bc.shownBy[k][slug] = true
			}
		}
	}
}

// askedWords are the question's content words the ranker widens
// (question.kept) of three letters or more, less names: those the corpus
// writes as names and those the question writes capitalised.
func (bc *bridgeCounts) askedWords(question string) []string {
	q := bc.ix.readQuestion(question)
	var out []string
	for _, w := range q.kept {
		if len(w) >= 3 && !q.cased[w] && !bc.ix.names[foldWord(w)] {
			out = append(out, w)
		}
	}
	return out
}

// covers are the terms that make a concept of w covered: its own, its
// forms' and its synonyms'.
func (bc *bridgeCounts) covers(w string) map[string]bool {
	out := bc.ix.terms(w)
	for _, alt := range append(bc.ix.lexicon.Forms(w), bc.ix.lexicon.Synonyms(w)...) {
		maps.Copy(out, bc.ix.terms(alt))
	}
	return out
}

// lemmas are w's WordNet lemmas the analyzer keeps.
func (bc *bridgeCounts) lemmas(w string) []string {
	var out []string
	for _, l := range bc.ix.lexicon.Lemmas(w) {
		stop, ok := bc.stop[l]
		if !ok {
			stop = len(bc.ix.terms(l)) == 0
			bc.stop[l] = stop
		}
		if !stop {
			out = append(out, l)
		}
	}
	return out
}

// paragraphLemmas are the lemmas of the words of three letters or more
// a paragraph writes in lower case and the corpus never writes as names
// (see writtenAs): not "th" of "4th".
func (bc *bridgeCounts) paragraphLemmas(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r := []rune(w); len(r) < 3 || unicode.IsUpper(r[0]) || bc.ix.names[foldWord(w)] {
			continue
		}
		for _, l := range bc.writtenAs(w) {
			out[l] = true
		}
	}
	return out
}

// writtenAs are the lemmas of a paragraph's word w that the ranker finds
// w by, their terms being w's ("killed" for kill): the ranker matches a
// bridge by its terms. Where none is (an irregular form: "fled",
// "stepped" read as steppe), w itself, if WordNet knows it.
func (bc *bridgeCounts) writtenAs(w string) []string {
	terms := bc.ix.terms(w)
	var out []string
	for _, l := range bc.lemmas(w) {
		if maps.Equal(bc.ix.terms(l), terms) {
			out = append(out, l)
		}
	}
	if len(out) == 0 && len(terms) > 0 && wordnet.IsWord(w) {
		out = append(out, w)
	}
	return out
}

// bridgeRow is one learned bridge with the counts behind it.
type bridgeRow struct {
	asked, written      string
	strength            float64
	observed, briefings int
	expected            float64
}

// table keeps the pairs shown by bridgeMinBriefings briefings or more,
// observed so much more often than expected that chance is below
// bridgeMaxP, with strength 1 − expected/observed of at least
// bridgeMinStrength; the bridgePerLemma strongest of each asked lemma,
// in a deterministic order.
func (bc *bridgeCounts) table() []bridgeRow {
	var rows []bridgeRow
	for k, o := range bc.observed {
		if len(bc.shownBy[k]) < bridgeMinBriefings {
			continue
		}
		e := 0.0
		for _, slug := range bc.asked[k[0]] {
			e += bc.share[slug][k[1]]
		}
		s := 1 - e/float64(o)
		if s < bridgeMinStrength || poissonTail(o, e) > bridgeMaxP {
			continue
		}
		rows = append(rows, bridgeRow{k[0], k[1], math.Round(s*1000) / 1000, o, len(bc.shownBy[k]), e})
	}
	slices.SortFunc(rows, func(a, b bridgeRow) int {
		return cmp.Or(cmp.Compare(a.asked, b.asked), cmp.Compare(b.strength, a.strength), cmp.Compare(b.observed, a.observed), cmp.Compare(a.written, b.written))
	})
	var out []bridgeRow
	for i, r := range rows {
		if i < bridgePerLemma || rows[i-bridgePerLemma].asked != r.asked {
			out = append(out, r)
		}
	}
	return out
}

// poissonTail is the chance of o or more events where e are expected.
func poissonTail(o int, e float64) float64 {
	below, term := 0.0, math.Exp(-e)
	for k := 0; k < o; k++ {
		below += term
		term *= e / float64(k+1)
	}
	return max(0, 1-below)
}

// writeBridgeTable writes rows as bridges.txt.
func writeBridgeTable(w io.Writer, rows []bridgeRow, briefings int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Generated by TestLearnBridges (index/bridgelearn_test.go) from the questions of %d briefings. DO NOT EDIT.\n", briefings)
	fmt.Fprintf(&b, "# asked\twritten\tstrength (1 - expected/observed)\tobserved\texpected\tbriefings\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%.3f\t%d\t%.2f\t%d\n", r.asked, r.written, r.strength, r.observed, r.expected, r.briefings)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// holdsGold reports whether text holds one of the gold substrings,
// compared as rankOf compares them.
func holdsGold(text string, gold []string) bool {
	fold := strings.NewReplacer("\u00a0", " ", "‘", "'", "’", "'", "“", `"`, "”", `"`)
	norm := func(s string) string { return strings.Join(strings.Fields(fold.Replace(s)), " ") }
	t := norm(text)
	for _, g := range gold {
		if strings.Contains(t, norm(g)) {
			return true
		}
	}
	return false
}

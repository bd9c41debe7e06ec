package corpus

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus/lang/wordnet"
)

var (
	fitSpans   = flag.Bool("fitspans", false, "fit the span model on the development briefings, cross-validated by briefing, and report")
	writeSpans = flag.Bool("writespans", false, "with -fitspans, also rewrite faction_weights.go")
	spansOn    = flag.String("spansdir", devDir, "with -fitspans, the folder of briefings to fit on")
	spansTest  = flag.String("spanstest", "", "with -fitspans, a folder of briefings to judge with weights fitted on -spansdir less the briefings both hold (a split by time)")
	spansAbl   = flag.Bool("ablatespans", false, "with -fitspans, cross-validate in five folds by briefing with each feature off in turn")
	spansOff   = flag.String("offspans", "", "with -fitspans, comma-separated features held at zero throughout")
	spansOut   = flag.String("spansout", "", "with -spanstest, write the weights fitted for the split to this file")
	spansLeft  = flag.Bool("spansleftover", false, "with -fitspans, fit on the phrases the rules leave over alone: those the model may add")
	spansRules = flag.String("spansrules", "", "with -spanstest, a file of SLUG<TAB>FACTION<TAB>NAME<TAB>FORM lines: what an older tree's rules listed there")
	spansHold  = flag.String("spanshold", "", "with -fitspans, a file of briefing slugs (one a line, or blank-separated) to leave out of the fit: a held-out set")
)

// listed is a faction the rules list: its name and every form.
type listed struct {
	name  string
	forms []string
}

// spanSample is one phrase of one briefing, labelled by the briefing's
// expectations.
type spanSample struct {
	slug, name string
	f          [numSpanFeatures]float64
	positive   bool // names an expected group or an also_ok body
	notGroup   bool // named in not_groups
	leftover   bool // no faction the rules list carries it
	alone      bool // written alone, not only as part of a longer phrase
	parents    []int
}

// fitBriefing is one briefing's samples and what the rules find there.
type fitBriefing struct {
	slug      string
	samples   []spanSample
	groups    []string // expected names (name_has)
	rulesHave []bool   // … whether a listed faction's name holds it
	rulesNeg  int      // listed factions matching no expectation
	listed    []listedLabel
}

// listedLabel is a faction the rules list, labelled.
type listedLabel struct {
	key           string
	positive, not bool
}

// TestFitSpans fits the span model:
//
//	go test ./corpus -run TestFitSpans -v -fitspans [-writespans]
//
// It reports, for thresholds on the model's probability, held-out figures
// from leaving each briefing out in turn: the expected groups a phrase the
// model accepts names (model alone; rules plus the model's leftovers) and
// the phrases accepted that name none.
func TestFitSpans(t *testing.T) {
	if !*fitSpans {
		t.Skip("run with -fitspans (and -writespans to rewrite faction_weights.go)")
	}
	bs := withoutHeld(t, os.Stdout, loadFitBriefings(t, *spansOn, nil), *spansHold)
	held := heldFeatures(*spansOff)
	for k := range bs {
		bs[k].samples = zeroedAll(bs[k].samples, held)
	}
	if *spansAbl {
		ablateSpans(bs)
		return
	}
	if *spansTest != "" {
		reportSplit(t, bs)
		return
	}
	var all []spanSample
	for _, b := range bs {
		all = append(all, b.samples...)
	}
	w := fitLogistic(all, spanLambda)
	for i, name := range spanFeatureNames {
		fmt.Printf("%-16s %+.3f\n", name, w[i])
	}
	reportHeldOut(bs)
	if *writeSpans {
		writeSpanWeights(t, w, "faction_weights.go")
	}
}

// withoutHeld returns bs less the briefings whose slugs the file named
// by hold lists; bs itself when hold is empty. The file is in the
// slug-list format index/internal/fit's -holdout reads too: slugs
// separated by white space, a # starting a comment that runs to the end
// of its line. It says on w how many it
// left out. Fitting without a held-out set keeps that set's figures
// honest.
func withoutHeld(t *testing.T, w io.Writer, bs []fitBriefing, hold string) []fitBriefing {
	if hold == "" {
		return bs
	}
	data, err := os.ReadFile(hold)
	if err != nil {
		t.Fatalf("reading -spanshold: %v", err)
	}
	slugs := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		for _, s := range strings.Fields(line) {
			slugs[s] = true
		}
	}
	n := len(bs)
	out := slices.DeleteFunc(bs, func(b fitBriefing) bool { return slugs[b.slug] })
	// The briefings left out, not the slugs listed: a listed slug that
	// names no briefing here leaves nothing out.
	fmt.Fprintf(w, "left out %d held briefings, fitting on %d\n", n-len(out), len(out))
	return out
}

// spanLambda is the L2 penalty of the fit.
const spanLambda = 1.0

func loadFitBriefings(t *testing.T, dir string, rules map[string][]listed) []fitBriefing {
	paths, err := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []fitBriefing
	for _, p := range paths {
		slug := strings.TrimSuffix(filepath.Base(p), ".expected.json")
		var x struct {
			Groups []struct {
				NameHas string `json:"name_has"`
			} `json:"groups"`
			AlsoOK    []string `json:"also_ok"`
			NotGroups []string `json:"not_groups"`
		}
		data, err := os.ReadFile(p)
		if err == nil {
			err = json.Unmarshal(data, &x)
		}
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Groups) == 0 {
			continue
		}
		fb := fitBriefing{slug: slug}
		for _, g := range x.Groups {
			fb.groups = append(fb.groups, normalize(g.NameHas))
		}
		b := parseIn(t, dir, slug)
		ls, ok := rules[slug]
		if !ok {
			// The rules alone: what the model would add to.
			fs, _ := extractor{disabled: map[string]bool{ruleSpanModel: true}}.run([]*Briefing{b})
			ls = listedOf(fs)
		}
		fb.rulesHave, fb.rulesNeg = rulesCover(ls, fb.groups, x.AlsoOK)
		fb.samples = briefingSamples(b, ls, fb.groups, x.AlsoOK, x.NotGroups)
		for _, f := range ls {
			n := normalize(f.name)
			fb.listed = append(fb.listed, listedLabel{key: nameKey(f.name), positive: labelName(n, fb.groups, x.AlsoOK) || slices.ContainsFunc(fb.groups, func(g string) bool { return strings.Contains(n, g) }),
				not: slices.ContainsFunc(x.NotGroups, func(ng string) bool { return nameKey(ng) == nameKey(f.name) })})
		}
		out = append(out, fb)
	}
	return out
}

// rulesCover says which expected names a listed faction's name holds, and
// counts the listed factions holding none (nor an also_ok name).
func rulesCover(ls []listed, groups, alsoOK []string) ([]bool, int) {
	have := make([]bool, len(groups))
	neg := 0
	for _, f := range ls {
		if !labelName(normalize(f.name), groups, alsoOK) {
			neg++
		}
		for i, g := range groups {
			if strings.Contains(normalize(f.name), g) {
				have[i] = true
			}
		}
	}
	return have, neg
}

// labelName reports whether a normalized name is an expected group's
// name or an also_ok name, give or take two words ("Operation Épervier"
// for "Épervier"); a phrase running further ("T-shirts of the Sandinista
// Youth") is no name.
func labelName(n string, groups, alsoOK []string) bool {
	for _, g := range groups {
		if holdsName(n, g) {
			return true
		}
	}
	for _, ok := range alsoOK {
		if holdsName(n, normalize(ok)) {
			return true
		}
	}
	return false
}

// holdsName reports whether the normalized name n holds want with at
// most two words more.
func holdsName(n, want string) bool {
	return strings.Contains(n, want) && len(strings.Fields(n)) <= len(strings.Fields(want))+2
}

// briefingSamples reads b's phrases and labels them.
func briefingSamples(b *Briefing, ls []listed, groups, alsoOK, notGroups []string) []spanSample {
	spans, sc := briefingSpans(b)
	listed := map[string]bool{}
	for _, f := range ls {
		for _, form := range f.forms {
			listed[nameKey(form)] = true
		}
	}
	nots := map[string]bool{}
	for _, n := range notGroups {
		nots[nameKey(n)] = true
	}
	index := map[*span]int{}
	for i, s := range spans {
		index[s] = i
	}
	var out []spanSample
	for _, s := range spans {
		x := spanSample{slug: b.Slug, name: s.name, f: sc.features(s), alone: s.alone > 0,
			positive: labelName(normalize(s.name), groups, alsoOK), notGroup: nots[s.key], leftover: !listed[s.key]}
		for _, p := range s.parents {
			x.parents = append(x.parents, index[p])
		}
		out = append(out, x)
	}
	return out
}

// listedOf returns the factions fs as listed.
func listedOf(fs []*Faction) []listed {
	var out []listed
	for _, f := range fs {
		out = append(out, listed{f.Name, f.forms()})
	}
	return out
}

// readListed reads a -spansrules file.
func readListed(t *testing.T, name string) map[string][]listed {
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]listed{}
	last := ""
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("%s: want 4 fields: %q", name, line)
		}
		if id := f[0] + "\t" + f[1]; id != last {
			out[f[0]] = append(out[f[0]], listed{name: f[2]})
			last = id
		}
		ls := out[f[0]]
		ls[len(ls)-1].forms = append(ls[len(ls)-1].forms, f[3])
	}
	return out
}

// reportSplit fits on the -spansdir briefings that -spanstest does not
// hold and judges those of -spanstest.
func reportSplit(t *testing.T, train []fitBriefing) {
	var rules map[string][]listed
	if *spansRules != "" {
		rules = readListed(t, *spansRules)
	}
	test := loadFitBriefings(t, *spansTest, rules)
	off := heldFeatures(*spansOff)
	held := map[string]bool{}
	for k, b := range test {
		held[b.slug] = true
		test[k].samples = zeroedAll(b.samples, off)
	}
	var samples []spanSample
	n := 0
	for _, b := range train {
		if !held[b.slug] {
			samples = append(samples, zeroedAll(b.samples, off)...)
			n++
		}
	}
	w := fitLogistic(samples, spanLambda)
	fmt.Printf("fitted on %d briefings, judged on %d\n", n, len(test))
	if *spansOut != "" {
		writeSpanWeights(t, w, *spansOut)
	}
	if testing.Verbose() {
		listSplit(test, &w)
	}
	for _, th := range []float64{0.3, 0.5, 0.7, 0.8, 0.9} {
		var s heldOut
		for _, b := range test {
			s.add(judgeHeldOut(b, &w, th))
		}
		fmt.Printf("p>=%.2f  %d  rules %d  model %d  union %d  model-neg %d (%d)  added-neg %d (%d)  rules-neg %d\n",
			th, s.groups, s.rules, s.model, s.union, s.modelNeg, s.modelNot, s.addedNeg, s.addedNot, s.rulesNeg)
	}
	for _, th := range []float64{0.05, 0.1, 0.2, 0.3} {
		var pos, not, other int
		for _, b := range test {
			a, n, o := vetoStats(b, &w, th)
			pos, not, other = pos+a, not+n, other+o
		}
		fmt.Printf("veto p<%.2f: expected %d, not_groups %d, other %d\n", th, pos, not, other)
	}
}

// briefingSpans reads b's phrases with the context the model needs.
func briefingSpans(b *Briefing) ([]*span, spanContext) {
	paras := make([]*para, len(b.Paragraphs))
	refs := make([]Ref, len(b.Paragraphs))
	for i, p := range b.Paragraphs {
		paras[i], refs[i] = newPara(p.Text), b.Ref(p.Number)
	}
	midCaps, _ := midSentenceCaps(paras, true)
	raw, _ := rawCandidates(b)
	sc := spanContext{acronyms: map[string]bool{}, cands: candidateKeys(raw), lex: wordnet.Load()}
	for _, p := range paras {
		p.midCaps = midCaps
		for _, d := range p.acronyms() {
			sc.acronyms[nameKey(d.Short)], sc.acronyms[nameKey(stripArticle(d.Long))] = true, true
		}
	}
	return proposeSpans(paras, refs), sc
}

// fitLogistic fits L2-penalised logistic regression by Newton's method.
func fitLogistic(samples []spanSample, lambda float64) [numSpanFeatures]float64 {
	if *spansLeft {
		samples = leftoverSamples(samples)
	}
	var w [numSpanFeatures]float64
	const n = numSpanFeatures
	for iter := 0; iter < 25; iter++ {
		var g [n]float64
		var h [n][n]float64
		for _, s := range samples {
			p := 1 / (1 + math.Exp(-spanScore(&w, s.f)))
			y := 0.0
			if s.positive {
				y = 1
			}
			var room [n]int
			nz := nonZero(room[:0], &s.f)
			for _, i := range nz {
				g[i] += (p - y) * s.f[i]
				for _, j := range nz {
					h[i][j] += p * (1 - p) * s.f[i] * s.f[j]
				}
			}
		}
		for i := 1; i < n; i++ {
			g[i] += lambda * w[i]
			h[i][i] += lambda
		}
		h[0][0] += 1e-6
		step := solve(h, g)
		for i := range w {
			w[i] -= step[i]
		}
	}
	return w
}

// nonZero appends to buf the indices of f's features that are not zero.
// Most features of a phrase are zero, and adding zero changes no sum of
// the fit, so visiting the others alone gives the same weights, some
// five times faster.
func nonZero(buf []int, f *[numSpanFeatures]float64) []int {
	for i, v := range f {
		if v != 0 {
			buf = append(buf, i)
		}
	}
	return buf
}

// leftoverSamples returns the samples no faction the rules list
// carries: the phrases the model may add, which are what it must judge.
func leftoverSamples(samples []spanSample) []spanSample {
	var out []spanSample
	for _, s := range samples {
		if s.leftover {
			out = append(out, s)
		}
	}
	return out
}

// solve solves h·x = g by Gaussian elimination with partial pivoting.
func solve(h [numSpanFeatures][numSpanFeatures]float64, g [numSpanFeatures]float64) [numSpanFeatures]float64 {
	const n = numSpanFeatures
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p], g[c], g[p] = h[p], h[c], g[p], g[c]
		for r := c + 1; r < n; r++ {
			k := h[r][c] / h[c][c]
			for j := c; j < n; j++ {
				h[r][j] -= k * h[c][j]
			}
			g[r] -= k * g[c]
		}
	}
	var x [n]float64
	for r := n - 1; r >= 0; r-- {
		s := g[r]
		for j := r + 1; j < n; j++ {
			s -= h[r][j] * x[j]
		}
		x[r] = s / h[r][r]
	}
	return x
}

// heldOut is what leaving briefings out shows at one threshold.
type heldOut struct {
	groups, rules, model, union int // expected groups; found by the rules, the model alone, both
	modelNeg, modelNot          int // phrases the model accepts naming no expected body; … named in not_groups
	addedNeg, addedNot          int // … of them left over by the rules
	rulesNeg                    int
}

// reportHeldOut fits on every briefing but one and judges that one.
func reportHeldOut(bs []fitBriefing) {
	thresholds := []float64{0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9}
	sums := make([]heldOut, len(thresholds))
	vetoes := []float64{0.05, 0.1, 0.2, 0.3}
	vsum := make([][3]int, len(vetoes))
	for k, b := range bs {
		var train []spanSample
		for j, o := range bs {
			if j != k {
				train = append(train, o.samples...)
			}
		}
		w := fitLogistic(train, spanLambda)
		for ti, th := range thresholds {
			sums[ti].add(judgeHeldOut(b, &w, th))
		}
		if testing.Verbose() {
			h := judgeHeldOut(b, &w, spanThreshold)
			fmt.Printf("fold %-34s p>=%.1f groups %2d rules %2d model %2d union %2d model-neg %2d (%d) added-neg %d (%d)\n",
				b.slug, spanThreshold, h.groups, h.rules, h.model, h.union, h.modelNeg, h.modelNot, h.addedNeg, h.addedNot)
		}
		for vi, th := range vetoes {
			a, n, o := vetoStats(b, &w, th)
			vsum[vi][0], vsum[vi][1], vsum[vi][2] = vsum[vi][0]+a, vsum[vi][1]+n, vsum[vi][2]+o
		}
	}
	for vi, th := range vetoes {
		fmt.Printf("veto p<%.2f: expected %d, not_groups %d, other %d\n", th, vsum[vi][0], vsum[vi][1], vsum[vi][2])
	}
	fmt.Printf("held out by briefing (%d briefings): threshold, groups, rules found, model found, rules+model found, model false names (not_groups), added by the model beyond the rules (not_groups), rules' unexpected\n", len(bs))
	for ti, th := range thresholds {
		s := sums[ti]
		fmt.Printf("p>=%.2f  %d  rules %d  model %d  union %d  model-neg %d (%d)  added-neg %d (%d)  rules-neg %d\n",
			th, s.groups, s.rules, s.model, s.union, s.modelNeg, s.modelNot, s.addedNeg, s.addedNot, s.rulesNeg)
	}
}

func (h *heldOut) add(o heldOut) {
	h.groups += o.groups
	h.rules += o.rules
	h.model += o.model
	h.union += o.union
	h.modelNeg += o.modelNeg
	h.modelNot += o.modelNot
	h.addedNeg += o.addedNeg
	h.addedNot += o.addedNot
	h.rulesNeg += o.rulesNeg
}

// judgeHeldOut scores one briefing's phrases with weights fitted without it.
func judgeHeldOut(b fitBriefing, w *[numSpanFeatures]float64, th float64) heldOut {
	h := heldOut{groups: len(b.groups), rulesNeg: b.rulesNeg}
	model := make([]bool, len(b.groups))
	added := make([]bool, len(b.groups))
	for _, s := range acceptSamples(b.samples, w, th) {
		if !s.positive {
			h.modelNeg++
			if s.notGroup {
				h.modelNot++
			}
			if s.leftover {
				h.addedNeg++
				if s.notGroup {
					h.addedNot++
				}
			}
		}
		n := normalize(s.name)
		for i, g := range b.groups {
			if holdsName(n, g) {
				model[i] = true
				added[i] = added[i] || s.leftover
			}
		}
	}
	for i := range b.groups {
		if b.rulesHave[i] {
			h.rules++
		}
		if model[i] {
			h.model++
		}
		if b.rulesHave[i] || added[i] {
			h.union++
		}
	}
	return h
}

// acceptSamples is spanContext.accepted for samples.
func acceptSamples(samples []spanSample, w *[numSpanFeatures]float64, th float64) []spanSample {
	ok := make([]bool, len(samples))
	for i, s := range samples {
		ok[i] = 1/(1+math.Exp(-spanScore(w, s.f))) >= th
	}
	var out []spanSample
	for i, s := range samples {
		if !ok[i] {
			continue
		}
		keep := s.alone
		for _, p := range s.parents {
			keep = keep || !ok[p]
		}
		if keep {
			out = append(out, s)
		}
	}
	return out
}

// writeSpanWeights writes w as faction_weights.go.
func writeSpanWeights(t *testing.T, w [numSpanFeatures]float64, file string) {
	var buf bytes.Buffer
	cmd := "go test ./corpus -run TestFitSpans -fitspans -writespans"
	if *spansHold != "" {
		cmd += " -spanshold " + filepath.Base(*spansHold) // the held-out set, by its file's name
	}
	fmt.Fprintf(&buf, "// Code generated by TestFitSpans (%s); DO NOT EDIT.\n\n", cmd)
	buf.WriteString("package corpus\n\n")
	buf.WriteString("// spanWeights are the span model's weights, fitted on the development\n// briefings' expected factions; see faction_model.go.\n")
	buf.WriteString("var spanWeights = [numSpanFeatures]float64{\n")
	names := append([]string(nil), spanFeatureNames[:]...)
	_ = sort.StringsAreSorted(names)
	for i, v := range w {
		fmt.Fprintf(&buf, "\t%.4f, // %s\n", v, spanFeatureNames[i])
	}
	buf.WriteString("}\n")
	src, err := format.Source(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// listSplit prints the judged phrases a threshold of 0.3 accepts, and the
// expected names no accepted phrase holds.
func listSplit(test []fitBriefing, w *[numSpanFeatures]float64) {
	for _, b := range test {
		got := make([]bool, len(b.groups))
		for _, s := range acceptSamples(b.samples, w, 0.3) {
			p := 1 / (1 + math.Exp(-spanScore(w, s.f)))
			n := normalize(s.name)
			for i, g := range b.groups {
				if holdsName(n, g) {
					got[i] = true
				}
			}
			{
				fmt.Printf("  %-30s %.2f pos=%v not=%v left=%v %q\n", b.slug, p, s.positive, s.notGroup, s.leftover, s.name)
			}
		}
		for i, g := range b.groups {
			if !got[i] {
				fmt.Printf("  %-30s MISS rules=%v %q\n", b.slug, b.rulesHave[i], g)
			}
		}
	}
}

// vetoStats counts, over briefings judged with weights w, the listed
// factions whose phrase the model gives a probability below th: expected
// ones, not_groups ones, and the rest.
func vetoStats(b fitBriefing, w *[numSpanFeatures]float64, th float64) (pos, not, other int) {
	p := map[string]float64{}
	for _, s := range b.samples {
		p[nameKey(s.name)] = 1 / (1 + math.Exp(-spanScore(w, s.f)))
	}
	for _, l := range b.listed {
		q, ok := p[l.key]
		if !ok || q >= th {
			continue
		}
		switch {
		case l.positive:
			pos++
		case l.not:
			not++
		default:
			other++
		}
	}
	return pos, not, other
}

// ablateSpans reports, for the full model and with each feature held at
// zero, what five folds by briefing find at thresholds 0.5 and 0.8.
func ablateSpans(bs []fitBriefing) {
	fmt.Println("feature off: model found / phrases naming none, at p>=0.5 and p>=0.8; rules+model found at 0.8 and the phrases it adds beyond the rules naming none (five folds by briefing)")
	held := heldFeatures(*spansOff)
	for off := 0; off < numSpanFeatures; off++ {
		if off > 0 && held[off] {
			continue
		}
		var at5, at8 heldOut
		for fold := 0; fold < 5; fold++ {
			var train []spanSample
			for k, b := range bs {
				if k%5 != fold {
					train = append(train, zeroed(zeroedAll(b.samples, held), off)...)
				}
			}
			w := fitLogistic(train, spanLambda)
			for k, b := range bs {
				if k%5 == fold {
					b.samples = zeroed(zeroedAll(b.samples, held), off)
					at5.add(judgeHeldOut(b, &w, 0.5))
					at8.add(judgeHeldOut(b, &w, 0.8))
				}
			}
		}
		name := "(none)"
		if off > 0 {
			name = spanFeatureNames[off]
		}
		fmt.Printf("%-16s %d / %d   %d / %d   union %d added-neg %d\n", name, at5.model, at5.modelNeg, at8.model, at8.modelNeg, at8.union, at8.addedNeg)
	}
}

// zeroed returns a copy of samples with feature i at zero (none for i 0).
func zeroed(samples []spanSample, i int) []spanSample {
	out := make([]spanSample, len(samples))
	copy(out, samples)
	if i == 0 {
		return out
	}
	for k := range out {
		out[k].f[i] = 0
	}
	return out
}

// heldFeatures reads a comma-separated list of feature names.
func heldFeatures(list string) map[int]bool {
	out := map[int]bool{}
	for _, name := range strings.Split(list, ",") {
		for i, n := range spanFeatureNames {
			if n == strings.TrimSpace(name) {
				out[i] = true
			}
		}
	}
	return out
}

// zeroedAll returns samples with every feature of held at zero.
func zeroedAll(samples []spanSample, held map[int]bool) []spanSample {
	for i := range held {
		samples = zeroed(samples, i)
	}
	return samples
}

// TestWithoutHeld: -spanshold leaves the listed briefings out of the fit,
// whatever separates their slugs, a comment's words are no slugs, and an
// empty flag leaves every one in.
func TestWithoutHeld(t *testing.T) {
	hold := filepath.Join(t.TempDir(), "check.slugs")
	if err := os.WriteFile(hold, []byte("# held out: a c\nb\nd e # not c\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A listed slug that names no briefing is no briefing left out.
	stray := filepath.Join(t.TempDir(), "check.slugs")
	if err := os.WriteFile(stray, []byte("b\nz\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, hold string
		want       []string
		log        string
	}{
		{"no file", "", []string{"a", "b", "c", "d", "e"}, ""},
		{"slugs by line and by blank", hold, []string{"a", "c"}, "left out 3 held briefings, fitting on 2\n"},
		{"a slug of no briefing", stray, []string{"a", "c", "d", "e"}, "left out 1 held briefings, fitting on 4\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var bs []fitBriefing
			for _, s := range []string{"a", "b", "c", "d", "e"} {
				bs = append(bs, fitBriefing{slug: s})
			}
			var log bytes.Buffer
			var got []string
			for _, b := range withoutHeld(t, &log, bs, c.hold) {
				got = append(got, b.slug)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("kept %v, want %v", got, c.want)
			}
			if log.String() != c.log {
				t.Errorf("said %q, want %q", log.String(), c.log)
			}
		})
	}
}

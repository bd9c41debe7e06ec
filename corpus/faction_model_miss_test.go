package corpus

import (
	"flag"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
)

// spansMiss, when set (go test ./corpus -run TestSpanMisses -v -spansmiss
// DIR), names a folder of briefings whose expected groups the rules
// (without the span model) miss; TestSpanMisses fits the model in five
// folds by briefing and says, for each such group, whether any phrase
// holds it and, if so, the best one's probability and the features that
// pull it down. An instrument, like TestTraceFactions.
var spansMiss = flag.String("spansmiss", "", "folder of briefings whose rule-missed groups to explain by the span model (five folds by briefing)")

func TestSpanMisses(t *testing.T) {
	if *spansMiss == "" {
		t.Skip("no -spansmiss folder")
	}
	bs := loadFitBriefings(t, *spansMiss, nil)
	classes := map[string]int{}
	pulls := map[string]float64{}
	for fold := 0; fold < 5; fold++ {
		var train []spanSample
		for k, b := range bs {
			if k%5 != fold {
				train = append(train, b.samples...)
			}
		}
		w := fitLogistic(train, spanLambda)
		for k, b := range bs {
			if k%5 != fold {
				continue
			}
			for _, a := range acceptSamples(b.samples, &w, 0.5) {
				if !a.positive && a.leftover {
					fmt.Printf("FALSE      %-36s %.2f %q %s\n", b.slug, 1/(1+math.Exp(-spanScore(&w, a.f))), a.name, featureList(a.f, &w))
				}
			}
			for i, g := range b.groups {
				if b.rulesHave[i] {
					continue
				}
				class, line := explainMiss(b, g, &w, pulls)
				classes[class]++
				fmt.Printf("%-10s %-36s %-36q %s\n", class, b.slug, g, line)
			}
		}
	}
	var keys []string
	for k := range classes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("TOTAL %-10s %d\n", k, classes[k])
	}
	var names []string
	for k := range pulls {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return pulls[names[i]] < pulls[names[j]] })
	for _, n := range names {
		fmt.Printf("PULL %-16s %+.1f\n", n, pulls[n])
	}
}

// explainMiss classes one expected group g the rules miss: "no-span" (no
// phrase holds it), "accepted" (a phrase holding it is accepted at
// spanThreshold), "below" (the best one is not), with the best phrase's
// probability and its features' contributions; pulls sums the negative
// contributions of the "below" class by feature.
func explainMiss(b fitBriefing, g string, w *[numSpanFeatures]float64, pulls map[string]float64) (string, string) {
	best, bp := -1, -1.0
	for k, s := range b.samples {
		if !holdsName(normalize(s.name), g) {
			continue
		}
		if p := 1 / (1 + math.Exp(-spanScore(w, s.f))); p > bp {
			best, bp = k, p
		}
	}
	if best < 0 {
		return "no-span", ""
	}
	s := b.samples[best]
	class := "below"
	for _, a := range acceptSamples(b.samples, w, spanThreshold) {
		if holdsName(normalize(a.name), g) {
			class = "accepted"
		}
	}
	if class == "below" {
		for i, v := range s.f {
			if c := w[i] * v; c < 0 && i != featBias {
				pulls[spanFeatureNames[i]] += c
			}
		}
	}
	return class, fmt.Sprintf("%.2f %q %s", bp, s.name, featureList(s.f, w))
}

// featureList names the features f holds with their contributions by w.
func featureList(f [numSpanFeatures]float64, w *[numSpanFeatures]float64) string {
	var parts []string
	for i, v := range f {
		if v != 0 && i != featBias {
			parts = append(parts, fmt.Sprintf("%s%+.1f", spanFeatureNames[i], w[i]*v))
		}
	}
	return strings.Join(parts, " ")
}

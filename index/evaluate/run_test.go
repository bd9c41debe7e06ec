package evaluate

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// Run on a tiny folder: every engine is scored, the baseline appears when
// asked for, the table shows the misses with what the engine got, and the
// JSON carries the derived figures.
func TestRunTiny(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"tiny.md":              tinyBriefing,
		"tiny.questions.jsonl": "{\"q\": \"who took gao\", \"gold\": [\"seized Gao\"]}\n{\"q\": \"zanzibar pirates\", \"gold\": [\"Algiers\"]}\n",
		"tiny.expected.json": `{"style": "primer",
			"groups": [{"query": "nlf", "name_has": "Liberation Front", "acronym": "NLF", "summary_has": "rebel alliance"}],
			"events": [{"text_has": "seized Gao", "date": "2012-01-10"}]}`,
	})
	for _, wide := range []bool{false, true} {
		rep, err := Run(context.Background(), dir, Options{Baseline: true, CorpusWide: wide})
		if err != nil {
			t.Fatal(err)
		}
		o := rep.Overall
		if o.Ranking.Questions != 2 || o.Ranking.Hit1 != 1 || o.Baseline == nil || o.Baseline.Questions != 2 {
			t.Errorf("wide %v: ranking %+v baseline %+v", wide, o.Ranking, o.Baseline)
		}
		if o.Factions.Expected != 1 || o.Factions.Found != 1 || o.Factions.AcronymsRight != 1 {
			t.Errorf("wide %v: factions %+v", wide, o.Factions)
		}
		// The briefing is dated 2013: "10 January" is 2013-01-10, so an
		// expectation of 2012 is misdated, and shown with the date got.
		if o.Events.Expected != 1 || o.Events.Misdated != 1 || len(o.Events.Misses) != 1 || strings.Join(o.Events.Misses[0].Got, ",") != "2013-01-10" {
			t.Errorf("wide %v: events %+v", wide, o.Events)
		}
		if len(rep.Styles) != 1 || rep.Styles[0].Style != "primer" {
			t.Errorf("styles %+v", rep.Styles)
		}
	}
	rep, err := Run(context.Background(), dir, Options{Baseline: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteTable(&buf, rep, Verbose); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"RANKING", "base Hit@1", "FACTIONS", "EVENTS", "style primer", "overall",
		`"zanzibar pirates"`, "want 2012-01-10", "got 2013-01-10", "baseline ranking misses"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, buf.String())
		}
	}
	checkDetail(t, rep)
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"hit_at_1":0.5`, `"baseline":{`, `"misdated":1`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("JSON lacks %s: %s", want, js)
		}
	}
}

// checkDetail holds each detail level to what it shows: Figures never shows
// a miss (a sealed split is scored that way), Misses shows briefbot's, and
// only Verbose shows the baseline's.
func checkDetail(t *testing.T, rep *Report) {
	t.Helper()
	for _, c := range []struct {
		detail      Detail
		shown, kept []string
	}{
		{Figures, []string{"RANKING", "EVENTS", "overall"}, []string{"misses", "want 2012-01-10", `"zanzibar pirates"`}},
		{Misses, []string{"event misses", "want 2012-01-10"}, []string{"baseline ranking misses"}},
		{Verbose, []string{"want 2012-01-10", "baseline ranking misses"}, nil},
	} {
		var buf bytes.Buffer
		if err := WriteTable(&buf, rep, c.detail); err != nil {
			t.Fatal(err)
		}
		for _, want := range c.shown {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("detail %d: table lacks %q", c.detail, want)
			}
		}
		for _, not := range c.kept {
			if strings.Contains(buf.String(), not) {
				t.Errorf("detail %d: table shows %q", c.detail, not)
			}
		}
	}
}

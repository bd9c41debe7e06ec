package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/corpus"
)

func TestGroupCommand(t *testing.T) {
	dir := t.TempDir()
	brief := "---\ntitle: Test Brief\n---\n# Test Brief\n\n" +
		"The Lord's Resistance Army (LRA) is a rebel group led by Joseph Kony.\n\n" +
		"The LRA crossed into Congo in 2008. President Museveni said so.\n"
	if err := os.WriteFile(filepath.Join(dir, "test.md"), []byte(brief), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		wantErr error
		want    []string // substrings of stdout
		errHas  string
	}{
		{"text", []string{"group", "mnla"}, nil, []string{"National Movement for the Liberation of Azawad (MNLA)", "secular rebel group", "› ¶11", "Also described in", "Also mentioned in"}, ""},
		{"json two names", []string{"group", "--json", "mnla,", "aqim"}, nil, []string{`"name":"National Movement for the Liberation of Azawad"`, `"name":"Al-Qaeda in the Islamic Maghreb"`, `"events":[]`, `"passages":[`}, ""},
		{"typo in own corpus", []string{"group", "--corpus", dir, "Lords Resistance Army"}, nil, []string{"Lord's Resistance Army (LRA)", "Test Brief › ¶1", "Test Brief › ¶2"}, ""},
		{"unknown", []string{"group", "mnlaxx zz"}, corpus.ErrUnknownFaction, nil, ""},
		// "ansur dinnerx" now reaches Ansar Dine outright (the look-up's
		// partial reading: one edit, a prefix); "anzur" is two edits away.
		{"unknown with suggestion", []string{"group", "anzur dinnerx"}, corpus.ErrUnknownFaction, nil, "Ansar Dine"},
		{"no name", []string{"group"}, errUsage, nil, ""},
		{"groups text", []string{"groups"}, nil, []string{"Ansar Dine", "(MOJWA)"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCLI(t, tt.args...)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				if tt.errHas != "" && !strings.Contains(err.Error(), tt.errHas) {
					t.Errorf("err %q lacks %q", err, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestGroupText checks what a newcomer reads: unquoted words are one
// name, an ambiguous name lists the candidates, "did you mean" offers only
// close names, mentions quote the sentence naming the group, aliases that
// differ only in case are merged, and lines fit COLUMNS.
func TestGroupText(t *testing.T) {
	dir := t.TempDir()
	brief := "---\ntitle: Test Brief\ngroups:\n  - name: Lord's Resistance Army\n    acronym: LRA\n    aliases: [lord's resistance army, The Resistance]\n---\n" +
		"The Lord's Resistance Army (LRA) is a rebel group led by Joseph Kony.\n\n"
	writeFile(t, filepath.Join(dir, "test.md"), brief)
	tests := []struct {
		name    string
		args    []string
		exit    int
		want    []string // substrings of stdout, or of the error when exit > 0
		notWant []string
	}{
		{name: "unquoted words are one name", args: []string{"Ansar", "Dine"},
			want: []string{"Ansar Dine\nAlso known as: Ansar Eddine, Ansar Din\n"}, notWant: []string{"Did you mean", "Ansar al-Shariah"}},
		{name: "mentions quote the naming sentence", args: []string{"Ansar", "Dine"},
			want:    []string{"  • Crisis in Mali 101 › ¶14\n    Ansar Dine recruited members of this cell"},
			notWant: []string{"¶14\n    Al-Qaeda in the Islamic Maghreb (AQIM) is seeking"}},
		{name: "an ambiguous prefix lists the candidates", args: []string{"an"}, exit: 1,
			want: []string{"matches several groups", "Ansar Dine", "Ansar al-Shariah"}},
		{name: "a near misspelling is taken", args: []string{"ansur", "dinnerx"}, want: []string{"Ansar Dine\n"}},
		{name: "a farther misspelling is offered", args: []string{"anzur", "dinnerx"}, exit: 1, want: []string{"did you mean Ansar Dine?"}},
		{name: "an unrelated name points to groups", args: []string{"hezbollah"}, exit: 1,
			want: []string{`briefbot groups`}, notWant: []string{"did you mean"}},
		{name: "case-only aliases merge", args: []string{"--corpus", dir, "LRA"},
			want: []string{"Also known as: The Resistance\n"}, notWant: []string{"lord's resistance army"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCLIEnv(t, map[string]string{"COLUMNS": "80"}, append([]string{"group"}, tt.args...)...)
			got := out
			if tt.exit > 0 {
				if err == nil || exitCode(err) != tt.exit {
					t.Fatalf("err = %v, want exit %d", err, tt.exit)
				}
				got = err.Error()
			} else if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("has %q:\n%s", w, got)
				}
			}
			if n := strings.Count(out, "\nAlso known as"); n > 1 {
				t.Errorf("%d entries printed:\n%s", n, out)
			}
			for i, w := range visibleWidths(out) {
				if w > 80 {
					t.Errorf("line %d is %d columns", i+1, w)
				}
			}
		})
	}
}

func TestGroupsMergesCaseOnlyAliases(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "test.md"), "---\ntitle: Test Brief\ngroups:\n  - name: Harbour Guard\n    aliases: [harbour guard, HARBOUR GUARD, The Watch]\n---\n"+
		"The Harbour Guard is a militia that patrols the docks of Port Elan.\n")
	out, _, err := runCLI(t, "groups", "--corpus", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Harbour Guard — also The Watch\n") {
		t.Errorf("groups:\n%s", out)
	}
}

func TestGroupJSONShape(t *testing.T) {
	out, _, err := runCLI(t, "group", "--json", "al mulathameen")
	if err != nil {
		t.Fatal(err)
	}
	var g map[string]any
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	for _, k := range []string{"name", "acronym", "aliases", "summary", "citation", "mentions", "events"} {
		if _, ok := g[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	if g["aliases"] == nil || g["events"] == nil || g["mentions"] == nil {
		t.Errorf("null list in %s", out)
	}
	if !strings.Contains(g["summary"].(string), "In Amenas") {
		t.Errorf("summary = %v", g["summary"])
	}
}

func TestGroupsJSON(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../corpus/testdata/eval/dev/somalia-101.md")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "somalia-101.md"), string(data))
	out, _, err := runCLI(t, "groups", "--json", "--corpus", dir)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Groups []struct {
			Name    string   `json:"name"`
			Acronym string   `json:"acronym"`
			Aliases []string `json:"aliases"`
		} `json:"groups"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, g := range got.Groups {
		if g.Aliases == nil {
			t.Errorf("%s: null aliases", g.Name)
		}
		if g.Acronym == "AMISOM" {
			found = true
		}
	}
	if !found {
		t.Errorf("AMISOM missing from %s", out)
	}
}

// TestGroupsFromIndexDir: with --index-dir, group, groups and timeline
// read the extraction stored with the index (restored, mentions built on
// demand) and print exactly what a fresh extraction prints, on the first
// run, which builds the index, and on the next, which reopens it.
func TestGroupsFromIndexDir(t *testing.T) {
	indexDir := filepath.Join(t.TempDir(), "index")
	commands := [][]string{
		{"group", "--json", "mnla,", "aqim,", "ansar dine"},
		{"group", "mnla"},
		{"groups", "--json"},
		{"timeline", "--json"},
	}
	for _, args := range commands {
		want, _, err := runCLI(t, args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		for _, run := range []string{"first", "reopened"} {
			got, _, err := runCLI(t, append(args, "--index-dir", indexDir)...)
			if err != nil {
				t.Fatalf("%v %s: %v", args, run, err)
			}
			if got != want {
				t.Errorf("%v, %s --index-dir:\n%s\nwant\n%s", args, run, got, want)
			}
		}
	}
	if _, err := os.Stat(indexDir); err != nil {
		t.Errorf("no index kept: %v", err)
	}
}

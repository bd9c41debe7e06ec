package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// runCLI runs briefbot with args and no environment.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	return runCLIEnv(t, nil, args...)
}

// runCLIEnv runs briefbot with args and the environment vars.
func runCLIEnv(t *testing.T, vars map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errs bytes.Buffer
	err = run(context.Background(), args, func(k string) string { return vars[k] }, &out, &errs)
	return out.String(), errs.String(), err
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	questions := filepath.Join(dir, "q.jsonl")
	writeFile(t, questions, `{"q": "Who formed the Islamic Movement for the Azawad?", "gold": ["Alghabass Ag Intalla formed"]}`+"\n")
	evalDir := filepath.Join(dir, "evalset")
	os.MkdirAll(evalDir, 0o755)
	writeFile(t, filepath.Join(evalDir, "tiny.md"), "---\ntitle: Tiny\ndate: 2013-02-01\n---\n\nThe Northern Liberation Front (NLF) is a rebel alliance. It seized Gao on 10 January.\n")
	writeFile(t, filepath.Join(evalDir, "tiny.questions.jsonl"), `{"q": "who took gao", "gold": ["seized Gao"]}`+"\n")
	writeFile(t, filepath.Join(evalDir, "tiny.expected.json"), `{"style": "primer", "events": [{"text_has": "seized Gao", "date": "2013-01-10"}]}`)
	tree := filepath.Join(dir, "tree")
	if err := os.MkdirAll(filepath.Join(tree, "coast"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(tree, "empty.md"), "")
	writeFile(t, filepath.Join(tree, "coast", "harbour-101.md"), "---\ntitle: \"Harbour 101: The Port Strike\"\nshort_title: Harbour 101\n---\n\n"+
		"The dockers of Port Elan stopped work on 3 March over unpaid wages.\n\nThe harbour board offered a settlement a week later.\n")
	badQuestions := filepath.Join(dir, "bad.jsonl")
	writeFile(t, badQuestions, "{\"q\": \"x\", \"gold\": [\"y\"]}\n{not json\n")
	tests := []struct {
		name     string
		args     []string
		wantErr  bool
		exit     int
		stdout   []string // substrings
		stderr   []string
		notInOut []string
	}{
		{name: "ask answers from the embedded briefing", args: []string{"ask", "Who formed the Islamic Movement for the Azawad?"},
			stdout: []string{"1. Crisis in Mali 101 › ¶4\n", "Alghabass Ag\n   Intalla formed"}},
		{name: "ask says when the answer is missing", args: []string{"ask", "-k", "1", "Who leads Ansar Dine?"},
			stdout: []string{"The briefings don't answer", "Ansar Dine?\"; here is what they say", "1. Crisis in Mali 101 › ¶13\n"}},
		{name: "ask -k", args: []string{"ask", "-k", "1", "Battle", "of", "Gao"}, stdout: []string{"1. "}, notInOut: []string{"\n2. "}},
		{name: "flags after the question", args: []string{"ask", "Battle", "of", "Gao", "-k", "1", "--json"}, stdout: []string{`"rank": 1`}, notInOut: []string{`"rank": 2`}},
		{name: "a question that looks like a flag, after --", args: []string{"ask", "-k", "1", "--", "-French", "Serval"}, stdout: []string{"Serval"}},
		{name: "help", args: []string{"help"}, stdout: []string{"ask", "eval", "index", "serve", "register"}},
		{name: "help for a command", args: []string{"help", "ask"}, stdout: []string{"usage: briefbot ask", "Flags:", "-k int", "-full", "-verbose"}},
		{name: "help for an unknown command", args: []string{"help", "nosuch"}, wantErr: true, exit: 2, stderr: []string{`unknown command "nosuch"`}},
		{name: "help for two commands", args: []string{"help", "ask", "group"}, wantErr: true, exit: 2},
		{name: "a corpus with an empty file and a subfolder", args: []string{"ask", "--corpus", tree, "dockers", "Port", "Elan"},
			stdout: []string{"1. Harbour 101 › ¶1\n"}, stderr: []string{"warning: " + filepath.Join(tree, "empty.md") + ": skipped"}},
		{name: "no command", args: nil, wantErr: true, exit: 2, stderr: []string{"Commands:"}},
		{name: "unknown command", args: []string{"frobnicate"}, wantErr: true, exit: 2, stderr: []string{`unknown command "frobnicate"`}},
		{name: "ask without a question", args: []string{"ask"}, wantErr: true, exit: 2},
		{name: "ask bad k", args: []string{"ask", "-k", "0", "x"}, wantErr: true, exit: 2},
		{name: "ask unknown flag", args: []string{"ask", "--frob", "x"}, wantErr: true, exit: 2},
		{name: "ask nothing searchable", args: []string{"ask", "who", "what?"}, wantErr: true, exit: 1},
		{name: "missing corpus", args: []string{"ask", "--corpus", filepath.Join(dir, "nope"), "x"}, wantErr: true, exit: 1},
		{name: "question too long", args: []string{"ask", strings.Repeat("x", 501)}, wantErr: true, exit: 2},
		{name: "serve: a bad rate is a usage error", args: []string{"serve", "--user-rate", "lots"}, wantErr: true, exit: 2},
		{name: "serve: a bad log level is a usage error", args: []string{"serve", "--log-level", "loud"}, wantErr: true, exit: 2},
		{name: "serve: --watch without --corpus is a usage error", args: []string{"serve", "--watch"}, wantErr: true, exit: 2},
		{name: "serve with nothing to serve is not a usage error", args: []string{"serve"}, wantErr: true, exit: 1},
		{name: "groups takes no names", args: []string{"groups", "MNLA"}, wantErr: true, exit: 2},
		{name: "eval", args: []string{"eval", questions}, stdout: []string{"questions 1  Hit@1 1.000  Hit@3 1.000  MRR 1.000"}},
		{name: "eval a folder with the baseline", args: []string{"eval", "--baseline", evalDir}, stdout: []string{"RANKING", "base Hit@1", "FACTIONS", "EVENTS", "1/1 100%"}},
		{name: "eval a folder, figures alone", args: []string{"eval", "--figures", "-v", evalDir}, stdout: []string{"RANKING", "EVENTS"}, notInOut: []string{"misses"}},
		{name: "eval a folder as JSON", args: []string{"eval", "--json", "--corpus-wide", evalDir}, stdout: []string{`"corpus_wide": true`, `"hit_at_1": 1`}},
		{name: "eval a missing folder", args: []string{"eval", filepath.Join(dir, "nope")}, wantErr: true, exit: 1},
		{name: "eval names the bad line", args: []string{"eval", badQuestions}, wantErr: true, exit: 1},
		{name: "index needs a folder", args: []string{"index"}, wantErr: true, exit: 2},
		{name: "index builds", args: []string{"index", "--index-dir", filepath.Join(dir, "idx")}, stdout: []string{"built", "30 paragraphs", "stages: read"}},
		{name: "index reuses", args: []string{"index", "--index-dir", filepath.Join(dir, "idx")}, stdout: []string{"unchanged, reused"}},
		{name: "ask on the persisted index", args: []string{"ask", "--index-dir", filepath.Join(dir, "idx"), "In Amenas"}, stdout: []string{"Amenas"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, err := runCLI(t, tt.args...)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v\nstderr: %s", err, tt.wantErr, errs)
			}
			if err != nil && exitCode(err) != tt.exit {
				t.Errorf("exit code %d, want %d (%v)", exitCode(err), tt.exit, err)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.notInOut {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errs)
				}
			}
		})
	}
	t.Run("eval error names file and line", func(t *testing.T) {
		_, _, err := runCLI(t, "eval", badQuestions)
		if err == nil || !strings.Contains(err.Error(), "bad.jsonl:2") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("bad corpus file is named", func(t *testing.T) {
		bad := filepath.Join(dir, "badcorpus")
		os.MkdirAll(bad, 0o755)
		writeFile(t, filepath.Join(bad, "x.md"), "---\ndate: yesterday\n---\nBody.\n")
		_, _, err := runCLI(t, "ask", "--corpus", bad, "anything")
		if err == nil || !strings.Contains(err.Error(), "x.md:2") || errors.Is(err, errUsage) {
			t.Errorf("err = %v", err)
		}
	})
}

// TestHelpEveryCommand checks that "help COMMAND" prints each command's
// usage and flags on stdout, within COLUMNS, and succeeds.
func TestHelpEveryCommand(t *testing.T) {
	for name := range commands() {
		t.Run(name, func(t *testing.T) {
			out, _, err := runCLIEnv(t, map[string]string{"COLUMNS": "80"}, "help", name)
			if err != nil || !strings.Contains(out, "usage: briefbot "+name) || !strings.Contains(out, "Flags:\n  -") {
				t.Errorf("err = %v, output:\n%s", err, out)
			}
			for i, w := range visibleWidths(out) {
				if w > 80 {
					t.Errorf("line %d is %d columns:\n%s", i+1, w, out)
				}
			}
		})
	}
	out, _, _ := runCLIEnv(t, map[string]string{"COLUMNS": "80"}, "help")
	for i, w := range visibleWidths(out) {
		if w > 80 {
			t.Errorf("help: line %d is %d columns:\n%s", i+1, w, out)
		}
	}
}

// TestAskJSON pins the --json shape with a golden file; refresh it with
// go test ./cmd/briefbot -update after a deliberate change.
func TestAskJSON(t *testing.T) {
	out, _, err := runCLI(t, "ask", "--json", "-k", "2", "Who formed the Islamic Movement for the Azawad?")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Question string           `json:"question"`
		Results  []map[string]any `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	keys := []string{"rank", "score", "briefing", "title", "paragraph", "section", "text", "excerpt", "citation"}
	for _, r := range got.Results {
		for _, k := range keys {
			if _, ok := r[k]; !ok {
				t.Errorf("result lacks %q: %v", k, r)
			}
		}
	}
	if len(got.Results) != 2 || got.Results[0]["paragraph"] != float64(4) {
		t.Fatalf("results = %v", got.Results)
	}
	golden := filepath.Join("testdata", "ask.golden.json")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("ask --json differs from %s (run with -update if intended):\n%s", golden, out)
	}
}

// TestServeShardFlagsAreUsage checks that a bad --shard-count is a usage
// error (exit 2) even though it is checked only once a token is set.
func TestServeShardFlagsAreUsage(t *testing.T) {
	_, _, err := runCLIEnv(t, map[string]string{"DISCORD_TOKEN": fakeToken}, "serve", "--shard-count", "many")
	if err == nil || exitCode(err) != 2 || !strings.Contains(err.Error(), "--shard-count") {
		t.Errorf("err = %v (exit %d)", err, exitCode(err))
	}
}

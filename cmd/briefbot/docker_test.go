package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/moby/patternmatcher"
	"github.com/moby/patternmatcher/ignorefile"
)

// TestDockerignore reads .dockerignore as Docker does and checks that the
// build context keeps what the binary compiles from (the embedded briefing
// included) and leaves out history, local briefings and test data.
func TestDockerignore(t *testing.T) {
	f, err := os.Open("../../.dockerignore")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	patterns, err := ignorefile.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	pm, err := patternmatcher.New(patterns)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path     string
		excluded bool
	}{
		{"go.mod", false},
		{"go.sum", false},
		{"cmd/briefbot/main.go", false},
		{"corpus/briefings/crisis-in-mali-101.txt", false},
		{"corpus/lang/stopwords.go", false},
		{".git/HEAD", true},
		{"briefings/mine.md", true},
		{"corpus/testdata/eval/dev/x.md", true},
		{"index/testdata/fuzz/FuzzSearch/x", true},
	}
	for _, tt := range tests {
		got, err := pm.MatchesOrParentMatches(tt.path)
		if err != nil || got != tt.excluded {
			t.Errorf("%s excluded = %v (%v), want %v", tt.path, got, err, tt.excluded)
		}
	}
}

// TestDockerfileHealthcheck checks that the image's HEALTHCHECK is in exec
// form (distroless has no shell) and runs a briefbot command that exists.
func TestDockerfileHealthcheck(t *testing.T) {
	data, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(data), "\\\n", " ")
	var cmd []string
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "HEALTHCHECK ") {
			continue
		}
		_, exec, ok := strings.Cut(line, " CMD ")
		if !ok || json.Unmarshal([]byte(strings.TrimSpace(exec)), &cmd) != nil {
			t.Fatalf("HEALTHCHECK is not in exec form: %s", line)
		}
	}
	if len(cmd) < 2 || !strings.HasSuffix(cmd[0], "briefbot") {
		t.Fatalf("HEALTHCHECK command = %q", cmd)
	}
	if _, ok := commands()[cmd[1]]; !ok {
		t.Errorf("HEALTHCHECK runs %q, which briefbot does not have", cmd[1])
	}
}

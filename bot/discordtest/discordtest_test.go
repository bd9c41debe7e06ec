package discordtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// recordingTB captures Errorf so that a test can check the fake reports
// misuse without failing itself.
type recordingTB struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recordingTB) Errorf(format string, a ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, a...))
}

func TestClientRefusesOtherHosts(t *testing.T) {
	rec := &recordingTB{TB: t}
	s := NewServer(rec)
	if _, err := s.Client().Get("http://127.0.0.1:1/"); err == nil {
		t.Error("a request to another host got through")
	}
	if len(rec.errs) != 1 || !strings.Contains(rec.errs[0], "escaped the fake") {
		t.Errorf("errors reported: %q", rec.errs)
	}
}

func TestKnobs(t *testing.T) {
	const path = "https://discord.com/api/v9/interactions/42/tok/callback"
	tests := []struct {
		name       string
		setup      func(s *Server)
		wantStatus []int
		wantBody   string
		wantHeader string
	}{
		{"default", func(*Server) {}, []int{204, 204}, "", ""},
		{"unknown interaction", func(s *Server) { s.FailInteraction("42", 10062) }, []int{404, 404}, `"code":10062`, ""},
		{"already acknowledged", func(s *Server) { s.FailInteraction("42", 40060) }, []int{400, 400}, `"code":40060`, ""},
		{"one 429", func(s *Server) { s.RateLimit("42", 1, 0.05) }, []int{429, 204}, `"retry_after":0.05`, "X-RateLimit-Reset-After"},
		{"persistent 429", func(s *Server) { s.RateLimit("42", -1, 0.05) }, []int{429, 429}, `"global":false`, "Retry-After"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewServer(t)
			tt.setup(s)
			for i, want := range tt.wantStatus {
				resp, err := s.Client().Post(path, "application/json", strings.NewReader(`{"type":4}`))
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != want {
					t.Errorf("call %d: status %d, want %d", i, resp.StatusCode, want)
				}
				if i == 0 && tt.wantBody != "" && (!strings.Contains(string(body), tt.wantBody) || !json.Valid(body)) {
					t.Errorf("body %s, want %s", body, tt.wantBody)
				}
				if i == 0 && tt.wantHeader != "" && resp.Header.Get(tt.wantHeader) == "" {
					t.Errorf("no %s header", tt.wantHeader)
				}
				if r := s.Next(t); r.Status != want || r.Method != http.MethodPost {
					t.Errorf("recorded %s %d", r.Method, r.Status)
				}
			}
			if n := len(s.Requests()); n != len(tt.wantStatus) {
				t.Errorf("%d requests recorded", n)
			}
		})
	}
}

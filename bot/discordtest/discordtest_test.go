package discordtest

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
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

// call makes one REST call to the fake and returns the status and body.
func call(t *testing.T, s *Server, method, path, body string) (int, string, http.Header) {
	t.Helper()
	req, _ := http.NewRequest(method, "https://discord.com/api/v9/"+path, strings.NewReader(body))
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// TestProtocol: the fake refuses, as Discord does, what a bot gets wrong
// about an interaction it issued, and records each as a violation.
func TestProtocol(t *testing.T) {
	const id, app = "42", "1100000000000000001"
	tok := TokenFor(id)
	cb := "interactions/" + id + "/" + tok + "/callback"
	orig := "webhooks/" + app + "/" + tok + "/messages/@original"
	tests := []struct {
		name  string
		calls [][3]string // method, path, body
		want  []int
		viol  string
	}{
		{"ack then edit", [][3]string{{"POST", cb, `{"type":5}`}, {"PATCH", orig, `{"content":"x","components":[]}`}}, []int{204, 200}, ""},
		{"edit before ack", [][3]string{{"PATCH", orig, `{"content":"x"}`}}, []int{404}, "before the interaction was acknowledged"},
		{"follow-up before ack", [][3]string{{"POST", "webhooks/" + app + "/" + tok, `{"content":"x"}`}}, []int{404}, "before the interaction was acknowledged"},
		{"two acks", [][3]string{{"POST", cb, `{"type":5}`}, {"POST", cb, `{"type":4}`}}, []int{204, 400}, "already been acknowledged"},
		{"components null", [][3]string{{"POST", cb, `{"type":5}`}, {"PATCH", orig, `{"content":"x","components":null}`}}, []int{204, 400}, "components is null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewServer(t)
			s.AllowViolations()
			s.issue([]byte(`{"type":2}`), id)
			for i, c := range tt.calls {
				if got, body, _ := call(t, s, c[0], c[1], c[2]); got != tt.want[i] {
					t.Errorf("call %d: %d %s, want %d", i, got, body, tt.want[i])
				}
			}
			v := s.Violations()
			if tt.viol == "" && len(v) > 0 || tt.viol != "" && (len(v) != 1 || !strings.Contains(v[0], tt.viol)) {
				t.Errorf("violations %q, want %q", v, tt.viol)
			}
			for _, x := range v {
				if strings.Contains(x, tok) {
					t.Errorf("violation shows the token: %s", x)
				}
			}
		})
	}
}

// TestBuckets: each interaction's webhook routes share one bucket of 5 a
// window, reported in X-RateLimit headers, then 429; another
// interaction's bucket is untouched.
func TestBuckets(t *testing.T) {
	s := NewServer(t)
	s.SetBucketLimit(5, time.Minute)
	for _, id := range []string{"1", "2"} {
		s.issue([]byte(`{"type":2}`), id)
		call(t, s, "POST", "interactions/"+id+"/"+TokenFor(id)+"/callback", `{"type":5}`)
	}
	orig := "webhooks/9/" + TokenFor("1") + "/messages/@original"
	for i := range 5 {
		status, _, h := call(t, s, "PATCH", orig, `{"content":"x"}`)
		if status != 200 || h.Get("X-RateLimit-Remaining") != fmt.Sprint(4-i) || h.Get("X-RateLimit-Bucket") == "" {
			t.Fatalf("call %d: %d, remaining %q", i, status, h.Get("X-RateLimit-Remaining"))
		}
	}
	status, body, h := call(t, s, "PATCH", orig, `{"content":"x"}`)
	if status != 429 || !strings.Contains(body, `"retry_after"`) || h.Get("X-RateLimit-Reset-After") == "" {
		t.Errorf("sixth call: %d %s", status, body)
	}
	if status, _, _ := call(t, s, "PATCH", "webhooks/9/"+TokenFor("2")+"/messages/@original", `{"content":"x"}`); status != 200 {
		t.Errorf("another interaction's edit: %d", status)
	}
}

// TestDeliver: a 200 answer is the acknowledgement; a 202 must follow
// one made through the callback endpoint.
func TestDeliver(t *testing.T) {
	tests := []struct {
		name     string
		callback bool // the endpoint acknowledges through the callback first
		status   int
		body     string
		viol     string
	}{
		{"answer in the body", false, 200, `{"type":4,"data":{"content":"hi"}}`, ""},
		{"202 after a callback", true, 202, "", ""},
		{"202 without a callback", false, 202, "", "202 without an acknowledgement"},
		{"callback and a body", true, 200, `{"type":4}`, "acknowledged twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewServer(t)
			s.AllowViolations()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				body, _ := io.ReadAll(r.Body)
				if !ed25519.Verify(s.PublicKey(), append([]byte(r.Header.Get("X-Signature-Timestamp")), body...), mustHex(r.Header.Get("X-Signature-Ed25519"))) {
					t.Error("bad signature")
				}
				var in struct{ ID, Token string }
				json.Unmarshal(body, &in)
				if tt.callback {
					call(t, s, "POST", "interactions/"+in.ID+"/"+in.Token+"/callback", `{"type":5}`)
				}
				w.WriteHeader(tt.status)
				io.WriteString(w, tt.body)
			}))
			defer srv.Close()
			d, err := s.Deliver(srv.Client(), srv.URL, []byte(`{"type":2,"id":"0","token":"t"}`), "77")
			if err != nil || d.Status != tt.status {
				t.Fatalf("%v %d", err, d.Status)
			}
			if s.Acknowledged("77") == 0 && tt.viol == "" {
				t.Error("not acknowledged")
			}
			v := s.Violations()
			if tt.viol == "" && len(v) > 0 || tt.viol != "" && (len(v) != 1 || !strings.Contains(v[0], tt.viol)) {
				t.Errorf("violations %q, want %q", v, tt.viol)
			}
		})
	}
}

func mustHex(s string) []byte {
	b, _ := hex.DecodeString(s)
	return b
}

// TestLatency: SetLatency slows every REST call down.
func TestLatency(t *testing.T) {
	s := NewServer(t)
	s.SetLatency(100 * time.Millisecond)
	start := time.Now()
	call(t, s, "POST", "interactions/1/t/callback", `{"type":5}`)
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Errorf("call took %v", d)
	}
}

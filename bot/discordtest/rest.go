package discordtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// interactionState is what the fake knows of an interaction it issued.
type interactionState struct {
	id      string
	acked   bool
	ackType int
	edits   int
}

// bucket is one route's rate limit for one interaction.
type bucket struct {
	used  int
	reset time.Time
}

// route is a REST call, classified as Discord's rate limiter and
// interaction protocol see it.
type route struct {
	kind  string // "callback", "original", "followup" or "other"
	id    string // interaction ID (callbacks)
	token string
}

// parseRoute classifies an /api/v9 path.
func parseRoute(method, path string) route {
	parts := strings.Split(strings.TrimPrefix(path, "/api/v9/"), "/")
	switch {
	case len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback":
		return route{kind: "callback", id: parts[1], token: parts[2]}
	case len(parts) == 5 && parts[0] == "webhooks" && parts[3] == "messages" && parts[4] == "@original":
		return route{kind: "original", token: parts[2]}
	case len(parts) == 3 && parts[0] == "webhooks" && method == http.MethodPost:
		return route{kind: "followup", token: parts[2]}
	}
	return route{kind: "other"}
}

// SetLatency makes every later REST call take d before Discord answers,
// as a slow or distant Discord would.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}

// SetBucketLimit sets how many calls one route accepts per interaction
// within window before answering 429.
func (s *Server) SetBucketLimit(n int, window time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bucketLimit, s.window = n, window
}

// Violations returns the protocol violations seen so far.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.violations...)
}

// AllowViolations keeps the fake from failing the test for protocol
// violations, for tests that commit them on purpose.
func (s *Server) AllowViolations() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.allowViol = true
}

// Acknowledged reports how interaction id was acknowledged (the callback
// type), or 0 if it was not.
func (s *Server) Acknowledged(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.issued[TokenFor(id)]; st != nil && st.acked {
		return st.ackType
	}
	return 0
}

// Forget drops everything the fake remembers of past calls (recorded
// requests, buckets, issued interactions), drains Got and closes its REST
// connections, so that a test measuring the bot's memory does not count
// the fake's.
func (s *Server) Forget() {
	s.rest.CloseClientConnections()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = nil
	s.buckets = map[string]*bucket{}
	s.issued = map[string]*interactionState{}
	for {
		select {
		case <-s.got:
		default:
			return
		}
	}
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if s.Token != "" && r.Header.Get("Authorization") != s.Token && !strings.Contains(r.URL.Path, "/webhooks/") && !strings.Contains(r.URL.Path, "/interactions/") {
		s.t.Errorf("%s %s without the bot token", r.Method, r.URL.Path)
	}
	if r.Method == http.MethodGet && r.URL.Path == "/api/v9/gateway" {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"url":%q}`, s.gatewayURL())
		return
	}
	if r.Method == http.MethodGet && r.URL.Path == "/api/v9/gateway/bot" {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"url":%q,"shards":%d}`, s.gatewayURL(), max(s.Shards, 1))
		return
	}
	s.mu.Lock()
	latency := s.latency
	s.mu.Unlock()
	time.Sleep(latency)

	rec := Request{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body}
	rt := parseRoute(r.Method, r.URL.Path)
	s.mu.Lock()
	a := s.judge(&rec, rt)
	s.requests = append(s.requests, rec)
	s.mu.Unlock()
	select {
	case s.got <- rec:
	default: // nobody is reading Got; Requests still has it
	}
	a.write(w, rec.Status)
}

// answer is what the fake sends back besides the status.
type answer struct {
	header map[string]string
	body   string
}

func (a answer) write(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "application/json")
	for k, v := range a.header {
		w.Header().Set(k, v)
	}
	w.WriteHeader(status)
	io.WriteString(w, a.body)
}

func errorBody(code int, msg string) string {
	return fmt.Sprintf(`{"code":%d,"message":%q}`, code, msg)
}

// judge decides the status of a call, with s.mu held: first the knobs a
// test set, then the route's bucket, then the interaction protocol.
func (s *Server) judge(rec *Request, rt route) answer {
	if a, ok := s.knobs(rec); ok {
		return a
	}
	a, ok := s.charge(rt)
	if !ok {
		rec.Status = http.StatusTooManyRequests
		return a
	}
	if a2, refused := s.protocol(rec, rt); refused {
		return a2
	}
	switch {
	case rt.kind == "callback", rec.Method == http.MethodDelete:
		rec.Status = http.StatusNoContent
		a.body = ""
	default:
		rec.Status = http.StatusOK
		a.body = `{"id":"1300000000000000009","channel_id":"1000000000000000002","content":""}`
	}
	return a
}

// knobs applies FailInteraction and RateLimit.
func (s *Server) knobs(rec *Request) (answer, bool) {
	for id, n := range s.limited {
		if n != 0 && strings.Contains(rec.Path, "/interactions/"+id+"/") {
			if n > 0 {
				s.limited[id] = n - 1
			}
			rec.Status = http.StatusTooManyRequests
			return tooMany(s.retryAfter[id], 1, "fake-bucket"), true
		}
	}
	code := 0
	for id, c := range s.failWith {
		if strings.Contains(rec.Path, "/interactions/"+id+"/") {
			code = c
		}
	}
	if c := s.pathFailureFor(rec.Path); c != 0 {
		code = c
	}
	if code == 0 {
		return answer{}, false
	}
	rec.Status = http.StatusBadRequest
	switch code {
	case 10062, 10008, 10015: // unknown interaction, message, webhook
		rec.Status = http.StatusNotFound
	}
	return answer{body: errorBody(code, "fake error")}, true
}

func tooMany(retryAfter float64, limit int, bucketHash string) answer {
	return answer{
		header: map[string]string{
			"X-RateLimit-Limit":       fmt.Sprint(limit),
			"X-RateLimit-Remaining":   "0",
			"X-RateLimit-Reset-After": fmt.Sprintf("%.3f", retryAfter),
			"X-RateLimit-Bucket":      bucketHash,
			"X-RateLimit-Scope":       "user",
			"Retry-After":             fmt.Sprint(max(1, int(retryAfter+0.999))),
		},
		body: fmt.Sprintf(`{"message":"You are being rate limited.","retry_after":%.3f,"global":false}`, retryAfter),
	}
}

// charge counts a call against its bucket: one per route kind and
// interaction, as Discord keys webhook buckets by their token. The
// bucket hash in the headers is shared by every interaction, as Discord's
// is, which is why a client must not key its limiter on it alone.
func (s *Server) charge(rt route) (answer, bool) {
	if rt.kind == "other" {
		return answer{}, true
	}
	key := rt.kind + "/" + rt.id + "/" + rt.token
	if rt.kind != "callback" {
		key = "webhook/" + rt.token // edits, deletes and follow-ups share one
	}
	now := time.Now()
	b := s.buckets[key]
	if b == nil || now.After(b.reset) {
		b = &bucket{reset: now.Add(s.window)}
		s.buckets[key] = b
	}
	hash := "hash-" + strings.SplitN(key, "/", 2)[0]
	resetAfter := b.reset.Sub(now).Seconds()
	if b.used >= s.bucketLimit {
		return tooMany(resetAfter, s.bucketLimit, hash), false
	}
	b.used++
	return answer{header: map[string]string{
		"X-RateLimit-Limit":       fmt.Sprint(s.bucketLimit),
		"X-RateLimit-Remaining":   fmt.Sprint(s.bucketLimit - b.used),
		"X-RateLimit-Reset-After": fmt.Sprintf("%.3f", resetAfter),
		"X-RateLimit-Bucket":      hash,
	}}, true
}

// protocol refuses, as Discord would, a reply out of order for an
// interaction the fake issued, and components: null anywhere.
func (s *Server) protocol(rec *Request, rt route) (answer, bool) {
	if rt.kind == "other" {
		return answer{}, false
	}
	if bytes.Contains(rec.Body, []byte(`"components":null`)) {
		return s.violate(rec, http.StatusBadRequest, 50035,
			"components is null: Discord ignores it and leaves the old buttons in place; send [] to remove them")
	}
	st := s.issued[rt.token]
	if st == nil {
		return answer{}, false // not ours to judge
	}
	if rt.kind == "callback" {
		if st.acked {
			return s.violate(rec, http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
		}
		var cb struct {
			Type int `json:"type"`
		}
		json.Unmarshal(rec.Body, &cb)
		st.acked, st.ackType = true, cb.Type
		return answer{}, false
	}
	if !st.acked {
		return s.violate(rec, http.StatusNotFound, 10015, "Unknown Webhook: "+rec.Method+" before the interaction was acknowledged")
	}
	st.edits++
	return answer{}, false
}

// violate records a protocol violation and refuses the call.
func (s *Server) violate(rec *Request, status, code int, msg string) (answer, bool) {
	rec.Status = status
	path := rec.Path
	if i := strings.Index(path, "fake-interaction-token-"); i >= 0 {
		path = path[:i] + "{token}" // keep tokens out of test output
	}
	s.violations = append(s.violations, fmt.Sprintf("%s %s: %s", rec.Method, path, msg))
	return answer{body: errorBody(code, msg)}, true
}

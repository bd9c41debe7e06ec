// Package discordtest provides a fake Discord for tests, in the spirit of
// net/http/httptest: a REST API (GET /gateway and the interaction
// webhooks) and a websocket gateway that speaks just enough of the
// protocol for a real discordgo.Session to connect, identify, resume and
// receive interactions. Everything listens on 127.0.0.1 only.
//
// Tests use it to drive the gateway transport end to end without the
// network, and to make Discord misbehave on purpose: failing callbacks
// with Discord error codes, answering 429 with retry_after, slowing every
// REST call down, and dropping the websocket mid-session. It also delivers
// signed interactions to an HTTP endpoint, as Discord's outgoing webhook
// does (see Deliver).
//
// It holds the bot to Discord's protocol for every interaction it issued
// (through Interact or Deliver): an edit, delete or follow-up before the
// interaction was acknowledged is refused (404, code 10015), a second
// acknowledgement is refused (40060), and "components": null, which real
// Discord silently ignores (leaving old buttons in place), is refused
// (50035). Each such refusal is also a protocol violation: the test fails
// when it ends unless it called AllowViolations. Every route has its own
// rate-limit bucket per interaction, answered with X-RateLimit headers and
// 429 once exhausted, as Discord does.
package discordtest

import (
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// ApplicationID is the bot user and application the fake's READY reports.
const ApplicationID = "1100000000000000001"

// Request is one REST call the bot made (GET /gateway excepted).
type Request struct {
	Method, Path string
	Header       http.Header
	Body         []byte
	// Status is what the fake answered.
	Status int
}

// Server is a fake Discord. Create one with NewServer; it shuts down when
// the test ends.
type Server struct {
	t    testing.TB
	rest *httptest.Server
	ws   *httptest.Server
	key  ed25519.PrivateKey // signs Deliver's requests

	// Token, if set, is the Authorization header ("Bot …") every REST
	// call outside the token-authenticated webhook routes must carry.
	Token string
	// Shards is what GET /gateway/bot recommends; 0 means 1.
	Shards int

	mu          sync.Mutex
	requests    []Request
	conn        *websocket.Conn
	connections int
	gatewayDown bool // see SetGatewayDown
	refused     int  // gateway dials answered 503 while down
	seq         int
	latency     time.Duration                // added to every REST call
	bucketLimit int                          // requests per bucket and window
	window      time.Duration                // bucket window
	buckets     map[string]*bucket           // route and major parameter → bucket
	issued      map[string]*interactionState // token → interaction the fake issued
	violations  []string
	allowViol   bool
	failWith    map[string]int      // interaction ID → Discord error code
	limited     map[string]int      // interaction ID → 429s still to answer
	retryAfter  map[string]float64  // interaction ID → retry_after seconds
	failPath    []pathFailure       // see FailPath
	idents      chan map[string]any // IDENTIFY payloads
	resumes     chan map[string]any // RESUME payloads
	got         chan Request
	connected   chan struct{} // signalled on READY or RESUMED
	writeMu     sync.Mutex    // gorilla allows one writer at a time
}

// NewServer starts a fake Discord that lives until t ends. Its rate-limit
// buckets allow 5 requests per route and interaction per second, as
// Discord's webhook routes do.
func NewServer(t testing.TB) *Server {
	_, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatalf("discordtest: key: %v", err)
	}
	s := &Server{
		t:           t,
		key:         key,
		bucketLimit: 5,
		window:      time.Second,
		buckets:     map[string]*bucket{},
		issued:      map[string]*interactionState{},
		failWith:    map[string]int{},
		limited:     map[string]int{},
		retryAfter:  map[string]float64{},
		idents:      make(chan map[string]any, 16),
		resumes:     make(chan map[string]any, 16),
		got:         make(chan Request, 1024),
		connected:   make(chan struct{}, 16),
	}
	s.ws = httptest.NewServer(http.HandlerFunc(s.serveWS))
	s.rest = httptest.NewServer(http.HandlerFunc(s.serveREST))
	t.Cleanup(func() {
		s.rest.Close()
		s.ws.CloseClientConnections()
		s.ws.Close()
		s.mu.Lock()
		defer s.mu.Unlock()
		if !s.allowViol {
			for _, v := range s.violations {
				t.Errorf("discordtest: protocol violation: %s", v)
			}
		}
	})
	return s
}

// Client returns an http.Client whose transport sends discord.com
// requests to the fake and fails the test on any other host, so nothing a
// test does can reach the real Discord.
func (s *Server) Client() *http.Client {
	target := strings.TrimPrefix(s.rest.URL, "http://")
	return &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if r.URL.Host != "discord.com" {
			s.t.Errorf("request to a real host escaped the fake: %s %s", r.Method, r.URL.Host)
			return nil, errors.New("discordtest: blocked")
		}
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host, r.Host = "http", target, target
		return http.DefaultTransport.RoundTrip(r)
	})}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (fn roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return fn(r) }

// FailInteraction makes every callback, edit or follow-up for interaction
// id fail with the Discord JSON error code (404 for 10062, else 400).
func (s *Server) FailInteraction(id string, code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failWith[id] = code
}

// RateLimit makes the next n REST calls for interaction id answer 429
// with retry_after seconds, as Discord does; n < 0 means all of them.
func (s *Server) RateLimit(id string, n int, retryAfter float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limited[id] = n
	s.retryAfter[id] = retryAfter
}

// Requests returns the REST calls recorded so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Connections reports how many websocket connections the gateway has
// accepted.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connections
}

// Patience bounds every wait for the bot that only a broken bot runs
// out: a passing test returns as soon as the call arrives. It is
// generous because the suite runs 50 times over under -race on a shared
// 2-core machine, where a test process at low priority beside busy ones
// was seen to get no CPU for over 5 s (TestGatewayReconnects failed once
// in such a run with the former 5 s bound).
const Patience = 30 * time.Second

// Next waits (up to Patience) for the next REST call and returns it.
func (s *Server) Next(t testing.TB) Request {
	t.Helper()
	select {
	case r := <-s.got:
		return r
	case <-time.After(Patience):
		t.Fatal("discordtest: timed out waiting for the bot to call Discord")
		return Request{}
	}
}

// Got is the channel of recorded REST calls, for tests that must check
// that nothing arrives.
func (s *Server) Got() <-chan Request { return s.got }

// WaitIdentify waits (up to timeout) for an IDENTIFY and returns its d.
func (s *Server) WaitIdentify(t testing.TB, timeout time.Duration) map[string]any {
	t.Helper()
	select {
	case id := <-s.idents:
		return id
	case <-time.After(timeout):
		t.Fatal("discordtest: the session never identified")
		return nil
	}
}

// WaitConnected waits (up to timeout) for a session to become ready,
// after an IDENTIFY (READY) or a RESUME (RESUMED).
func (s *Server) WaitConnected(t testing.TB, timeout time.Duration) {
	t.Helper()
	select {
	case <-s.connected:
	case <-time.After(timeout):
		t.Fatal("discordtest: the session never (re)connected")
	}
}

// Resumes is the channel of RESUME payloads the gateway received.
func (s *Server) Resumes() <-chan map[string]any { return s.resumes }

// DropConnection closes the websocket without a close frame, as a
// network failure would.
func (s *Server) DropConnection() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		s.conn.UnderlyingConn().Close()
	}
}

// SetGatewayDown makes the gateway refuse new connections (503, before any
// upgrade) while down is true, as during a Discord outage. Connections
// already open are untouched; DropConnection ends them.
func (s *Server) SetGatewayDown(down bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gatewayDown = down
}

// Refused reports how many gateway dials were refused while it was down.
func (s *Server) Refused() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.refused
}

// accepted makes conn the gateway's current connection and counts it.
func (s *Server) accepted(conn *websocket.Conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conn = conn
	s.connections++
}

// refuse counts and reports a dial the gateway must refuse.
func (s *Server) refuse() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.gatewayDown {
		s.refused++
	}
	return s.gatewayDown
}

// Reconnect sends op 7 RECONNECT, asking the client to reconnect and resume.
func (s *Server) Reconnect() { s.send(map[string]any{"op": 7, "d": nil}) }

// Dispatch sends an op 0 event.
func (s *Server) Dispatch(event string, d any) {
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	s.send(map[string]any{"op": 0, "t": event, "s": seq, "d": d})
}

// Interact dispatches INTERACTION_CREATE with payload (a raw interaction)
// and its id replaced by id and its token by TokenFor(id), so each test's
// callbacks can be told apart, and remembers the interaction so that its
// replies are held to the protocol.
func (s *Server) Interact(payload []byte, id string) {
	d := s.issue(payload, id)
	s.Dispatch("INTERACTION_CREATE", d)
}

// TokenFor is the interaction token the fake gives interaction id: unique,
// and long like Discord's, so a test can look for it in logs and memory.
func TokenFor(id string) string {
	return "fake-interaction-token-" + id + "-" + strings.Repeat("x", 40)
}

// issue rewrites payload's id and token and records the interaction.
func (s *Server) issue(payload []byte, id string) map[string]any {
	var d map[string]any
	if err := json.Unmarshal(payload, &d); err != nil {
		s.t.Fatalf("discordtest: interaction payload: %v", err)
	}
	tok := TokenFor(id)
	d["id"], d["token"] = id, tok
	s.mu.Lock()
	s.issued[tok] = &interactionState{id: id}
	s.mu.Unlock()
	return d
}

func (s *Server) gatewayURL() string { return "ws" + strings.TrimPrefix(s.ws.URL, "http") }

// serveWS is the fake gateway: it greets each connection with HELLO and
// answers heartbeats, identifies and resumes until the client hangs up.
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	if s.refuse() {
		http.Error(w, "gateway unavailable", http.StatusServiceUnavailable)
		return
	}
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		s.t.Errorf("discordtest: upgrade: %v", err)
		return
	}
	defer conn.Close()
	s.accepted(conn)
	s.sendOn(conn, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &p) != nil {
			s.t.Errorf("discordtest: bad gateway payload %s", msg)
			return
		}
		s.answerGateway(conn, p.Op, p.D)
	}
}

// answerGateway answers one gateway payload by its opcode; others are
// ignored, as Discord ignores what a test does not drive.
func (s *Server) answerGateway(conn *websocket.Conn, op int, d json.RawMessage) {
	switch op {
	case 1: // heartbeat
		s.sendOn(conn, map[string]any{"op": 11})
	case 2: // identify
		offer(s.idents, d)
		s.Dispatch("READY", map[string]any{
			"v": 10, "session_id": "fake-session", "resume_gateway_url": s.gatewayURL(),
			"user":   map[string]any{"id": ApplicationID, "username": "briefbot", "bot": true},
			"guilds": []any{}, "private_channels": []any{},
			"application": map[string]any{"id": ApplicationID, "flags": 0},
		})
		s.signalConnected()
	case 6: // resume
		offer(s.resumes, d)
		s.Dispatch("RESUMED", map[string]any{})
		s.signalConnected()
	}
}

// offer hands a payload's data to a test waiting on ch, if one is.
func offer(ch chan map[string]any, raw json.RawMessage) {
	var d map[string]any
	json.Unmarshal(raw, &d) // a payload that is no object offers nil
	select {
	case ch <- d:
	default:
	}
}

func (s *Server) signalConnected() {
	select {
	case s.connected <- struct{}{}:
	default:
	}
}

// send writes v on the current connection.
func (s *Server) send(v any) {
	s.mu.Lock()
	conn := s.conn
	s.mu.Unlock()
	if conn == nil {
		s.t.Errorf("discordtest: no gateway connection")
		return
	}
	s.sendOn(conn, v)
}

func (s *Server) sendOn(conn *websocket.Conn, v any) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := conn.WriteJSON(v); err != nil {
		s.t.Logf("discordtest: gateway write: %v", err)
	}
}

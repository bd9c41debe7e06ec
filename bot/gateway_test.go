package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// testToken is a bot token that must never appear in a log line.
const testToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gx1234.fake-token-never-log-me"

// fakeDiscord is the part of Discord a gateway bot talks to: the REST API
// (GET /gateway and the interaction webhooks) and a websocket gateway that
// speaks just enough of the protocol for a discordgo.Session to connect.
type fakeDiscord struct {
	t    *testing.T
	rest *httptest.Server
	ws   *httptest.Server

	mu       sync.Mutex
	requests []recorded
	conn     *websocket.Conn
	seq      int
	// failWith maps an interaction ID to the Discord error code its
	// callback answers with.
	failWith map[string]int

	identified chan map[string]any
	got        chan recorded
}

// recorded is one REST call the bot made.
type recorded struct {
	Method, Path string
	Body         []byte
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{
		t:          t,
		failWith:   map[string]int{},
		identified: make(chan map[string]any, 1),
		got:        make(chan recorded, 64),
	}
	f.ws = httptest.NewServer(http.HandlerFunc(f.serveWS))
	f.rest = httptest.NewServer(http.HandlerFunc(f.serveREST))
	t.Cleanup(func() { f.rest.Close(); f.ws.Close() })
	return f
}

// client returns an http.Client whose transport sends discord.com requests
// to the fake and fails the test on any other host.
func (f *fakeDiscord) client() *http.Client {
	target := strings.TrimPrefix(f.rest.URL, "http://")
	return &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if r.URL.Host != "discord.com" {
			f.t.Errorf("request to a real host escaped the fake: %s %s", r.Method, r.URL.Host)
			return nil, errors.New("blocked by test")
		}
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host, r.Host = "http", target, target
		return http.DefaultTransport.RoundTrip(r)
	})}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (fn roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return fn(r) }

func (f *fakeDiscord) serveREST(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if auth := r.Header.Get("Authorization"); auth != "Bot "+testToken && !strings.Contains(r.URL.Path, "/webhooks/") && !strings.Contains(r.URL.Path, "/interactions/") {
		f.t.Errorf("%s %s without the bot token", r.Method, r.URL.Path)
	}
	if r.Method == http.MethodGet && r.URL.Path == "/api/v9/gateway" {
		fmt.Fprintf(w, `{"url":%q}`, "ws"+strings.TrimPrefix(f.ws.URL, "http"))
		return
	}
	rec := recorded{Method: r.Method, Path: r.URL.Path, Body: body}
	f.mu.Lock()
	f.requests = append(f.requests, rec)
	var code int
	for id, c := range f.failWith {
		if strings.Contains(r.URL.Path, "/interactions/"+id+"/") {
			code = c
		}
	}
	f.mu.Unlock()
	f.got <- rec
	w.Header().Set("Content-Type", "application/json")
	switch {
	case code != 0:
		status := http.StatusBadRequest
		if code == codeUnknownInteraction {
			status = http.StatusNotFound
		}
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"code":%d,"message":"fake error"}`, code)
	case strings.HasSuffix(r.URL.Path, "/callback"), r.Method == http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	default:
		fmt.Fprint(w, `{"id":"1300000000000000009","channel_id":"1000000000000000002","content":""}`)
	}
}

func (f *fakeDiscord) serveWS(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("upgrade: %v", err)
		return
	}
	defer conn.Close()
	f.mu.Lock()
	f.conn = conn
	f.mu.Unlock()
	f.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
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
			f.t.Errorf("bad gateway payload %s", msg)
			return
		}
		switch p.Op {
		case 1:
			f.send(map[string]any{"op": 11})
		case 2:
			var id map[string]any
			json.Unmarshal(p.D, &id)
			f.identified <- id
			f.dispatch("READY", map[string]any{
				"v": 10, "session_id": "fake-session", "resume_gateway_url": "ws" + strings.TrimPrefix(f.ws.URL, "http"),
				"user":   map[string]any{"id": "1100000000000000001", "username": "briefbot", "bot": true},
				"guilds": []any{}, "private_channels": []any{},
				"application": map[string]any{"id": "1100000000000000001", "flags": 0},
			})
		}
	}
}

func (f *fakeDiscord) send(v any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.conn.WriteJSON(v); err != nil {
		f.t.Errorf("gateway write: %v", err)
	}
}

// dispatch sends an op 0 event.
func (f *fakeDiscord) dispatch(event string, d any) {
	f.mu.Lock()
	f.seq++
	s := f.seq
	f.mu.Unlock()
	f.send(map[string]any{"op": 0, "t": event, "s": s, "d": d})
}

// interact dispatches a captured interaction, with its ID replaced so
// that each test's callbacks can be told apart.
func (f *fakeDiscord) interact(t *testing.T, name, id string) {
	_, raw := loadInteraction(t, name)
	var d map[string]any
	json.Unmarshal(raw, &d)
	d["id"] = id
	f.dispatch("INTERACTION_CREATE", d)
}

// next waits for the next REST call.
func (f *fakeDiscord) next(t *testing.T) recorded {
	t.Helper()
	select {
	case r := <-f.got:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("timed out waiting for the bot to call Discord")
		return recorded{}
	}
}

// logBuffer collects log output safely across goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// startGateway connects a real discordgo.Session to the fake and runs the
// gateway transport until the test ends.
func startGateway(t *testing.T, b *Bot, opts GatewayOptions) (*fakeDiscord, *logBuffer, func() error) {
	t.Helper()
	f := newFakeDiscord(t)
	logs := &logBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	old := discordgo.Logger
	RouteDiscordgoLogs(logger, "Bot "+testToken)
	t.Cleanup(func() { discordgo.Logger = old })

	s, err := discordgo.New("Bot " + testToken)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = f.client()
	s.LogLevel = discordgo.LogDebug // NewGateway must lower it
	b.log = logger
	opts.Logger = logger
	g := NewGateway(b, s, opts)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(15 * time.Second):
				runErr = errors.New("Run did not return")
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
		if strings.Contains(logs.String(), testToken) || strings.Contains(logs.String(), "fake-token-never-log-me") {
			t.Errorf("the token reached the log:\n%s", logs)
		}
	})
	select {
	case id := <-f.identified:
		if id["token"] != "Bot "+testToken {
			t.Errorf("IDENTIFY token = %v", id["token"])
		}
		if id["intents"] != float64(0) {
			t.Errorf("IDENTIFY intents = %v, want 0", id["intents"])
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the session never identified")
	}
	if s.LogLevel != discordgo.LogWarning {
		t.Errorf("session LogLevel = %d, want LogWarning", s.LogLevel)
	}
	return f, logs, stop
}

// callback decodes a recorded interaction callback.
func callback(t *testing.T, r recorded) wireReply {
	t.Helper()
	if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/callback") {
		t.Fatalf("got %s %s, want POST …/callback", r.Method, r.Path)
	}
	return checkReply(t, r.Body)
}

func TestGatewayAnswersAsk(t *testing.T) {
	f, _, _ := startGateway(t, newTestBot(nil), GatewayOptions{})
	f.interact(t, "ask_basic", "1500000000000000001")
	r := f.next(t)
	if !strings.Contains(r.Path, "/interactions/1500000000000000001/") {
		t.Errorf("callback path %s", r.Path)
	}
	rep := callback(t, r)
	if rep.Type != 4 || len(rep.Data.Embeds) != 1 || !strings.Contains(rep.Data.Embeds[0].Description, "**MNLA**") {
		t.Errorf("reply: %s", r.Body)
	}
	f.interact(t, "group_autocomplete", "1500000000000000002")
	if rep := callback(t, f.next(t)); rep.Type != 8 || len(rep.Data.Choices) == 0 {
		t.Errorf("autocomplete reply type %d", rep.Type)
	}
	f.interact(t, "ask_more_click", "1500000000000000003")
	if rep := callback(t, f.next(t)); rep.Type != 7 {
		t.Errorf("button reply type %d, want 7 (update message)", rep.Type)
	}
}

func TestGatewayDefersSlowAnswers(t *testing.T) {
	tests := []struct {
		name        string
		interaction string
		deferType   int
		want        []string // method and path suffix of each follow-up call
		flags       int
	}{
		{"command", "ask_basic", 5, []string{"PATCH /messages/@original"}, 0},
		{"button", "ask_more_click", 6, []string{"PATCH /messages/@original"}, 0},
		{"ephemeral error after a public deferral", "ask_search_error", 5, []string{"DELETE /messages/@original", "POST /webhooks/1100000000000000001/"}, 64},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _ := startGateway(t, newTestBot(fakeSearch{delay: 400 * time.Millisecond}), GatewayOptions{DeferAfter: 50 * time.Millisecond})
			f.interact(t, tt.interaction, fmt.Sprint(1600000000000000000+i))
			if rep := callback(t, f.next(t)); rep.Type != tt.deferType {
				t.Fatalf("first reply type %d, want deferral %d", rep.Type, tt.deferType)
			}
			var last recorded
			for _, w := range tt.want {
				last = f.next(t)
				method, suffix, _ := strings.Cut(w, " ")
				if last.Method != method || !strings.Contains(last.Path+"/", suffix) {
					t.Fatalf("got %s %s, want %s", last.Method, last.Path, w)
				}
			}
			var body struct {
				Embeds          []json.RawMessage `json:"embeds"`
				Content         string            `json:"content"`
				Flags           int               `json:"flags"`
				AllowedMentions *struct {
					Parse *[]string `json:"parse"`
				} `json:"allowed_mentions"`
			}
			if err := json.Unmarshal(last.Body, &body); err != nil {
				t.Fatal(err)
			}
			if body.AllowedMentions == nil || body.AllowedMentions.Parse == nil || len(*body.AllowedMentions.Parse) != 0 {
				t.Errorf("follow-up allowed_mentions: %s", last.Body)
			}
			if body.Flags != tt.flags {
				t.Errorf("flags = %d, want %d", body.Flags, tt.flags)
			}
			if tt.flags == 0 && len(body.Embeds) != 1 {
				t.Errorf("edit has %d embeds: %s", len(body.Embeds), last.Body)
			}
			if tt.flags != 0 && !strings.Contains(body.Content, "couldn't search") {
				t.Errorf("follow-up content %q", body.Content)
			}
		})
	}
}

func TestGatewayToleratesDiscordErrors(t *testing.T) {
	for _, code := range []int{codeUnknownInteraction, codeAlreadyAcked} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			f, logs, stop := startGateway(t, newTestBot(nil), GatewayOptions{})
			id := fmt.Sprint(1700000000000000000 + code)
			f.mu.Lock()
			f.failWith[id] = code
			f.mu.Unlock()
			f.interact(t, "ask_basic", id)
			f.next(t)
			// The session must still work, and nothing must be retried.
			f.interact(t, "briefings", "1700000000000000001")
			if r := f.next(t); !strings.Contains(r.Path, "1700000000000000001") {
				t.Errorf("retried the failed reply: %s %s", r.Method, r.Path)
			}
			if err := stop(); err != nil {
				t.Fatal(err)
			}
			f.mu.Lock()
			n := len(f.requests)
			f.mu.Unlock()
			if n != 2 {
				t.Errorf("%d REST calls, want 2", n)
			}
			if want := map[int]string{codeUnknownInteraction: "expired", codeAlreadyAcked: "already acknowledged"}[code]; !strings.Contains(logs.String(), want) {
				t.Errorf("log lacks %q:\n%s", want, logs)
			}
		})
	}
}

func TestGatewayDrainsOnShutdown(t *testing.T) {
	f, _, stop := startGateway(t, newTestBot(fakeSearch{delay: 300 * time.Millisecond}), GatewayOptions{DeferAfter: 2 * time.Second})
	f.interact(t, "ask_basic", "1800000000000000001")
	time.Sleep(50 * time.Millisecond) // let the interaction arrive
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-f.got:
		callback(t, r)
	default:
		t.Fatal("Run returned before the interaction in flight was answered")
	}
}

func TestDiscordgoLogsAreRedacted(t *testing.T) {
	logs := &logBuffer{}
	logf := discordgoLogger(slog.New(slog.NewTextHandler(logs, nil)), "Bot "+testToken)
	logf(discordgo.LogDebug, 1, "identify %s", `{"token":"Bot `+testToken+`"}`)
	logf(discordgo.LogInformational, 1, "hello")
	logf(discordgo.LogWarning, 1, "bad thing with %s", testToken)
	logf(discordgo.LogError, 1, "worse thing")
	out := logs.String()
	if strings.Contains(out, testToken) || strings.Contains(out, "identify") || strings.Contains(out, "hello") {
		t.Errorf("leaked:\n%s", out)
	}
	if !strings.Contains(out, "bad thing with [REDACTED]") || !strings.Contains(out, "level=ERROR") {
		t.Errorf("missing warning or error:\n%s", out)
	}
}

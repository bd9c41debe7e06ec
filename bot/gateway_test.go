package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot/discordtest"
	"github.com/briefbot/briefbot/corpus"
)

// testToken is a bot token that must never appear in a log line.
const testToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gx1234.fake-token-never-log-me"

// interact dispatches a captured interaction with its ID replaced.
func interact(t testing.TB, f *discordtest.Server, name, id string) {
	t.Helper()
	_, raw := loadInteraction(t, name)
	f.Interact(raw, id)
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
func startGateway(t *testing.T, b *Bot, opts GatewayOptions) (*discordtest.Server, *logBuffer, func() error) {
	t.Helper()
	h := startGatewayHarness(t, b, opts)
	return h.f, h.logs, h.stop
}

// gatewayHarness is a running gateway transport and its fake Discord.
type gatewayHarness struct {
	f    *discordtest.Server
	logs *logBuffer
	g    *Gateway
	// cancel ends Run's context without waiting; stop cancels and waits
	// for Run to return.
	cancel context.CancelFunc
	stop   func() error
}

func startGatewayHarness(t testing.TB, b *Bot, opts GatewayOptions) *gatewayHarness {
	t.Helper()
	f := discordtest.NewServer(t)
	f.Token = "Bot " + testToken
	logs := &logBuffer{}
	logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	RouteDiscordgoLogs(logger, "Bot "+testToken)

	s, err := discordgo.New("Bot " + testToken)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = f.Client()
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
	id := f.WaitIdentify(t, discordtest.Patience)
	if id["token"] != "Bot "+testToken {
		t.Errorf("IDENTIFY token = %v", id["token"])
	}
	if id["intents"] != float64(0) {
		t.Errorf("IDENTIFY intents = %v, want 0", id["intents"])
	}
	if s.LogLevel != discordgo.LogWarning {
		t.Errorf("session LogLevel = %d, want LogWarning", s.LogLevel)
	}
	return &gatewayHarness{f: f, logs: logs, g: g, cancel: cancel, stop: stop}
}

// callback decodes a recorded interaction callback.
func callback(t *testing.T, r discordtest.Request) wireReply {
	t.Helper()
	if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/callback") {
		t.Fatalf("got %s %s, want POST …/callback", r.Method, r.Path)
	}
	return checkReply(t, r.Body)
}

func TestGatewayAnswersAsk(t *testing.T) {
	f, _, _ := startGateway(t, newTestBot(nil), GatewayOptions{})
	interact(t, f, "ask_basic", "1500000000000000001")
	r := f.Next(t)
	if !strings.Contains(r.Path, "/interactions/1500000000000000001/") {
		t.Errorf("callback path %s", r.Path)
	}
	rep := callback(t, r)
	if rep.Type != 4 || len(rep.Data.Embeds) != 1 || !strings.Contains(rep.Data.Embeds[0].Description, "**MNLA**") {
		t.Errorf("reply: %s", r.Body)
	}
	interact(t, f, "group_autocomplete", "1500000000000000002")
	if rep := callback(t, f.Next(t)); rep.Type != 8 || len(rep.Data.Choices) == 0 {
		t.Errorf("autocomplete reply type %d", rep.Type)
	}
	interact(t, f, "ask_more_click", "1500000000000000003")
	if rep := callback(t, f.Next(t)); rep.Type != 7 {
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
			hold := make(chan struct{})
			f, _, _ := startGateway(t, newTestBot(fakeSearch{hold: hold}), GatewayOptions{DeferAfter: 50 * time.Millisecond})
			interact(t, f, tt.interaction, fmt.Sprint(1600000000000000000+i))
			rep := callback(t, f.Next(t))
			close(hold)
			if rep.Type != tt.deferType {
				t.Fatalf("first reply type %d, want deferral %d", rep.Type, tt.deferType)
			}
			var last discordtest.Request
			for _, w := range tt.want {
				last = f.Next(t)
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
			f.FailInteraction(id, code)
			interact(t, f, "ask_basic", id)
			f.Next(t)
			// The session must still work, and nothing must be retried.
			interact(t, f, "briefings", "1700000000000000001")
			if r := f.Next(t); !strings.Contains(r.Path, "1700000000000000001") {
				t.Errorf("retried the failed reply: %s %s", r.Method, r.Path)
			}
			if err := stop(); err != nil {
				t.Fatal(err)
			}
			n := len(f.Requests())
			if n != 2 {
				t.Errorf("%d REST calls, want 2", n)
			}
			if want := map[int]string{codeUnknownInteraction: "expired", codeAlreadyAcked: "already acknowledged"}[code]; !strings.Contains(logs.String(), want) {
				t.Errorf("log lacks %q:\n%s", want, logs)
			}
		})
	}
}

// TestGatewayDrainsOnShutdown cancels Run while an answer is in flight: that
// answer must still be sent before Run returns, and an interaction that
// arrives while draining must be ignored, not answered.
func TestGatewayDrainsOnShutdown(t *testing.T) {
	gate := &gatedSearch{started: make(chan struct{}, 1), release: make(chan struct{})}
	h := startGatewayHarness(t, newTestBot(gate), GatewayOptions{DeferAfter: 5 * time.Second})
	interact(t, h.f, "ask_basic", "1800000000000000001")
	select {
	case <-gate.started:
	case <-time.After(discordtest.Patience):
		t.Fatal("the interaction never reached the searcher")
	}
	h.cancel()
	waitFor(t, "the gateway to start draining", func() bool {
		h.g.mu.Lock()
		defer h.g.mu.Unlock()
		return h.g.closing
	})
	interact(t, h.f, "briefings", "1800000000000000002")
	waitFor(t, "the late interaction to be ignored", func() bool {
		return strings.Contains(h.logs.String(), "interaction ignored: shutting down")
	})
	close(gate.release)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	var got []discordtest.Request
	for done := false; !done; {
		select {
		case r := <-h.f.Got():
			got = append(got, r)
		default:
			done = true
		}
	}
	if len(got) != 1 || !strings.Contains(got[0].Path, "/interactions/1800000000000000001/") {
		t.Fatalf("REST calls after shutdown = %v, want only the in-flight answer", got)
	}
	if rep := callback(t, got[0]); rep.Type != 4 {
		t.Errorf("in-flight answer type %d, want 4", rep.Type)
	}
}

// gatedSearch answers like fakeSearch, but only once released, and says
// when a search has started.
type gatedSearch struct {
	started chan struct{}
	release chan struct{}
}

func (g *gatedSearch) Search(ctx context.Context, q string, k, offset int) (corpus.Results, error) {
	select {
	case g.started <- struct{}{}:
	default:
	}
	select {
	case <-g.release:
	case <-ctx.Done():
		return corpus.Results{}, ctx.Err()
	}
	return fakeSearch{}.Search(ctx, q, k, offset)
}

// waitFor polls cond (every 5 ms, for up to 10 s): for states that have no
// channel to wait on.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(discordtest.Patience); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
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

// TestGatewayAnswersEverywhere: captured payloads from each place Discord
// lets people ask (a server, the bot's DMs, a group DM through a user
// install, a server through a user install: no guild_id, or user instead
// of member) and of each kind (slash command, message command, another
// user's page click) are answered over the gateway.
func TestGatewayAnswersEverywhere(t *testing.T) {
	tests := []struct {
		interaction string
		wantType    int
		ephemeral   bool
		contains    string
	}{
		{"dm_ask", 4, false, "**MNLA**"},
		{"user_install_ask", 4, false, "**MNLA**"},
		{"user_install_guild_ask", 4, false, "**MNLA**"},
		{"ask_message", 4, false, "Crisis in Mali 101 ¶2"},
		{"dm_ask_message", 4, false, "Crisis in Mali 101 ¶2"},
		{"help", 4, true, "I answer from 2 briefings"},
		{"dm_help", 4, true, "I answer from 2 briefings"},
		{"ask_private", 4, true, "**MNLA**"},
		{"ask_more_click_other_user", 4, true, "Results 4–6 of 7"},
		{"ask_more_click", 7, false, "Results 4–6 of 7"},
	}
	f, _, _ := startGateway(t, newTestBot(nil), GatewayOptions{})
	for i, tt := range tests {
		t.Run(tt.interaction, func(t *testing.T) {
			interact(t, f, tt.interaction, fmt.Sprint(1510000000000000000+i))
			r := f.Next(t)
			rep := callback(t, r)
			if rep.Type != tt.wantType || (rep.Data.Flags&64 != 0) != tt.ephemeral || !strings.Contains(string(r.Body), tt.contains) {
				t.Errorf("type %d flags %d, want type %d ephemeral %v and %q: %s", rep.Type, rep.Data.Flags, tt.wantType, tt.ephemeral, tt.contains, r.Body)
			}
		})
	}
}

// TestGatewayAckBeforeEdit: 300 deferrals over the gateway, each
// acknowledged before its edit (the fake refuses an edit that comes
// first, and fails the test for it) and edited exactly once. Answers take
// 200 times the deferral delay, so nearly all are deferred; one that
// beats a late timer on a loaded machine is answered in the callback,
// which is right, and does not count: waves go on until 300 were
// deferred (CI once saw one such answer under a load of 23).
func TestGatewayAckBeforeEdit(t *testing.T) {
	const n, wave, maxWaves = 300, 100, 10
	h := startGatewayHarness(t, newTestBot(fakeSearch{delay: 200 * time.Millisecond}), GatewayOptions{DeferAfter: time.Millisecond})
	h.f.WaitConnected(t, discordtest.Patience)
	_, raw := loadInteraction(t, "ask_basic")
	var deferred []string
	for sent := 0; len(deferred) < n; sent += wave {
		if sent == maxWaves*wave {
			t.Fatalf("only %d of %d interactions deferred", len(deferred), sent)
		}
		for j := sent; j < sent+wave; j++ {
			h.f.Interact(raw, fmt.Sprint(2200000000000000000+j))
		}
		waitFor(t, "a wave of answers", func() bool { return answered(h.f) == sent+wave })
		for j := sent; j < sent+wave; j++ {
			if id := fmt.Sprint(2200000000000000000 + j); h.f.Acknowledged(id) == 5 {
				deferred = append(deferred, id)
			}
		}
	}
	checkAckThenEdit(t, h.f, deferred)
}

// answered counts the interactions answered: by an edit, or in the
// callback itself.
func answered(f *discordtest.Server) int {
	n := 0
	for _, r := range f.Requests() {
		if r.Method == http.MethodPatch && r.Status == http.StatusOK || bytes.HasPrefix(r.Body, []byte(`{"type":4`)) {
			n++
		}
	}
	return n
}

package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// testKey is a fixed Ed25519 key standing in for Discord's signing key.
var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

var testNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

// signed builds a POST /interactions request signed as Discord does: the
// signature covers the timestamp followed by the body.
func signed(t *testing.T, body []byte, ts time.Time, key ed25519.PrivateKey) *http.Request {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(key, append([]byte(stamp), body...))
	r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	r.Header.Set("X-Signature-Timestamp", stamp)
	return r
}

func newTestHTTP(t *testing.T, b *Bot, ready func() bool) *HTTPHandler {
	t.Helper()
	h, err := NewHTTPHandler(b, HTTPOptions{
		PublicKey:    testKey.Public().(ed25519.PublicKey),
		Ready:        ready,
		Now:          func() time.Time { return testNow },
		AnswerBudget: 300 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func serve(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestHTTPRequests(t *testing.T) {
	h := newTestHTTP(t, newTestBot(nil), nil)
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	_, otherKey, _ := ed25519.GenerateKey(bytes.NewReader(bytes.Repeat([]byte{9}, 64)))
	tests := []struct {
		name     string
		req      func() *http.Request
		status   int
		wantBody string
	}{
		{"ping", func() *http.Request { return signed(t, ping, testNow, testKey) }, 200, `{"type":1}`},
		{"ping within skew", func() *http.Request { return signed(t, ping, testNow.Add(-4*time.Minute), testKey) }, 200, `{"type":1}`},
		{"wrong key", func() *http.Request { return signed(t, ping, testNow, otherKey) }, 401, ""},
		{"tampered body", func() *http.Request {
			r := signed(t, ping, testNow, testKey)
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(string(ping), `"type":1`, `"type":2`, 1)))
			return r
		}, 401, ""},
		{"no signature", func() *http.Request {
			r := signed(t, ping, testNow, testKey)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401, ""},
		{"garbage signature", func() *http.Request {
			r := signed(t, ping, testNow, testKey)
			r.Header.Set("X-Signature-Ed25519", "zz")
			return r
		}, 401, ""},
		{"stale timestamp", func() *http.Request { return signed(t, ping, testNow.Add(-6*time.Minute), testKey) }, 401, ""},
		{"future timestamp", func() *http.Request { return signed(t, ping, testNow.Add(6*time.Minute), testKey) }, 401, ""},
		{"non-numeric timestamp", func() *http.Request {
			body := ping
			sig := ed25519.Sign(testKey, append([]byte("yesterday"), body...))
			r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
			r.Header.Set("X-Signature-Timestamp", "yesterday")
			return r
		}, 401, ""},
		{"malformed JSON", func() *http.Request { return signed(t, []byte(`{"type":1,`), testNow, testKey) }, 400, ""},
		{"oversized body", func() *http.Request {
			return signed(t, bytes.Repeat([]byte(" "), MaxBodyBytes+1), testNow, testKey)
		}, 413, ""},
		{"GET interactions", func() *http.Request { return httptest.NewRequest(http.MethodGet, "/interactions", nil) }, 405, ""},
		{"healthz", func() *http.Request { return httptest.NewRequest(http.MethodGet, "/healthz", nil) }, 200, "ok\n"},
		{"unknown path", func() *http.Request { return httptest.NewRequest(http.MethodGet, "/", nil) }, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(h, tt.req())
			if w.Code != tt.status {
				t.Fatalf("status = %d, want %d; body %s", w.Code, tt.status, w.Body)
			}
			if tt.wantBody != "" && strings.TrimSpace(w.Body.String()) != strings.TrimSpace(tt.wantBody) {
				t.Errorf("body = %s, want %s", w.Body, tt.wantBody)
			}
		})
	}
}

// TestHTTPInteractions sends every captured interaction, signed, and checks
// the reply honours the mention rule and the limits.
func TestHTTPInteractions(t *testing.T) {
	h := newTestHTTP(t, newTestBot(nil), nil)
	files, _ := filepath.Glob(filepath.Join("testdata", "interactions", "*.json"))
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			_, raw := loadInteraction(t, name)
			w := serve(h, signed(t, raw, testNow, testKey))
			if w.Code != 200 {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			checkReply(t, w.Body.Bytes())
		})
	}
}

func TestHTTPEveryoneDoesNotPing(t *testing.T) {
	h := newTestHTTP(t, newTestBot(nil), nil)
	_, raw := loadInteraction(t, "ask_everyone")
	w := serve(h, signed(t, raw, testNow, testKey))
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	r := checkReply(t, w.Body.Bytes())
	if !bytes.Contains(w.Body.Bytes(), []byte(`"allowed_mentions":{"parse":[]`)) {
		t.Errorf("no explicit empty parse list: %s", w.Body)
	}
	if strings.Contains(r.Data.Content, "@everyone") {
		t.Errorf("@everyone in message content: %q", r.Data.Content)
	}
	var generic map[string]any
	json.Unmarshal(w.Body.Bytes(), &generic)
	am := generic["data"].(map[string]any)["allowed_mentions"].(map[string]any)
	if p, ok := am["parse"].([]any); !ok || len(p) != 0 {
		t.Errorf("parse = %#v", am["parse"])
	}
	if _, has := am["users"]; has {
		t.Errorf("users allowed: %v", am)
	}
}

func TestHTTPReadiness(t *testing.T) {
	var ready atomic.Bool
	h := newTestHTTP(t, newTestBot(nil), ready.Load)
	if w := serve(h, httptest.NewRequest(http.MethodGet, "/healthz", nil)); w.Code != 503 {
		t.Errorf("healthz before ready = %d, want 503", w.Code)
	}
	_, raw := loadInteraction(t, "ask_basic")
	w := serve(h, signed(t, raw, testNow, testKey))
	r := checkReply(t, w.Body.Bytes())
	if r.Data.Flags != 64 || !strings.Contains(r.Data.Content, "still loading") {
		t.Errorf("before ready: %s", w.Body)
	}
	ping := []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`)
	if w := serve(h, signed(t, ping, testNow, testKey)); w.Body.String() != `{"type":1}` {
		t.Errorf("ping before ready = %s", w.Body)
	}
	ready.Store(true)
	if w := serve(h, httptest.NewRequest(http.MethodGet, "/healthz", nil)); w.Code != 200 {
		t.Errorf("healthz after ready = %d, want 200", w.Code)
	}
}

func TestHTTPSlowAnswerApologises(t *testing.T) {
	h := newTestHTTP(t, newTestBot(fakeSearch{delay: 2 * time.Second}), nil)
	_, raw := loadInteraction(t, "ask_basic")
	start := time.Now()
	w := serve(h, signed(t, raw, testNow, testKey))
	if time.Since(start) > time.Second {
		t.Errorf("took %v; the budget is 300ms", time.Since(start))
	}
	r := checkReply(t, w.Body.Bytes())
	if r.Data.Flags != 64 {
		t.Errorf("slow answer not ephemeral: %s", w.Body)
	}
}

func TestNewHTTPHandlerNeedsKey(t *testing.T) {
	if _, err := NewHTTPHandler(newTestBot(nil), HTTPOptions{}); err == nil {
		t.Error("no error for a missing public key")
	}
}

// TestHTTPMiddleware wraps the bot in a Responder that panics or returns
// an unfinished reply; the transport must still send a valid one.
func TestHTTPMiddleware(t *testing.T) {
	tests := []struct {
		name string
		mw   ResponderFunc
		want string
	}{
		{"panics", func(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse { panic("boom") }, "went wrong on our side"},
		{"unfinished reply", func(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse {
			return &discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Content: "Slow down @everyone " + strings.Repeat("x", 3000)}}
		}, "Slow down"},
		{"nil reply", func(ctx context.Context, in *discordgo.Interaction) *discordgo.InteractionResponse { return nil }, "went wrong on our side"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := NewHTTPHandler(tt.mw, HTTPOptions{PublicKey: testKey.Public().(ed25519.PublicKey), Now: func() time.Time { return testNow }})
			if err != nil {
				t.Fatal(err)
			}
			_, raw := loadInteraction(t, "ask_basic")
			w := serve(h, signed(t, raw, testNow, testKey))
			r := checkReply(t, w.Body.Bytes())
			if !strings.Contains(r.Data.Content, tt.want) {
				t.Errorf("content %q lacks %q", r.Data.Content, tt.want)
			}
		})
	}
}

package bot

import (
	"crypto/ed25519"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discordtest"
)

// TestHTTPDefersSlowAnswers: with a FollowUp client, an answer that misses
// the budget is acknowledged with a deferral in the HTTP response and
// completed through Discord's webhook API, never apologised for.
func TestHTTPDefersSlowAnswers(t *testing.T) {
	tests := []struct {
		name        string
		interaction string
		wantAck     int      // HTTP response type
		wantCalls   []string // METHOD and path suffix, in order
		wantBody    []string // in the last call's body
	}{
		{"slow command is edited in", "ask_basic", 5,
			[]string{"PATCH /messages/@original"}, []string{`"embeds":[{`, `"parse":[]`}},
		{"slow button updates its message", "ask_more_click", 6,
			[]string{"PATCH /messages/@original"}, []string{`"embeds":[{`, `"parse":[]`}},
		{"slow error becomes an ephemeral follow-up", "ask_no_match", 5,
			[]string{"DELETE /messages/@original", "POST /{token}"}, []string{`"flags":64`, `"parse":[]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := discordtest.NewServer(t)
			h, err := NewHTTPHandler(newTestBot(fakeSearch{delay: 150 * time.Millisecond}), HTTPOptions{
				PublicKey:    testKey.Public().(ed25519.PublicKey),
				Now:          func() time.Time { return testNow },
				AnswerBudget: 20 * time.Millisecond,
				FollowUp:     f.Client(),
			})
			if err != nil {
				t.Fatal(err)
			}
			in, raw := loadInteraction(t, tt.interaction)
			w := serve(h, signed(t, raw, testNow, testKey))
			var ack struct {
				Type int `json:"type"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &ack); err != nil || ack.Type != tt.wantAck {
				t.Fatalf("HTTP reply %d %s, want type %d", w.Code, w.Body, tt.wantAck)
			}
			var last discordtest.Request
			for _, want := range tt.wantCalls {
				last = f.Next(t)
				method, suffix, _ := strings.Cut(want, " ")
				suffix = strings.ReplaceAll(suffix, "{token}", in.Token)
				if last.Method != method || !strings.HasSuffix(last.Path, suffix) || !strings.Contains(last.Path, "/webhooks/"+in.AppID+"/") {
					t.Fatalf("REST call %s %s, want %s", last.Method, last.Path, want)
				}
				if last.Header.Get("Authorization") != "" {
					t.Errorf("follow-up sent an Authorization header: no bot token is needed or held")
				}
			}
			for _, s := range tt.wantBody {
				if !strings.Contains(string(last.Body), s) {
					t.Errorf("%s %s lacks %s: %s", last.Method, last.Path, s, last.Body)
				}
			}
			if err := h.Wait(t.Context()); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestHTTPWaitDrainsDeferredAnswers: Wait returns only once deferred
// answers are complete, so a shutdown does not drop them.
func TestHTTPWaitDrainsDeferredAnswers(t *testing.T) {
	f := discordtest.NewServer(t)
	h, err := NewHTTPHandler(newTestBot(fakeSearch{delay: 300 * time.Millisecond}), HTTPOptions{
		PublicKey:    testKey.Public().(ed25519.PublicKey),
		Now:          func() time.Time { return testNow },
		AnswerBudget: 10 * time.Millisecond,
		FollowUp:     f.Client(),
	})
	if err != nil {
		t.Fatal(err)
	}
	_, raw := loadInteraction(t, "ask_basic")
	if w := serve(h, signed(t, raw, testNow, testKey)); w.Code != http.StatusOK {
		t.Fatalf("status %d", w.Code)
	}
	if err := h.Wait(t.Context()); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-f.Got():
		if r.Method != http.MethodPatch {
			t.Errorf("got %s %s", r.Method, r.Path)
		}
	default:
		t.Error("Wait returned before the deferred answer was sent")
	}
}

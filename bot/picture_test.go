package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"image/png"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot/discordtest"
	"github.com/briefbot/briefbot/bot/timelinechart"
)

// newChartBot is the test bot with pictures on.
func newChartBot(t *testing.T) *Bot {
	t.Helper()
	r, err := timelinechart.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	b := newTestBot(nil)
	b.chart = r
	return b
}

// withOption adds an option to a captured command interaction.
func withOption(t *testing.T, raw []byte, name string, value any) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	data := m["data"].(map[string]any)
	opts, _ := data["options"].([]any)
	data["options"] = append(opts, map[string]any{"name": name, "type": 5, "value": value})
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// withAttachment puts a message carrying a file under a captured click.
func withAttachment(t *testing.T, raw []byte, filename string) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	msg, _ := m["message"].(map[string]any)
	if msg == nil {
		msg = map[string]any{"id": "1300000000000000001", "channel_id": "1000000000000000002"}
	}
	msg["attachments"] = []any{map[string]any{"id": "1300000000000000002", "filename": filename}}
	m["message"] = msg
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func decodeInteraction(t *testing.T, raw []byte) *discordgo.Interaction {
	t.Helper()
	var in discordgo.Interaction
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatal(err)
	}
	return &in
}

// slowDraw bounds waits that include drawing a chart, which takes
// seconds under the race detector on a busy machine; the fake's Next
// waits only 5 s.
const slowDraw = 60 * time.Second

// nextCall waits up to slowDraw for the bot's next call to the fake.
func nextCall(t *testing.T, f *discordtest.Server) discordtest.Request {
	t.Helper()
	select {
	case r := <-f.Got():
		return r
	case <-time.After(slowDraw):
		t.Fatal("timed out waiting for the bot to call Discord")
		return discordtest.Request{}
	}
}

// checkPNG fails unless b is a PNG at least 800×300.
func checkPNG(t *testing.T, b []byte) {
	t.Helper()
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("attachment is not a PNG: %v", err)
	}
	if cfg.Width < 800 || cfg.Height < 300 {
		t.Errorf("picture is %dx%d, want at least 800x300", cfg.Width, cfg.Height)
	}
}

// TestTimelinePicture: /timeline attaches its chart beside the text list
// unless picture:false; a page click redraws it exactly when the message
// it replaces had one; without a renderer the reply is text only.
func TestTimelinePicture(t *testing.T) {
	_, cmd := loadInteraction(t, "timeline_all")
	_, click := loadInteraction(t, "timeline_older_click")
	tests := []struct {
		name     string
		raw      []byte
		noChart  bool
		want     bool
		wantType discordgo.InteractionResponseType
	}{
		{"command", cmd, false, true, discordgo.InteractionResponseChannelMessageWithSource},
		{"picture:true", withOption(t, cmd, "picture", true), false, true, discordgo.InteractionResponseChannelMessageWithSource},
		{"picture:false", withOption(t, cmd, "picture", false), false, false, discordgo.InteractionResponseChannelMessageWithSource},
		{"no renderer", cmd, true, false, discordgo.InteractionResponseChannelMessageWithSource},
		{"page of a message with the chart", withAttachment(t, click, timelinePicture), false, true, discordgo.InteractionResponseUpdateMessage},
		{"page of a message without it", click, false, false, discordgo.InteractionResponseUpdateMessage},
		{"page of a message with another file", withAttachment(t, click, "other.png"), false, false, discordgo.InteractionResponseUpdateMessage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newChartBot(t)
			if tt.noChart {
				b = newTestBot(nil)
			}
			resp := b.Respond(t.Context(), decodeInteraction(t, tt.raw))
			if resp.Type != tt.wantType || len(resp.Data.Embeds) != 1 || resp.Data.Embeds[0].Description == "" {
				t.Fatalf("reply type %d with %d embeds, want type %d with the text list", resp.Type, len(resp.Data.Embeds), tt.wantType)
			}
			if got := len(resp.Data.Files) == 1; got != tt.want {
				t.Fatalf("picture attached = %v, want %v", got, tt.want)
			}
			if !tt.want {
				return
			}
			f := resp.Data.Files[0]
			if f.Name != timelinePicture || f.ContentType != "image/png" {
				t.Errorf("file %q (%s)", f.Name, f.ContentType)
			}
			var buf bytes.Buffer
			buf.ReadFrom(f.Reader)
			checkPNG(t, buf.Bytes())
		})
	}
}

// TestGatewayUploadsPicture: over the gateway the callback itself is a
// multipart form carrying the reply and the chart.
func TestGatewayUploadsPicture(t *testing.T) {
	f, _, _ := startGateway(t, newChartBot(t), GatewayOptions{DeferAfter: slowDraw})
	interact(t, f, "timeline_all", "1700000000000000001")
	r := nextCall(t, f)
	if r.Method != http.MethodPost || !strings.HasSuffix(r.Path, "/callback") {
		t.Fatalf("got %s %s, want the callback", r.Method, r.Path)
	}
	payload, files, err := r.Upload()
	if err != nil {
		t.Fatal(err)
	}
	rep := checkReply(t, payload)
	if rep.Type != 4 || len(rep.Data.Embeds) != 1 || !strings.Contains(rep.Data.Embeds[0].Description, "Konna") {
		t.Errorf("payload lacks the text list: %s", payload)
	}
	if !strings.Contains(string(payload), `"attachments":[{"id":"0","filename":"timeline.png"}]`) {
		t.Errorf("payload does not list the upload: %s", payload)
	}
	if len(files) != 1 || files[0].Name != timelinePicture || files[0].Field != "files[0]" {
		t.Fatalf("files %+v, want timeline.png as files[0]", files)
	}
	checkPNG(t, files[0].Data)
}

// TestHTTPAttachesPictureByEdit: over the HTTP endpoint the response is
// the text list as JSON, naming no upload, and the chart follows as a
// multipart edit of the original response, through the webhook and
// without a bot token. When Discord does not know the message yet, the
// edit is tried again; when the upload fails for good, it is logged and
// the text stands.
func TestHTTPAttachesPictureByEdit(t *testing.T) {
	tests := []struct {
		name       string
		failCode   int // how Discord refuses the first edits
		failTimes  int
		wantEdits  int
		wantLogged string
	}{
		{"edit carries the chart", 0, 0, 1, ""},
		{"edit overtakes the response", 10008, 1, 2, ""},
		{"upload refused", 50035, 1, 1, "attach picture"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := discordtest.NewServer(t)
			logs := &logBuffer{}
			in, raw := loadInteraction(t, "timeline_all")
			if tt.failTimes > 0 {
				f.FailPath("/messages/@original", tt.failCode, tt.failTimes)
			}
			h, err := NewHTTPHandler(newChartBot(t), HTTPOptions{
				PublicKey:    testKey.Public().(ed25519.PublicKey),
				Now:          func() time.Time { return testNow },
				AnswerBudget: slowDraw,
				FollowUp:     f.Client(),
				Logger:       slog.New(slog.NewTextHandler(logs, nil)),
			})
			if err != nil {
				t.Fatal(err)
			}
			w := serve(h, signed(t, raw, testNow, testKey))
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Fatalf("HTTP response is %s, want JSON", ct)
			}
			rep := checkReply(t, w.Body.Bytes())
			if rep.Type != 4 || len(rep.Data.Embeds) != 1 || !strings.Contains(rep.Data.Embeds[0].Description, "Konna") {
				t.Errorf("HTTP response lacks the text list: %s", w.Body)
			}
			if strings.Contains(w.Body.String(), "attachments") {
				t.Errorf("HTTP response names an upload it cannot carry: %s", w.Body)
			}
			var last discordtest.Request
			for range tt.wantEdits {
				last = nextCall(t, f)
				if last.Method != http.MethodPatch || !strings.HasSuffix(last.Path, "/webhooks/"+in.AppID+"/"+in.Token+"/messages/@original") {
					t.Fatalf("got %s %s, want the edit of the original response", last.Method, last.Path)
				}
				if last.Header.Get("Authorization") != "" {
					t.Error("the edit sent an Authorization header")
				}
			}
			if err := h.Wait(t.Context()); err != nil {
				t.Fatal(err)
			}
			payload, files, err := last.Upload()
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != 1 || files[0].Name != timelinePicture {
				t.Fatalf("edit uploads %+v, want timeline.png", files)
			}
			checkPNG(t, files[0].Data)
			if string(payload) != `{"attachments":[{"id":"0","filename":"timeline.png"}]}` {
				t.Errorf("edit payload should only add the attachment, leaving the text: %s", payload)
			}
			if tt.wantLogged != "" && !strings.Contains(logs.String(), tt.wantLogged) {
				t.Errorf("failure not logged:\n%s", logs)
			}
			if tt.wantLogged == "" && strings.Contains(logs.String(), "level=ERROR") {
				t.Errorf("unexpected error logged:\n%s", logs)
			}
			if strings.Contains(logs.String(), in.Token) {
				t.Error("the interaction token reached the log")
			}
		})
	}
}

// TestHTTPPageClearsOldPicture: a page click answered over HTTP drops the
// old page's chart with its text, and the new chart follows by edit.
func TestHTTPPageClearsOldPicture(t *testing.T) {
	f := discordtest.NewServer(t)
	h, err := NewHTTPHandler(newChartBot(t), HTTPOptions{
		PublicKey:    testKey.Public().(ed25519.PublicKey),
		Now:          func() time.Time { return testNow },
		AnswerBudget: slowDraw,
		FollowUp:     f.Client(),
	})
	if err != nil {
		t.Fatal(err)
	}
	_, click := loadInteraction(t, "timeline_older_click")
	w := serve(h, signed(t, withAttachment(t, click, timelinePicture), testNow, testKey))
	if rep := checkReply(t, w.Body.Bytes()); rep.Type != 7 || !strings.Contains(w.Body.String(), `"attachments":[]`) {
		t.Errorf("update should clear the old chart: %s", w.Body)
	}
	if _, files, err := nextCall(t, f).Upload(); err != nil || len(files) != 1 {
		t.Errorf("new chart not uploaded: %v %+v", err, files)
	}
	if err := h.Wait(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// TestDeferredTimelineEditCarriesPicture: an answer too slow for the
// first reply is deferred, and the edit that completes it carries the
// text and the chart together, over both transports.
func TestDeferredTimelineEditCarriesPicture(t *testing.T) {
	check := func(t *testing.T, r discordtest.Request) {
		t.Helper()
		if r.Method != http.MethodPatch || !strings.HasSuffix(r.Path, "/messages/@original") {
			t.Fatalf("got %s %s, want the edit of the original", r.Method, r.Path)
		}
		payload, files, err := r.Upload()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(payload), `"embeds":[{`) || !strings.Contains(string(payload), `"attachments":[{"id":"0","filename":"timeline.png"}]`) {
			t.Errorf("edit payload: %s", payload)
		}
		if len(files) != 1 {
			t.Fatalf("edit uploads %d files", len(files))
		}
		checkPNG(t, files[0].Data)
	}
	t.Run("gateway", func(t *testing.T) {
		f, _, _ := startGateway(t, newChartBot(t), GatewayOptions{DeferAfter: time.Nanosecond})
		interact(t, f, "timeline_all", "1700000000000000002")
		if rep := callback(t, f.Next(t)); rep.Type != 5 {
			t.Fatalf("first reply type %d, want the deferral", rep.Type)
		}
		check(t, nextCall(t, f))
	})
	t.Run("http", func(t *testing.T) {
		f := discordtest.NewServer(t)
		h, err := NewHTTPHandler(newChartBot(t), HTTPOptions{
			PublicKey:    testKey.Public().(ed25519.PublicKey),
			Now:          func() time.Time { return testNow },
			AnswerBudget: time.Nanosecond,
			FollowUp:     f.Client(),
		})
		if err != nil {
			t.Fatal(err)
		}
		_, raw := loadInteraction(t, "timeline_all")
		if w := serve(h, signed(t, raw, testNow, testKey)); w.Code != http.StatusAccepted {
			t.Fatalf("HTTP reply %d %s, want 202 after a deferral through the callback", w.Code, w.Body)
		}
		if rep := callback(t, nextCall(t, f)); rep.Type != 5 {
			t.Fatalf("callback type %d, want the deferral", rep.Type)
		}
		check(t, nextCall(t, f))
		if err := h.Wait(t.Context()); err != nil {
			t.Fatal(err)
		}
	})
}

package main

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/briefbot/briefbot/feedback"
)

// replica is one "briefbot serve --http" run by a test.
type replica struct {
	base string
	logs *syncBuffer
	stop func() error
}

// startServe runs serve --http with args and waits until it answers.
func startServe(t *testing.T, args ...string) *replica {
	t.Helper()
	e, _, logs := testEnv(map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(serveKey.Public().(ed25519.PublicKey))})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, e, serveCommand(), append([]string{"--http", "127.0.0.1:0", "--log-level", "info"}, args...), blockedClient(t))
	}()
	stopped := false
	s := &replica{logs: logs, stop: func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(20 * time.Second):
			return fmt.Errorf("serve did not stop")
		}
	}}
	t.Cleanup(func() { s.stop() })
	addrRE := regexp.MustCompile(`msg=listening what=--http addr=(\S+)`)
	for deadline := time.Now().Add(10 * time.Second); s.base == ""; time.Sleep(10 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(logs.String()); m != nil {
			s.base = "http://" + m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, logs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server never listened: %s", logs)
		}
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(s.base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("index never became ready")
		}
	}
}

// reply is the part of an interaction response these tests read.
type reply struct {
	Type int `json:"type"`
	Data struct {
		Content    string            `json:"content"`
		Flags      int               `json:"flags"`
		Embeds     []json.RawMessage `json:"embeds"`
		Components []struct {
			Components []struct {
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
	} `json:"data"`
	raw []byte
}

// button returns the custom_id of the button labelled label.
func (r reply) button(label string) string {
	for _, row := range r.Data.Components {
		for _, b := range row.Components {
			if b.Label == label {
				return b.CustomID
			}
		}
	}
	return ""
}

func (r reply) ephemeral() bool { return r.Data.Flags&64 != 0 }

// post sends a signed interaction to s and decodes the reply.
func (s *replica) post(t *testing.T, body any) reply {
	t.Helper()
	raw, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(signedRequest(t, s.base, raw))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, out)
	}
	var r reply
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	r.raw = out
	return r
}

func askOn(guild, user, q string) map[string]any {
	return map[string]any{
		"id": "3", "application_id": "2", "type": 2, "token": "t", "version": 1, "guild_id": guild,
		"member": map[string]any{"user": map[string]any{"id": user}, "permissions": "0"},
		"data":   map[string]any{"id": "4", "name": "ask", "type": 1, "options": []any{map[string]any{"name": "question", "type": 3, "value": q}}},
	}
}

// clickBody is a click on customID under answer, the message Discord
// made of it (with ID msgID), as Discord sends it.
func clickBody(guild, user, customID, msgID string, answer reply) map[string]any {
	var data map[string]any
	json.Unmarshal(answer.raw, &struct {
		Data *map[string]any `json:"data"`
	}{&data})
	return map[string]any{
		"id": "5", "application_id": "2", "type": 3, "token": "t", "version": 1, "guild_id": guild,
		"member": map[string]any{"user": map[string]any{"id": user}, "permissions": "0"},
		"data":   map[string]any{"custom_id": customID, "component_type": 2},
		"message": map[string]any{
			"id": msgID, "channel_id": "8", "type": 20, "content": "", "embeds": data["embeds"], "components": data["components"],
			"author": map[string]any{"id": "2", "username": "briefbot", "bot": true}, "timestamp": "2026-11-30T12:00:00Z",
		},
	}
}

// runGapsJSON runs "briefbot gaps --json" with args and decodes it.
func runGapsJSON(t *testing.T, args ...string) gapsReport {
	t.Helper()
	e, out, errs := testEnv(nil)
	if err := runGaps(context.Background(), e, gapsCommand(), append([]string{"--json"}, args...)); err != nil {
		t.Fatalf("gaps: %v\n%s", err, errs)
	}
	var rep gapsReport
	if err := json.Unmarshal([]byte(out.String()), &rep); err != nil {
		t.Fatalf("gaps --json: %v\n%s", err, out)
	}
	if !strings.Contains(out.String(), `"gaps": [`) {
		t.Errorf("gaps --json is not {\"gaps\": [...]}: %s", out)
	}
	return rep
}

// TestFeedbackFlow is the maintainers' check on SQLite: serve with a
// database, an /ask answered with both buttons, a "Not helpful" click
// acknowledged privately, then, after the replica stops, gaps --json lists
// the question with not_helpful ≥ 1.
func TestFeedbackFlow(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fb.db")
	s := startServe(t, "--database", "sqlite:"+db)
	const q = "Who leads the MNLA?"
	answer := s.post(t, askOn("9", "u1", q))
	if answer.Type != 4 || answer.ephemeral() || answer.button("Helpful") == "" || answer.button("Not helpful") == "" {
		t.Fatalf("answer without both buttons: %s", answer.raw)
	}
	const voter = "1000000000000000777"
	ack := s.post(t, clickBody("9", voter, answer.button("Not helpful"), "1300000000000000001", answer))
	if ack.Type != 4 || !ack.ephemeral() || !strings.Contains(ack.Data.Content, "Thanks") {
		t.Fatalf("vote not acknowledged privately: %s", ack.raw)
	}
	if err := s.stop(); err != nil {
		t.Fatal(err)
	}
	rep := runGapsJSON(t, "--database", "sqlite:"+db)
	if len(rep.Gaps) != 1 || rep.Gaps[0].Question != q || rep.Gaps[0].NotHelpful < 1 || rep.Gaps[0].Asked != 1 {
		t.Fatalf("gaps = %+v, want %q with not_helpful ≥ 1", rep.Gaps, q)
	}
	if g := rep.Gaps[0]; len(g.Shown) == 0 || g.Shown[0].Briefing != "crisis-in-mali-101" || g.Shown[0].Paragraph < 1 {
		t.Errorf("shown = %+v", g.Shown)
	}
	if other := runGapsJSON(t, "--database", "sqlite:"+db, "--guild", "10"); len(other.Gaps) != 0 {
		t.Errorf("another guild's report: %+v", other.Gaps)
	}
	if later := runGapsJSON(t, "--database", "sqlite:"+db, "--since", time.Now().AddDate(0, 0, 2).Format(time.DateOnly)); len(later.Gaps) != 0 {
		t.Errorf("a report from the day after tomorrow: %+v", later.Gaps)
	}
	e, out, _ := testEnv(nil)
	if err := runGaps(context.Background(), e, gapsCommand(), []string{"--database", "sqlite:" + db}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1. " + q, "asked 1 · not helpful 1 · helpful 0", "shown: crisis-in-mali-101 ¶"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("gaps text lacks %q:\n%s", want, out)
		}
	}
	for _, f := range []string{db, db + "-wal"} {
		if data, err := os.ReadFile(f); err == nil && strings.Contains(string(data), voter) {
			t.Errorf("the voter's ID is stored in clear in %s", f)
		}
	}
}

// TestFeedbackDefaults: with --index-dir and no --database, feedback lives
// in the index folder; with neither, it is off and the log says so, and
// answers carry no vote buttons.
func TestFeedbackDefaults(t *testing.T) {
	idx := filepath.Join(t.TempDir(), "idx")
	s := startServe(t, "--index-dir", idx)
	if a := s.post(t, askOn("9", "u1", "who leads the MNLA?")); a.button("Helpful") == "" {
		t.Errorf("no buttons with --index-dir: %s", a.raw)
	}
	s.stop()
	if _, err := os.Stat(filepath.Join(idx, feedbackFile)); err != nil {
		t.Errorf("no database in the index folder: %v", err)
	}
	if rep := runGapsJSON(t, "--index-dir", idx); rep.Gaps == nil {
		t.Errorf("gaps --index-dir: %+v", rep)
	}

	off := startServe(t)
	if a := off.post(t, askOn("9", "u1", "who leads the MNLA?")); a.button("Helpful") != "" || a.button("More results") == "" {
		t.Errorf("feedback off, yet: %s", a.raw)
	}
	off.stop()
	if !strings.Contains(off.logs.String(), "feedback is off") {
		t.Errorf("no log line saying feedback is off:\n%s", off.logs)
	}
}

// TestFeedbackErrors: a bad database, date or retention fails with a
// message naming the culprit.
func TestFeedbackErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	unwritable := filepath.Join(file, "x.db") // under a file: unwritable even as root
	missing := filepath.Join(t.TempDir(), "nothing-here", "x.db")
	pub := hex.EncodeToString(serveKey.Public().(ed25519.PublicKey))
	tests := []struct {
		name  string
		gaps  bool
		args  []string
		want  []string
		usage bool
	}{
		{"gaps on an unwritable path", true, []string{"--database", "sqlite:" + unwritable}, []string{unwritable}, false},
		{"gaps on a missing file", true, []string{"--database", "sqlite:" + missing}, []string{missing, "serve --database creates it"}, false},
		{"gaps unknown scheme", true, []string{"--database", "bogus://x"}, []string{"bogus", "sqlite:PATH", "postgres://"}, false},
		{"gaps without a database", true, nil, []string{"--database"}, true},
		{"gaps bad since", true, []string{"--database", "sqlite:x", "--since", "2026-02-30"}, []string{"--since", "2026-02-30"}, true},
		{"serve unknown scheme", false, []string{"--http", "127.0.0.1:0", "--database", "bogus://x"}, []string{"bogus", "sqlite:PATH"}, false},
		{"serve unwritable", false, []string{"--http", "127.0.0.1:0", "--database", "sqlite:" + unwritable}, []string{unwritable}, false},
		{"serve bad retention", false, []string{"--http", "127.0.0.1:0", "--feedback-retention", "forever"}, []string{"--feedback-retention", "forever"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, _, _ := testEnv(map[string]string{"DISCORD_PUBLIC_KEY": pub})
			var err error
			if tt.gaps {
				err = runGaps(context.Background(), e, gapsCommand(), tt.args)
			} else {
				err = runServe(context.Background(), e, serveCommand(), tt.args, blockedClient(t))
			}
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not name %q", err, w)
				}
			}
			if got := exitCode(err) == 2; got != tt.usage {
				t.Errorf("exit code %d for %v", exitCode(err), err)
			}
		})
	}
	if _, err := os.Stat(filepath.Dir(missing)); err == nil {
		t.Errorf("gaps created %s", filepath.Dir(missing))
	}
}

func TestParseRetention(t *testing.T) {
	for in, want := range map[string]time.Duration{"180d": 180 * 24 * time.Hour, "1d": 24 * time.Hour, "720h": 720 * time.Hour, " 30d ": 30 * 24 * time.Hour} {
		if got, err := parseRetention(in); err != nil || got != want {
			t.Errorf("parseRetention(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0d", "-5d", "d", "soon", "0"} {
		if _, err := parseRetention(in); err == nil {
			t.Errorf("parseRetention(%q) accepted", in)
		}
	}
}

func TestDatabaseURL(t *testing.T) {
	env := func(v string) func(string) string { return func(string) string { return v } }
	for _, tc := range []struct{ flag, index, env, want string }{
		{"postgres://h/db", "/idx", "sqlite:/e.db", "postgres://h/db"},
		{"", "/idx", "sqlite:/e.db", "sqlite:/e.db"},
		{"", "/var/lib/briefbot/index", "", "sqlite:/var/lib/briefbot/index/feedback.db"},
		{"", "", "", ""},
	} {
		if got := databaseURL(tc.flag, tc.index, env(tc.env)); got != tc.want {
			t.Errorf("databaseURL(%q, %q, env %q) = %q, want %q", tc.flag, tc.index, tc.env, got, tc.want)
		}
	}
}

// postgresDB makes a fresh database on the server BRIEFBOT_TEST_POSTGRES
// names (.ci/run starts one), dropped when the test ends, or skips the
// test saying why.
func postgresDB(t *testing.T) string {
	t.Helper()
	base := os.Getenv("BRIEFBOT_TEST_POSTGRES")
	if base == "" {
		t.Skip("PostgreSQL tests skipped: BRIEFBOT_TEST_POSTGRES is not set (.ci/run starts a server and sets it)")
	}
	cfg, err := pgx.ParseConfig(base)
	if err != nil {
		t.Fatal(err)
	}
	admin := stdlib.OpenDB(*cfg)
	t.Cleanup(func() { admin.Close() })
	name := fmt.Sprintf("briefbot_test_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() { dropDatabase(t, admin, name) })
	u, err := neturl.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func dropDatabase(t *testing.T, admin *sql.DB, name string) {
	if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
		t.Logf("drop database %s: %v", name, err)
	}
}

// TestServeReplicasSharePostgres: two serve --http replicas on one
// PostgreSQL, as behind a load balancer. A page or vote button works
// whichever replica receives the click, and votes through either replica
// land in one report, a user's second vote replacing their first.
func TestServeReplicasSharePostgres(t *testing.T) {
	db := postgresDB(t)
	a := startServe(t, "--database", db)
	b := startServe(t, "--database", db)
	const q = "Who leads the MNLA?"
	answer := a.post(t, askOn("9", "u1", q))
	const msg = "1300000000000000042"
	if page := b.post(t, clickBody("9", "u1", answer.button("More results"), msg, answer)); page.Type != 7 || page.button("Not helpful") == "" || page.button("Back") == "" {
		t.Fatalf("page click on the other replica: %s", page.raw)
	}
	for i, vote := range []struct {
		via   *replica
		user  string
		label string
	}{
		{b, "u2", "Helpful"},
		{a, "u2", "Not helpful"}, // u2 changes their mind through the other replica
		{a, "u3", "Not helpful"},
		{b, "u4", "Helpful"},
	} {
		if ack := vote.via.post(t, clickBody("9", vote.user, answer.button(vote.label), msg, answer)); !ack.ephemeral() || !strings.Contains(ack.Data.Content, "Thanks") {
			t.Fatalf("vote %d: %s", i, ack.raw)
		}
	}
	b.post(t, askOn("9", "u5", "who leads the mnla"))
	if err := a.stop(); err != nil {
		t.Fatal(err)
	}
	if err := b.stop(); err != nil {
		t.Fatal(err)
	}
	rep := runGapsJSON(t, "--database", db, "--guild", "9")
	if len(rep.Gaps) != 1 {
		t.Fatalf("gaps = %+v, want one question", rep.Gaps)
	}
	if g := rep.Gaps[0]; g.Asked != 2 || g.NotHelpful != 2 || g.Helpful != 1 {
		t.Errorf("asked %d, not helpful %d, helpful %d; want 2, 2, 1", g.Asked, g.NotHelpful, g.Helpful)
	}
}

// TestServePrunesAtStart: rows older than --feedback-retention are gone
// once serve has started; newer ones stay.
func TestServePrunesAtStart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fb.db")
	s, err := feedback.Open(context.Background(), "sqlite:"+db, feedback.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.RecordAsk(feedback.Ask{Time: time.Now().Add(-10 * 24 * time.Hour), Guild: "9", Question: "old question", NoAnswer: true})
	s.RecordAsk(feedback.Ask{Time: time.Now().Add(-time.Hour), Guild: "9", Question: "new question", NoAnswer: true})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	srv := startServe(t, "--database", "sqlite:"+db, "--feedback-retention", "7d")
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(srv.logs.String(), "pruned rows past the retention"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no prune logged:\n%s", srv.logs)
		}
	}
	if err := srv.stop(); err != nil {
		t.Fatal(err)
	}
	rep := runGapsJSON(t, "--database", "sqlite:"+db)
	if len(rep.Gaps) != 1 || rep.Gaps[0].Question != "new question" {
		t.Errorf("after pruning: %+v", rep.Gaps)
	}
}

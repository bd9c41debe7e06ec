package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

// fakeREST answers Discord's bulk-overwrite endpoint and records calls.
type fakeREST struct {
	status int
	calls  []string
	bodies [][]byte
}

func (f *fakeREST) start(t *testing.T) *http.Client {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.calls = append(f.calls, r.Method+" "+r.URL.Path)
		f.bodies = append(f.bodies, body)
		if r.Header.Get("Authorization") != "Bot "+fakeToken {
			t.Errorf("Authorization %q", r.Header.Get("Authorization"))
		}
		if f.status != 0 {
			w.WriteHeader(f.status)
			io.WriteString(w, `{"message":"nope","code":50001}`)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(body) // Discord echoes the created commands
	}))
	t.Cleanup(srv.Close)
	return &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
		if r.URL.Host != "discord.com" {
			t.Errorf("request to %s", r.URL.Host)
			return nil, errors.New("blocked")
		}
		r = r.Clone(r.Context())
		r.URL.Scheme, r.URL.Host = "http", strings.TrimPrefix(srv.URL, "http://")
		return http.DefaultTransport.RoundTrip(r)
	})}
}

func TestRegister(t *testing.T) {
	full := map[string]string{"DISCORD_TOKEN": fakeToken, "DISCORD_APP_ID": "1100000000000000001"}
	tests := []struct {
		name     string
		vars     map[string]string
		args     []string
		status   int
		wantCall string
		wantOut  string
		wantErr  string
	}{
		{"guild", full, []string{"--guild", "1000000000000000001"}, 0,
			"PUT /api/v9/applications/1100000000000000001/guilds/1000000000000000001/commands",
			"Registered 7 commands in guild 1000000000000000001 (available now): /ask “Ask briefbot” /group /timeline /briefings /gaps /help", ""},
		{"clear guild", full, []string{"--guild", "1000000000000000001", "--clear"}, 0,
			"PUT /api/v9/applications/1100000000000000001/guilds/1000000000000000001/commands",
			"Removed the commands registered in guild 1000000000000000001.", ""},
		{"global", full, nil, 0, "PUT /api/v9/applications/1100000000000000001/commands", "globally", ""},
		{"token with Bot prefix", map[string]string{"DISCORD_TOKEN": "Bot " + fakeToken, "DISCORD_APP_ID": "1100000000000000001"}, nil, 0,
			"PUT /api/v9/applications/1100000000000000001/commands", "Registered 7", ""},
		{"no token", map[string]string{"DISCORD_APP_ID": "1"}, nil, 0, "", "", "DISCORD_TOKEN"},
		{"no app id", map[string]string{"DISCORD_TOKEN": fakeToken}, nil, 0, "", "", "DISCORD_APP_ID"},
		{"bad guild", full, []string{"--guild", "my-server"}, 0, "", "", "numeric"},
		{"refused token", full, nil, 401, "PUT /api/v9/applications/1100000000000000001/commands", "", "refused the token"},
		{"refused commands", full, nil, 400, "PUT /api/v9/applications/1100000000000000001/commands", "", "refused the command set"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeREST{status: tt.status}
			client := f.start(t)
			e, out, logs := testEnv(tt.vars)
			err := runRegister(context.Background(), e, registerCommand(), tt.args, client)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if err != nil && strings.Contains(err.Error(), fakeToken) || strings.Contains(logs.String(), fakeToken) {
				t.Errorf("token leaked")
			}
			if tt.wantCall == "" {
				if len(f.calls) != 0 {
					t.Errorf("calls %v, want none", f.calls)
				}
				return
			}
			if len(f.calls) != 1 || f.calls[0] != tt.wantCall {
				t.Fatalf("calls %v, want [%s]", f.calls, tt.wantCall)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("stdout %q lacks %q", out, tt.wantOut)
			}
			var sent []map[string]any
			want := len(bot.Commands())
			if strings.Contains(tt.name, "clear") {
				want = 0
			}
			if err := json.Unmarshal(f.bodies[0], &sent); err != nil || len(sent) != want {
				t.Fatalf("body %s: %v", f.bodies[0], err)
			}
		})
	}
}

// TestRegisterPrint: --print shows the exact body an upload sends, with
// no token and no network, and that body declares what Discord needs to
// offer every command everywhere.
func TestRegisterPrint(t *testing.T) {
	f := &fakeREST{}
	client := f.start(t)
	e, out, _ := testEnv(nil)
	if err := runRegister(context.Background(), e, registerCommand(), []string{"--print"}, client); err != nil {
		t.Fatal(err)
	}
	if len(f.calls) != 0 {
		t.Fatalf("--print called Discord: %v", f.calls)
	}
	var cmds []struct {
		Name             string `json:"name"`
		Type             int    `json:"type"`
		Contexts         []int  `json:"contexts"`
		IntegrationTypes []int  `json:"integration_types"`
		Options          []struct {
			Name string `json:"name"`
			Type int    `json:"type"`
		} `json:"options"`
	}
	if err := json.Unmarshal([]byte(out.String()), &cmds); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	private, message := false, false
	for _, c := range cmds {
		if fmt.Sprint(c.Contexts) != "[0 1 2]" || fmt.Sprint(c.IntegrationTypes) != "[0 1]" {
			t.Errorf("%s: contexts %v, integration_types %v", c.Name, c.Contexts, c.IntegrationTypes)
		}
		message = message || c.Type == 3 && c.Name == "Ask briefbot"
		for _, o := range c.Options {
			private = private || c.Name == "ask" && o.Name == "private" && o.Type == 5
		}
	}
	if !private || !message {
		t.Errorf("private option %v, message command %v:\n%s", private, message, out)
	}
	// What --print shows is what register sends.
	full := map[string]string{"DISCORD_TOKEN": fakeToken, "DISCORD_APP_ID": "1100000000000000001"}
	e, _, _ = testEnv(full)
	if err := runRegister(context.Background(), e, registerCommand(), nil, client); err != nil {
		t.Fatal(err)
	}
	if string(f.bodies[0])+"\n" != out.String() {
		t.Errorf("sent body differs from --print:\n%s\nvs\n%s", f.bodies[0], out)
	}
}

package bot

import (
	"bytes"
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzInteractions throws arbitrary bodies at the HTTP endpoint, both
// signed with the test key (so they reach the decoder and the handlers)
// and unsigned. Whatever arrives, the endpoint must answer 200, 400, 401
// or 413 without panicking, and a 200 that is a message must carry
// "parse":[] so that no fuzzed input can make the bot ping anyone.
func FuzzInteractions(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "interactions", "*.json"))
	if err != nil || len(paths) == 0 {
		f.Fatalf("no captured interactions: %v", err)
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	for _, s := range []string{
		``, `{}`, `null`, `[]`, `{"type":1}`, `{"type":2}`, `{"type":3,"data":{}}`, `{"type":4,"data":{"name":"ask"}}`,
		`{"type":2,"data":{"name":"ask","options":[{"name":"question","type":3,"value":"@everyone <@&1> hi"}]}}`,
		`{"type":2,"data":{"name":"ask","options":[{"name":"question","type":3,"value":"panic"}]}}`,
		`{"type":`,
	} {
		f.Add([]byte(s))
	}
	f.Add(bytes.Repeat([]byte(" "), MaxBodyBytes+1)) // 413

	h, err := NewHTTPHandler(newTestBot(nil), HTTPOptions{
		PublicKey:    testKey.Public().(ed25519.PublicKey),
		Now:          func() time.Time { return testNow },
		AnswerBudget: DefaultAnswerBudget,
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, sign := range []bool{true, false} {
			r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
			if sign {
				r.Header = signedHeaders(body, testNow)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r) // a panic here fails the fuzz run
			switch w.Code {
			case http.StatusOK:
				if !sign {
					t.Fatalf("unsigned body accepted: %q", body)
				}
				if err := checkWireReply(w.Body.Bytes()); err != nil {
					t.Fatalf("body %q: %v", body, err)
				}
			case http.StatusRequestEntityTooLarge:
				if len(body) <= MaxBodyBytes {
					t.Fatalf("413 for a %d-byte body", len(body))
				}
			case http.StatusBadRequest, http.StatusUnauthorized:
			default:
				t.Fatalf("status %d for body %q (signed %v)", w.Code, body, sign)
			}
		}
	})
}

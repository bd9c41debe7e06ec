package main

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthcheck(t *testing.T) {
	ready := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok\n")) }))
	defer ready.Close()
	loading := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "loading", http.StatusServiceUnavailable)
	}))
	defer loading.Close()
	// A port that was just free: nothing listens there.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/healthz"
	ln.Close()
	tests := []struct {
		name string
		args []string
		exit int // 0: success
		want string
	}{
		{"ready", []string{"--url", ready.URL + "/healthz"}, 0, ""},
		{"loading", []string{"--url", loading.URL + "/healthz"}, 1, "503"},
		{"nothing listening", []string{"--url", closed}, 1, "nothing answered"},
		{"not a URL", []string{"--url", "localhost:8080"}, 2, "--url"},
		{"bad timeout", []string{"--timeout", "0s"}, 2, "--timeout"},
		{"stray argument", []string{"now"}, 2, "unexpected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runCLI(t, append([]string{"healthcheck"}, tt.args...)...)
			if tt.exit == 0 {
				if err != nil || out != "ok\n" {
					t.Fatalf("err = %v, out %q", err, out)
				}
				return
			}
			if err == nil || exitCode(err) != tt.exit || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v (exit %d), want exit %d mentioning %q", err, exitCode(err), tt.exit, tt.want)
			}
		})
	}
}

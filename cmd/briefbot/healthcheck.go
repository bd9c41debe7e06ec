package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// defaultHealthURL is where serve answers /healthz in the container image:
// --http :8080 or --metrics :8080.
const defaultHealthURL = "http://127.0.0.1:8080/healthz"

// healthcheckCommand asks a running serve whether it is ready. It exists
// for the image's HEALTHCHECK: the distroless base has no shell or curl.
func healthcheckCommand() command {
	c := command{
		summary: "exit 0 if a running serve answers its /healthz with 200, else 1 (for container health checks)",
		usage:   "briefbot healthcheck [--url " + defaultHealthURL + "] [--timeout 3s]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		fs := newFlags(e, c, "healthcheck")
		raw := fs.String("url", defaultHealthURL, "the health endpoint of serve (--http or --metrics address)")
		timeout := fs.Duration("timeout", 3*time.Second, "give up after this long")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			fs.Usage()
			return usagef("healthcheck: unexpected arguments %q", fs.Args())
		}
		u, err := url.Parse(*raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return usagef("healthcheck: --url %q: want an http:// or https:// URL such as %s", *raw, defaultHealthURL)
		}
		if *timeout <= 0 {
			return usagef("healthcheck: --timeout must be positive, got %s", *timeout)
		}
		return checkHealth(ctx, e, u.String(), *timeout)
	}
	return c
}

// checkHealth GETs the URL and succeeds on 200, printing "ok"; otherwise
// the error says what answered, or that nothing did.
func checkHealth(ctx context.Context, e *env, u string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %s: nothing answered (%v); is serve running with --http or --metrics on that address?", u, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s answered %s: %s", u, resp.Status, strings.TrimSpace(string(body)))
	}
	fmt.Fprintln(e.stdout, "ok")
	return nil
}

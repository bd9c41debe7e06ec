package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/index"
)

// HTTP server limits for the interactions endpoint. Discord's requests are
// small and expect an answer within 3 s; anything slower or larger is not
// Discord.
const (
	httpReadHeaderTimeout = 5 * time.Second
	httpReadTimeout       = 10 * time.Second
	httpWriteTimeout      = 15 * time.Second
	httpIdleTimeout       = 90 * time.Second
	httpMaxHeaderBytes    = 16 << 10
	// shutdownGrace is how long interactions in flight may take to finish
	// after SIGINT or SIGTERM.
	shutdownGrace = 10 * time.Second
)

func serveCommand() command {
	c := command{
		summary: "run the Discord bot: gateway (DISCORD_TOKEN) and/or HTTP endpoint (--http, DISCORD_PUBLIC_KEY)",
		usage:   "briefbot serve [--corpus DIR] [--index-dir DIR] [--http ADDR] [--log-level LEVEL]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		return runServe(ctx, e, c, args, http.DefaultClient)
	}
	return c
}

// runServe is serve with the HTTP client for Discord's REST API injected,
// so tests can point the gateway at a fake Discord.
func runServe(ctx context.Context, e *env, c command, args []string, client *http.Client) error {
	fs := newFlags(e, c, "serve")
	var cf corpusFlags
	cf.register(fs)
	addr := fs.String("http", "", "serve the interactions endpoint (POST /interactions, GET /healthz) on this address, e.g. :8080")
	level := fs.String("log-level", "info", "debug, info, warn or error; questions are logged at debug only")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("serve: unexpected arguments %q", fs.Args())
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(*level)); err != nil {
		return fmt.Errorf("serve: --log-level %q: use debug, info, warn or error", *level)
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: lvl}))

	token, err := discordToken(e)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var pubKey ed25519.PublicKey
	if *addr != "" {
		if pubKey, err = publicKey(e.getenv("DISCORD_PUBLIC_KEY")); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}
	if token == "" && *addr == "" {
		return errors.New("serve: nothing to serve. Set DISCORD_TOKEN (or DISCORD_TOKEN_FILE) to connect to the gateway, " +
			"and/or pass --http ADDR with DISCORD_PUBLIC_KEY set to serve the interactions endpoint")
	}

	lib := &library{}
	defer lib.Close()
	b, err := bot.New(bot.Config{Search: lib, Factions: lib, Timeline: lib, Briefings: lib, Logger: log})
	if err != nil {
		return err
	}

	// The HTTP endpoint listens at once, answering /healthz 503 until the
	// index is ready, so that orchestrators can tell starting from dead.
	var srv *http.Server
	httpDone := make(chan error, 1)
	if *addr != "" {
		h, err := bot.NewHTTPHandler(b, bot.HTTPOptions{PublicKey: pubKey, Ready: lib.Ready, Logger: log})
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			return fmt.Errorf("serve: --http: %w", err)
		}
		srv = &http.Server{
			Handler:           h,
			ReadHeaderTimeout: httpReadHeaderTimeout,
			ReadTimeout:       httpReadTimeout,
			WriteTimeout:      httpWriteTimeout,
			IdleTimeout:       httpIdleTimeout,
			MaxHeaderBytes:    httpMaxHeaderBytes,
			ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		}
		log.Info("interactions endpoint listening", "addr", ln.Addr().String())
		go func() { httpDone <- srv.Serve(ln) }()
	}

	start := time.Now()
	c0, err := cf.load()
	if err == nil {
		var ix *index.Index
		ix, err = index.Build(ctx, c0, index.Options{Dir: cf.indexDir, Logger: log})
		if err == nil {
			lib.Swap(ix)
		}
	}
	if err != nil {
		if srv != nil {
			srv.Close()
		}
		if ctx.Err() != nil {
			return nil // interrupted while loading
		}
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("index ready", "briefings", len(c0.Briefings), "paragraphs", c0.Paragraphs(), "took", time.Since(start).Round(time.Millisecond))

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	gwDone := make(chan error, 1)
	if token != "" {
		bot.RouteDiscordgoLogs(log, token)
		s, err := discordgo.New("Bot " + token)
		if err != nil {
			return fmt.Errorf("serve: discord session: %s", redact(err.Error(), token))
		}
		s.Client = client
		g := bot.NewGateway(b, s, bot.GatewayOptions{Logger: log, DrainTimeout: shutdownGrace})
		go func() { gwDone <- g.Run(runCtx) }()
	}

	// Run until a signal or until either transport fails; then stop taking
	// interactions and let those in flight finish.
	var firstErr error
	gwRunning := token != ""
	select {
	case <-ctx.Done():
	case err := <-httpDone:
		firstErr = fmt.Errorf("serve: http: %w", err)
	case err := <-gwDone:
		gwRunning = false
		if err != nil {
			firstErr = fmt.Errorf("serve: %s", redact(err.Error(), token))
		}
	}
	cancel()
	log.Info("shutting down", "grace", shutdownGrace)
	if srv != nil {
		sctx, stop := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn("http shutdown", "err", err)
			srv.Close()
		}
		stop()
	}
	if gwRunning {
		if err := <-gwDone; err != nil && firstErr == nil {
			firstErr = fmt.Errorf("serve: %s", redact(err.Error(), token))
		}
	}
	if firstErr != nil {
		return firstErr
	}
	log.Info("stopped")
	return nil
}

// discordToken reads the bot token from DISCORD_TOKEN or the file named by
// DISCORD_TOKEN_FILE (for secrets mounted as files). A "Bot " prefix is
// accepted and dropped. It returns "" when neither is set.
func discordToken(e *env) (string, error) {
	tok, file := strings.TrimSpace(e.getenv("DISCORD_TOKEN")), e.getenv("DISCORD_TOKEN_FILE")
	if tok != "" && file != "" {
		return "", errors.New("set DISCORD_TOKEN or DISCORD_TOKEN_FILE, not both")
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("DISCORD_TOKEN_FILE: %w", err)
		}
		tok = strings.TrimSpace(string(b))
		if tok == "" {
			return "", fmt.Errorf("DISCORD_TOKEN_FILE %s is empty", file)
		}
	}
	tok = strings.TrimSpace(strings.TrimPrefix(tok, "Bot "))
	if strings.ContainsAny(tok, " \t\r\n") {
		return "", errors.New("the Discord token holds white space; copy it again from the developer portal (Bot → Reset Token)")
	}
	return tok, nil
}

// publicKey decodes DISCORD_PUBLIC_KEY, the application's hex Ed25519 key.
func publicKey(hexKey string) (ed25519.PublicKey, error) {
	hexKey = strings.TrimSpace(hexKey)
	if hexKey == "" {
		return nil, errors.New("--http needs DISCORD_PUBLIC_KEY: copy the application's Public Key from the developer portal (General Information)")
	}
	k, err := hex.DecodeString(hexKey)
	if err != nil || len(k) != ed25519.PublicKeySize {
		return nil, errors.New("DISCORD_PUBLIC_KEY must be 64 hex digits: the Public Key from the developer portal's General Information page")
	}
	return ed25519.PublicKey(k), nil
}

// redact removes the token from a message bound for a log or an error.
func redact(msg, token string) string {
	if len(token) < 8 {
		return msg
	}
	return strings.ReplaceAll(msg, token, "[REDACTED]")
}

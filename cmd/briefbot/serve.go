package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

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
	// restTimeout bounds one call to Discord's REST API.
	restTimeout = 15 * time.Second
	// shutdownGrace is how long interactions in flight may take to finish
	// after SIGINT or SIGTERM.
	shutdownGrace = 10 * time.Second
)

func serveCommand() command {
	c := command{
		summary: "run the Discord bot: gateway (DISCORD_TOKEN) and/or HTTP endpoint (--http, DISCORD_PUBLIC_KEY)",
		usage:   "briefbot serve [--corpus DIR] [--index-dir DIR] [--http ADDR] [--metrics ADDR] [--watch] [--log-level LEVEL] [--log-format text|json] [--shard-id N --shard-count M|auto] [--user-rate N/D] [--guild-rate N/D]",
	}
	c.run = func(ctx context.Context, e *env, args []string) error {
		return runServe(ctx, e, c, args, &http.Client{Timeout: restTimeout})
	}
	return c
}

// serveFlags are serve's options, beyond the corpus.
type serveFlags struct {
	addr, metrics       string
	level, format       string
	watch               bool
	watchEvery          time.Duration
	shardID             int
	shardCount          string
	userRate, guildRate string
}

// runServe is serve with the HTTP client for Discord's REST API injected,
// so tests can point the gateway at a fake Discord.
func runServe(ctx context.Context, e *env, c command, args []string, client *http.Client) error {
	fs := newFlags(e, c, "serve")
	var (
		cf corpusFlags
		sf serveFlags
	)
	cf.register(fs)
	fs.StringVar(&sf.addr, "http", "", "serve the interactions endpoint (POST /interactions, GET /healthz, GET /metrics) on this address, e.g. :8080")
	fs.StringVar(&sf.metrics, "metrics", "", "serve GET /metrics and /healthz on this address (for gateway-only mode; with --http they are on that server)")
	fs.StringVar(&sf.level, "log-level", "info", "debug, info, warn or error; questions are logged at debug only")
	fs.StringVar(&sf.format, "log-format", "text", "text or json")
	fs.BoolVar(&sf.watch, "watch", false, "reload when a file in --corpus changes (SIGHUP always reloads)")
	fs.DurationVar(&sf.watchEvery, "watch-interval", 2*time.Second, "how often --watch looks at --corpus")
	fs.IntVar(&sf.shardID, "shard-id", 0, "this process's gateway shard")
	fs.StringVar(&sf.shardCount, "shard-count", "1", "gateway shards in all, or \"auto\" for Discord's recommendation")
	fs.StringVar(&sf.userRate, "user-rate", bot.DefaultUserLimit().String(), "interactions allowed per user, as N/DURATION; 0 disables")
	fs.StringVar(&sf.guildRate, "guild-rate", bot.DefaultGuildLimit().String(), "interactions allowed per guild, as N/DURATION; 0 disables")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usagef("serve: unexpected arguments %q", fs.Args())
	}
	log, err := newLogger(e.stderr, sf.level, sf.format)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	userRate, err := parseRate(sf.userRate)
	if err != nil {
		return fmt.Errorf("serve: --user-rate: %w", err)
	}
	guildRate, err := parseRate(sf.guildRate)
	if err != nil {
		return fmt.Errorf("serve: --guild-rate: %w", err)
	}
	if sf.watch && cf.dir == "" {
		return errors.New("serve: --watch needs --corpus DIR: the embedded briefing never changes")
	}
	if sf.watchEvery <= 0 {
		return fmt.Errorf("serve: --watch-interval must be positive, got %s", sf.watchEvery)
	}

	token, err := discordToken(e)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var pubKey ed25519.PublicKey
	if sf.addr != "" {
		if pubKey, err = publicKey(e.getenv("DISCORD_PUBLIC_KEY")); err != nil {
			return fmt.Errorf("serve: %w", err)
		}
	}
	if token == "" && sf.addr == "" {
		return errors.New("serve: nothing to serve. Set DISCORD_TOKEN (or DISCORD_TOKEN_FILE) to connect to the gateway, " +
			"and/or pass --http ADDR with DISCORD_PUBLIC_KEY set to serve the interactions endpoint")
	}
	shardCount, autoShards, err := parseShards(sf.shardID, sf.shardCount)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if token == "" && (sf.shardID != 0 || sf.shardCount != "1") {
		return errors.New("serve: --shard-id and --shard-count apply to the gateway; set DISCORD_TOKEN")
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	libMetrics, err := newLibraryMetrics(reg)
	if err != nil {
		return fmt.Errorf("serve: metrics: %w", err)
	}
	botMetrics, err := bot.NewMetrics(reg)
	if err != nil {
		return fmt.Errorf("serve: metrics: %w", err)
	}
	lib := &library{log: log, m: libMetrics}
	defer lib.Close()
	b, err := bot.New(bot.Config{
		Search: lib, Factions: lib, Timeline: lib, Briefings: lib, Logger: log,
		Limiter: bot.NewLimiter(userRate, guildRate, 0, nil),
		Metrics: botMetrics,
	})
	if err != nil {
		return err
	}
	metricsHandler := promhttp.HandlerFor(reg, promhttp.HandlerOpts{ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)})

	// The servers listen at once, answering /healthz 503 until the index
	// is ready, so that orchestrators can tell starting from dead.
	var servers []*http.Server
	httpDone := make(chan error, 2)
	listen := func(addr string, h http.Handler, what string) error {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("serve: %s: %w", what, err)
		}
		srv := newHTTPServer(h, log, defaultHTTPTimeouts())
		servers = append(servers, srv)
		log.Info("listening", "what", what, "addr", ln.Addr().String())
		go func() { httpDone <- srv.Serve(ln) }()
		return nil
	}
	closeServers := func() {
		for _, srv := range servers {
			srv.Close()
		}
	}
	var endpoint *bot.HTTPHandler
	if sf.addr != "" {
		// Slow answers are deferred and edited in through the interaction's
		// webhook, which needs no bot token.
		h, err := bot.NewHTTPHandler(b, bot.HTTPOptions{PublicKey: pubKey, Ready: lib.Ready, Logger: log, FollowUp: client})
		endpoint = h
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", metricsHandler)
		mux.Handle("/", h)
		if err := listen(sf.addr, mux, "--http"); err != nil {
			return err
		}
	}
	if sf.metrics != "" {
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", metricsHandler)
		mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
			if !lib.Ready() {
				http.Error(w, "loading", http.StatusServiceUnavailable)
				return
			}
			fmt.Fprintln(w, "ok")
		})
		if err := listen(sf.metrics, mux, "--metrics"); err != nil {
			closeServers()
			return err
		}
	}

	start := time.Now()
	var w *watcher // takes the corpus folder's state before loading
	if sf.watch {
		w = newWatcher(cf.dir)
	}
	build := func(ctx context.Context) (*index.Index, error) {
		return cf.reopen(ctx, index.Options{Logger: log}, lib)
	}
	if err := lib.Reload(ctx, build); err != nil {
		closeServers()
		if ctx.Err() != nil {
			return nil // interrupted while loading
		}
		return fmt.Errorf("serve: %w", err)
	}
	log.Info("ready", "took", time.Since(start).Round(time.Millisecond))

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go reloadOnSignal(runCtx, lib, build, log)
	if sf.watch {
		go w.run(runCtx, sf.watchEvery, lib, build, log)
	}

	gwDone := make(chan error, 1)
	if token != "" {
		bot.RouteDiscordgoLogs(log, token)
		s, err := discordgo.New("Bot " + token)
		if err != nil {
			closeServers()
			return fmt.Errorf("serve: discord session: %s", redact(err.Error(), token))
		}
		s.Client = client
		if autoShards {
			gb, err := s.GatewayBot()
			if err != nil {
				closeServers()
				return fmt.Errorf("serve: --shard-count auto: asking Discord for the shard count: %s", redact(err.Error(), token))
			}
			shardCount = max(gb.Shards, 1)
			if sf.shardID >= shardCount {
				closeServers()
				return fmt.Errorf("serve: --shard-id %d is out of range: Discord recommends %d shards", sf.shardID, shardCount)
			}
		}
		s.ShardID, s.ShardCount = sf.shardID, shardCount
		log.Info("gateway shard", "id", sf.shardID, "count", shardCount)
		g := bot.NewGateway(b, s, bot.GatewayOptions{Logger: log, DrainTimeout: shutdownGrace})
		go func() { gwDone <- g.Run(runCtx) }()
	}

	// Run until a signal or until a transport fails; then stop taking
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
	for _, srv := range servers {
		sctx, stop := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn("http shutdown", "err", err)
			srv.Close()
		}
		stop()
	}
	if endpoint != nil {
		wctx, stop := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		if err := endpoint.Wait(wctx); err != nil {
			log.Warn("gave up on deferred answers", "err", err)
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

// httpTimeouts are an HTTP server's timeouts. They are a parameter of
// newHTTPServer so that tests can shrink them; serve always uses
// defaultHTTPTimeouts.
type httpTimeouts struct {
	readHeader, read, write, idle time.Duration
}

// defaultHTTPTimeouts returns the timeouts serve runs with.
func defaultHTTPTimeouts() httpTimeouts {
	return httpTimeouts{
		readHeader: httpReadHeaderTimeout,
		read:       httpReadTimeout,
		write:      httpWriteTimeout,
		idle:       httpIdleTimeout,
	}
}

// newHTTPServer sets every timeout: a client that trickles its headers or
// body (slow-loris) is cut off instead of holding a connection forever.
func newHTTPServer(h http.Handler, log *slog.Logger, t httpTimeouts) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.readHeader,
		ReadTimeout:       t.read,
		WriteTimeout:      t.write,
		IdleTimeout:       t.idle,
		MaxHeaderBytes:    httpMaxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// newLogger makes the structured logger: text for people, JSON for log
// pipelines.
func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: use text or json", format)
}

// parseRate reads a rate limit written N/DURATION ("5/10s"); "0" disables.
func parseRate(s string) (bot.RateLimit, error) {
	if strings.TrimSpace(s) == "0" {
		return bot.RateLimit{}, nil
	}
	n, per, ok := strings.Cut(s, "/")
	events, err := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err != nil || events < 1 {
		return bot.RateLimit{}, fmt.Errorf("%q: want N/DURATION such as 5/10s, or 0 to disable", s)
	}
	d, err := time.ParseDuration(strings.TrimSpace(per))
	if err != nil || d <= 0 {
		return bot.RateLimit{}, fmt.Errorf("%q: want N/DURATION such as 5/10s, or 0 to disable", s)
	}
	return bot.RateLimit{Events: events, Per: d}, nil
}

// parseShards validates --shard-id and --shard-count.
func parseShards(id int, count string) (n int, auto bool, err error) {
	if count == "auto" {
		if id < 0 {
			return 0, false, fmt.Errorf("--shard-id %d must not be negative", id)
		}
		return 0, true, nil
	}
	n, err = strconv.Atoi(count)
	if err != nil || n < 1 {
		return 0, false, fmt.Errorf("--shard-count %q: want a positive number or auto", count)
	}
	if id < 0 || id >= n {
		return 0, false, fmt.Errorf("--shard-id %d: want 0 to %d for --shard-count %d", id, n-1, n)
	}
	return n, false, nil
}

// reloadOnSignal reloads the corpus on SIGHUP until ctx ends.
func reloadOnSignal(ctx context.Context, lib *library, build func(context.Context) (*index.Index, error), log *slog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			log.Info("SIGHUP: reloading the corpus")
			if err := lib.Reload(ctx, build); err != nil {
				log.Error("reload failed; still serving the previous corpus", "err", err)
			}
		}
	}
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

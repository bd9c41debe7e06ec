package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/timelinechart"
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
		usage:   "briefbot serve [--corpus DIR] [--index-dir DIR] [--database URL] [--feedback-retention 180d] [--http ADDR] [--metrics ADDR] [--watch] [--log-level LEVEL] [--log-format text|json] [--shard-id N --shard-count M|auto] [--user-rate N/D] [--guild-rate N/D]",
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
	database, retention string
	idleRelease         time.Duration
	memoryLimit         string
}

// serveConfig is serve's validated configuration.
type serveConfig struct {
	cf                  corpusFlags
	sf                  serveFlags
	log                 *slog.Logger
	userRate, guildRate bot.RateLimit
	token               string // "" without the gateway
	pubKey              ed25519.PublicKey
	shardCount          int
	autoShards          bool
	dbURL               string // the feedback database; "" for none
	retention           time.Duration
	gogcSet             bool  // the operator set GOGC: leave the collector alone
	memoryLimit         int64 // --memory-limit in bytes; 0 for none
	rootFS              fs.FS // where --memory-limit auto reads the cgroup's limit; nil for the root file system
}

// server is one run of serve, phase by phase: listen, load, start the
// reloaders and the gateway, wait, shut down.
type server struct {
	cfg       serveConfig
	client    *http.Client // Discord's REST API
	lib       *library
	bot       *bot.Bot
	metrics   http.Handler
	servers   []*http.Server
	httpDone  chan error // an HTTP server stopped
	gwDone    chan error // the gateway stopped
	gwRunning bool
	endpoint  *bot.HTTPHandler
	build     func(context.Context) (*index.Index, error)
	watcher   *watcher
	feedback  *feedbackStore // nil: feedback off
	gc        *gcTuner
}

// runServe is serve with the HTTP client for Discord's REST API injected,
// so tests can point the gateway at a fake Discord.
func runServe(ctx context.Context, e *env, c command, args []string, client *http.Client) error {
	cfg, err := parseServe(e, c, args)
	if err != nil {
		return err
	}
	fb, err := openFeedback(ctx, cfg.dbURL, cfg.retention, cfg.log)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer fb.close() // stores what is queued, once every transport has stopped
	s, err := newServer(cfg, client, fb)
	if err != nil {
		return err
	}
	defer s.lib.Close()
	defer s.gc.restore()
	if ready, err := s.start(ctx); !ready {
		return err
	}
	return s.run(ctx)
}

// start opens the servers' listeners, then loads the index. The servers
// listen at once, answering /healthz 503 until the index is ready, so
// that orchestrators can tell starting from dead. It reports whether the
// server is ready to run; when it is not, the listeners are closed and
// err says why (nil when ctx was cancelled while loading).
func (s *server) start(ctx context.Context) (ready bool, err error) {
	if err := s.listen(); err != nil {
		s.closeServers()
		return false, err
	}
	if err := s.load(ctx); err != nil {
		s.closeServers()
		if ctx.Err() != nil {
			return false, nil // interrupted while loading
		}
		return false, err
	}
	return true, nil
}

// run serves until ctx is done or a transport fails: reloads, the idle
// memory releaser and the gateway run beside the listeners, and all stop
// together in shutdown.
func (s *server) run(ctx context.Context) error {
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.startReloads(runCtx)
	go newIdleReleaser(s.cfg.sf.idleRelease, s.lib.Rest, s.cfg.log).run(runCtx)
	if err := s.startGateway(runCtx); err != nil {
		s.closeServers()
		return err
	}
	firstErr := s.wait(ctx)
	cancel()
	return s.shutdown(ctx, firstErr)
}

// parseServe reads serve's flags and environment and checks them together.
func parseServe(e *env, c command, args []string) (serveConfig, error) {
	var cfg serveConfig
	fs := newFlags(e, c, "serve")
	cfg.cf.register(fs)
	cfg.sf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return cfg, usagef("serve: unexpected arguments %q", fs.Args())
	}
	cfg.gogcSet = e.getenv("GOGC") != ""
	if err := cfg.readFlags(e.stderr); err != nil {
		return cfg, err
	}
	if err := cfg.transports(e); err != nil {
		return cfg, fmt.Errorf("serve: %w", err)
	}
	var err error
	if cfg.retention, err = parseRetention(cfg.sf.retention); err != nil {
		return cfg, usagef("serve: %v", err)
	}
	cfg.dbURL = databaseURL(cfg.sf.database, cfg.cf.indexDir, e.getenv)
	return cfg, nil
}

// readFlags turns the flags' text into the logger (writing to stderr) and the rates, and
// checks the flags that depend on one another; each mistake is a usage
// error naming its flag.
func (cfg *serveConfig) readFlags(stderr io.Writer) error {
	var err error
	if cfg.log, err = newLogger(stderr, cfg.sf.level, cfg.sf.format); err != nil {
		return usagef("serve: %w", err)
	}
	if cfg.userRate, err = parseRate(cfg.sf.userRate); err != nil {
		return usagef("serve: --user-rate: %w", err)
	}
	if cfg.guildRate, err = parseRate(cfg.sf.guildRate); err != nil {
		return usagef("serve: --guild-rate: %w", err)
	}
	if cfg.sf.watch && cfg.cf.dir == "" {
		return usagef("serve: --watch needs --corpus DIR: the embedded briefing never changes")
	}
	if cfg.sf.idleRelease < 0 {
		return usagef("serve: --idle-release must not be negative, got %s", cfg.sf.idleRelease)
	}
	if cfg.memoryLimit, err = cfg.readMemoryLimit(); err != nil {
		return usagef("serve: --memory-limit: %w", err)
	}
	if cfg.sf.watchEvery <= 0 {
		return usagef("serve: --watch-interval must be positive, got %s", cfg.sf.watchEvery)
	}
	return nil
}

// readMemoryLimit reads --memory-limit: a size, off, or auto for
// three quarters of the container's cgroup memory limit (cgroup.go).
func (cfg *serveConfig) readMemoryLimit() (int64, error) {
	if cfg.sf.memoryLimit != "auto" {
		return parseMemoryLimit(cfg.sf.memoryLimit)
	}
	root := cfg.rootFS
	if root == nil {
		root = os.DirFS("/")
	}
	limit, file, err := autoMemoryLimit(root)
	if err != nil {
		return 0, err
	}
	if limit == 0 {
		cfg.log.Info("memory limit auto: the cgroup sets no limit, so none is imposed", "file", file)
	} else {
		cfg.log.Info("memory limit auto", "file", file, "limit_bytes", limit)
	}
	return limit, nil
}

// register declares serve's own flags.
func (sf *serveFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&sf.addr, "http", "", "serve the interactions endpoint (POST /interactions, GET /healthz, GET /metrics) on this address, e.g. :8080")
	fs.StringVar(&sf.metrics, "metrics", "", "serve GET /metrics and /healthz on this address (for gateway-only mode; with --http they are on that server)")
	fs.StringVar(&sf.level, "log-level", "info", "debug, info, warn or error; questions are logged at debug only")
	fs.StringVar(&sf.format, "log-format", "text", "text or json")
	fs.BoolVar(&sf.watch, "watch", false, "reload when a file in --corpus changes (SIGHUP always reloads)")
	fs.DurationVar(&sf.watchEvery, "watch-interval", 2*time.Second, "how often --watch looks at --corpus")
	fs.DurationVar(&sf.idleRelease, "idle-release", 30*time.Second, "after this long with next to nothing asked, return the heap's free memory and the index's mapped pages to the system; 0 never")
	fs.StringVar(&sf.memoryLimit, "memory-limit", "off", "once the index has loaded, hold the Go heap and runtime under this size (e.g. 96MiB; the index's mapped file and the executable come on top), collecting more often near it; auto for three quarters of the container's cgroup memory limit; off leaves GOMEMLIMIT in force")
	fs.IntVar(&sf.shardID, "shard-id", 0, "this process's gateway shard")
	fs.StringVar(&sf.shardCount, "shard-count", "1", "gateway shards in all, or \"auto\" for Discord's recommendation")
	fs.StringVar(&sf.userRate, "user-rate", bot.DefaultUserLimit().String(), "interactions allowed per user, as N/DURATION; 0 disables")
	fs.StringVar(&sf.guildRate, "guild-rate", bot.DefaultGuildLimit().String(), "interactions allowed per guild, as N/DURATION; 0 disables")
	fs.StringVar(&sf.database, "database", "", "record questions and Helpful / Not helpful votes in sqlite:PATH or postgres://… (default: $"+databaseEnv+", else sqlite:INDEX_DIR/"+feedbackFile+" with --index-dir, else off)")
	fs.StringVar(&sf.retention, "feedback-retention", "180d", "delete recorded questions and votes older than this (days, e.g. 180d, or a duration)")
}

// transports reads what the gateway and the HTTP endpoint need, and
// refuses a configuration that serves nothing.
func (cfg *serveConfig) transports(e *env) error {
	var err error
	if cfg.token, err = discordToken(e); err != nil {
		return err
	}
	if cfg.sf.addr != "" {
		if cfg.pubKey, err = publicKey(e.getenv("DISCORD_PUBLIC_KEY")); err != nil {
			return err
		}
	}
	if cfg.token == "" && cfg.sf.addr == "" {
		return errors.New("nothing to serve. Set DISCORD_TOKEN (or DISCORD_TOKEN_FILE) to connect to the gateway, " +
			"and/or pass --http ADDR with DISCORD_PUBLIC_KEY set to serve the interactions endpoint")
	}
	if cfg.shardCount, cfg.autoShards, err = parseShards(cfg.sf.shardID, cfg.sf.shardCount); err != nil {
		return usagef("%w", err)
	}
	if cfg.token == "" && (cfg.sf.shardID != 0 || cfg.sf.shardCount != "1") {
		return errors.New("--shard-id and --shard-count apply to the gateway; set DISCORD_TOKEN")
	}
	return nil
}

// newServer wires the metrics registry, the library, the feedback store
// (nil when off) and the bot.
func newServer(cfg serveConfig, client *http.Client, fb *feedbackStore) (*server, error) {
	reg, libMetrics, botMetrics, err := newMetrics()
	if err != nil {
		return nil, fmt.Errorf("serve: metrics: %w", err)
	}
	s := &server{
		cfg: cfg, client: client,
		lib:      &library{log: cfg.log, m: libMetrics},
		metrics:  promhttp.HandlerFor(reg, promhttp.HandlerOpts{ErrorLog: slog.NewLogLogger(cfg.log.Handler(), slog.LevelWarn)}),
		httpDone: make(chan error, 2),
		gwDone:   make(chan error, 1),
		feedback: fb,
		gc:       newGCTuner(cfg.gogcSet, cfg.memoryLimit, cfg.log),
	}
	if s.bot, err = s.newBot(botMetrics); err != nil {
		return nil, err
	}
	s.build = s.reopen
	return s, nil
}

// newMetrics makes the registry /metrics serves and registers the
// library's and the bot's metrics in it. Beside Go's usual metrics it
// exports the runtime's estimate of the CPU the garbage collector used
// (go_cpu_classes_gc_total_cpu_seconds_total, and
// go_cpu_classes_total_cpu_seconds_total to compare): what the heap's
// size, which gcTuner chooses, costs.
func newMetrics() (*prometheus.Registry, *libraryMetrics, *bot.Metrics, error) {
	reg := prometheus.NewRegistry()
	gcCPU := collectors.WithGoCollectorRuntimeMetrics(collectors.GoRuntimeMetricsRule{
		Matcher: regexp.MustCompile(`^/cpu/classes/(gc/total|total):cpu-seconds$`),
	})
	reg.MustRegister(collectors.NewGoCollector(gcCPU), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	libMetrics, err := newLibraryMetrics(reg)
	if err != nil {
		return nil, nil, nil, err
	}
	botMetrics, err := bot.NewMetrics(reg)
	if err != nil {
		return nil, nil, nil, err
	}
	return reg, libMetrics, botMetrics, nil
}

// newBot makes the bot that answers from s's library, with the timeline
// chart's renderer and the server's rate limits and feedback store.
func (s *server) newBot(m *bot.Metrics) (*bot.Bot, error) {
	chart, err := timelinechart.NewRenderer()
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	return bot.New(bot.Config{
		Search: s.lib, Factions: s.lib, Timeline: s.lib, Briefings: s.lib, Logger: s.cfg.log,
		Limiter: bot.NewLimiter(s.cfg.userRate, s.cfg.guildRate, 0, nil),
		Metrics: m, Feedback: s.feedback.forBot(),
		Chart: chart,
	})
}

// reopen builds or reopens the index for s.build, telling the GC tuner
// when a load starts and how it ended.
func (s *server) reopen(ctx context.Context) (*index.Index, error) {
	s.gc.loading()
	ix, err := s.cfg.cf.reopen(ctx, index.Options{Logger: s.cfg.log}, s.lib)
	if err != nil {
		s.gc.failed()
		return nil, err
	}
	s.gc.tune()
	return ix, nil
}

// listen starts the HTTP servers: the interactions endpoint (--http) and
// the metrics server (--metrics).
func (s *server) listen() error {
	if s.cfg.sf.addr != "" {
		// Slow answers are deferred and edited in through the interaction's
		// webhook, which needs no bot token.
		h, err := bot.NewHTTPHandler(s.bot, bot.HTTPOptions{PublicKey: s.cfg.pubKey, Ready: s.lib.Ready, Logger: s.cfg.log, FollowUp: s.client})
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		s.endpoint = h
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", s.metrics)
		mux.Handle("/", h)
		if err := s.serveOn(s.cfg.sf.addr, mux, "--http"); err != nil {
			return err
		}
	}
	if s.cfg.sf.metrics != "" {
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", s.metrics)
		mux.HandleFunc("GET /healthz", s.healthz)
		if err := s.serveOn(s.cfg.sf.metrics, mux, "--metrics"); err != nil {
			return err
		}
	}
	return nil
}

func (s *server) healthz(w http.ResponseWriter, _ *http.Request) {
	if !s.lib.Ready() {
		http.Error(w, "loading", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ok")
}

// serveOn serves h on addr until shutdown.
func (s *server) serveOn(addr string, h http.Handler, what string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %s: %w", what, err)
	}
	srv := newHTTPServer(h, s.cfg.log, defaultHTTPTimeouts())
	s.servers = append(s.servers, srv)
	s.cfg.log.Info("listening", "what", what, "addr", ln.Addr().String())
	go func() { s.httpDone <- srv.Serve(ln) }()
	return nil
}

// closeServers stops the HTTP servers at once, for a start that failed.
func (s *server) closeServers() {
	for _, srv := range s.servers {
		if err := srv.Close(); err != nil {
			s.cfg.log.Warn("http close", "addr", srv.Addr, "err", err)
		}
	}
}

// load reads the corpus and builds (or reopens) its index.
func (s *server) load(ctx context.Context) error {
	start := time.Now()
	if s.cfg.sf.watch {
		// The folder's state before loading, so an edit made while loading
		// is seen by the first look.
		s.watcher = newWatcher(s.cfg.cf.dir)
	}
	if err := s.lib.Reload(ctx, s.build); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	s.cfg.log.Info("ready", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// startReloads reloads the corpus on SIGHUP, and on changes with --watch,
// and prunes old feedback daily.
func (s *server) startReloads(ctx context.Context) {
	go reloadOnSignal(ctx, s.lib, s.build, s.cfg.log)
	go s.feedback.pruneDaily(ctx)
	if s.watcher != nil {
		go s.watcher.run(ctx, s.cfg.sf.watchEvery, s.lib, s.build, s.cfg.log)
	}
}

// startGateway connects to Discord's gateway when a token is set.
func (s *server) startGateway(ctx context.Context) error {
	token := s.cfg.token
	if token == "" {
		return nil
	}
	bot.RouteDiscordgoLogs(s.cfg.log, token)
	ds, err := discordgo.New("Bot " + token)
	if err != nil {
		return fmt.Errorf("serve: discord session: %s", redact(err.Error(), token))
	}
	ds.Client = s.client
	shardCount := s.cfg.shardCount
	if s.cfg.autoShards {
		gb, err := ds.GatewayBot()
		if err != nil {
			return fmt.Errorf("serve: --shard-count auto: asking Discord for the shard count: %s", redact(err.Error(), token))
		}
		shardCount = max(gb.Shards, 1)
		if s.cfg.sf.shardID >= shardCount {
			return fmt.Errorf("serve: --shard-id %d is out of range: Discord recommends %d shards", s.cfg.sf.shardID, shardCount)
		}
	}
	ds.ShardID, ds.ShardCount = s.cfg.sf.shardID, shardCount
	s.cfg.log.Info("gateway shard", "id", s.cfg.sf.shardID, "count", shardCount)
	g := bot.NewGateway(s.bot, ds, bot.GatewayOptions{Logger: s.cfg.log, DrainTimeout: shutdownGrace})
	s.gwRunning = true
	go func() { s.gwDone <- g.Run(ctx) }()
	return nil
}

// wait runs until a signal (ctx ends) or until a transport fails, and
// returns that failure.
func (s *server) wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return nil
	case err := <-s.httpDone:
		return fmt.Errorf("serve: http: %w", err)
	case err := <-s.gwDone:
		s.gwRunning = false // shutdown need not wait for it
		if err != nil {
			return fmt.Errorf("serve: %s", redact(err.Error(), s.cfg.token))
		}
		return nil
	}
}

// shutdown stops taking interactions and lets those in flight finish, up
// to shutdownGrace for each transport.
func (s *server) shutdown(ctx context.Context, firstErr error) error {
	log := s.cfg.log
	log.Info("shutting down", "grace", shutdownGrace)
	for _, srv := range s.servers {
		sctx, stop := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn("http shutdown", "err", err)
			if err := srv.Close(); err != nil {
				log.Warn("http close", "err", err)
			}
		}
		stop()
	}
	if s.endpoint != nil {
		wctx, stop := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
		if err := s.endpoint.Wait(wctx); err != nil {
			log.Warn("gave up on deferred answers", "err", err)
		}
		stop()
	}
	if s.gwRunning {
		if err := <-s.gwDone; err != nil && firstErr == nil {
			firstErr = fmt.Errorf("serve: %s", redact(err.Error(), s.cfg.token))
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

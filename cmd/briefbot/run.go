package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/briefbot/briefbot/corpus"
	"github.com/briefbot/briefbot/index"
)

// errUsage means usage has already been printed; main only sets the exit code.
var errUsage = errors.New("usage")

// usageError is a mistake in the command line: exit status 2, like flag's.
// It wraps the error that says what the mistake is, so errors.Is finds
// both errUsage and, say, corpus.ErrDateFormat.
type usageError struct{ err error }

func (e *usageError) Error() string        { return e.err.Error() }
func (e *usageError) Unwrap() error        { return e.err }
func (e *usageError) Is(target error) bool { return target == errUsage }

// usagef reports a command-line mistake; %w wraps as in fmt.Errorf.
func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// exitCode maps an error to the process exit status: 2 for usage, 1 for
// everything else.
func exitCode(err error) int {
	if errors.Is(err, errUsage) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// env is what every subcommand gets from the outside world. Nothing below
// main reads the process environment directly.
type env struct {
	getenv func(string) string
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

// command is one subcommand: its one-line summary, usage, and body.
type command struct {
	summary string
	usage   string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands is the dispatch table. Each entry lives in its own file.
func commands() map[string]command {
	return map[string]command{
		"ask":         askCommand(),
		"eval":        evalCommand(),
		"gaps":        gapsCommand(),
		"group":       groupCommand(),
		"healthcheck": healthcheckCommand(),
		"groups":      groupsCommand(),
		"index":       indexCommand(),
		"register":    registerCommand(),
		"serve":       serveCommand(),
		"timeline":    timelineCommand(),
	}
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	e := &env{
		getenv: getenv,
		stdout: stdout,
		stderr: stderr,
		log:    slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	}
	cmds := commands()
	if len(args) == 0 {
		printHelp(textOutFor(e, stderr), cmds)
		return errUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return runHelp(ctx, e, cmds, args[1:])
	}
	c, ok := cmds[name]
	if !ok {
		return unknownCommand(e, cmds, name)
	}
	err := c.run(ctx, e, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

// runHelp prints the list of commands, or with a command's name its usage
// and flags, on stdout. The flags are the command's own: it is run with -h,
// which prints them and stops before doing anything.
func runHelp(ctx context.Context, e *env, cmds map[string]command, args []string) error {
	switch len(args) {
	case 0:
		printHelp(newTextOut(e), cmds)
		return nil
	case 1:
	default:
		return usagef("help: want at most one command name, got %q", args)
	}
	c, ok := cmds[args[0]]
	if !ok {
		return unknownCommand(e, cmds, args[0])
	}
	onStdout := *e
	onStdout.stderr = e.stdout
	if err := c.run(ctx, &onStdout, []string{"-h"}); err != nil && !errors.Is(err, flag.ErrHelp) {
		return err
	}
	return nil
}

// unknownCommand reports a command name briefbot does not have.
func unknownCommand(e *env, cmds map[string]command, name string) error {
	fmt.Fprintf(e.stderr, "briefbot: unknown command %q\n\n", name)
	printHelp(textOutFor(e, e.stderr), cmds)
	return errUsage
}

// printHelp lists the commands, each summary wrapped beside its name.
func printHelp(o textOut, cmds map[string]command) {
	o.writeWrapped("", "", plain("briefbot answers questions about briefings: ranked, cited passages, factions and timelines."))
	fmt.Fprintln(o.w, "\nUsage: briefbot COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		o.writeWrapped(fmt.Sprintf("  %-12s ", n), strings.Repeat(" ", 15), plain(cmds[n].summary))
	}
	fmt.Fprintln(o.w)
	o.writeWrapped("", "", plain("Run \"briefbot help COMMAND\" or \"briefbot COMMAND -h\" for a command's flags."))
}

// newFlags makes a subcommand's flag set that reports errors to e.stderr
// and returns them instead of exiting. Its usage is wrapped to the
// terminal like the rest of briefbot's text.
func newFlags(e *env, c command, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		o := textOutFor(e, e.stderr)
		o.writeWrapped("usage: ", "    ", plain(c.usage))
		fmt.Fprintln(o.w)
		o.writeWrapped("", "", plain(c.summary))
		fmt.Fprintln(o.w, "\nFlags:")
		printFlags(o, fs)
	}
	return fs
}

// printFlags is flag.PrintDefaults wrapped to o's width: each flag, then
// its description indented beneath it.
func printFlags(o textOut, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		head := "-" + f.Name
		if kind != "" {
			head += " " + kind
		}
		if def := flagDefault(f, kind); def != "" {
			usage += " (default " + def + ")"
		}
		o.writeWrapped("  ", "    ", plain(head))
		o.writeWrapped("        ", "        ", plain(usage))
	})
}

// flagDefault is a flag's default as help shows it, or "" for a zero
// value, as the flag package does.
func flagDefault(f *flag.Flag, kind string) string {
	switch f.DefValue {
	case "", "false", "0", "0s":
		return ""
	}
	if kind == "string" {
		return fmt.Sprintf("%q", f.DefValue)
	}
	return f.DefValue
}

// corpusFlags are the flags every reading command shares.
type corpusFlags struct {
	dir      string
	indexDir string
}

func (cf *corpusFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&cf.dir, "corpus", "", "folder of .md/.txt/.html briefings (default: the embedded briefing)")
	fs.StringVar(&cf.indexDir, "index-dir", "", "keep the search index on disk in this folder and reuse it while the corpus is unchanged")
}

// load reads and extracts the corpus the flags name, telling e.stderr
// which files it skipped. With --index-dir it opens the index there as ask
// does (building it when missing or stale) and takes the extraction stored
// with it: extracting 100k paragraphs again took some 30 CPU-seconds, the
// stored extraction well under one.
func (cf *corpusFlags) load(ctx context.Context, e *env) (*corpus.Corpus, error) {
	if cf.indexDir != "" {
		ix, err := cf.open(ctx, e)
		if err != nil {
			return nil, err
		}
		c := ix.Corpus()
		if err := ix.Close(); err != nil {
			return nil, fmt.Errorf("close %s: %w", cf.indexDir, err)
		}
		return c, nil
	}
	if cf.dir == "" {
		return corpus.Default()
	}
	c, err := corpus.Load(cf.dir)
	if err != nil {
		return nil, err
	}
	printWarnings(e.stderr, c)
	return c, nil
}

// printWarnings tells a command-line reader which files the corpus
// skipped and why, one line each.
func printWarnings(w io.Writer, c *corpus.Corpus) {
	for _, x := range c.Warnings {
		fmt.Fprintf(w, "briefbot: warning: %s\n", x)
	}
}

// logWarnings is printWarnings for a server's log.
func logWarnings(log *slog.Logger, c *corpus.Corpus) {
	for _, x := range c.Warnings {
		log.Warn("briefing skipped", "file", x.File, "reason", x.Msg)
	}
}

// read reads the corpus without extracting it: index.Build extracts it,
// or restores the extraction stored with a persisted index. With
// --index-dir it takes the corpus stored beside the index while the
// folder's files are unchanged (index.ReadStored: at 100k paragraphs,
// reading and parsing the files was about half of a start), and reads the
// folder otherwise, saying why when a stored corpus was unusable. The
// options returned say what Build needs to know of where the corpus came
// from (Stamps or Hash).
func (cf *corpusFlags) read(log *slog.Logger) (*corpus.Corpus, index.Options, error) {
	if cf.dir == "" || cf.indexDir == "" {
		return cf.readFolder()
	}
	stamps, err := corpus.Stamp(cf.dir)
	if err != nil {
		return cf.readFolder() // which says what is wrong with the folder
	}
	c, hash, err := index.ReadStored(cf.indexDir, stamps)
	if err == nil {
		return c, index.Options{Hash: hash}, nil
	}
	if !errors.Is(err, index.ErrNoStoredCorpus) && log != nil {
		log.Warn("reading the corpus folder instead", "err", err)
	}
	c, err = corpus.Read(cf.dir)
	return c, index.Options{Stamps: &stamps}, err
}

// readFolder reads the corpus from its folder (or the embedded one) and,
// with --index-dir, stamps the folder first, for index.Build to store the
// corpus with (index.Options.Stamps).
func (cf *corpusFlags) readFolder() (*corpus.Corpus, index.Options, error) {
	if cf.dir == "" {
		c, err := corpus.ReadDefault()
		return c, index.Options{}, err
	}
	var from index.Options
	if cf.indexDir != "" {
		if s, err := corpus.Stamp(cf.dir); err == nil {
			from.Stamps = &s
		}
	}
	c, err := corpus.Read(cf.dir)
	return c, from, err
}

// open reads the corpus and builds or reopens its index, which extracts
// the corpus or restores its stored extraction.
//
// It collects garbage while loading as serve does (loadingGCPercent)
// unless the operator set GOGC: a one-shot command's peak resident size
// is its load's, most of which (file contents, the decoded extraction) is
// garbage within moments.
func (cf *corpusFlags) open(ctx context.Context, e *env) (*index.Index, error) {
	if e.getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(loadingGCPercent))
	}
	c, opts, err := cf.read(e.log)
	if err != nil {
		return nil, err
	}
	printWarnings(e.stderr, c)
	// The text stays in memory (no Options.TextOnDisk): one command's peak
	// is its load's, which moving the text would raise, not lower.
	opts.Dir, opts.Logger = cf.indexDir, e.log
	return index.Build(ctx, c, opts)
}

// openWith is open with the index options spelled out.
func (cf *corpusFlags) openWith(ctx context.Context, opts index.Options) (*index.Index, error) {
	return cf.reopen(ctx, opts, nil)
}

// reopen is openWith for a reload: when lib already serves the corpus as
// it now reads, it returns errUnchanged rather than build (or, with
// --index-dir, try to open a second time) the index already serving.
func (cf *corpusFlags) reopen(ctx context.Context, opts index.Options, lib *library) (*index.Index, error) {
	c, from, err := cf.read(opts.Logger)
	if err != nil {
		return nil, err
	}
	if lib != nil && lib.Serves(c) {
		return nil, errUnchanged
	}
	if w, ok := lib.emptied(c); ok {
		return nil, fmt.Errorf("corpus: %s is empty now; still serving its last version (delete the file to drop the briefing)", w.File)
	}
	if opts.Logger != nil {
		logWarnings(opts.Logger, c)
	}
	opts.Dir, opts.Stamps, opts.Hash = cf.indexDir, from.Stamps, from.Hash
	opts.TextOnDisk = true // a server keeps the corpus's text out of its heap
	return index.Build(ctx, c, opts)
}

// joinArgs joins positional words into one question or name.
func joinArgs(args []string) string { return strings.TrimSpace(strings.Join(args, " ")) }

// parseFlags parses a subcommand's flags, before or after its other
// arguments ("briefbot group shabab --corpus DIR" works too; "--" ends
// the flags). The flag package has already printed any mistake and the
// usage, so a bad flag is the bare errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(flagsFirst(fs, args))
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	return errUsage
}

// flagsFirst moves flags, with their values, ahead of the other arguments,
// since the flag package stops at the first non-flag.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := fs.Lookup(name)
		if f == nil || hasValue {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if len(rest) > 0 {
		flags = append(flags, "--")
	}
	return append(flags, rest...)
}

package main

import (
	"bufio"
	"crypto/ed25519"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// mainEnv, set in a child's environment, makes the test binary run
// briefbot's main with the child's arguments instead of the tests: the
// memory benchmark measures whole processes, whose peak resident size a
// benchmark inside the test process cannot tell apart from its own.
const mainEnv = "BRIEFBOT_TEST_RUN_MAIN"

// argSep separates the child's arguments in mainEnv+"_ARGS".
const argSep = "\x1f"

func TestMain(m *testing.M) {
	if os.Getenv(mainEnv) == "1" {
		os.Args = append([]string{"briefbot"}, strings.Split(os.Getenv(mainEnv+"_ARGS"), argSep)...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// BenchmarkProcessMemory is what issue 14's memory targets ask of whole
// processes at 100,000 paragraphs (corpustest.Files(100_000, 42)): it runs
// this test binary as briefbot, one command at a time, and reports each
// one's peak resident size (the kernel's maximum RSS), CPU-seconds and
// wall time:
//   - index: "briefbot index --index-dir" (build and persist), with its
//     paragraphs per second;
//   - ask-built: one "ask" without --index-dir (the index built in a
//     temporary folder: what serving "in memory" costs);
//   - ask-reopened: one "ask" reopening the persisted index (the 1 s
//     target);
//   - serve: "serve --http" on the persisted index, its resident size when
//     /healthz first answers and after serveQuestions /ask from 16 clients,
//     then split into anonymous pages (the heap) and mapped files' pages
//     (Linux: read from /proc).
//
// Run it with
//
//	go test -run XXX -bench ProcessMemory -benchtime 1x ./cmd/briefbot
//
// The environment's GOGC and GOMEMLIMIT pass to the children.
func BenchmarkProcessMemory(b *testing.B) {
	dir := b.TempDir()
	docs := filepath.Join(dir, "corpus")
	writeCorpus(b, docs)
	idx := filepath.Join(dir, "index")
	question := corpustest.Questions(1, 42)[0]
	for range b.N {
		if err := os.RemoveAll(idx); err != nil {
			b.Fatal(err)
		}
		u := runChild(b, "index", "--corpus", docs, "--index-dir", idx)
		u.report(b, "index")
		b.ReportMetric(100_000/u.wall.Seconds(), "index-para/s")
		runChild(b, "ask", "--corpus", docs, question).report(b, "ask-built")
		runChild(b, "ask", "--corpus", docs, "--index-dir", idx, question).report(b, "ask-reopened")
		serveMemory(b, docs, idx)
	}
}

// childUse is what one child process used.
type childUse struct {
	peakKB    int64
	cpu, wall time.Duration
}

func (u childUse) report(b *testing.B, name string) {
	b.ReportMetric(float64(u.peakKB)/1024, name+"-peak-MB")
	b.ReportMetric(u.cpu.Seconds(), name+"-cpu-s")
	b.ReportMetric(u.wall.Seconds(), name+"-wall-s")
}

// child is this test binary set up to run as briefbot with args.
func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), mainEnv+"=1", mainEnv+"_ARGS="+strings.Join(args, argSep))
	return cmd
}

// runChild runs briefbot with args to the end.
func runChild(b *testing.B, args ...string) childUse {
	cmd := child(args...)
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("briefbot %v: %v\n%s", args, err, out)
	}
	return usage(cmd.ProcessState, time.Since(start))
}

func usage(ps *os.ProcessState, wall time.Duration) childUse {
	u := childUse{cpu: ps.UserTime() + ps.SystemTime(), wall: wall}
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		u.peakKB = ru.Maxrss
	}
	return u
}

// serveQuestions is how many /ask the serve measure sends.
const serveQuestions = 2000

// serveMemory serves the persisted index over HTTP and reports its
// resident size when ready and after serveQuestions questions.
func serveMemory(b *testing.B, docs, idx string) {
	if runtime.GOOS != "linux" {
		return
	}
	cmd := child("serve", "--http", "127.0.0.1:0", "--corpus", docs, "--index-dir", idx,
		"--user-rate", "0", "--guild-rate", "0", "--idle-release", restInterval.String(), "--memory-limit", *serveLimit)
	cmd.Env = append(cmd.Env, "DISCORD_PUBLIC_KEY="+hex.EncodeToString(serveKey.Public().(ed25519.PublicKey)))
	logs, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	}()
	addr, err := listeningAddr(logs)
	if err != nil {
		b.Fatal(err)
	}
	base := "http://" + addr
	if err := awaitHealthy(base, time.Minute); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(time.Since(start).Seconds(), "serve-ready-s")
	b.ReportMetric(residentMB(b, cmd.Process.Pid, "VmRSS"), "serve-ready-MB")
	gcs := metricValue(b, base, "go_gc_duration_seconds_count")
	gcCPU := metricValue(b, base, "go_cpu_classes_gc_total_cpu_seconds_total")
	questions := corpustest.Questions(64, 42)
	client := &http.Client{}
	if _, err := send(client, base+"/interactions", askBody("first", questions[0])); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(time.Since(start).Seconds(), "serve-first-answer-s")
	b.ReportMetric(cpuSeconds(b, cmd.Process.Pid), "serve-first-answer-cpu-s")
	sendAll(b, base+"/interactions", questions)
	// The server's CPU for loading and all the questions: what a smaller
	// heap costs in collections.
	b.ReportMetric(cpuSeconds(b, cmd.Process.Pid), "serve-asked-cpu-s")
	b.ReportMetric(residentMB(b, cmd.Process.Pid, "VmRSS"), "serve-asked-MB")
	// What grew: the heap (anonymous pages) or the mapped files' pages (the
	// index segment's, read by the searches; the kernel may drop them).
	b.ReportMetric(residentMB(b, cmd.Process.Pid, "RssAnon"), "serve-asked-anon-MB")
	b.ReportMetric(residentMB(b, cmd.Process.Pid, "RssFile"), "serve-asked-file-MB")
	b.ReportMetric(residentMB(b, cmd.Process.Pid, "VmHWM"), "serve-peak-MB")
	fileSplit(b, cmd.Process.Pid, idx)
	// The heap's side of the trade: how often it was collected while
	// answering, and the size it may grow to before the next collection.
	b.ReportMetric(metricValue(b, base, "go_gc_duration_seconds_count")-gcs, "serve-asked-gcs")
	b.ReportMetric(metricValue(b, base, "go_cpu_classes_gc_total_cpu_seconds_total")-gcCPU, "serve-asked-gc-cpu-s")
	b.ReportMetric(metricValue(b, base, "go_memstats_next_gc_bytes")/(1<<20), "serve-asked-heap-goal-MB")
	// At rest: once a quiet interval has passed, the server returns the
	// heap's free pages (--idle-release).
	time.Sleep(3 * restInterval)
	b.ReportMetric(residentMB(b, cmd.Process.Pid, "VmRSS"), "serve-rest-MB")
	b.ReportMetric(residentMB(b, cmd.Process.Pid, "RssAnon"), "serve-rest-anon-MB")
}

// restInterval is serve's --idle-release in the memory benchmarks: short,
// so that the resident size at rest is measured within seconds.
const restInterval = 2 * time.Second

// fileSplit reports which mapped files' pages process pid holds: the
// executable's (its code and tables, touched from the start) and the index
// segments' under idx (touched by the searches). The kernel maps a file's
// cached pages around each one read (fault-around, 64 KB), so these are
// whole windows, not only the pages read.
func fileSplit(b *testing.B, pid int, idx string) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/smaps", pid))
	if err != nil {
		b.Fatal(err)
	}
	exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	if err != nil {
		b.Fatal(err)
	}
	abs, err := filepath.Abs(idx)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(residentOf(string(data), func(path string) bool { return path == exe })/1024, "serve-asked-binary-MB")
	b.ReportMetric(residentOf(string(data), func(path string) bool { return strings.HasPrefix(path, abs+"/") })/1024, "serve-asked-index-MB")
}

// smapsHead matches the first line of a mapping in /proc/PID/smaps: its
// address range, then permissions, offset, device, inode and path.
var smapsHead = regexp.MustCompile(`^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+ *(.*)$`)

// residentOf sums the resident kilobytes (Rss) of smaps's mappings whose
// path keep accepts.
func residentOf(smaps string, keep func(path string) bool) float64 {
	kb, in := 0.0, false
	for line := range strings.Lines(smaps) {
		line = strings.TrimSuffix(line, "\n")
		if m := smapsHead.FindStringSubmatch(line); m != nil {
			in = keep(m[1])
			continue
		}
		if rest, ok := strings.CutPrefix(line, "Rss:"); ok && in {
			n, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err == nil {
				kb += n
			}
		}
	}
	return kb
}

// metricValue reads one unlabelled sample from the server's GET /metrics.
func metricValue(b *testing.B, base, name string) float64 {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		b.Fatal(err)
	}
	v, err := sampleOf(string(body), name)
	if err != nil {
		b.Fatal(err)
	}
	return v
}

// sampleOf finds the unlabelled sample name in a Prometheus text
// exposition.
func sampleOf(text, name string) (float64, error) {
	for line := range strings.Lines(text) {
		if rest, ok := strings.CutPrefix(line, name+" "); ok {
			return strconv.ParseFloat(strings.TrimSpace(rest), 64)
		}
	}
	return 0, fmt.Errorf("no %s in the metrics", name)
}

// listeningAddr reads serve's log until it says where --http listens, and
// drains the rest in the background.
func listeningAddr(logs io.Reader) (string, error) {
	addrRE := regexp.MustCompile(`msg=listening what=--http addr=(\S+)`)
	sc := bufio.NewScanner(logs)
	for sc.Scan() {
		if m := addrRE.FindStringSubmatch(sc.Text()); m != nil {
			go func() { _, _ = io.Copy(io.Discard, logs) }()
			return m[1], nil
		}
	}
	return "", fmt.Errorf("serve never listened (%v)", sc.Err())
}

func awaitHealthy(base string, limit time.Duration) error {
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
	}
	return fmt.Errorf("serve not healthy after %v", limit)
}

// sendAll sends serveQuestions /ask from loadClients clients.
func sendAll(b *testing.B, url string, questions []string) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadClients}}
	errs := make(chan error, loadClients)
	for c := range loadClients {
		go func() {
			for i := c; i < serveQuestions; i += loadClients {
				if _, err := send(client, url, askBody("m"+strconv.Itoa(i), questions[i%len(questions)])); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range loadClients {
		if err := <-errs; err != nil {
			b.Fatal(err)
		}
	}
}

// cpuSeconds is the CPU time (user and system) process pid has used so
// far, from /proc/PID/stat: on a shared machine the wall clock to the first
// answer is mostly the wait for a core.
func cpuSeconds(b *testing.B, pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	// The fields after the command's name, which is in parentheses.
	fields := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	ticks := 0.0
	for _, f := range fields[11:13] { // utime and stime
		n, err := strconv.ParseFloat(f, 64)
		if err != nil {
			b.Fatal(err)
		}
		ticks += n
	}
	return ticks / 100 // USER_HZ
}

// residentMB reads one size (VmRSS, VmHWM) of process pid, in MB.
func residentMB(b *testing.B, pid int, field string) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb / 1024
		}
	}
	b.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}

// serveCorpus, when set, keeps BenchmarkServeMemory's corpus and index in
// that folder between runs, so that two trees can be measured on the same
// files without building the index each time.
var serveCorpus = flag.String("servecorpus", "", "folder for BenchmarkServeMemory's and BenchmarkHTTPLoad's corpus and index, kept between runs")

// serveLimit is serve's --memory-limit in BenchmarkServeMemory and
// BenchmarkHTTPLoad, so that what a limit buys and costs is measured with
// the same runs.
var serveLimit = flag.String("memorylimit", "off", "serve's --memory-limit in BenchmarkServeMemory and BenchmarkHTTPLoad")

// BenchmarkServeMemory is the serve part of BenchmarkProcessMemory alone,
// on corpustest.Files(100_000, 42) with its index built once (kept with
// -servecorpus DIR): the resident size of "serve --http --index-dir" when
// /healthz first answers and after serveQuestions /ask, split as there,
// and the time from start to the first /ask answered (issue 14's 1 s).
//
//	go test -run XXX -bench ServeMemory -benchtime 1x ./cmd/briefbot -servecorpus /tmp/DIR
func BenchmarkServeMemory(b *testing.B) {
	docs, idx := persistedCorpus(b)
	for range b.N {
		serveMemory(b, docs, idx)
	}
}

// persistedCorpus returns the folders of corpustest.Files(100_000, 42) and
// its persisted index, both written only if missing: in -servecorpus's
// folder when set (kept between runs), else in the benchmark's temporary
// folder. The index is built by a child "briefbot index", as an operator
// builds it.
func persistedCorpus(b *testing.B) (docs, idx string) {
	dir := *serveCorpus
	if dir == "" {
		dir = b.TempDir()
	}
	docs, idx = filepath.Join(dir, "corpus"), filepath.Join(dir, "index")
	if _, err := os.Stat(docs); err != nil {
		writeCorpus(b, docs)
	}
	if _, err := os.Stat(idx); err != nil {
		runChild(b, "index", "--corpus", docs, "--index-dir", idx)
	}
	return docs, idx
}

func writeCorpus(b *testing.B, docs string) {
	if err := os.MkdirAll(docs, 0o755); err != nil {
		b.Fatal(err)
	}
	for name, data := range corpustest.Files(100_000, 42) {
		if err := os.WriteFile(filepath.Join(docs, name), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

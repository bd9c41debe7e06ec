package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCgroupMemoryLimit: --memory-limit auto reads the cgroup's limit from
// fake cgroup files: v2's memory.max (a number, or max for none), v1's
// memory.limit_in_bytes (a number, or the kernel's near-2^63 for none),
// the process's own cgroup before the mount's root; missing files and
// unreadable content are errors that name the files.
func TestCgroupMemoryLimit(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	for _, tt := range []struct {
		name     string
		files    fstest.MapFS
		want     int64  // the cgroup's limit; 0 for none
		wantFile string // the file it came from
		wantErr  []string
	}{
		{"v2 number", fstest.MapFS{"sys/fs/cgroup/memory.max": file("536870912\n")}, 512 << 20, "/sys/fs/cgroup/memory.max", nil},
		{"v2 max", fstest.MapFS{"sys/fs/cgroup/memory.max": file("max\n")}, 0, "/sys/fs/cgroup/memory.max", nil},
		{"v2 own cgroup first", fstest.MapFS{
			"proc/self/cgroup":                          file("0::/kubepods/pod1/c1\n"),
			"sys/fs/cgroup/kubepods/pod1/c1/memory.max": file("268435456\n"),
			"sys/fs/cgroup/memory.max":                  file("max\n"),
		}, 256 << 20, "/sys/fs/cgroup/kubepods/pod1/c1/memory.max", nil},
		{"v2 own cgroup not mounted: root", fstest.MapFS{
			"proc/self/cgroup":         file("0::/elsewhere\n"),
			"sys/fs/cgroup/memory.max": file("1073741824"),
		}, 1 << 30, "/sys/fs/cgroup/memory.max", nil},
		{"v1 number", fstest.MapFS{
			"proc/self/cgroup": file("12:cpu,cpuacct:/docker/abc\n4:memory:/docker/abc\n"),
			"sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes": file("402653184\n"),
		}, 384 << 20, "/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes", nil},
		{"v1 root", fstest.MapFS{"sys/fs/cgroup/memory/memory.limit_in_bytes": file("402653184\n")}, 384 << 20, "/sys/fs/cgroup/memory/memory.limit_in_bytes", nil},
		{"v1 unlimited", fstest.MapFS{"sys/fs/cgroup/memory/memory.limit_in_bytes": file("9223372036854771712\n")}, 0, "/sys/fs/cgroup/memory/memory.limit_in_bytes", nil},
		{"v2 before v1", fstest.MapFS{
			"sys/fs/cgroup/memory.max":                   file("100000000"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": file("200000000"),
		}, 100_000_000, "/sys/fs/cgroup/memory.max", nil},
		{"missing", fstest.MapFS{}, 0, "", []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes", "give a size or off"}},
		{"garbage", fstest.MapFS{"sys/fs/cgroup/memory.max": file("lots\n")}, 0, "/sys/fs/cgroup/memory.max", []string{"/sys/fs/cgroup/memory.max", `"lots"`}},
		{"zero", fstest.MapFS{"sys/fs/cgroup/memory.max": file("0\n")}, 0, "/sys/fs/cgroup/memory.max", []string{"/sys/fs/cgroup/memory.max"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, gotFile, err := cgroupMemoryLimit(tt.files)
			if tt.wantErr != nil {
				if err == nil {
					t.Fatalf("got %d from %s, want an error", got, gotFile)
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q does not say %q", err, w)
					}
				}
				return
			}
			if err != nil || got != tt.want || gotFile != tt.wantFile {
				t.Errorf("got %d from %q, %v; want %d from %q", got, gotFile, err, tt.want, tt.wantFile)
			}
			share, _, err := autoMemoryLimit(tt.files)
			if want := tt.want / 4 * 3; err != nil || share != want {
				t.Errorf("auto: %d, %v; want three quarters, %d", share, err, want)
			}
		})
	}
}

// TestServeMemoryLimitAuto: serve's --memory-limit auto takes its size from
// the cgroup files (three quarters of the limit), imposes none under
// "max", and stops with a usage error naming the files when there are
// none; a size or off is read as before.
func TestServeMemoryLimitAuto(t *testing.T) {
	for _, tt := range []struct {
		flag    string
		files   fstest.MapFS
		want    int64
		wantErr string
	}{
		{"auto", fstest.MapFS{"sys/fs/cgroup/memory.max": {Data: []byte("400000000\n")}}, 300_000_000, ""},
		{"auto", fstest.MapFS{"sys/fs/cgroup/memory.max": {Data: []byte("max\n")}}, 0, ""},
		{"auto", fstest.MapFS{}, 0, "/sys/fs/cgroup/memory.max"},
		{"96MiB", fstest.MapFS{}, 96 << 20, ""},
		{"off", fstest.MapFS{"sys/fs/cgroup/memory.max": {Data: []byte("400000000\n")}}, 0, ""},
	} {
		var logs bytes.Buffer
		cfg := serveConfig{sf: serveFlags{memoryLimit: tt.flag}, rootFS: tt.files, log: slog.New(slog.NewTextHandler(&logs, nil))}
		got, err := cfg.readMemoryLimit()
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s with %v: error %v, want one naming %s", tt.flag, tt.files, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s with %v: %d, %v; want %d", tt.flag, tt.files, got, err, tt.want)
		}
		if tt.flag == "auto" && !strings.Contains(logs.String(), "memory.max") {
			t.Errorf("auto: the log does not name the file read: %q", logs.String())
		}
	}
}

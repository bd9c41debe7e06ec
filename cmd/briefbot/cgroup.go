package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// --memory-limit auto: the soft limit is a fixed share of the memory limit
// of the container's cgroup, read from the cgroup file system as the
// kernel exposes it:
//
//   - cgroup v2: memory.max, a number of bytes or "max" (no limit);
//   - cgroup v1: memory/memory.limit_in_bytes, a number of bytes, where
//     "no limit" is a number near the largest int64 (9223372036854771712
//     with 4 KiB pages).
//
// The process's own cgroup is looked for first (its line in
// /proc/self/cgroup names it under the mount), then the mount's root,
// which is the container's own cgroup wherever the container runs in a
// cgroup namespace of its own (Docker's and Kubernetes' default on
// cgroup v2). A limit of "max" (or v1's unlimited) means no soft limit;
// no readable file is an error that names the files tried, so that an
// operator who asked for auto learns it did nothing.

// cgroupLimitShare is the share of the cgroup's limit --memory-limit auto
// gives the Go runtime, as a fraction: three quarters. The runtime's limit
// counts its heap, stacks and bookkeeping; the cgroup also counts what that
// leaves out (the index segment's mapped pages, 20-60 MB at 100k paragraphs,
// the executable's, about 33 MB, and the page cache of files read), so the
// runtime may not have all of it.
const (
	cgroupLimitShareNum = 3
	cgroupLimitShareDen = 4
)

// cgroupUnlimited is the smallest v1 limit read as no limit: the kernel
// writes PAGE_COUNTER_MAX pages, rounded, which is just under 2^63.
const cgroupUnlimited = int64(1) << 62

// Where the cgroup file system is mounted and its memory limit files,
// relative to the root of the file system given (fs.FS paths have no
// leading slash).
const (
	cgroupSelf   = "proc/self/cgroup"
	cgroupMount  = "sys/fs/cgroup"
	cgroupV2File = "memory.max"
	cgroupV1Dir  = "memory"
	cgroupV1File = "memory.limit_in_bytes"
)

// cgroupMemoryLimit reads the memory limit of the process's cgroup from
// fsys (the root file system in serve): the limit in bytes and the file
// it came from, 0 for no limit. An error names every file tried when none
// could be read, or the file whose content is not a limit.
func cgroupMemoryLimit(fsys fs.FS) (limit int64, file string, err error) {
	var tried []string
	for _, name := range cgroupLimitFiles(fsys) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			tried = append(tried, "/"+name)
			continue
		}
		s := string(bytes.TrimSpace(b))
		if s == "max" {
			return 0, "/" + name, nil
		}
		n, perr := strconv.ParseInt(s, 10, 64)
		if perr != nil || n <= 0 {
			return 0, "/" + name, fmt.Errorf("cgroup memory limit in /%s: %q is neither a number of bytes nor max", name, s)
		}
		if n >= cgroupUnlimited {
			return 0, "/" + name, nil
		}
		return n, "/" + name, nil
	}
	return 0, "", fmt.Errorf("no cgroup memory limit to read (tried %s): give a size or off", strings.Join(tried, ", "))
}

// cgroupLimitFiles lists the files that may hold the process's memory
// limit, in the order they are tried: v2 then v1, the process's own cgroup
// (from /proc/self/cgroup, when it names one below the root) before the
// mount's root.
func cgroupLimitFiles(fsys fs.FS) []string {
	v2, v1 := "/", "/"
	if f, err := fsys.Open(cgroupSelf); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			// hierarchy-ID:controller-list:cgroup-path
			id, rest, ok1 := strings.Cut(sc.Text(), ":")
			controllers, p, ok2 := strings.Cut(rest, ":")
			if !ok1 || !ok2 {
				continue
			}
			switch {
			case id == "0" && controllers == "":
				v2 = p
			case hasController(controllers, "memory"):
				v1 = p
			}
		}
		_ = f.Close()
	}
	var files []string
	add := func(dir, file string) {
		if name := path.Join(dir, file); !slices.Contains(files, name) {
			files = append(files, name)
		}
	}
	// path.Join cleans a cgroup path of "..": it stays under the mount.
	add(path.Join(cgroupMount, path.Clean("/" + v2)[1:]), cgroupV2File)
	add(cgroupMount, cgroupV2File)
	add(path.Join(cgroupMount, cgroupV1Dir, path.Clean("/" + v1)[1:]), cgroupV1File)
	add(path.Join(cgroupMount, cgroupV1Dir), cgroupV1File)
	return files
}

// hasController reports whether a v1 line's comma-separated controller
// list names c.
func hasController(list, c string) bool {
	for name := range strings.SplitSeq(list, ",") {
		if name == c {
			return true
		}
	}
	return false
}

// autoMemoryLimit is --memory-limit auto: cgroupLimitShare of the cgroup's
// memory limit read from fsys, 0 when the cgroup sets none, and the file
// read.
func autoMemoryLimit(fsys fs.FS) (int64, string, error) {
	limit, file, err := cgroupMemoryLimit(fsys)
	if err != nil {
		return 0, file, err
	}
	if limit == 0 {
		return 0, file, nil
	}
	share := limit / cgroupLimitShareDen * cgroupLimitShareNum
	if share <= 0 {
		return 0, file, errors.New("cgroup memory limit in " + file + " is too small to share")
	}
	return share, file, nil
}

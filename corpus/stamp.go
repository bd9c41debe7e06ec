package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"time"
)

// Stamps say, without reading a corpus folder's files, whether it still
// holds what was read from it before: every briefing file's path, size and
// modification time, taken before the files were read. A server reopening
// an unchanged folder compares them with the stamps stored beside its
// index and takes the corpus stored there instead of parsing every file.
type Stamps struct {
	Dir   string      // the folder as given to Read (it names files in errors and warnings)
	Files []FileStamp // in the order Read reads them
	Taken time.Time   // when they were taken
}

// FileStamp is one briefing file's path below the folder, size and
// modification time (Unix nanoseconds).
type FileStamp struct {
	Name    string
	Size    int64
	ModTime int64
}

// settleTime is how long before its stamps were taken every file must
// have last changed for them to be trusted: a file written within the
// file system's clock granularity of being stamped could change again
// without its time changing, as git's "racily clean" entries can.
const settleTime = 2 * time.Second

// Stamp stamps every file Read would read in dir, following links as Read
// does.
func Stamp(dir string) (Stamps, error) {
	s := Stamps{Dir: dir, Taken: time.Now()}
	if err := checkDir(dir); err != nil {
		return s, err
	}
	fsys := os.DirFS(dir)
	names, err := briefingFiles(fsys)
	if err != nil {
		return s, fmt.Errorf("corpus: %s: %w", dir, err)
	}
	s.Files = make([]FileStamp, len(names))
	for i, name := range names {
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return s, fmt.Errorf("corpus: %s/%s: %w", dir, name, err)
		}
		s.Files[i] = FileStamp{Name: name, Size: info.Size(), ModTime: info.ModTime().UnixNano()}
	}
	return s, nil
}

// Matches reports whether now, freshly taken, says the folder is as it was
// when s was taken: the same folder, the same files with the same sizes and
// times, and none changed too close to when s was taken to be sure.
func (s Stamps) Matches(now Stamps) bool {
	if s.Dir != now.Dir || !slices.Equal(s.Files, now.Files) {
		return false
	}
	settled := s.Taken.Add(-settleTime).UnixNano()
	for _, f := range s.Files {
		if f.ModTime >= settled {
			return false
		}
	}
	return true
}

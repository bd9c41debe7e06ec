package discordtest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"strings"
)

// File is a file uploaded with a request.
type File struct {
	Field, Name, ContentType string
	Data                     []byte
}

// ErrNotMultipart means a request carried no files.
var ErrNotMultipart = errors.New("discordtest: request is not multipart/form-data")

// Upload reads a multipart request as Discord does: the JSON payload from
// the payload_json part, and every files[n] part.
func (r Request) Upload() (payload []byte, files []File, err error) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" {
		return nil, nil, ErrNotMultipart
	}
	mr := multipart.NewReader(bytes.NewReader(r.Body), params["boundary"])
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return payload, files, nil
		}
		if err != nil {
			return nil, nil, fmt.Errorf("discordtest: multipart: %w", err)
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return nil, nil, fmt.Errorf("discordtest: multipart part %q: %w", p.FormName(), err)
		}
		switch name := p.FormName(); {
		case name == "payload_json":
			payload = data
		case strings.HasPrefix(name, "files["):
			files = append(files, File{Field: name, Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
		default:
			return nil, nil, fmt.Errorf("discordtest: unexpected multipart field %q", name)
		}
	}
}

// FailPath makes the next n REST calls whose path contains substr fail
// with Discord's error code (10008 "unknown message" answers 404, as
// Discord does; other codes 400).
func (s *Server) FailPath(substr string, code, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failPath = append(s.failPath, pathFailure{substr, code, n})
}

// pathFailure is a pending FailPath.
type pathFailure struct {
	substr  string
	code, n int
}

// pathFailureFor returns the error code for a call to path, counting it
// against its FailPath; 0 means no failure. s.mu must be held.
func (s *Server) pathFailureFor(path string) int {
	for i := range s.failPath {
		f := &s.failPath[i]
		if f.n > 0 && strings.Contains(path, f.substr) {
			f.n--
			return f.code
		}
	}
	return 0
}

package index

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"unsafe"

	"github.com/briefbot/briefbot/corpus"
)

// skeletonFile holds a persisted index's corpus as it was read, but for the
// paragraphs' text (which is textsFile's): every briefing's fields, each
// paragraph's section, line and length, and the warnings, after the stamps
// of the folder it was read from. A server started on an unchanged folder
// takes the corpus from here and the text from textsFile instead of
// reading and parsing every briefing (at 100k paragraphs about half of the
// start's CPU). Its name carries a version: a change to the stored types
// must bump it.
const skeletonFile = "corpus-v1.gob"

// ErrNoStoredCorpus means no index under a folder stores the corpus its
// stamps describe: the folder is read as usual.
var ErrNoStoredCorpus = errors.New("no stored corpus for these stamps")

// skeletonHead is skeletonFile's first value: what decides whether the rest
// may be used, read without decoding the rest.
type skeletonHead struct {
	Extractors string // corpus.ExtractorVersion: the parser's and extractors' version
	Mapping    string // mappingVersion
	Hash       string // the corpus's Hash, which names its texts file
	Stamps     corpus.Stamps
	Sum        []byte // SHA-256 of the rest of the file, so that no damage to it goes unseen
}

// storedCorpus is skeletonFile's second value.
type storedCorpus struct {
	Briefings []storedBriefing
	Warnings  []corpus.Warning
}

// storedBriefing is a briefing with its paragraphs taken out (B holds every
// other field, whatever fields the type gains). A section's headings are
// stored once and shared again by its paragraphs, as parsing shares them.
type storedBriefing struct {
	B        corpus.Briefing
	Sections []storedSection
	Section  []int32 // per paragraph, its place in Sections
	Line     []int32 // per paragraph
	Len      []int32 // per paragraph, its text's length in textsFile
}

type storedSection struct {
	Section string
	Outer   []string
}

// ReadStored returns the corpus stored beside the index under dir whose
// stamps match now (corpus.Stamps.Matches), unextracted as corpus.Read
// leaves it, its text read from the texts file, and its Hash (for
// Options.Hash). It returns ErrNoStoredCorpus when none matches, and an
// error naming the file when a stored corpus is unreadable or does not fit
// its texts file; either way, reading the folder is the remedy.
func ReadStored(dir string, now corpus.Stamps) (*corpus.Corpus, string, error) {
	paths, _ := filepath.Glob(filepath.Join(filepath.Clean(dir), versionPrefix+"*", skeletonFile)) // the pattern is valid
	// A corrupt one is reported only when none fits.
	var bad error
	for _, path := range paths {
		head, body, err := openSkeleton(path)
		if err != nil {
			bad = err
			continue
		}
		if head.fits(now) {
			c, err := readSkeleton(path, head, body)
			return c, head.Hash, err
		}
	}
	if bad != nil {
		return nil, "", bad
	}
	return nil, "", ErrNoStoredCorpus
}

func (h skeletonHead) fits(now corpus.Stamps) bool {
	return h.Extractors == corpus.ExtractorVersion && h.Mapping == mappingVersion && h.Stamps.Matches(now)
}

// openSkeleton decodes path's head and returns the bytes of its body.
func openSkeleton(path string) (skeletonHead, []byte, error) {
	var head skeletonHead
	data, err := os.ReadFile(path)
	if err != nil {
		return head, nil, fmt.Errorf("index: stored corpus %s: %w", path, err)
	}
	r := bytes.NewReader(data) // an io.ByteReader: gob reads no further than the head
	if err := gob.NewDecoder(r).Decode(&head); err != nil {
		return head, nil, fmt.Errorf("index: stored corpus %s is corrupt: %w", path, err)
	}
	return head, data[len(data)-r.Len():], nil
}

// readSkeleton decodes the body of the skeleton at path and fills in its
// text from the texts file beside it.
func readSkeleton(path string, head skeletonHead, body []byte) (*corpus.Corpus, error) {
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], head.Sum) {
		return nil, fmt.Errorf("index: stored corpus %s is corrupt: its checksum does not match", path)
	}
	var sc storedCorpus
	if err := gob.NewDecoder(bytes.NewReader(body)).Decode(&sc); err != nil {
		return nil, fmt.Errorf("index: stored corpus %s is corrupt: %w", path, err)
	}
	c, err := sc.load()
	if err != nil {
		return nil, fmt.Errorf("index: stored corpus %s is corrupt: %w", path, err)
	}
	if err := readTextsInto(filepath.Join(filepath.Dir(path), textsFile), head.Hash, sc, c); err != nil {
		return nil, fmt.Errorf("index: stored corpus %s: %w", path, err)
	}
	return c, nil
}

// load rebuilds the corpus sc stores, its paragraphs' text still empty,
// checking what corpus.Read guarantees of a briefing.
func (sc storedCorpus) load() (*corpus.Corpus, error) {
	if len(sc.Briefings) == 0 {
		return nil, corpus.ErrNoBriefings
	}
	c := &corpus.Corpus{Briefings: make([]*corpus.Briefing, len(sc.Briefings)), Warnings: sc.Warnings}
	for i, sb := range sc.Briefings {
		b, err := sb.load()
		if err != nil {
			return nil, fmt.Errorf("briefing %d: %w", i+1, err)
		}
		c.Briefings[i] = b
	}
	return c, nil
}

func (sb storedBriefing) load() (*corpus.Briefing, error) {
	n := len(sb.Len)
	if n == 0 || len(sb.Section) != n || len(sb.Line) != n {
		return nil, fmt.Errorf("%q: %d paragraphs, %d sections, %d lines", sb.B.Slug, n, len(sb.Section), len(sb.Line))
	}
	b := new(corpus.Briefing)
	*b = sb.B
	b.Paragraphs = make([]corpus.Paragraph, n)
	for i := range n {
		s := sb.Section[i]
		if s < 0 || int(s) >= len(sb.Sections) || sb.Len[i] < 0 {
			return nil, fmt.Errorf("%q: paragraph %d does not fit", sb.B.Slug, i+1)
		}
		b.Paragraphs[i] = corpus.Paragraph{Number: i + 1, Section: sb.Sections[s].Section, Outer: sb.Sections[s].Outer, Line: int(sb.Line[i])}
	}
	return b, nil
}

// readTextsInto gives c's paragraphs their text from the texts file at
// path, which must be hash's and hold exactly the lengths sc stores. Each
// briefing's text is read into a buffer of its own that its paragraphs
// share, as parsing shares a file's: a piece of text kept longer (a name, a
// sentence) then keeps one briefing's text alive, not the corpus's.
func readTextsInto(path, hash string, sc storedCorpus, c *corpus.Corpus) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("texts: %w", err)
	}
	defer f.Close()
	at, err := checkTextsHead(f, hash)
	if err != nil {
		return err
	}
	for i, b := range c.Briefings {
		if at, err = readBriefingText(f, at, sc.Briefings[i].Len, b); err != nil {
			return err
		}
	}
	if info, err := f.Stat(); err != nil || info.Size() != at {
		return fmt.Errorf("texts: %s does not hold the stored paragraphs (err %v)", path, err)
	}
	return nil
}

// checkTextsHead checks that f is hash's texts file and returns where its
// text starts.
func checkTextsHead(f *os.File, hash string) (int64, error) {
	head := textsHeader(hash)
	buf := make([]byte, len(head))
	if _, err := f.ReadAt(buf, 0); err != nil || string(buf) != head {
		return 0, fmt.Errorf("texts: %s is not this corpus's (err %v)", f.Name(), err)
	}
	return int64(len(head)), nil
}

// readBriefingText reads b's paragraphs' text, of lens bytes each, from f
// at at, and returns where the next briefing's starts.
func readBriefingText(f *os.File, at int64, lens []int32, b *corpus.Briefing) (int64, error) {
	var size int64
	for _, n := range lens {
		size += int64(n)
	}
	buf := make([]byte, size)
	if _, err := f.ReadAt(buf, at); err != nil && !(errors.Is(err, io.EOF) && size == 0) {
		return 0, fmt.Errorf("texts: %s: read %q: %w", f.Name(), b.Slug, err)
	}
	// buf is ours and never written again: its paragraphs share it.
	text := unsafe.String(unsafe.SliceData(buf), len(buf))
	var off int
	for i, n := range lens {
		b.Paragraphs[i].Text = text[off : off+int(n)]
		off += int(n)
	}
	return at + size, nil
}

// skeletonOf converts c to its stored form.
func skeletonOf(c *corpus.Corpus) storedCorpus {
	sc := storedCorpus{Briefings: make([]storedBriefing, len(c.Briefings)), Warnings: c.Warnings}
	for i, b := range c.Briefings {
		sc.Briefings[i] = storeBriefing(b)
	}
	return sc
}

func storeBriefing(b *corpus.Briefing) storedBriefing {
	n := len(b.Paragraphs)
	sb := storedBriefing{B: *b, Section: make([]int32, n), Line: make([]int32, n), Len: make([]int32, n)}
	sb.B.Paragraphs = nil
	for i, p := range b.Paragraphs {
		k := len(sb.Sections) - 1
		if k < 0 || !sameSection(sb.Sections[k], p) {
			sb.Sections = append(sb.Sections, storedSection{p.Section, p.Outer})
			k++
		}
		sb.Section[i], sb.Line[i], sb.Len[i] = int32(k), int32(p.Line), int32(len(p.Text))
	}
	return sb
}

// sameSection reports whether p is under s's headings, sharing its outer
// ones as a section's paragraphs do.
func sameSection(s storedSection, p corpus.Paragraph) bool {
	return s.Section == p.Section && len(s.Outer) == len(p.Outer) &&
		(len(p.Outer) == 0 || &s.Outer[0] == &p.Outer[0])
}

// writeSkeleton stores c, read from the folder stamps describe and whose
// version is hash, in dir beside its texts file, atomically.
func writeSkeleton(dir, hash string, stamps corpus.Stamps, c *corpus.Corpus) error {
	data, err := encodeSkeleton(hash, stamps, c)
	if err == nil {
		err = writeFileAtomic(dir, skeletonFile, data)
	}
	if err != nil {
		return fmt.Errorf("index: store corpus: %w", err)
	}
	return nil
}

// encodeSkeleton is skeletonFile's content: the head, then the body it
// holds the checksum of.
func encodeSkeleton(hash string, stamps corpus.Stamps, c *corpus.Corpus) ([]byte, error) {
	var body, out bytes.Buffer
	if err := gob.NewEncoder(&body).Encode(skeletonOf(c)); err != nil {
		return nil, err
	}
	sum := sha256.Sum256(body.Bytes())
	head := skeletonHead{Extractors: corpus.ExtractorVersion, Mapping: mappingVersion, Hash: hash, Stamps: stamps, Sum: sum[:]}
	if err := gob.NewEncoder(&out).Encode(head); err != nil {
		return nil, err
	}
	out.Write(body.Bytes())
	return out.Bytes(), nil
}

// writeFileAtomic writes data to dir/name by way of a temporary file
// renamed into place, so that a crash never leaves a short file.
func writeFileAtomic(dir, name string, data []byte) error {
	tmp, err := os.CreateTemp(dir, name+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op once renamed
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, name))
}

// keepSkeleton stores c beside the index reopened in dir when it was read
// from its folder (opts.Stamps), as from a folder persisted before the
// stored corpus existed, or whose files had only just changed when the
// last one was stored. The texts file it needs is written first when
// missing. Failing to store is not fatal: the folder is read again next
// time.
func keepSkeleton(c *corpus.Corpus, dir, hash string, opts Options) {
	if opts.Stamps == nil {
		return
	}
	path := filepath.Join(dir, textsFile)
	t, err := openTexts(path, hash, c)
	if err == nil {
		err = t.f.Close()
	} else {
		err = writeTexts(path, hash, c)
	}
	if err == nil {
		err = writeSkeleton(dir, hash, *opts.Stamps, c)
	}
	if err != nil {
		opts.Logger.Warn("cannot store the corpus beside its index; its folder is read at every start", "dir", dir, "err", err)
	}
}

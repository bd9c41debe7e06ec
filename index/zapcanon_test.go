package index

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/corpus/corpustest"
)

// TestSameCorpusSameSegment builds one corpus (several segments, merged)
// four times under --index-dir and requires the segment files to be byte
// for byte the same. zapx writes each field's section pairs in a map's
// order, so without canonicalSections two builds differ near the end of
// the file (for three sections and every field, the chance that four
// builds agree by luck is far below one in a thousand).
func TestSameCorpusSameSegment(t *testing.T) {
	c, err := corpustest.Corpus(2*batchSize+10, 7)
	if err != nil {
		t.Fatal(err)
	}
	var first []byte
	for i := range 4 {
		dir := filepath.Join(t.TempDir(), "idx")
		buildWith(t, c, Options{Dir: dir})
		got := readSegment(t, dir)
		checkCRC(t, got)
		if i == 0 {
			first = got
			continue
		}
		if !bytes.Equal(got, first) {
			t.Fatalf("build %d's segment differs from build 0's at byte %d of %d", i, diffAt(first, got), len(got))
		}
	}
}

// TestCanonicalSectionsSorts scrambles the section pairs of every field
// record of a built segment (reversed, with the CRC of the scrambled file,
// as zapx would have written it) and requires canonicalSections to give
// back the built file, byte for byte: the pairs in section-type order and
// the CRC of the new bytes, updated from the old one.
func TestCanonicalSectionsSorts(t *testing.T) {
	c, err := corpustest.Corpus(300, 7)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "idx")
	buildWith(t, c, Options{Dir: dir})
	want := readSegment(t, dir)
	scrambled, fields := reversePairs(t, want)
	if fields == 0 || bytes.Equal(scrambled, want) {
		t.Fatalf("nothing to scramble (%d fields with several sections)", fields)
	}
	path := filepath.Join(t.TempDir(), "seg.zap")
	if err := os.WriteFile(path, scrambled, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := canonicalSections(path); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("canonical file differs from the built one at byte %d of %d", diffAt(want, got), len(want))
	}
}

// TestCRCAfterEdit: the CRC updated from an edit of a message's last bytes
// is the CRC of the edited message, whatever the lengths.
func TestCRCAfterEdit(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct{ size, edit int }{
		{1, 1}, {64, 0}, {64, 10}, {4096, 1}, {4096, 300}, {100_000, 4096},
	} {
		msg := make([]byte, tc.size)
		for i := range msg {
			msg[i] = byte(rng.Uint32())
		}
		crc := crc32.ChecksumIEEE(msg)
		at := tc.size - tc.edit
		old := bytes.Clone(msg[at:])
		for i := at; i < tc.size; i++ {
			msg[i] = byte(rng.Uint32())
		}
		if got, want := crcAfterEdit(crc, old, msg[at:]), crc32.ChecksumIEEE(msg); got != want {
			t.Errorf("size %d, last %d edited: CRC %08x, want %08x", tc.size, tc.edit, got, want)
		}
	}
}

// readSegment returns the one segment file of the index persisted in dir.
func readSegment(t *testing.T, dir string) []byte {
	t.Helper()
	segs, err := filepath.Glob(filepath.Join(dir, "*", "store", "*.zap"))
	if err != nil || len(segs) != 1 {
		t.Fatalf("%d segments under %s (%v), want 1", len(segs), dir, err)
	}
	data, err := os.ReadFile(segs[0])
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// checkCRC requires a segment's last four bytes to be the CRC-32 of the
// rest, as zapx writes it.
func checkCRC(t *testing.T, seg []byte) {
	t.Helper()
	n := len(seg) - 4
	if got, want := binary.BigEndian.Uint32(seg[n:]), crc32.ChecksumIEEE(seg[:n]); got != want {
		t.Fatalf("segment CRC %08x, want %08x", got, want)
	}
}

// reversePairs returns a copy of seg with each field record's section
// pairs in reverse order, parsed independently of zapcanon.go from zapx's
// layout, and how many records had more than one pair.
func reversePairs(t *testing.T, seg []byte) ([]byte, int) {
	t.Helper()
	out := bytes.Clone(seg)
	foot := out[len(out)-zapFooter:]
	at := binary.BigEndian.Uint64(foot[20:28])
	fields, n := binary.Uvarint(out[at:])
	scrambled := 0
	for i := range fields {
		pos := binary.BigEndian.Uint64(out[at+uint64(n)+8*i:])
		nameLen, k := binary.Uvarint(out[pos:])
		pos += uint64(k) + nameLen
		_, k = binary.Uvarint(out[pos:])
		pos += uint64(k)
		pairs, k := binary.Uvarint(out[pos:])
		pos += uint64(k)
		if pairs > 1 {
			scrambled++
		}
		for a, b := uint64(0), pairs-1; a < b; a, b = a+1, b-1 {
			pa, pb := pos+a*sectionPair, pos+b*sectionPair
			var tmp [sectionPair]byte
			copy(tmp[:], out[pa:pa+sectionPair])
			copy(out[pa:pa+sectionPair], out[pb:pb+sectionPair])
			copy(out[pb:pb+sectionPair], tmp[:])
		}
	}
	// zapx's CRC of the file as it would have written it in this order.
	end := len(out) - 4
	binary.BigEndian.PutUint32(out[end:], crc32.ChecksumIEEE(out[:end]))
	return out, scrambled
}

// diffAt is the first byte at which a and b differ.
func diffAt(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

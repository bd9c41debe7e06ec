package index

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"slices"
)

// Why a finished segment's field records are rewritten: zapx writes, for
// every field, one (section type, address) pair per section it knows of,
// ranging over its package's map of sections (persistFieldsSection in
// zapx's write.go). Go randomises a map's order, so two builds of the same
// corpus wrote the same pairs in different orders, and a different
// checksum: the segment file differed in some 15 bytes near its end while
// every posting and score was the same. zapx reads the pairs into an array
// indexed by section type (loadField), so their order means nothing to it;
// canonicalSections puts each field's pairs in section-type order and
// writes the checksum again, so that the file is a function of the corpus
// alone (TestSameCorpusSameSegment). zapx also asks its sections to write
// their data in that map's order, but with only text fields in the
// mapping the synonym and geo sections write none; a mapping using them
// would need more than this.

// zapFooter is the fixed part of zapx's footer, which ends the file:
// writer id length (4), number of documents (8), stored index offset (8),
// sections index offset (8, bytes 20 to 28 of it), chunk mode (4),
// version (4), CRC (4). The writer id itself comes before it.
const zapFooter = 4 + 4 + 4 + 8 + 8 + 8 + 4

// sectionPair is the size of one (section type uint16, address uint64)
// pair of a field record, both big-endian.
const sectionPair = 2 + 8

// canonicalSections rewrites, in place, the zapx segment at path so that
// every field's section pairs are in ascending section type, and updates
// the file's CRC-32 to match. It reads and writes only the file's tail
// from the first field record on (a few hundred bytes).
func canonicalSections(path string) (err error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("index: canonical sections: %w", err)
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("index: canonical sections: %w", err)
	}
	start, tail, err := readFieldRecords(f, st.Size())
	if err != nil {
		return fmt.Errorf("index: canonical sections of %s: %w", path, err)
	}
	old := bytes.Clone(tail)
	if err := sortFieldSections(tail, start); err != nil {
		return fmt.Errorf("index: canonical sections of %s: %w", path, err)
	}
	return writeFieldRecords(f, start, old, tail)
}

// readFieldRecords returns the offset of the first field record and the
// file's bytes from there to its end (field records, fields index and
// footer).
func readFieldRecords(f *os.File, size int64) (int64, []byte, error) {
	if size < zapFooter {
		return 0, nil, fmt.Errorf("file of %d bytes has no footer", size)
	}
	foot := make([]byte, zapFooter)
	if _, err := f.ReadAt(foot, size-zapFooter); err != nil {
		return 0, nil, err
	}
	sectionsIndex := int64(binary.BigEndian.Uint64(foot[20:28]))
	if sectionsIndex <= 0 || sectionsIndex >= size {
		return 0, nil, fmt.Errorf("sections index at %d outside the file", sectionsIndex)
	}
	head := make([]byte, min(int64(binary.MaxVarintLen64+8), size-sectionsIndex))
	if _, err := f.ReadAt(head, sectionsIndex); err != nil {
		return 0, nil, err
	}
	fields, n := binary.Uvarint(head)
	if n <= 0 || fields == 0 || len(head) < n+8 {
		return 0, nil, fmt.Errorf("no fields index at %d", sectionsIndex)
	}
	start := int64(binary.BigEndian.Uint64(head[n:]))
	if start <= 0 || start > sectionsIndex {
		return 0, nil, fmt.Errorf("first field record at %d, after the index at %d", start, sectionsIndex)
	}
	tail := make([]byte, size-start)
	if _, err := f.ReadAt(tail, start); err != nil {
		return 0, nil, err
	}
	return start, tail, nil
}

// sortFieldSections sorts, in tail (the file from offset start on), each
// field record's section pairs by section type. The fields index, at the
// footer's sections index offset, gives every record's offset.
func sortFieldSections(tail []byte, start int64) error {
	foot := tail[len(tail)-zapFooter:]
	at := int64(binary.BigEndian.Uint64(foot[20:28])) - start
	fields, n := binary.Uvarint(tail[at:])
	if n <= 0 || at+int64(n)+8*int64(fields) > int64(len(tail)) {
		return fmt.Errorf("fields index of %d fields overruns the file", fields)
	}
	for i := range int64(fields) {
		rec := int64(binary.BigEndian.Uint64(tail[at+int64(n)+8*i:])) - start
		if rec == -start {
			continue // a field with no record (zapx writes address 0)
		}
		if rec < 0 || rec >= at {
			return fmt.Errorf("field %d's record at %d outside the records", i, rec+start)
		}
		if err := sortRecord(tail[rec:at]); err != nil {
			return fmt.Errorf("field %d: %w", i, err)
		}
	}
	return nil
}

// sortRecord sorts the section pairs of the field record that rec opens
// with: name length and name, options, number of pairs, then the pairs.
func sortRecord(rec []byte) error {
	nameLen, n := binary.Uvarint(rec)
	if n <= 0 || uint64(len(rec)-n) < nameLen {
		return fmt.Errorf("bad name length")
	}
	pos := n + int(nameLen)
	if _, n = binary.Uvarint(rec[pos:]); n <= 0 {
		return fmt.Errorf("bad options at %d", pos)
	}
	pos += n
	pairs, n := binary.Uvarint(rec[pos:])
	if n <= 0 || uint64(len(rec)-pos-n)/sectionPair < pairs {
		return fmt.Errorf("bad number of sections at %d", pos)
	}
	pos += n
	sortPairs(rec[pos : pos+sectionPair*int(pairs)])
	return nil
}

// writeFieldRecords writes tail back at start, with the CRC-32 in its
// last four bytes updated from old (the tail as read, whose CRC zapx
// computed over the whole file) to tail's bytes, without reading the rest
// of the file again (see crcAfterEdit).
func writeFieldRecords(f *os.File, start int64, old, tail []byte) error {
	n := len(tail) - 4
	crc := binary.BigEndian.Uint32(old[n:])
	binary.BigEndian.PutUint32(tail[n:], crcAfterEdit(crc, old[:n], tail[:n]))
	if _, err := f.WriteAt(tail, start); err != nil {
		return fmt.Errorf("index: rewrite segment's field records: %w", err)
	}
	return nil
}

// crcAfterEdit is the CRC-32 (IEEE) of a message whose CRC was crc once
// its last bytes, old, are replaced by edited, of the same length. The CRC is
// affine in the message: for messages of one length, crc(a) ^ crc(b) is
// the register that a ^ b leaves from a zero start with no final
// inversion, and the bytes the two share lead that register through
// zeros, which leave it zero. So only the edited bytes are read:
// crc(edited message) = crc ^ lin(old) ^ lin(edited).
func crcAfterEdit(crc uint32, old, edited []byte) uint32 {
	return crc ^ crcLinear(old) ^ crcLinear(edited)
}

// crcLinear is the CRC-32 register after p from a zero start, without
// the final inversion: crc32.Update inverts on the way in and out.
func crcLinear(p []byte) uint32 {
	return ^crc32.Update(^uint32(0), crc32.IEEETable, p)
}

// sortPairs sorts pairs, a run of (uint16 type, uint64 address) pairs, by
// type, in place.
func sortPairs(pairs []byte) {
	type pair [sectionPair]byte
	ps := make([]pair, len(pairs)/sectionPair)
	for i := range ps {
		copy(ps[i][:], pairs[i*sectionPair:])
	}
	slices.SortFunc(ps, func(a, b pair) int {
		return int(binary.BigEndian.Uint16(a[:])) - int(binary.BigEndian.Uint16(b[:]))
	})
	for i := range ps {
		copy(pairs[i*sectionPair:], ps[i][:])
	}
}

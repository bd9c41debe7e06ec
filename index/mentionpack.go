package index

import (
	"encoding/binary"
	"errors"

	"github.com/briefbot/briefbot/corpus"
)

// packedMentions is a faction's mentions as one run of varints, which gob
// reads as a single byte slice: for each mention the change in briefing
// and in paragraph from the mention before (zigzag), then its sentence:
// 0 for none, 1 for the next of Texts (a sentence that is not a piece of
// its paragraph), else its offset in the paragraph plus two and its
// length.
// Factions of a large corpus are mentioned close to a million times; as
// one struct each they made the stored extraction 17.5 MB at 100k
// paragraphs and took most of a reopen's decoding time.
type packedMentions struct {
	N     int32
	Bytes []byte
	Texts []string
}

// errPacked means packed mentions end early or point nowhere.
var errPacked = errors.New("packed mentions are corrupt")

// packMentions packs ms, cited by ref and texted by text.
func packMentions(ms []corpus.Mention, ref func(corpus.Ref) storedRef, text func(corpus.Ref, string) storedText) packedMentions {
	p := packedMentions{N: int32(len(ms))}
	var last storedRef
	for _, m := range ms {
		r, t := ref(m.Ref), text(m.Ref, m.Sentence)
		p.Bytes = binary.AppendVarint(p.Bytes, int64(r.B-last.B))
		p.Bytes = binary.AppendVarint(p.Bytes, int64(r.P-last.P))
		switch {
		case t.At > 0:
			p.Bytes = binary.AppendUvarint(p.Bytes, uint64(t.At)+1)
			p.Bytes = binary.AppendUvarint(p.Bytes, uint64(t.N))
		case t.S == "":
			p.Bytes = append(p.Bytes, 0)
		default:
			p.Bytes = append(p.Bytes, 1)
			p.Texts = append(p.Texts, t.S)
		}
		last = r
	}
	return p
}

// each calls visit with every mention of p in order. It fails when p is
// cut short, has bytes left over or holds a count other than N.
func (p packedMentions) each(visit func(storedRef, storedText)) error {
	d := mentionDecoder{buf: p.Bytes, texts: p.Texts}
	var n int32
	for len(d.buf) > 0 && !d.broken {
		r, t := d.next()
		if !d.broken {
			visit(r, t)
			n++
		}
	}
	if d.broken || n != p.N || len(d.texts) > 0 {
		return errPacked
	}
	return nil
}

// mentionDecoder reads packed mentions one at a time; broken says the
// bytes or texts ran out or held a number out of range.
type mentionDecoder struct {
	buf    []byte
	texts  []string
	last   storedRef
	broken bool
}

// next reads one mention: its citation, as a change from the last, and
// its sentence.
func (d *mentionDecoder) next() (storedRef, storedText) {
	d.last.B += d.varint()
	d.last.P += d.varint()
	var t storedText
	switch tag := d.uvarint(); {
	case tag >= 2:
		t.At, t.N = tag-1, d.uvarint()
	case tag == 1 && len(d.texts) > 0:
		t.S, d.texts = d.texts[0], d.texts[1:]
	case tag == 1:
		d.broken = true
	}
	return d.last, t
}

func (d *mentionDecoder) varint() int32 {
	v, k := binary.Varint(d.buf)
	d.broken = d.broken || k <= 0 || v != int64(int32(v))
	d.buf = d.buf[max(k, 0):]
	return int32(v)
}

func (d *mentionDecoder) uvarint() int32 {
	v, k := binary.Uvarint(d.buf)
	d.broken = d.broken || k <= 0 || v > 1<<31-1
	d.buf = d.buf[max(k, 0):]
	return int32(v)
}

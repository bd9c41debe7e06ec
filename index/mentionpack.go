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
	var (
		r      storedRef
		buf    = p.Bytes
		texts  = p.Texts
		n      int32
		broken bool
	)
	next := func() int64 {
		v, k := binary.Varint(buf)
		broken = broken || k <= 0 || v != int64(int32(v))
		buf = buf[max(k, 0):]
		return v
	}
	nextU := func() int32 {
		v, k := binary.Uvarint(buf)
		broken = broken || k <= 0 || v > 1<<31-1
		buf = buf[max(k, 0):]
		return int32(v)
	}
	for len(buf) > 0 && !broken {
		r.B += int32(next())
		r.P += int32(next())
		var t storedText
		switch tag := nextU(); {
		case tag >= 2:
			t.At, t.N = tag-1, nextU()
		case tag == 1 && len(texts) > 0:
			t.S, texts = texts[0], texts[1:]
		case tag == 1:
			broken = true
		}
		if !broken {
			visit(r, t)
			n++
		}
	}
	if broken || n != p.N || len(texts) > 0 {
		return errPacked
	}
	return nil
}

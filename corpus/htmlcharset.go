package corpus

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Encodings. A browser saves a page in the encoding it was served in,
// and older government and news pages are still served in windows-1252
// or ISO-8859-1, declared by <meta charset> (or a byte-order mark). Such
// a page is decoded to UTF-8 before it is read, as a browser would show
// it. A page that is not UTF-8 and declares nothing is refused as any
// file is (ErrInvalidUTF8, naming the line): guessing an encoding for it
// would turn a binary file into text.

// declaredScan is how far into a page its encoding declaration is
// looked for (the HTML standard's prescan reads 1,024 bytes).
const declaredScan = 1024

// pageAsUTF8 returns an HTML page's bytes as UTF-8: decoded from the
// encoding it declares when it is not UTF-8 already, else unchanged.
// Decoding keeps every newline, so lines still count as in the file.
func pageAsUTF8(name string, data []byte) []byte {
	if !isHTML(name) || utf8.Valid(data) || !declaresCharset(data) {
		return data
	}
	enc, _, _ := charset.DetermineEncoding(data, "")
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return data
	}
	return out
}

// declaresCharset reports whether a page names its encoding near its
// start: a byte-order mark or a "charset" declaration.
func declaresCharset(data []byte) bool {
	head := data[:min(len(data), declaredScan)]
	for _, bom := range [][]byte{{0xEF, 0xBB, 0xBF}, {0xFE, 0xFF}, {0xFF, 0xFE}} {
		if bytes.HasPrefix(head, bom) {
			return true
		}
	}
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

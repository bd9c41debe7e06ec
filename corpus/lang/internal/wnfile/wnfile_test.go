package wnfile

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestEachLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.verb")
	text := "  1 This software and database is being provided\n  2 licence\n\nkill v 2 @ ~\ndie v 1 @\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := EachLine(path, func(fs []string) error { got = append(got, fs[0]); return nil }); err != nil {
		t.Fatal(err)
	}
	if want := []string{"kill", "die"}; !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
	bad := errors.New("bad line")
	err := EachLine(path, func(fs []string) error {
		if fs[0] == "die" {
			return bad
		}
		return nil
	})
	if !errors.Is(err, bad) || !strings.Contains(err.Error(), "index.verb:5") {
		t.Errorf("error %v, want it to wrap the callback's and name index.verb:5", err)
	}
	if err := EachLine(filepath.Join(t.TempDir(), "missing"), func([]string) error { return nil }); err == nil {
		t.Error("a missing file gave no error")
	}
}

func TestEachSynset(t *testing.T) {
	dir := t.TempDir()
	good := "  1 licence\n" +
		"00001740 03 n 02 entity 0 thing 1 002 ~ 00001930 n 0000 + 01234567 v 0102 | that which is perceived  \n" +
		"00002098 00 s 01 big(a) 0 001 & 00001234 a 0000 | large in size\n"
	path := filepath.Join(dir, "data.noun")
	if err := os.WriteFile(path, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []Synset
	if err := EachSynset(path, func(s Synset) error { got = append(got, s); return nil }); err != nil {
		t.Fatal(err)
	}
	want := []Synset{
		{Offset: "00001740", LexFile: "03", POS: "n", Words: []string{"entity", "thing"}, Gloss: "that which is perceived",
			Pointers: []Pointer{{Symbol: "~", Offset: "00001930", POS: "n"}, {Symbol: "+", Offset: "01234567", POS: "v", Source: 1, Target: 2}}},
		{Offset: "00002098", LexFile: "00", POS: "s", Words: []string{"big(a)"}, Gloss: "large in size",
			Pointers: []Pointer{{Symbol: "&", Offset: "00001234", POS: "a"}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("synsets\n%+v\nwant\n%+v", got, want)
	}
	for _, bad := range []string{
		"00001740 03 n\n",                            // short
		"00001740 03 n zz entity 0 000 | x\n",        // word count not hexadecimal
		"00001740 03 n 02 entity 0\n",                // fewer words than counted
		"00001740 03 n 01 entity 0 002 @ 1 n 0000\n", // fewer pointers than counted
	} {
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		err := EachSynset(path, func(Synset) error { return nil })
		if err == nil || !strings.Contains(err.Error(), "data.noun:1") {
			t.Errorf("%q: error %v, want one naming data.noun:1", bad, err)
		}
	}
}

func TestEachIndexEntry(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.noun")
	text := "  1 licence\nforce n 3 2 @ ~ 3 1 08208560 05194151 00039297\nbad n 9 0 1 0 1\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []IndexEntry
	err := EachIndexEntry(path, func(e IndexEntry) error { got = append(got, e); return nil })
	want := []IndexEntry{{Lemma: "force", POS: "n", Offsets: []string{"08208560", "05194151", "00039297"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries %+v, want %+v", got, want)
	}
	if err == nil || !strings.Contains(err.Error(), "index.noun:3") {
		t.Errorf("error %v, want one naming index.noun:3 (more synsets counted than listed)", err)
	}
}

func TestExceptions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "verb.exc")
	if err := os.WriteFile(path, []byte("fought fight\n\nleft leave left\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Exceptions(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Exception{{"fought", []string{"fight"}}, {"left", []string{"leave", "left"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("exceptions %+v, want %+v", got, want)
	}
}

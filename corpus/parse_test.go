package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDefault(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Briefings) != 1 {
		t.Fatalf("got %d briefings, want 1", len(c.Briefings))
	}
	b := c.Briefings[0]
	checks := []struct {
		name, got, want string
	}{
		{"slug", b.Slug, "crisis-in-mali-101"},
		{"title", b.Title, "Crisis in Mali 101: A Turning Point for U.S. Foreign Policy?"},
		{"publisher", b.Publisher, "Truman National Security Project"},
		{"date", b.Date.Format(time.DateOnly), "2013-01-25"},
		{"authors", strings.Join(b.Authors, ","), "Nick Baker"},
	}
	for _, tt := range checks {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	if got := b.Paragraphs[0].Text; !strings.HasPrefix(got, "In the past two weeks") {
		t.Errorf("first paragraph = %.40q…; masthead lines must not be body paragraphs", got)
	}
	if got := b.Paragraphs[len(b.Paragraphs)-1].Text; !strings.HasPrefix(got, "Nick Baker is a member") {
		t.Errorf("last paragraph = %.40q…", got)
	}
	for _, p := range b.Paragraphs {
		if strings.ContainsAny(p.Text, "\u00a0\n") || strings.Contains(p.Text, "  ") {
			t.Errorf("¶%d keeps unnormalised white space: %.60q", p.Number, p.Text)
		}
		if p.Text == b.Title || p.Text == b.Publisher {
			t.Errorf("¶%d is the masthead line %q", p.Number, p.Text)
		}
	}
	// Normalising white space keeps every word and mark: the citation
	// quotes the briefing faithfully.
	if got := b.Paragraphs[2].Text; !strings.Contains(got, "François Hollande authorized Opération Serval") {
		t.Errorf("¶3 lost accents: %.120q", got)
	}
	if len(b.Curated) == 0 {
		t.Error("curated groups from front matter were not read")
	}
}

func TestParseMarkdown(t *testing.T) {
	data, err := os.ReadFile(devDir + "/somalia-101.md")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("somalia-101.md", data)
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Somalia 101: After the Fall of Kismayo" || b.Publisher != "Horn of Africa Policy Desk" {
		t.Errorf("title %q, publisher %q", b.Title, b.Publisher)
	}
	tests := []struct {
		name    string
		para    int
		section string
		prefix  string
	}{
		{"intro under the title heading has no section", 1, "", "For two decades"},
		{"first section", 2, "Recent events", "On September 28"},
		{"later section", 6, "How we got here", "The turning point came in 2011"},
		{"last paragraph", len(b.Paragraphs), "Looking ahead", "AMISOM's mandate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := b.Paragraphs[tt.para-1]
			if p.Number != tt.para || p.Section != tt.section || !strings.HasPrefix(p.Text, tt.prefix) {
				t.Errorf("¶%d = {%d %q %.30q}, want section %q prefix %q", tt.para, p.Number, p.Section, p.Text, tt.section, tt.prefix)
			}
		})
	}
	for _, p := range b.Paragraphs {
		if strings.HasPrefix(p.Text, "#") {
			t.Errorf("heading kept as paragraph ¶%d: %q", p.Number, p.Text)
		}
	}
}

func TestParsePlainMasthead(t *testing.T) {
	tests := []struct {
		name, text       string
		title, publisher string
		first            string
	}{
		{"publisher and title", "Acme Institute\n\nWar in Ruritania 101\n\n\nThe war began in 2010.\n", "War in Ruritania 101", "Acme Institute", "The war began in 2010."},
		{"title only", "War in Ruritania 101\n\nThe war began in 2010.\n", "War in Ruritania 101", "", "The war began in 2010."},
		{"abbreviations in the title", "Truman Project\n\nCrisis in Mali 101: A Turning Point for U.S. Foreign Policy?\n\n\nIn the past two weeks, Mali has become news.\n", "Crisis in Mali 101: A Turning Point for U.S. Foreign Policy?", "Truman Project", "In the past two weeks, Mali has become news."},
		{"no masthead", "The war began in 2010. It goes on.\n\nMore.\n", "ruritania", "", "The war began in 2010. It goes on."},
		{"front matter title keeps extra lines as body", "---\ntitle: T\n---\nA subtitle line\n\nBody.\n", "T", "", "A subtitle line"},
		{"CRLF and BOM", "\uFEFFTitle Here\r\n\r\nBody one\r\ncontinues.\r\n", "Title Here", "", "Body one continues."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("ruritania.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != tt.title || b.Publisher != tt.publisher || b.Paragraphs[0].Text != tt.first {
				t.Errorf("got title %q publisher %q first %q", b.Title, b.Publisher, b.Paragraphs[0].Text)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr error
		want    string // must appear in the message: the file and line
	}{
		{"NUL byte", "Title\n\nBody\x00 text\n", ErrNULByte, "bad.md:3"},
		{"invalid UTF-8", "Title\n\nok\n\n\xff\xfe broken\n", ErrInvalidUTF8, "bad.md:5"},
		{"unclosed front matter", "---\ntitle: x\n\nBody.\n", ErrFrontMatter, "bad.md:1"},
		{"bad date", "---\ntitle: x\ndate: 25/01/2013\n---\nBody.\n", ErrBadDate, "bad.md:3"},
		{"impossible date", "---\ndate: 2013-02-30\n---\nBody.\n", ErrBadDate, "bad.md:2"},
		{"bad YAML", "---\ntitle: [unclosed\n---\nBody.\n", ErrFrontMatter, "bad.md:"},
		{"wrong YAML type", "---\nauthors: {a: b}\n---\nBody.\n", ErrFrontMatter, "bad.md:"},
		{"no body", "---\ntitle: x\n---\n\n\n", ErrEmpty, "bad.md"},
		{"too large", strings.Repeat("a", MaxFileSize+1), ErrTooLarge, "bad.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("dir/bad.md", []byte(tt.data))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not name %q", err, tt.want)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		dir     string // overrides the temp folder
		wantErr error
		want    string
	}{
		{name: "missing folder", dir: "/nonexistent/briefings", wantErr: os.ErrNotExist, want: "/nonexistent/briefings"},
		{name: "empty folder", files: map[string]string{}, wantErr: ErrNoBriefings},
		{name: "no briefing files", files: map[string]string{"notes.json": "{}", ".hidden.md": "x"}, wantErr: ErrNoBriefings},
		{name: "duplicate slug", files: map[string]string{"a.md": "Body.\n", "a.txt": "Body.\n"}, wantErr: ErrDuplicateSlug, want: "a.txt"},
		{name: "one bad file fails the load", files: map[string]string{"good.md": "Body.\n", "worse.txt": "x\x00"}, wantErr: ErrNULByte, want: "worse.txt:1"},
		{name: "oversized file is refused before reading it whole", files: map[string]string{"big.txt": strings.Repeat("word ", MaxFileSize/5+1)}, wantErr: ErrTooLarge, want: "big.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir
			if dir == "" {
				dir = t.TempDir()
				for name, body := range tt.files {
					if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			_, err := Load(dir)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not name %q", err, tt.want)
			}
		})
	}
}

func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(devDir + "/somalia-101.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/somalia-101.md", data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Briefings) != 1 || c.Briefing("somalia-101") == nil {
		t.Fatalf("briefings = %v", c.Briefings)
	}
	if c.Paragraphs() != len(c.Briefings[0].Paragraphs) || c.Paragraphs() < 10 {
		t.Errorf("Paragraphs() = %d", c.Paragraphs())
	}
	if got := c.Briefings[0].Ref(3).Citation(); got != "Somalia 101: After the Fall of Kismayo ¶3" {
		t.Errorf("citation %q", got)
	}
}

func TestRestore(t *testing.T) {
	full, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	x := full.Extraction()
	stale := Extraction{Events: []Event{{Text: "x", Ref: Ref{Briefing: "crisis-in-mali-101", Paragraph: 999}}}}
	unknown := Extraction{Factions: []*Faction{{Name: "X", Defined: Ref{Briefing: "nope", Paragraph: 1}}}}
	tests := []struct {
		name    string
		x       Extraction
		wantErr bool
	}{
		{"same corpus", x, false},
		{"paragraph out of range", stale, true},
		{"unknown briefing", unknown, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ReadDefault()
			if err != nil {
				t.Fatal(err)
			}
			err = c.Restore(tt.x)
			if tt.wantErr {
				if !errors.Is(err, ErrStaleExtraction) || c.Extracted() || len(c.Factions) != 0 {
					t.Errorf("err = %v, extracted %v", err, c.Extracted())
				}
				return
			}
			if err != nil || !c.Extracted() || len(c.Factions) != len(full.Factions) || len(c.Events) != len(full.Events) {
				t.Errorf("err = %v; %d factions, %d events", err, len(c.Factions), len(c.Events))
			}
		})
	}
}

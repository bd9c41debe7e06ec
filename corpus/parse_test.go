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
		{"short title", b.CiteTitle(), "Crisis in Mali 101"},
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

// TestPandocTitleBlock: the "%" lines that open a pandoc Markdown file
// give its title, authors and date, and are no paragraphs; a plain text's
// "%" line is text.
func TestPandocTitleBlock(t *testing.T) {
	tests := []struct {
		name, file, text    string
		title, date, author string
		paragraphs          int
	}{
		{"title, authors, date", "t.md", "% Valdoria: the 2017 crisis --- Fact Sheet\n% Office of the Envoy; Ilse Varna\n% 19 March 2018\n\nThe vote was held on 26 November.\n", "Valdoria: the 2017 crisis — Fact Sheet", "2018-03-19", "Office of the Envoy", 1},
		{"title alone", "t.md", "% Valdoria crisis\n\nThe vote was held on 26 November.\n", "Valdoria crisis", "0001-01-01", "", 1},
		{"a date naming no day", "t.md", "% Valdoria crisis\n% Office of the Envoy\n% Spring 2018\n\nThe vote was held.\n", "Valdoria crisis", "0001-01-01", "Office of the Envoy", 1},
		{"plain text keeps its lines", "t.txt", "% Valdoria crisis\n% Office of the Envoy\n% 19 March 2018\n\nThe vote was held on 26 November.\n", "", "0001-01-01", "", -1},
	}
	for _, tt := range tests {
		b, err := Parse(tt.file, []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		author := ""
		if len(b.Authors) > 0 {
			author = b.Authors[0]
		}
		if tt.title != "" && b.Title != tt.title || b.Date.Format(time.DateOnly) != tt.date || author != tt.author || tt.paragraphs >= 0 && len(b.Paragraphs) != tt.paragraphs {
			t.Errorf("%s: title %q date %s author %q, %d paragraphs; want %q %s %q, %d", tt.name, b.Title, b.Date.Format(time.DateOnly), author, len(b.Paragraphs), tt.title, tt.date, tt.author, tt.paragraphs)
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
		{"publisher's line over the title, no blank between", "Acme Institute\nWar in Ruritania 101\n\nThe war began in 2010.\n", "War in Ruritania 101", "Acme Institute", "The war began in 2010."},
		{"title over its publisher's line, a rule, a headline", "RURITANIA: COLLECTED DISPATCHES, 2016\nAcme Wire - desk export\n\n==\n\nARMY TAKES THE CAPITAL\n\nOSK, 16 July (AWS) - The army took the capital.\n", "RURITANIA: COLLECTED DISPATCHES, 2016", "Acme Wire - desk export", "OSK, 16 July (AWS) - The army took the capital."},
		{"CRLF and BOM", "\uFEFFTitle Here\r\n\r\nBody one\r\ncontinues.\r\n", "Title Here", "", "Body one continues."},
		// A title block in capitals, three lines over a note in lower
		// case: the title, not a body paragraph (nor its note a publisher).
		{"title block in capitals over a note", "OSK FLOOD RELIEF OPERATION\nCOMMAND POST, NORTH DISTRICT, RURITANIA\nTRANSCRIPTS OF PRESS BRIEFINGS, 3-9 MAY 2019\n(as delivered; lightly edited)\n\nThe river rose on 2 May.\n",
			"OSK FLOOD RELIEF OPERATION COMMAND POST, NORTH DISTRICT, RURITANIA TRANSCRIPTS OF PRESS BRIEFINGS, 3-9 MAY 2019", "", "(as delivered; lightly edited)"},
		{"title block in capitals alone", "RURITANIA FLOODS\nMINISTRY OF THE INTERIOR\nDAILY NOTES, MAY 2019\n\nThe river rose on 2 May.\n",
			"RURITANIA FLOODS MINISTRY OF THE INTERIOR DAILY NOTES, MAY 2019", "", "The river rose on 2 May."},
		{"one line in capitals over lines in lower case is no title block", "Acme Institute\nWar in Ruritania 101\n\nTRANSCRIPT OF PRESS BRIEFING\nTuesday, 3 May 2019, 10:00\nCity Hall, Osk\n\nThe war began in 2010.\n",
			"War in Ruritania 101", "Acme Institute", "TRANSCRIPT OF PRESS BRIEFING Tuesday, 3 May 2019, 10:00 City Hall, Osk"},
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
		{"invalid UTF-8 in a one-paragraph-per-line export", "T\n\n== A ==\nOne.\nTwo \xff.\n", ErrInvalidUTF8, "bad.md:5"},
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
		{name: "missing folder", dir: "/nonexistent/briefings", wantErr: os.ErrNotExist, want: "corpus folder /nonexistent/briefings does not exist"},
		{name: "only empty files", files: map[string]string{"a.md": "", "b.txt": "\n\n"}, wantErr: ErrNoBriefings},
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

func TestLoadNotAFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "x.md")
	if err := os.WriteFile(file, []byte("Body.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(file)
	if err == nil || err.Error() != "corpus folder "+file+" is a file, not a folder of briefings" {
		t.Errorf("err = %v", err)
	}
}

// TestLoadTree checks what a folder of briefings yields: subfolders are
// read with the relative path as slug, hidden files and folders ignored,
// and empty files skipped with a warning naming them.
func TestLoadTree(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		slugs    []string
		warnings []string
	}{
		{name: "flat", files: map[string]string{"a.md": "Body.\n"}, slugs: []string{"a"}},
		{name: "subfolders", files: map[string]string{"a.md": "Body.\n", "sahel/mali-101.txt": "Body.\n", "sahel/deep/x.md": "Body.\n"},
			slugs: []string{"a", "sahel/deep/x", "sahel/mali-101"}},
		{name: "same name in two folders", files: map[string]string{"x/a.md": "Body.\n", "y/a.md": "Body.\n"}, slugs: []string{"x/a", "y/a"}},
		{name: "hidden files and folders", files: map[string]string{"a.md": "Body.\n", ".git/b.md": "Body.\n", "x/.c.md": "Body.\n"}, slugs: []string{"a"}},
		{name: "empty file skipped", files: map[string]string{"a.md": "Body.\n", "empty.md": ""}, slugs: []string{"a"},
			warnings: []string{"empty.md: skipped: briefing has no paragraphs"}},
		{name: "front matter only skipped", files: map[string]string{"a.md": "Body.\n", "sub/draft.md": "---\ntitle: x\n---\n\n"}, slugs: []string{"a"},
			warnings: []string{"sub/draft.md: skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			var slugs []string
			for _, b := range c.Briefings {
				slugs = append(slugs, b.Slug)
			}
			if strings.Join(slugs, " ") != strings.Join(tt.slugs, " ") {
				t.Errorf("slugs = %q, want %q", slugs, tt.slugs)
			}
			if len(c.Warnings) != len(tt.warnings) {
				t.Fatalf("warnings = %v, want %d", c.Warnings, len(tt.warnings))
			}
			for _, w := range c.Warnings {
				if w.Slug == "" || !strings.Contains(filepath.ToSlash(w.File), w.Slug) {
					t.Errorf("warning %+v: slug does not fit the file", w)
				}
			}
			for i, w := range tt.warnings {
				if got := c.Warnings[i].String(); !strings.HasPrefix(got, filepath.Join(dir, "x")[:len(dir)]) || !strings.Contains(got, w) {
					t.Errorf("warning %q does not name the folder and %q", got, w)
				}
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
	stalePassage := Extraction{Factions: []*Faction{{Name: "X", Passages: []Mention{{Ref: Ref{Briefing: "crisis-in-mali-101", Paragraph: 999}}}}}}
	tests := []struct {
		name    string
		x       Extraction
		wantErr bool
	}{
		{"same corpus", x, false},
		{"paragraph out of range", stale, true},
		{"unknown briefing", unknown, true},
		{"passage out of range", stalePassage, true},
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

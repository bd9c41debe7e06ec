package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the optional YAML header of a briefing file.
type frontMatter struct {
	Title     string      `yaml:"title"`
	Short     string      `yaml:"short_title"`
	Publisher string      `yaml:"publisher"`
	Date      string      `yaml:"date"`
	URL       string      `yaml:"url"`
	Authors   []string    `yaml:"authors"`
	Groups    []GroupSpec `yaml:"groups"`
}

// Parse reads one briefing file. name is the file's name (its base name
// gives the slug) and is used in every error, together with the line at
// fault. Parse validates but does not extract factions or events; Load does.
func Parse(name string, data []byte) (*Briefing, error) {
	return parse(name, data, false)
}

// parse is Parse; owned says data is the caller's alone and never written
// again, so that the briefing's strings may be read from it in place
// rather than from a copy (a load of 100k paragraphs copied 56 MB, a
// quarter of its CPU in page faults for the copy).
func parse(name string, data []byte, owned bool) (*Briefing, error) {
	data, err := checkedText(name, data)
	if err != nil {
		return nil, err
	}
	b := &Briefing{Slug: slugOf(name)}
	if isHTML(name) {
		if err := readHTML(name, b, data); err != nil {
			return nil, err
		}
		return numbered(name, b)
	}
	lines := textLines(data, owned)
	body, err := b.readHead(name, lines)
	if err != nil {
		return nil, err
	}
	b.Paragraphs = splitParagraphs(b, lines, body, isMarkdown(name))
	return numbered(name, b)
}

// checkedText refuses a file too large, holding a NUL byte or not valid
// UTF-8 (naming the file and line), and returns its bytes as UTF-8: a
// page that declares another charset is converted first.
func checkedText(name string, data []byte) ([]byte, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("corpus: %s: %w (%d bytes, limit %d)", name, ErrTooLarge, len(data), MaxFileSize)
	}
	data = pageAsUTF8(name, data)
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("corpus: %s:%d: %w", name, lineAt(data, i), ErrNULByte)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("corpus: %s:%d: %w", name, lineAt(data, firstInvalid(data)), ErrInvalidUTF8)
	}
	return data, nil
}

// textLines splits a text file into lines, without a byte-order mark or
// carriage returns; owned says the lines may point into data itself.
func textLines(data []byte, owned bool) []string {
	text := ""
	if owned {
		text = unsafe.String(unsafe.SliceData(data), len(data))
	} else {
		text = string(data)
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	return strings.Split(text, "\n")
}

// readHead applies a text file's front matter (between --- lines) or a
// Markdown file's title block, and returns the index of the first body
// line. Front matter opened and never closed is an error naming line 1.
func (b *Briefing) readHead(name string, lines []string) (int, error) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		if isMarkdown(name) {
			return b.applyTitleBlock(lines), nil
		}
		return 0, nil
	}
	for i := 1; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t == "---" || t == "..." {
			if err := b.applyFrontMatter(name, lines[1:i]); err != nil {
				return 0, err
			}
			return i + 1, nil
		}
	}
	return 0, fmt.Errorf("corpus: %s:1: %w: opened with --- but never closed", name, ErrFrontMatter)
}

// numbered completes a parsed briefing: the slug is the title when
// nothing gave one, paragraphs are numbered, and a briefing without a
// paragraph is ErrEmpty.
func numbered(name string, b *Briefing) (*Briefing, error) {
	if b.Title == "" {
		b.Title = b.Slug
	}
	b.Paragraphs = withoutLeadNotes(b.Paragraphs, b.Title)
	for i := range b.Paragraphs {
		b.Paragraphs[i].Number = i + 1
	}
	if len(b.Paragraphs) == 0 {
		return nil, fmt.Errorf("corpus: %s: %w", name, ErrEmpty)
	}
	return b, nil
}

func (b *Briefing) applyFrontMatter(name string, lines []string) error {
	var fm frontMatter
	if err := yaml.Unmarshal([]byte(strings.Join(lines, "\n")), &fm); err != nil {
		line := 2
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			// yaml.v3 reports "yaml: line N: ..." counted from the header's first line.
			var n int
			if _, scanErr := fmt.Sscanf(err.Error(), "yaml: line %d:", &n); scanErr == nil {
				line = n + 1
			}
		}
		return fmt.Errorf("corpus: %s:%d: %w: %v", name, line, ErrFrontMatter, err)
	}
	b.Title = strings.TrimSpace(fm.Title)
	b.ShortTitle = strings.TrimSpace(fm.Short)
	b.Publisher = strings.TrimSpace(fm.Publisher)
	b.URL = strings.TrimSpace(fm.URL)
	b.Authors = fm.Authors
	b.Curated = fm.Groups
	if fm.Date != "" {
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(fm.Date))
		if err != nil {
			return fmt.Errorf("corpus: %s:%d: %w: %q", name, keyLine(lines, "date")+1, ErrBadDate, fm.Date)
		}
		b.Date = d
	}
	return nil
}

// applyTitleBlock reads pandoc's title block, the lines opening with
// "%" at the top of a Markdown file: the title, then the authors
// (separated by semicolons), then the date, each optional but in that
// order ("% Honduras: … --- Fact Sheet", "% Office of …", "% 19 March
// 2018"). It returns the number of lines read. A date pandoc would print
// as it is but that names no one day gives the briefing no date.
func (b *Briefing) applyTitleBlock(lines []string) int {
	n := 0
	for n < min(len(lines), 3) && strings.HasPrefix(lines[n], "%") {
		n++
	}
	field := func(i int) string { return strings.TrimSpace(strings.TrimPrefix(lines[i], "%")) }
	if n > 0 {
		b.Title = strings.ReplaceAll(field(0), "---", "—") // pandoc's em dash
	}
	if n > 1 && field(1) != "" {
		for _, a := range strings.Split(field(1), ";") {
			b.Authors = append(b.Authors, strings.TrimSpace(a))
		}
	}
	if n > 2 {
		if e, ok := dateAlone(field(2)); ok && e.year != 0 {
			b.Date = time.Date(e.year, time.Month(e.month), e.day, 0, 0, 0, 0, time.UTC)
		}
	}
	return n
}

// splitParagraphs splits the body into paragraphs. Blank lines end a
// paragraph; headings (Markdown's "#" and setext underlines, wikitext's
// "== X ==", a plain text's bare heading lines) start a section. A level-one
// heading that repeats the title, or, in plain text, the short masthead
// lines (publisher, title) before the first real paragraph, are not body
// paragraphs. A plain text's head (tagline, infobox) is read first and its
// back matter (references, external links) is set aside last.
func splitParagraphs(b *Briefing, lines []string, from int, markdown bool) []Paragraph {
	ps := &paragraphSplit{b: b, markdown: markdown, leading: true, blankBefore: true, width: wrapWidth(lines[from:])}
	lines = ps.wikiInfobox(lines, from)
	if !markdown {
		from = ps.readHead(lines, from)
		lines = ps.lateInfobox(lines, from)
	}
	for i := from; i < len(lines); i++ {
		ps.line(i, strings.TrimSpace(lines[i]))
	}
	ps.flush(false)
	ps.lastBare()
	// Cloned to its length: the corpus keeps every briefing's paragraphs,
	// and append's spare capacity was 3 MB of a reopened 100k-paragraph
	// corpus's heap.
	return slices.Clone(placeMasthead(b, ps.masthd, ps.setAsideBackMatter()))
}

// paragraphSplit is splitParagraphs' state as it walks the lines.
type paragraphSplit struct {
	b        *Briefing
	markdown bool
	out      []Paragraph
	section  string
	// outer holds the headings that enclose section, outermost first
	// (see Paragraph.Outer); headings holds them with section and their
	// levels, the chain a new heading is placed in.
	outer        []string
	headings     []levelHeading
	pending      bool      // a heading was read and no paragraph yet under it
	cur          []srcLine // the lines of the paragraph being read
	blankBefore  bool      // a blank line (or a heading) came before cur
	leading      bool      // still before the first body paragraph
	masthd       []string  // plain-text masthead lines seen while leading
	titled       bool      // a title block in capitals was read: no masthead line follows it
	backFrom     int       // index in out where back matter starts, when backSeen
	backSeen     bool      // a back-matter heading ("References") was read
	backNumbered bool      // ... and it was numbered ("10 References"), so a later heading undoes it
	marked       bool      // a marked heading ("#", "==", setext) was read
	width        int       // the width the text is hard-wrapped at; 0: not wrapped
	bare         *srcLine  // the last bare heading, while no paragraph follows it
	bareAbove    string    // the section above that heading
	bareOuter    []string  // the headings enclosing that section
	// fenced says the lines being read follow a rule line with no blank
	// line between: a block that a closing rule makes a heading block
	// (see fencedHeadings).
	fenced bool
}

// levelHeading is one heading of the chain above the text being read.
type levelHeading struct {
	level int
	text  string
}

// srcLine is one trimmed line of the file and its 1-based number.
type srcLine struct {
	n    int
	text string
}

// line reads line i, trimmed: a blank line ends the paragraph, a heading
// starts a section, a Markdown link or footnote definition is no prose,
// any other line continues the paragraph.
func (ps *paragraphSplit) line(i int, trimmed string) {
	if trimmed == "" {
		ps.flush(true)
		ps.blankBefore, ps.fenced = true, false
		return
	}
	if level, heading := ps.headingLine(trimmed); level > 0 {
		ps.fenced = false
		ps.flush(false)
		ps.heading(level, heading)
		ps.marked = true
		ps.blankBefore = true
		return
	}
	if ps.markdown && ps.markdownOnlyLine(trimmed) {
		return
	}
	if !ps.markdown && ps.plainRuleLine(trimmed) {
		return
	}
	ps.cur = append(ps.cur, srcLine{n: i + 1, text: trimmed})
}

// plainRuleLine handles a plain text's rule line, a row of "=" or "-"
// (or "***", "___"): under a line of about its length it underlines that
// line into a heading ("=" the title when nothing came before it, "-" a
// section), as plain-text exports
// and typewritten briefings mark them; anywhere else it separates blocks
// ("==" between a masthead and the first dispatch, which it ends: the
// first dispatch's headline is no masthead line). Either way it is no
// prose. It reports whether it consumed the line.
func (ps *paragraphSplit) plainRuleLine(trimmed string) bool {
	level := setextLevel(trimmed)
	if level == 0 && !isThematicBreak(trimmed) {
		return false
	}
	if level > 0 && ps.fencedHeadings(level, trimmed) {
		return true
	}
	if n := len(ps.cur); level > 0 && n > 0 && underlines(trimmed, ps.cur[n-1].text) {
		above := ps.cur[n-1] // a copy: flush reuses the buffer
		ps.cur = ps.cur[:n-1]
		ps.flush(false)
		if !ps.leading || len(ps.masthd) > 0 {
			level = 2 // "=" under a line after the title is a section's
		}
		ps.heading(level, above.text)
		ps.blankBefore, ps.marked = true, true
		return true
	}
	ps.flush(false)
	ps.blankBefore, ps.fenced = true, true
	if ps.leading && len(ps.masthd) > 0 {
		ps.leading = false // a rule under the masthead ends it: what follows is the body's
	}
	return true
}

// fencedHeadings reads the lines between two rule lines, with no blank
// line among them, as a chain of headings when there are two or more
// and none closes a sentence: a compiled collection's box over each of
// its texts ("4. TRANSCRIPT: PRESS BRIEFING" over "Abuja, Wednesday 24
// February 2010" over "Speaker: …"), where each line is a heading under
// the one above it, the last the section of the text below. Otherwise
// the closing rule would underline the last line alone and leave the
// others, the box's title and its dateline, a paragraph of the section
// before. As for one line, the rule must be long enough to underline the
// last: a short rule under a long line closes a boxed paragraph. level
// is the rule's; the chain starts at a section's level at least. It
// reports whether it read the block.
func (ps *paragraphSplit) fencedHeadings(level int, rule string) bool {
	n := len(ps.cur)
	if !ps.fenced || n < 2 || !underlines(rule, ps.cur[n-1].text) || !isHeadingBlock(ps.cur) {
		return false
	}
	block := slices.Clone(ps.cur)
	ps.cur = ps.cur[:0]
	for i, l := range block {
		ps.heading(max(level, 2)+i, l.text)
	}
	ps.blankBefore, ps.marked, ps.fenced = true, true, false
	return true
}

// isHeadingBlock reports whether lines read as a box of heading lines,
// not a boxed paragraph: each line short, none closing a sentence.
func isHeadingBlock(lines []srcLine) bool {
	for _, l := range lines {
		if len(l.text) > maxHeadLine || strings.ContainsAny(l.text[len(l.text)-1:], ".?!") {
			return false
		}
	}
	return true
}

// underlines reports whether rule is long enough to underline line: at
// least half its length and three characters. A short rule under a long
// line ("==" under a masthead) is a separator.
func underlines(rule, line string) bool {
	n := utf8.RuneCountInString(rule)
	return n >= 3 && 2*n >= utf8.RuneCountInString(line)
}

// headingLine reports the heading a line is by itself: Markdown's "# X"
// in Markdown, wikitext's "== X ==" in either format.
func (ps *paragraphSplit) headingLine(trimmed string) (int, string) {
	if ps.markdown {
		if level, heading := markdownHeading(trimmed); level > 0 {
			return level, heading
		}
	}
	return wikiHeading(trimmed)
}

// markdownOnlyLine handles the Markdown lines that are not paragraph text:
// a setext underline turns the lines above it into a heading, a thematic
// break ends the paragraph, and link reference and footnote definitions
// are dropped. It reports whether it consumed the line.
func (ps *paragraphSplit) markdownOnlyLine(trimmed string) bool {
	if level := setextLevel(trimmed); level > 0 && len(ps.cur) > 0 {
		heading := joinLines(ps.cur)
		ps.cur = ps.cur[:0]
		ps.heading(level, heading)
		ps.blankBefore, ps.marked = true, true
		return true
	}
	if isThematicBreak(trimmed) {
		ps.flush(false)
		ps.blankBefore = true
		return true
	}
	return isDefinitionLine(trimmed)
}

// heading names the section that follows, as a reader sees it (no
// "[edit]" link, no "{#id}" attributes, no markup). The
// first level-one heading is the title when front matter gave none, and a
// level-one heading that is the title opens no section.
func (ps *paragraphSplit) heading(level int, heading string) {
	heading = normalizeSpace(plainInline(trimAttributes(heading), ps.markdown))
	if level == 1 && ps.b.Title == "" {
		ps.b.Title = heading
	}
	if level == 1 && heading == ps.b.Title {
		ps.section, ps.outer, ps.headings = "", nil, ps.headings[:0]
	} else {
		ps.section = heading
		ps.place(level, heading)
	}
	ps.pending = true
	ps.noteBackMatter(heading)
}

// place puts a heading of the given level in the chain of headings
// above the text: it closes the sections of its level or deeper and
// opens its own inside the rest. outer is built anew for each heading,
// never changed in place, since the paragraphs read before share it.
func (ps *paragraphSplit) place(level int, heading string) {
	k := len(ps.headings)
	for k > 0 && ps.headings[k-1].level >= level {
		k--
	}
	ps.headings = append(ps.headings[:k], levelHeading{level: level, text: heading})
	ps.outer = nil
	if k > 0 {
		ps.outer = make([]string, k)
		for i, h := range ps.headings[:k] {
			ps.outer[i] = h.text
		}
	}
}

// bareHeading reads a plain text's bare heading line, which shows no
// level. A heading read straight over another, with no paragraph
// between, is the title of a part whose subsections follow ("Briefing
// No. 2 — Friday, 20 December 1996" over "Opening statement"): the part
// opens at the top and the heading below it is inside it. A heading
// after a paragraph is a sibling of the last heading read.
func (ps *paragraphSplit) bareHeading(text string) {
	n := len(ps.headings)
	switch {
	case n > 0 && ps.pending:
		part := ps.headings[n-1]
		ps.headings = append(ps.headings[:0], levelHeading{level: 2, text: part.text})
		ps.heading(3, text)
	case n > 0:
		ps.heading(ps.headings[n-1].level, text)
	default:
		ps.heading(2, text)
	}
}

// flush ends the block being read. atBlank says a blank line ends it.
func (ps *paragraphSplit) flush(atBlank bool) {
	if len(ps.cur) == 0 {
		return
	}
	block := ps.cur
	ps.cur = block[:0] // reused: what follows reads block, never keeps it
	alone := ps.blankBefore && atBlank
	ps.blankBefore = false
	switch {
	case isTable(block):
		ps.table(block)
	case ps.markdown:
		ps.wrapped(block)
	default:
		ps.plainBlock(block, alone)
	}
}

// plainBlock reads a block of plain text: a copied table of contents
// (dropped), infobox lines (wherever the copy put them), a bare heading (in a text that marks none of its
// headings), perhaps over its first paragraph, one paragraph per line,
// or one hard-wrapped paragraph. In back matter every
// line is an entry. alone says blank lines stand before and after it.
func (ps *paragraphSplit) plainBlock(block []srcLine, alone bool) {
	bare := !ps.leading && !ps.marked && (isBareHeading(plainInline(block[0].text, false)) || hasEditLink(block[0].text))
	head := infoboxFrom(block)
	switch {
	case isContentsBlock(block):
		// a copied table of contents repeats the headings to come
	case isInfoboxBlock(block):
		ps.b.Infobox = append(ps.b.Infobox, readInfoboxLines(blockTexts(block), block[0].n-1)...)
	case isTemplateInfobox(block, ps.leading && ps.section == ""):
		ps.b.Infobox = append(ps.b.Infobox, templateInfobox(block)...)
	case head > 0:
		// A browser's copy runs the title, the site's line and a hatnote
		// into the infobox with no blank line: the lines before its first
		// label are paragraphs (or masthead), the rest the infobox.
		ps.lineParagraphs(block[:head])
		ps.plainBlock(block[head:], false)
	case bare && alone && len(block) == 1:
		l := block[0] // a copy: the block's buffer is reused
		ps.bare, ps.bareAbove, ps.bareOuter = &l, ps.section, ps.outer
		ps.bareHeading(block[0].text)
	case bare && len(block) > 1 && (utf8.RuneCountInString(block[1].text) > maxWrapWidth || isBackMatterHeading(block[0].text) || headingOverHeading(block)):
		// "Background" over a paragraph on one line, with no blank
		// between (a wrapped paragraph has no line this long), "See
		// also" over its entries, or a section's heading over its first
		// subsection's ("Revolutionary period[edit]" over "Junta and
		// provisional governments[edit]" over the paragraph).
		ps.bareHeading(block[0].text)
		ps.plainBlock(block[1:], false)
	case ps.atTop() && titleBlockEnd(block) > 0:
		ps.titleBlock(block)
	case ps.backSeen || linesAreParagraphs(block) || ps.mastheadLines(block):
		ps.lineParagraphs(block)
	default:
		ps.wrapped(block)
	}
}

// mastheadLines reports whether a block before the first paragraph is
// two masthead lines, a title and a publisher's line, rather than one
// line wrapped: both short and unended, and the first broken off before
// the width ran out ("TURKEY COUP ATTEMPT: COLLECTED DISPATCHES, 2016"
// over "Meridian News Service - world desk export").
func (ps *paragraphSplit) mastheadLines(block []srcLine) bool {
	if !ps.leading || len(block) != 2 || len(ps.masthd) > 0 || !isMasthead(block[0].text) || !isMasthead(block[1].text) {
		return false
	}
	first, _, _ := strings.Cut(block[1].text, " ")
	return ps.width == 0 || utf8.RuneCountInString(block[0].text)+1+utf8.RuneCountInString(first) <= ps.width
}

// atTop reports whether nothing of a plain text has been read yet: no
// paragraph, masthead line or heading.
func (ps *paragraphSplit) atTop() bool {
	return ps.leading && !ps.markdown && !ps.marked && len(ps.masthd) == 0 && len(ps.headings) == 0
}

// titleBlockEnd returns how many lines open a plain text's first block
// in capitals, when they are two or more and the block holds more lines
// than a title and a publisher's line: a title block ("THAM LUANG CAVE
// RESCUE OPERATION" over "JOINT COMMAND CENTRE, MAE SAI DISTRICT" over
// "TRANSCRIPTS OF SELECTED MEDIA BRIEFINGS, 3-10 JULY 2018"), perhaps
// over a note in lower case. Its lines are the document's title, not
// body to read for names and dates; 0 otherwise.
func titleBlockEnd(block []srcLine) int {
	if len(block) < 3 {
		return 0 // two lines: a title and a publisher's (mastheadLines)
	}
	k := 0
	for k < len(block) && isCapitalsLine(block[k].text) {
		k++
	}
	if k < 2 {
		return 0
	}
	return k
}

// isCapitalsLine reports whether a line is written in capitals: letters,
// none in lower case, and no sentence's end.
func isCapitalsLine(line string) bool {
	return utf8.RuneCountInString(line) <= maxWrapWidth && strings.ContainsFunc(line, unicode.IsLetter) &&
		!strings.ContainsFunc(line, unicode.IsLower) && !endsSentence(line)
}

// titleBlock reads a title block (titleBlockEnd): its lines in capitals,
// joined, are the one masthead line, which placeMasthead makes the
// title; the lines after them are read as a block of their own, and no
// masthead line follows.
func (ps *paragraphSplit) titleBlock(block []srcLine) {
	k := titleBlockEnd(block)
	ps.masthd = append(ps.masthd, normalizeSpace(joinLines(block[:k])))
	ps.titled = true
	if k < len(block) {
		ps.plainBlock(block[k:], false)
	}
}

// headingOverHeading reports whether the block's first two lines are
// bare headings over a line too long to be a wrapped paragraph's: a
// section's title over its first subsection's, as a browser copies an
// article with no blank line between them.
func headingOverHeading(block []srcLine) bool {
	if len(block) < 3 || !isBareHeading(plainInline(block[1].text, false)) {
		return false
	}
	return utf8.RuneCountInString(block[2].text) > maxWrapWidth
}

// hasEditLink reports whether a copied line ends with a section's edit
// link, "Assassination of Benigno Aquino Jr.[edit]": only an
// encyclopedia's headings carry one, whatever their last word.
func hasEditLink(line string) bool {
	return strings.HasSuffix(strings.TrimSpace(line), "[edit]")
}

// lineParagraphs reads a block whose lines are paragraphs. In a text
// that marks no heading (an export with plain section titles) a bare
// heading line over a line of prose, or over a subsection's heading over
// one, or an appendix title ("See also"), is a heading; a browser's copy
// leaves "[edit]" after it. A copied table of contents is dropped.
func (ps *paragraphSplit) lineParagraphs(block []srcLine) {
	for i := 0; i < len(block); i++ {
		l := block[i]
		if end := contentsEnd(block, i); end > i {
			i = end - 1 // a copied table of contents between paragraphs
			continue
		}
		if !ps.leading && !ps.marked && i+1 < len(block) && (isBareHeading(plainInline(l.text, false)) &&
			(isProseLine(block[i+1].text) || isBackMatterHeading(l.text) || headingOverHeading(block[i:])) || hasEditLink(l.text)) {
			ps.bareHeading(l.text)
			continue
		}
		ps.paragraph(l.text, l.n)
	}
}

// wrapped reads a block of wrapped lines: one paragraph, or several where
// the writer ended one without a blank line.
func (ps *paragraphSplit) wrapped(block []srcLine) {
	for start := 0; start < len(block); {
		end := nextBreak(block, start, ps.width, ps.markdown)
		ps.paragraph(joinLines(block[start:end]), block[start].n)
		start = end
	}
}

// paragraph adds one paragraph starting at line n. Its inline markup is
// removed and its white space folded. Before the first body paragraph,
// plain-text masthead lines are set aside and a repeat of the title or
// publisher is dropped.
func (ps *paragraphSplit) paragraph(text string, n int) {
	text = normalizeSpace(plainInline(text, ps.markdown))
	if text == "" {
		return
	}
	if ps.leading && !ps.markdown && !ps.titled && isMasthead(text) && len(ps.masthd) < 2 {
		ps.masthd = append(ps.masthd, text)
		return
	}
	if ps.leading && (text == ps.b.Title || text == ps.b.Publisher) {
		return
	}
	ps.leading, ps.bare, ps.pending = false, nil, false
	ps.out = append(ps.out, Paragraph{Section: ps.section, Outer: ps.outer, Line: n, Text: text})
}

// lastBare makes a bare heading that nothing follows ("The End", a
// sign-off) the paragraph it was, in the section above it.
func (ps *paragraphSplit) lastBare() {
	if ps.bare == nil {
		return
	}
	l := *ps.bare
	ps.section, ps.outer = ps.bareAbove, ps.bareOuter
	ps.paragraph(l.text, l.n)
}

// trimAttributes drops the attribute block pandoc writes after a
// heading: "Background {#background}".
func trimAttributes(heading string) string {
	if k := strings.LastIndex(heading, " {"); k > 0 && attributesAt(heading[k+1:]) == len(heading)-k-1 {
		return heading[:k]
	}
	return heading
}

// joinLines joins a block's lines with spaces: a hard-wrapped paragraph.
func joinLines(block []srcLine) string {
	if len(block) == 1 {
		return block[0].text
	}
	parts := make([]string, len(block))
	for i, l := range block {
		parts[i] = l.text
	}
	return strings.Join(parts, " ")
}

// placeMasthead reads plain-text masthead lines: one line is a title, two
// are publisher then title. Lines that merely repeat front matter are
// dropped either way; when front matter already names the title, the
// lines are body after all and lead the paragraphs.
func placeMasthead(b *Briefing, masthd []string, out []Paragraph) []Paragraph {
	var unknown []string
	for _, m := range masthd {
		if m != b.Title && m != b.Publisher {
			unknown = append(unknown, m)
		}
	}
	switch {
	case len(unknown) == 1 && b.Title == "":
		b.Title = unknown[0]
	case len(unknown) == 2 && b.Title == "":
		title, publisher := unknown[1], unknown[0]
		if slugShared(unknown[0], b.Slug) > slugShared(unknown[1], b.Slug) {
			title, publisher = unknown[0], unknown[1] // the title over its publisher's line
		}
		if b.Publisher == "" {
			b.Publisher = publisher
		}
		b.Title = title
	case len(unknown) > 0:
		var keep []Paragraph
		for _, m := range unknown {
			keep = append(keep, Paragraph{Text: m})
		}
		out = append(keep, out...)
	}
	return out
}

// slugShared counts the words of line that the file's name holds, as a
// file is named after its title ("turkey-2016-coup-attempt-reports").
func slugShared(line, slug string) int {
	words := map[string]bool{}
	for _, w := range strings.Split(slug, "-") {
		words[w] = true
	}
	n := 0
	for _, w := range lowerWords(line) {
		if words[w] {
			n++
		}
	}
	return n
}

// lowerWords splits s into its words, lower-cased, for comparing a line's
// words with another's or with a file name's regardless of case and
// punctuation.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
}

// isMasthead reports whether a leading paragraph looks like a title or
// publisher line rather than prose: short, one line, no closing full stop.
func isMasthead(text string) bool {
	// Abbreviations ("U.S. Foreign Policy") may hold full stops; a title
	// is short and does not end like a sentence.
	if len(text) > 150 || len(strings.Fields(text)) > 20 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	return last != '.' && last != ':' && last != ','
}

func markdownHeading(line string) (int, string) {
	level := 0
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level >= len(line) || line[level] != ' ' {
		return 0, ""
	}
	return level, strings.TrimRight(strings.TrimSpace(line[level:]), "# ")
}

// normalizeSpace turns non-breaking and other Unicode spaces into plain
// spaces and folds runs of white space, leaving every other rune alone.
func normalizeSpace(s string) string {
	if spaceNormal(s) {
		return s // most paragraphs: no copy, so the text shares the file's
	}
	return foldSpace(s)
}

// foldSpace is normalizeSpace, copying.
func foldSpace(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u2002', '\u2003', '\u3000':
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// spaceNormal reports whether normalizeSpace would return s unchanged: its
// only white space is single plain spaces between other runes, and it is
// valid UTF-8 (normalizeSpace writes an invalid byte as U+FFFD).
func spaceNormal(s string) bool {
	switch {
	case s == "":
		return true
	case s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  "):
		return false
	case strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '\r') >= 0:
		return false
	}
	// Plain spaces are single and inside: only a rune past ASCII can still
	// be white space or invalid. The searches above use the processor's
	// vector instructions; a rune-by-rune loop took a fifth of a reopen.
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u2002', '\u2003', '\u3000', utf8.RuneError:
			return false
		}
		i += n
	}
	return true
}

func slugOf(name string) string {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	return strings.TrimSuffix(base, path.Ext(base))
}

func isMarkdown(name string) bool {
	return strings.EqualFold(path.Ext(name), ".md")
}

func lineAt(data []byte, off int) int {
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}

// keyLine finds the 1-based line of a top-level key within the front matter,
// counted from the opening "---" line.
func keyLine(lines []string, key string) int {
	for i, l := range lines {
		if strings.HasPrefix(l, key+":") {
			return i + 1
		}
	}
	return 1
}

package corpus

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// htmlSummary renders what a parse of an HTML briefing gave, one item a
// line, for the table below to compare.
func htmlSummary(b *Briefing) string {
	var sb strings.Builder
	for _, p := range b.Paragraphs {
		sb.WriteString("P [" + p.Section + "] " + p.Text + "\n")
	}
	for _, f := range b.Infobox {
		sb.WriteString("I " + f.Label + ": " + strings.Join(f.Values, " | ") + "\n")
	}
	for _, p := range b.BackMatter {
		sb.WriteString("B [" + p.Section + "] " + p.Text + "\n")
	}
	return sb.String()
}

// page wraps a body in a minimal page.
func page(body string) string {
	return "<!DOCTYPE html><html><head><title>T</title></head><body>" + body + "</body></html>"
}

// TestHTMLBlocks covers each rule of the block walk: every case fails
// when its rule is taken out.
func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"paragraphs and entities", page("<p>One &amp; two.</p><p>Three&nbsp;four.</p>"),
			"P [] One & two.\nP [] Three four.\n"},
		{"headings open sections", page("<p>Lead.</p><h2>Background</h2><p>A.</p><div><h3>Early <span class=\"mw-editsection\">[<a href=\"/e\">edit</a>]</span></h3></div><p>B.</p>"),
			"P [] Lead.\nP [Background] A.\nP [Early] B.\n"},
		{"script, style, noscript", page("<p>Kept.</p><script>var p = '<p>x</p>';</script><style>p{}</style><noscript><p>Enable scripts.</p></noscript>"),
			"P [] Kept.\n"},
		{"page chrome", page("<header><p>Site header.</p></header><nav><p>Menu.</p></nav><form><p>Search.</p></form><aside><p>Related.</p></aside><p>Kept.</p><footer><p>Licence.</p></footer>"),
			"P [] Kept.\n"},
		{"a section's header is its own", page("<header><p>Site.</p></header><article><section><header><h2>Background</h2></header><p>A.</p></section></article>"),
			"P [Background] A.\n"},
		{"roles", page("<div role=\"note\">Main article: X</div><div role=\"navigation\"><p>Contents</p></div><div role=\"complementary\"><p>Side.</p></div><p>Kept.</p>"),
			"P [] Kept.\n"},
		{"a byline is the page's record, not its text", page("<p class=\"byline\">By <a href=\"/a/h\" rel=\"author\">Helen Marsh</a> &middot; <time datetime=\"2021-10-08\" itemprop=\"datePublished\">Published 8 October 2021</time> &middot; 22 min read</p><p>Kept, by <span itemprop=\"author\">a writer</span> whose paragraph runs on about the war for more than twenty-five words, which no byline does, so it stays in the text of the article where it was written.</p>"),
			"P [] Kept, by a writer whose paragraph runs on about the war for more than twenty-five words, which no byline does, so it stays in the text of the article where it was written.\n"},
		{"a block of the class byline is one too", page("<div class=\"byline\">By <a href=\"/authors/ik\">Irina Kalder</a> &#183; <time datetime=\"2023-10-02\">2 October 2023</time> &#183; 18 min read</div><p>Kept.</p>"),
			"P [] Kept.\n"},
		{"hidden", page("<p>Kept.</p><div style=\"display: none\"><p>Short description.</p></div><p hidden>H.</p><span aria-hidden=\"true\">A.</span>"),
			"P [] Kept.\n"},
		{"citation superscripts", page("<p>War began in 1977.<sup class=\"reference\"><a href=\"#c1\">[1]</a></sup><sup><a href=\"#c2\">[a]</a></sup> It ended.<sup><i>[<a href=\"/cn\">citation needed</a>]</i></sup></p>"),
			"P [] War began in 1977. It ended.\n"},
		{"footnote numbers", page("<p>Talks failed.<sup><a href=\"#fn3\">3</a></sup> Fighting resumed.<sup id=\"r12\"><a href=\"#n12\">12</a></sup></p>"),
			"P [] Talks failed. Fighting resumed.\n"},
		{"a superscript that is text", page("<p>The 1<sup>st</sup> army.</p>"),
			"P [] The 1st army.\n"},
		{"bold as Markdown bold", page("<p>The <b>Front </b>and <strong>the <b>Army</b></strong> fought.</p>"),
			"P [] The **Front** and **the Army** fought.\n"},
		{"br folds to a space", page("<p>One<br>two<br/>\nthree.</p>"),
			"P [] One two three.\n"},
		{"lists as Markdown lists", page("<ul><li><b>KLF.</b> A front.</li><li>An army.<ul><li>Its wing.</li></ul></li></ul><ol start=\"3\"><li>Third.</li><li>Fourth.</li></ol>"),
			"P [] - **KLF.** A front. - An army. - Its wing.\nP [] 3. Third. 4. Fourth.\n"},
		{"blockquote", page("<p>He said:</p><blockquote><p>We stay.</p><p>We fight.</p></blockquote>"),
			"P [] He said:\nP [] We stay.\nP [] We fight.\n"},
		{"definition lists", page("<dl><dt>Front</dt><dd>An armed group.</dd><dd>Founded 1970.</dd></dl><dl><dd>An indented line.</dd></dl>"),
			"P [] Front: An armed group. Founded 1970.\nP [] An indented line.\n"},
		{"loose text outside paragraphs", page("<div>First part of a page<br><br>Second part, <a href=\"/x\">linked</a>.<div>Inner block.</div>Tail.</div>"),
			"P [] First part of a page\nP [] Second part, linked.\nP [] Inner block.\nP [] Tail.\n"},
		{"link-dense blocks are navigation", page("<p>Kept, with <a href=\"/a\">one</a> link.</p><div><a href=\"/1\">Alpha</a> · <a href=\"/2\">Beta</a> · <a href=\"/3\">Gamma</a> · <a href=\"/4\">Delta</a> · <a href=\"/5\">Epsilon</a></div>"),
			"P [] Kept, with one link.\n"},
		{"a table of contents: links within the page", page("<p>Lead.</p><div id=\"toc\"><h2>Contents</h2><ul><li><a href=\"#B\">1 Background</a></li><li><a href=\"#W\">2 War</a></li></ul></div><h2 id=\"B\">Background</h2><p>A.</p>"),
			"P [] Lead.\nP [Background] A.\n"},
		{"picture frames without <figure>", page("<div class=\"thumb\"><div><img src=\"m.png\"><div>A map of the front, 1977.</div></div></div><p>Kept.</p>"),
			"P [] Kept.\n"},
		{"a list of links alone is other pages' titles", page("<p>Kept.</p><section><h2>Related articles</h2><ul><li><a href=\"/1\">Alpha war</a></li><li><a href=\"/2\">Beta crisis</a></li><li><a href=\"/3\">Gamma front</a></li></ul></section>"),
			"P [] Kept.\n"},
		{"a list of a few links is kept", page("<ul><li><a href=\"/1\">Alpha</a> was a party.</li><li><a href=\"/2\">Beta</a> was one too.</li></ul>"),
			"P [] - Alpha was a party. - Beta was one too.\n"},
		{"MediaWiki classes", page("<p>Kept.</p><table class=\"box-Refimprove metadata ambox\"><tr><td>This article needs additional citations.</td></tr></table><div class=\"noprint portal\"><ul><li><a href=\"/p\">War portal</a></li></ul></div>"),
			"P [] Kept.\n"},
		{"MediaWiki's hatnotes without a role", page("<div class=\"hatnote\">For the earlier war, see <a href=\"/w\">Orm War</a>.</div><p>Kept.</p>"),
			"P [] Kept.\n"},
		{"MediaWiki's edit links and citations in its own markup", page("<div class=\"mw-heading mw-heading2\"><h2 id=\"B\">Background</h2><span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span><a href=\"/e\" title=\"Edit section: Background\"><span>edit</span></a><span class=\"mw-editsection-bracket\">]</span></span></div><p>Text.<sup id=\"cite_ref-4\" class=\"reference\"><a href=\"#cite_note-4\"><span class=\"cite-bracket\">[</span>4<span class=\"cite-bracket\">]</span></a></sup></p>"),
			"P [Background] Text.\n"},
		{"a repeat of the title is not a paragraph", page("<p>T</p><p>Lead.</p>"),
			"P [] Lead.\n"},
		{"figures", page("<figure><img src=\"m.png\"><figcaption>A map.</figcaption></figure><p>Kept.</p>"),
			"P [] Kept.\n"},
		{"infobox by class", page("<table class=\"infobox\"><tr><th colspan=\"2\">The War</th></tr><tr><td colspan=\"2\">Part of a larger war</td></tr><tr><th>Date</th><td>1977 – 1978</td></tr><tr><th colspan=\"2\">Belligerents</th></tr><tr><td>Kestria<br>The Front (TF)</td><td><div>Ostmark</div><div>Supported by:</div><ul><li>Talvia</li></ul></td></tr><tr><th colspan=\"2\">Map</th></tr><tr><td>A map</td></tr></table><p>Lead.</p>"),
			"P [] Lead.\nI Date: 1977 – 1978\nI Belligerents: Kestria | The Front (TF) | Ostmark | Supported by: | Talvia\n"},
		{"infobox with a nested table of fields", page("<table class=\"infobox\"><tr><th colspan=\"2\">The War</th></tr><tr><td colspan=\"2\"><table><tr><th>Date</th><td>1977</td></tr><tr><th>Result</th><td>A victory<ul><li>A treaty</li></ul></td></tr></table></td></tr><tr><th colspan=\"2\">Strength</th></tr><tr><td>3,000</td><td>5,000</td></tr></table><p>Lead.</p>"),
			"P [] Lead.\nI Date: 1977\nI Result: A victory | A treaty\nI Strength: 3,000 | 5,000\n"},
		{"infobox by its labels before the first paragraph", page("<table><tr><td>Date</td><td>1990</td></tr><tr><td>Location</td><td>Orm</td></tr></table><p>Lead.</p>"),
			"P [] Lead.\nI Date: 1990\nI Location: Orm\n"},
		{"a fact box of three labels after a standfirst", page("<p>Thirty years ago a quarrel ended with tanks.</p><table class=\"factbox\"><tr><th>Dates</th><td>21 September – 4 October 1993</td></tr><tr><th>Location</th><td>Moscow</td></tr><tr><th>Result</th><td>A new constitution</td></tr></table><h2>Summary</h2><p>Lead.</p>"),
			"P [] Thirty years ago a quarrel ended with tanks.\nP [Summary] Lead.\nI Dates: 21 September – 4 October 1993\nI Location: Moscow\nI Result: A new constitution\n"},
		{"labels in a section are a table", page("<h2>Losses</h2><p>Lead.</p><table><tr><td>Date</td><td>1990</td></tr><tr><td>Location</td><td>Orm</td></tr><tr><td>Result</td><td>Won</td></tr></table>"),
			"P [Losses] Lead.\nP [Losses] Date: 1990\nP [Losses] Location: Orm\nP [Losses] Result: Won\n"},
		{"data tables: a paragraph per row", page("<p>Lead.</p><table><tr><th>Year</th><th>Losses</th></tr><tr><td>Date</td><td>1,200</td></tr><tr><td>Location</td><td>900</td></tr></table>"),
			"P [] Lead.\nP [] Date: Losses 1,200\nP [] Location: Losses 900\n"},
		{"layout tables read as blocks", page("<table><tr><td><p>One.</p></td></tr><tr><td>Two.</td></tr></table>"),
			"P [] One.\nP [] Two.\n"},
		{"back matter set aside", page("<p>Lead.</p><h2>See also</h2><ul><li>Alpha</li><li>Beta</li></ul><h2>References</h2><p>Smith (1990).</p>"),
			"P [] Lead.\nB [See also] - Alpha\nB [See also] - Beta\nB [References] Smith (1990).\n"},
		{"citation lists are back matter anywhere", page("<p>Lead.</p><ol class=\"references\"><li>Smith (1990).</li></ol><p>More.</p>"),
			"P [] Lead.\nP [] More.\nB [] 1. Smith (1990).\n"},
		{"tagline names the publisher, not a paragraph", page("<div>From Examplepedia, the free encyclopedia</div><p>Lead.</p>"),
			"P [] Lead.\n"},
		{"malformed markup read leniently", "<p>One <b>bold <i>and</b> on</i>.<p>Two<table><tr><td>x</table>",
			"P [] One **bold and** on.\nP [] Two x\n"}, // no doctype: quirks mode lets a table stand in a <p>
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHTML(t, tt.src, tt.want) })
	}
}

// checkHTML parses src as a page and compares its summary with want.
func checkHTML(t *testing.T, src, want string) {
	t.Helper()
	b, err := Parse("t.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := htmlSummary(b); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestHTMLContentRoot checks that the article is read from its element
// when the page marks it, and the rest of the page is not.
func TestHTMLContentRoot(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"main", "<div><p>Site blurb.</p></div><main><p>Article.</p></main>", "P [] Article.\n"},
		{"role main", "<div><p>Site blurb.</p></div><div role=\"main\"><p>Article.</p></div>", "P [] Article.\n"},
		{"longest article", "<article><p>Teaser.</p></article><article><p>The whole story, told at length.</p></article>", "P [] The whole story, told at length.\n"},
		{"article inside main", "<main><div><p>Toolbar words.</p></div><article><p>Story.</p></article></main>", "P [] Story.\n"},
		{"MediaWiki's content text", "<main><div id=\"siteSub\"><p>Jump to search</p></div><div id=\"mw-content-text\"><p>Article.</p></div></main>", "P [] Article.\n"},
		{"body", "<p>Article.</p>", "P [] Article.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHTML(t, page(tt.body), tt.want) })
	}
}

// TestHTMLHead checks the metadata read from a page.
func TestHTMLHead(t *testing.T) {
	tests := []struct {
		name, src                   string
		title, publisher, date, url string
	}{
		{"title from h1, site from the title's suffix",
			"<title>Orm War - Examplepedia</title><h1>The Orm War</h1><p>x.</p>", "The Orm War", "Examplepedia", "", ""},
		{"title from <title> without its site",
			"<title>Orm War | Ministry of Peace</title><p>x.</p>", "Orm War", "Ministry of Peace", "", ""},
		{"a long suffix is part of the title",
			"<title>Orm - the war that ended all the quarrels of the north</title><p>x.</p>", "Orm - the war that ended all the quarrels of the north", "", "", ""},
		{"og:site_name and canonical link",
			"<head><meta property=\"og:site_name\" content=\"Daily Orm\"><link rel=\"canonical\" href=\"https://x.example/a\"></head><h1>Talks fail</h1><p>x.</p>", "Talks fail", "Daily Orm", "", "https://x.example/a"},
		{"article:published_time",
			"<meta property=\"article:published_time\" content=\"2018-04-19T10:00:00Z\"><h1>T</h1><p>x.</p>", "T", "", "2018-04-19", ""},
		{"DC.date",
			"<meta name=\"DC.date\" content=\"2006-12-05\"><h1>T</h1><p>x.</p>", "T", "", "2006-12-05", ""},
		{"time by the headline",
			"<article><header><h1>T</h1><time datetime=\"2003-05-12\">12 May</time></header><p>x.</p></article>", "T", "", "2003-05-12", ""},
		{"an unreadable date is unknown",
			"<meta name=\"date\" content=\"yesterday\"><h1>T</h1><p>x.</p>", "T", "", "", ""},
		{"h1 in the header of a page", "<header><h1>Site</h1></header><main><h1>Story</h1><p>x.</p></main>", "Story", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("t.html", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			date := ""
			if !b.Date.IsZero() {
				date = b.Date.Format("2006-01-02")
			}
			if b.Title != tt.title || b.Publisher != tt.publisher || date != tt.date || b.URL != tt.url {
				t.Errorf("got %q %q %q %q, want %q %q %q %q", b.Title, b.Publisher, date, b.URL, tt.title, tt.publisher, tt.date, tt.url)
			}
		})
	}
}

// TestHTMLLines checks that paragraphs and infobox fields point at the
// source line where they start.
func TestHTMLLines(t *testing.T) {
	src := "<html>\n<head><title>T</title>\n<script>\nvar a = 1;\n</script></head>\n<body>\n" + // lines 1-6
		"<p>First,\nwrapped.</p>\n" + // 7-8
		"<p\n class=\"x\">Second.</p>\n" + // 9-10
		"<div>\n\n  Loose text.\n</div>\n" + // 11-14: the text is on 13
		"<ul>\n<li>A</li>\n</ul>\n" + // 15-17: a list starts at its first item
		"<table class=\"infobox\">\n<tr><th>Date</th><td>1990</td></tr></table>\n" + // 18-19
		"<p>Last <b>bold</b>\n<!-- a\ncomment --> end.</p>\n" // 20-22
	b, err := Parse("t.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, p := range b.Paragraphs {
		got = append(got, p.Line)
	}
	want := []int{7, 9, 13, 16, 20}
	if len(b.Infobox) != 1 || b.Infobox[0].Line != 19 {
		t.Errorf("infobox = %+v, want Date on line 19", b.Infobox)
	}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %v, want %v", got, want)
	}
}

// TestHTMLBadInput checks the errors an HTML briefing can give: the
// same as any briefing's, naming the file.
func TestHTMLBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"no paragraphs", []byte(page("<nav><p>Menu.</p></nav><script>x</script>")), ErrEmpty},
		{"empty file", nil, ErrEmpty},
		{"binary", []byte("<p>a\x00b</p>"), ErrNULByte},
		{"not UTF-8, declaring nothing", []byte("<p>caf\xe9</p>"), ErrInvalidUTF8},
		{"too large", []byte("<p>" + strings.Repeat("a", MaxFileSize) + "</p>"), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("dir/page.html", tt.data)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), "page.html") {
				t.Errorf("err = %v, want %v naming page.html", err, tt.want)
			}
		})
	}
}

// TestHTMLCharset checks that a page declaring another encoding is
// decoded as a browser shows it.
func TestHTMLCharset(t *testing.T) {
	tests := []struct {
		name string
		data string
	}{
		{"meta charset", "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body>\n<p>Caf\xe9 \x93talks\x94.</p>"},
		{"http-equiv", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>\n<p>Caf\xe9 \x93talks\x94.</p>"},
	}
	// iso-8859-1 is read as windows-1252, as the HTML standard and browsers do.
	want := map[string]string{"meta charset": "Café “talks”.", "http-equiv": "Café “talks”."}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse("t.html", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if p := b.Paragraphs[0]; p.Text != want[tt.name] || p.Line != 2 {
				t.Errorf("got %q on line %d, want %q on line 2", p.Text, p.Line, want[tt.name])
			}
		})
	}
}

// TestLoadHTML checks that .html and .htm files are briefings, in any
// case, and other files still are not.
func TestLoadHTML(t *testing.T) {
	fsys := fstest.MapFS{
		"a.html":      {Data: []byte(page("<p>Alpha.</p>"))},
		"b.HTM":       {Data: []byte(page("<p>Beta.</p>"))},
		"c.xhtml":     {Data: []byte(page("<p>Gamma.</p>"))},
		"notes.json":  {Data: []byte("{}")},
		".hidden.htm": {Data: []byte(page("<p>Hidden.</p>"))},
	}
	names, err := briefingFiles(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.html", "b.HTM"}; !slices.Equal(names, want) {
		t.Errorf("briefing files = %v, want %v", names, want)
	}
}

// TestHTMLFixture reads a synthetic encyclopedia page, written for this
// test in MediaWiki's markup, end to end.
func TestHTMLFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/html/encyclopedia.html")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("testdata/html/encyclopedia.html", data)
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Varnland Border War" || b.Publisher != "Wikipedia" || !b.Date.IsZero() {
		t.Errorf("title %q, publisher %q, date %v", b.Title, b.Publisher, b.Date)
	}
	want := `P [] The **Varnland Border War** was an armed conflict between Kestria and Ostmark over the Varnland frontier. It began on 3 May 1971 & ended in June 1972.
P [Background] The frontier had been disputed since the treaty of 1920. The Varnland Liberation Front (VLF) was founded in 1968 by exiles in Kestria.
P [Background] The parties to the war were:
P [Background] - **Kestria**, the attacking state. - **VLF.** The Varnland Liberation Front, an armed movement. - Its youth wing.
P [Talks] We will not give up one village.
P [Talks] Treaty of Orm: The 1920 treaty that drew the frontier.
P [Talks] 1971: Kestrian losses 1,200, Ostmark losses 900
P [Talks] 1972: Kestrian losses 300, Ostmark losses 2,100
I Date: 3 May 1971 – 9 June 1972
I Location: Varnland frontier
I Belligerents: Kestria | Varnland Liberation Front (VLF) | Ostmark | Supported by: | Talvia
I Commanders and leaders: Aren Holt | Mira Sander
B [See also] - Varnland crisis
B [See also] - Kestrian army
B [References] 1. ^ Holt, Aren (1990). The Frontier War. Orm University Press.
`
	if got := htmlSummary(b); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	c, err := New(b)
	if err != nil {
		t.Fatal(err)
	}
	c.Extract()
	if f, _, err := c.LookupFaction("VLF"); err != nil || f.Name != "Varnland Liberation Front" {
		t.Errorf("VLF: %v, %v; want the Varnland Liberation Front extracted from the page", f, err)
	}
}

// TestHTMLDeepNesting checks deep pages: nested within the parser's
// limit, a page is read (in time linear in its size: judging a
// superscript or a block reads bounded text or counts made once;
// without that, the nested superscripts below take exponential time and
// the test never ends); beyond it, the error names the file.
func TestHTMLDeepNesting(t *testing.T) {
	for _, tag := range []string{"span", "div", "sup"} {
		src := strings.Repeat("<"+tag+"><a href=\"#n\">[", 400) + "x" + strings.Repeat("]</a></"+tag+">", 400) + "<p>End.</p>"
		if _, err := Parse("deep.html", []byte(src)); err != nil {
			t.Errorf("%s: %v", tag, err)
		}
	}
	src := strings.Repeat("<div>", 1000) + "<p>End.</p>"
	if _, err := Parse("deep.html", []byte(src)); !errors.Is(err, ErrBadHTML) || !strings.Contains(err.Error(), "deep.html") {
		t.Errorf("1,000 nested divs: err = %v, want ErrBadHTML naming deep.html", err)
	}
}

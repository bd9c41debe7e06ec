package bot

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/corpus"
)

// embedColor is the accent stripe of every embed.
const embedColor = 0x2B6CB0

// message2 is a public reply with one embed and, if any, one row of
// buttons.
func message2(e *discordgo.MessageEmbed, buttons []discordgo.MessageComponent) *discordgo.InteractionResponse {
	d := &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{e}}
	if len(buttons) > 0 {
		d.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}
	} else {
		// An explicit empty list removes old buttons when a message is
		// updated in place.
		d.Components = []discordgo.MessageComponent{}
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
}

var markdownSpecial = strings.NewReplacer(
	`\`, `\\`, `*`, `\*`, `_`, `\_`, `~`, `\~`, "`", "\\`", `|`, `\|`,
	`>`, `\>`, `[`, `\[`, `]`, `\]`, `#`, `\#`,
)

// escapeMarkdown makes s render literally in Discord.
func escapeMarkdown(s string) string { return markdownSpecial.Replace(s) }

// httpURL returns u if it is an http(s) URL Discord will accept, else "".
func httpURL(u string) string {
	if (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && len(u) <= 2048 && !strings.ContainsAny(u, " \n<>") {
		return u
	}
	return ""
}

// citeLink renders a citation, as a link when the briefing has a URL.
func citeLink(citation, url string) string {
	if httpURL(url) == "" {
		return escapeMarkdown(citation)
	}
	return fmt.Sprintf("[%s](%s)", escapeMarkdown(citation), strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(url))
}

// refLink renders a citation of ref, linked when its briefing has a URL.
func (b *Bot) refLink(ref corpus.Ref) string {
	url := ""
	if br := b.briefing(ref.Briefing); br != nil {
		url = br.URL
		if ref.Title == "" {
			ref.Title = br.Title
		}
	}
	if ref.Title == "" {
		ref.Title = ref.Briefing
	}
	return citeLink(ref.Citation(), url)
}

// briefing finds a briefing by slug, or nil.
func (b *Bot) briefing(slug string) *corpus.Briefing {
	for _, br := range b.briefings.Briefings() {
		if br != nil && br.Slug == slug {
			return br
		}
	}
	return nil
}

// paragraph returns the text of the cited paragraph, or "" when there is
// none or it cannot be read (logged).
func (b *Bot) paragraph(ref corpus.Ref) string {
	br := b.briefing(ref.Briefing)
	if br == nil || ref.Paragraph < 1 || ref.Paragraph > len(br.Paragraphs) {
		return ""
	}
	text, err := br.Text(ref.Paragraph)
	if err != nil {
		b.log.Warn("cannot read a cited paragraph", "briefing", ref.Briefing, "paragraph", ref.Paragraph, "err", err)
	}
	return text
}

var boldRE = regexp.MustCompile(`\*\*(.+?)\*\*`)

// boldedWords collects the words an excerpt shows in bold, lower-cased.
func boldedWords(excerpt string) map[string]bool {
	words := map[string]bool{}
	for _, m := range boldRE.FindAllStringSubmatch(excerpt, -1) {
		w := strings.ToLower(strings.ReplaceAll(m[1], `\`, ""))
		if w != "" {
			words[w] = true
		}
	}
	return words
}

// boldTerms escapes text and bolds every whole word in words.
func boldTerms(text string, words map[string]bool) string {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	var sb strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); {
		j := i
		if isWord(rs[i]) {
			for j < len(rs) && isWord(rs[j]) {
				j++
			}
			w := string(rs[i:j])
			if words[strings.ToLower(w)] {
				sb.WriteString("**" + escapeMarkdown(w) + "**")
			} else {
				sb.WriteString(escapeMarkdown(w))
			}
		} else {
			for j < len(rs) && !isWord(rs[j]) {
				j++
			}
			sb.WriteString(escapeMarkdown(string(rs[i:j])))
		}
		i = j
	}
	return sb.String()
}

// excerptOf shortens a paragraph for a list, escaped.
func excerptOf(text string, n int) string {
	return trim(escapeMarkdown(text), n)
}

var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// humanEvent renders an event's date for a reader ("10 Jan 2013",
// "late Jun 2012", "2011", a range as "3–5 Mar 2013"), with
// " (scheduled)" for announced dates. It prefers corpus.HumanRange and
// falls back to its own rendering of the same form when that is empty.
func humanEvent(ev corpus.Event) string { return humanSpan(ev.Date, ev.End) }

func humanSpan(d, end corpus.Date) string {
	s := corpus.HumanRange(d, end)
	if s == "" {
		var parts []string
		if d.Modifier != "" {
			m := d.Modifier
			if m == "approx" {
				m = "c."
			}
			parts = append(parts, m)
		}
		if d.Precision >= corpus.PrecisionDay && d.Day > 0 {
			parts = append(parts, fmt.Sprint(d.Day))
		}
		if d.Precision >= corpus.PrecisionMonth && d.Month >= 1 && d.Month <= 12 {
			parts = append(parts, monthAbbr[d.Month-1])
		}
		if d.Year != 0 {
			parts = append(parts, fmt.Sprint(d.Year))
		}
		s = strings.Join(parts, " ")
	}
	if s == "" {
		s = "undated"
	}
	if d.Scheduled && !strings.Contains(s, "scheduled") {
		s += " (scheduled)"
	}
	return s
}

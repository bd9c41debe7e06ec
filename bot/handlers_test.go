package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

var update = flag.Bool("update", false, "rewrite bot/testdata/golden/*.json from the current output")

// loadInteraction reads a captured interaction payload.
func loadInteraction(t testing.TB, name string) (*discordgo.Interaction, []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "interactions", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var in discordgo.Interaction
	if err := json.Unmarshal(raw, &in); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &in, raw
}

// marshalReply serialises a response the way both transports do,
// indented for readable golden files.
func marshalReply(t *testing.T, resp *discordgo.InteractionResponse) []byte {
	t.Helper()
	raw, err := encodeResponse(resp)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		t.Fatal(err)
	}
	buf.WriteByte('\n')
	return buf.Bytes()
}

// wireReply is the subset of a reply checkReply inspects, decoded from the
// serialised bytes so that the checks see what Discord would see.
type wireReply struct {
	Type int `json:"type"`
	Data *struct {
		Content         string          `json:"content"`
		Flags           int             `json:"flags"`
		AllowedMentions json.RawMessage `json:"allowed_mentions"`
		Embeds          []struct {
			Title       string `json:"title"`
			Description string `json:"description"`
			Fields      []struct {
				Name  string `json:"name"`
				Value string `json:"value"`
			} `json:"fields"`
			Footer *struct {
				Text string `json:"text"`
			} `json:"footer"`
			Author *struct {
				Name string `json:"name"`
			} `json:"author"`
		} `json:"embeds"`
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
				Label    string `json:"label"`
			} `json:"components"`
		} `json:"components"`
		Choices []struct {
			Name  string `json:"name"`
			Value any    `json:"value"`
		} `json:"choices"`
	} `json:"data"`
}

// checkReply asserts the rules every reply must honour, on its serialised
// bytes: no mentions (parse is an explicit empty list) and Discord's limits.
func checkReply(t *testing.T, raw []byte) wireReply {
	t.Helper()
	var r wireReply
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("reply is not JSON: %v\n%s", err, raw)
	}
	switch r.Type {
	case 1, 5, 6:
		return r
	case 8:
		if r.Data == nil || r.Data.Choices == nil {
			t.Fatalf("autocomplete reply without a choices list: %s", raw)
		}
		if len(r.Data.Choices) > maxChoices {
			t.Errorf("%d choices, max %d", len(r.Data.Choices), maxChoices)
		}
		for _, c := range r.Data.Choices {
			if n := textLen(c.Name); n < 1 || n > maxChoiceName {
				t.Errorf("choice name %q has %d characters", c.Name, n)
			}
			if s, ok := c.Value.(string); ok && (s == "" || textLen(s) > maxChoiceName) {
				t.Errorf("choice value %q out of bounds", s)
			}
		}
		return r
	case 4, 7:
	default:
		t.Fatalf("unexpected reply type %d", r.Type)
	}
	if r.Data == nil {
		t.Fatalf("message reply without data: %s", raw)
	}
	var am struct {
		Parse *[]string `json:"parse"`
	}
	if err := json.Unmarshal(r.Data.AllowedMentions, &am); err != nil || am.Parse == nil || len(*am.Parse) != 0 {
		t.Errorf("allowed_mentions = %s, want parse: []", r.Data.AllowedMentions)
	}
	compact := new(bytes.Buffer)
	json.Compact(compact, raw)
	if !strings.Contains(compact.String(), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("serialised reply lacks \"parse\":[]: %s", compact)
	}
	d := r.Data
	if n := textLen(d.Content); n > maxContent {
		t.Errorf("content has %d characters", n)
	}
	if d.Content == "" && len(d.Embeds) == 0 {
		t.Errorf("empty message")
	}
	if len(d.Embeds) > maxEmbeds {
		t.Errorf("%d embeds", len(d.Embeds))
	}
	total := 0
	for _, e := range d.Embeds {
		lim := func(what, s string, max int) {
			n := textLen(s)
			total += n
			if n > max {
				t.Errorf("embed %s has %d characters, max %d", what, n, max)
			}
		}
		lim("title", e.Title, maxTitle)
		lim("description", e.Description, maxDescription)
		if e.Footer != nil {
			lim("footer", e.Footer.Text, maxFooter)
		}
		if e.Author != nil {
			lim("author", e.Author.Name, maxAuthor)
		}
		if len(e.Fields) > maxFields {
			t.Errorf("%d fields", len(e.Fields))
		}
		for _, f := range e.Fields {
			lim("field name", f.Name, maxFieldName)
			lim("field value", f.Value, maxFieldValue)
			if strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == "" {
				t.Errorf("empty field %q: %q", f.Name, f.Value)
			}
		}
	}
	if total > maxEmbedTotal {
		t.Errorf("embeds hold %d characters, max %d", total, maxEmbedTotal)
	}
	for _, row := range d.Components {
		for _, c := range row.Components {
			if len(c.CustomID) == 0 || len(c.CustomID) > maxCustomID {
				t.Errorf("custom_id %q has %d characters", c.CustomID, len(c.CustomID))
			}
		}
	}
	return r
}

// TestHandlersGolden feeds every captured interaction in
// testdata/interactions through Bot.Respond and compares the serialised
// reply with testdata/golden. Run "go test ./bot -update" to refresh.
func TestHandlersGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "interactions", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no interactions: %v", err)
	}
	b := newTestBot(nil)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			in, _ := loadInteraction(t, name)
			got := marshalReply(t, b.Respond(context.Background(), in))
			checkReply(t, got)
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./bot -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("reply differs from %s (run go test ./bot -update after checking):\n got: %s\nwant: %s", golden, got, want)
			}
		})
	}
}

// TestRespondExpectations pins the behaviour the golden files encode, so
// that a careless -update cannot bless a regression.
func TestRespondExpectations(t *testing.T) {
	b := newTestBot(nil)
	tests := []struct {
		name      string
		wantType  discordgo.InteractionResponseType
		ephemeral bool
		contains  []string
		absent    []string
	}{
		{"ask_basic", 4, false, []string{"**MNLA**", "[Crisis in Mali 101 ¶2](https://example.org/mali-101)", "ask2:3:3:1000000000000000003:who leads the MNLA?", "More results", "Results 1–3 of 7 · Asked: who leads the MNLA?"}, []string{"Back"}},
		{"ask_missing", 4, false, []string{"_The briefings don't answer “who founded the MNLA?”; here is what they say about the MNLA._\\n\\n__Who is who__"}, nil},
		{"ask_results_5", 4, false, []string{"Results 1–5 of 7", "ask2:5:5:1000000000000000003:"}, nil},
		{"ask_results_as_string", 4, false, []string{"Results 1–2 of 7"}, nil},
		{"ask_results_wrong_type", 4, false, []string{"Results 1–3 of 7"}, nil},
		{"ask_results_out_of_range", 4, false, []string{"Results 1–5 of 7"}, nil},
		{"ask_question_absent", 4, true, []string{"/ask question:"}, nil},
		{"ask_question_wrong_type", 4, false, []string{"Asked: 42"}, nil},
		{"ask_no_match", 4, true, []string{"rephrasing", "Groups I know: Al-Qaeda in the Islamic Maghreb, Ansar Dine"}, nil},
		{"ask_nothing_searchable", 4, true, []string{"no words I can search for", "Groups I know"}, nil},
		{"ask_panic", 4, true, []string{"went wrong on our side"}, []string{"exploded"}},
		{"ask_search_error", 4, true, []string{"couldn't search"}, []string{"disk", "secret"}},
		{"ask_more_click", 7, false, []string{"Results 4–6 of 7", "Back", "ask2:0:3:1000000000000000003:", "ask2:6:3:1000000000000000003:"}, nil},
		// Another user's click: their own page, only for them, whose
		// buttons are theirs; never a rewrite of the asker's message.
		{"ask_more_click_other_user", 4, true, []string{"Results 4–6 of 7", "ask2:0:3:1000000000000000003:", "ask2:6:3:1000000000000000003:"}, []string{"1000000000000000099"}},
		// A button from before the asker was recorded, on a message with no
		// interaction metadata: whose it is cannot be known, so no edit.
		{"ask_more_click_legacy_no_asker", 4, true, []string{"Results 4–6 of 7"}, nil},
		{"ask_private", 4, true, []string{"**MNLA**", "Results 1–3 of 7"}, nil},
		{"dm_ask", 4, false, []string{"**MNLA**", "ask2:3:3:1000000000000000003:"}, nil},
		{"user_install_ask", 4, false, []string{"**MNLA**", "ask2:3:3:1000000000000000003:"}, nil},
		{"user_install_guild_ask", 4, false, []string{"**MNLA**"}, nil},
		{"ask_message", 4, false, []string{"\"title\": \"hey who leads the MNLA?\"", "[Crisis in Mali 101 ¶2](https://example.org/mali-101)", "ask2:3:3:1000000000000000003:"}, []string{"<@"}},
		{"dm_ask_message", 4, false, []string{"[Crisis in Mali 101 ¶2]"}, nil},
		{"ask_message_empty", 4, true, []string{"no text I can ask about"}, nil},
		{"help", 4, true, []string{"I answer from 2 briefings", "Crisis in Mali 101** — 20 Jan 2013", "/ask question: What is MNLA?", "/group name: MNLA", "/timeline group: National Movement for the Liberation of Azawad", "Ask briefbot"},
			// The fake search's first answer never names these: not offered.
			[]string{"What is Ansar Dine?", "What is AQIM?", "What happened in"}},
		{"dm_help", 4, true, []string{"I answer from 2 briefings"}, nil},
		{"ask_back_click", 7, false, []string{"Results 1–3 of 7"}, []string{"\"Back\""}},
		// A legacy button: the asker comes from the message's interaction
		// metadata, and it is the clicker.
		{"ask_more_click_footer", 7, false, []string{"Results 4–6 of 7"}, nil},
		{"ask_more_click_no_state", 4, true, []string{"run `/ask` again"}, nil},
		{"ask_click_past_end", 4, true, []string{"no more results"}, nil},
		{"group_mnla", 4, false, []string{"National Movement for the Liberation of Azawad (MNLA)", "Azawad movement", "Also described in", "Also mentioned in", "Latest events", "**late Jun 2012**", "**17 Jan 2012**"}, nil},
		{"group_ambiguous", 4, false, []string{"Also matching: Ansaru"}, nil},
		{"group_unknown_did_you_mean", 4, true, []string{"Did you mean **MNLA**?"}, nil},
		{"group_unknown", 4, true, []string{"I don't know a group called “zzz”", "Groups I know include"}, nil},
		{"group_absent", 4, true, []string{"/group name:"}, nil},
		{"group_autocomplete", 8, false, []string{"\"Al-Qaeda in the Islamic Maghreb (AQIM)\"", "\"Ansar Dine\""}, nil},
		{"group_autocomplete_empty", 8, false, []string{"Movement for Oneness"}, nil},
		{"ask_autocomplete_unhandled", 8, false, []string{"\"choices\": []"}, []string{"\"name\""}},
		{"timeline_all", 4, false, []string{"**2011**", "**10–11 Jan 2013**", "**28 Jul 2013 (scheduled)**", "Events 1–6 of 6"}, nil},
		{"timeline_group", 4, false, []string{"Timeline: National Movement", "Events 1–3 of 3"}, []string{"Konna"}},
		{"timeline_range", 4, false, []string{"(2012 – 2012-12)", "Events 1–3 of 3"}, []string{"2013"}},
		{"timeline_bad_date", 4, true, []string{"“last tuesday” isn't a date", "`YYYY-MM-DD`"}, nil},
		{"timeline_limit_as_string", 4, false, []string{"Events 5–6 of 6", "Older", "tl:2:2::"}, []string{"Newer"}},
		{"timeline_unknown_group", 4, true, []string{"Did you mean **MNLA**?"}, nil},
		{"timeline_empty", 4, true, []string{"No dated events match in that period"}, nil},
		{"timeline_newer_click", 7, false, []string{"Events 1–3 of 6", "Newer"}, []string{"Older"}},
		{"timeline_older_click", 7, false, []string{"Newer", "Group: National Movement"}, nil},
		{"timeline_click_group_from_footer", 7, false, []string{"Timeline: National Movement", "Events 1–1 of 3"}, nil},
		// The message's metadata names another asker: a page of one's own.
		{"timeline_click_other_user", 4, true, []string{"Timeline: National Movement", "Events 1–1 of 3"}, nil},
		{"briefings", 4, false, []string{"[Crisis in Mali 101](https://example.org/mali-101)", "20 Jan 2013", "5 paragraphs", "Sahel notes \\\\[draft\\\\]", "1 paragraph\""}, nil},
		{"unknown_command", 4, true, []string{"briefbot register"}, nil},
		{"unknown_button", 4, true, []string{"briefbot register"}, nil},
		{"modal_submit", 4, true, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, _ := loadInteraction(t, tt.name)
			resp := b.Respond(context.Background(), in)
			raw := marshalReply(t, resp)
			checkReply(t, raw)
			if resp.Type != tt.wantType {
				t.Errorf("type = %d, want %d", resp.Type, tt.wantType)
			}
			if isEphemeral(resp) != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v", isEphemeral(resp), tt.ephemeral)
			}
			for _, s := range tt.contains {
				if !strings.Contains(string(raw), s) {
					t.Errorf("reply lacks %q:\n%s", s, raw)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(string(raw), s) {
					t.Errorf("reply holds %q:\n%s", s, raw)
				}
			}
		})
	}
}

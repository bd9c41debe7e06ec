package bot

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestTrim(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"the quick brown fox jumps", 15, "the quick…"},
		{"the quick brown fox, jumps", 22, "the quick brown fox…"},
		{"abcdefghijklmnop", 8, "abcde…"},
		{"see **bold text here** now", 14, "see **bold**…"},
		{"😀😀😀😀😀😀", 6, "😀…"},
		{"anything", 0, ""},
		{"anything", 1, "…"},
		{"anything", 3, "an…"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := trim(tt.in, tt.limit)
			if got != tt.want {
				t.Errorf("trim(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
			if textLen(got) > tt.limit {
				t.Errorf("result has %d characters", textLen(got))
			}
		})
	}
}

func TestNoMentionsSerialisesEmptyList(t *testing.T) {
	raw, err := json.Marshal(noMentions())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(raw), `"parse":[]`) {
		t.Errorf("got %s", raw)
	}
	// The zero value would have pinged nobody only by accident of Discord's
	// reading of null; make sure the trap is still there to avoid.
	zero, _ := json.Marshal(discordgo.MessageAllowedMentions{})
	if !strings.Contains(string(zero), `"parse":null`) {
		t.Logf("discordgo now serialises the zero value as %s", zero)
	}
}

// TestFinalizeEnforcesLimits builds a reply that breaks every limit and
// checks finalize brings it within all of them.
func TestFinalizeEnforcesLimits(t *testing.T) {
	long := strings.Repeat("word ", 2000)
	var embeds []*discordgo.MessageEmbed
	for range 12 {
		e := &discordgo.MessageEmbed{
			Title: long, Description: long,
			Footer: &discordgo.MessageEmbedFooter{Text: long},
			Author: &discordgo.MessageEmbedAuthor{Name: long},
		}
		for range 30 {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: long, Value: long})
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "", Value: ""}, nil)
		embeds = append(embeds, e)
	}
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: "@everyone " + long,
			Embeds:  append(embeds, nil),
			Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "ok", CustomID: "ok"},
				discordgo.Button{Label: "too long", CustomID: strings.Repeat("x", 101)},
			}}},
		},
	}
	got := finalize(resp)
	raw := marshalReply(t, got)
	r := checkReply(t, raw)
	if len(r.Data.Components) != 1 || len(r.Data.Components[0].Components) != 1 {
		t.Errorf("components: %+v", r.Data.Components)
	}
	if !strings.HasSuffix(r.Data.Content, "…") {
		t.Errorf("content not trimmed with an ellipsis")
	}
}

func TestFinalizeChoices(t *testing.T) {
	var cs []*discordgo.ApplicationCommandOptionChoice
	for i := range 30 {
		cs = append(cs, &discordgo.ApplicationCommandOptionChoice{Name: strings.Repeat("n", i*5), Value: strings.Repeat("v", i*5)})
	}
	cs = append(cs, nil)
	resp := finalize(&discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: cs},
	})
	checkReply(t, marshalReply(t, resp))
	if n := len(resp.Data.Choices); n != 20 { // names 5..100 characters with values that fit
		t.Errorf("%d choices", n)
	}
}

func TestOptionGetters(t *testing.T) {
	mk := func(v any) *discordgo.Interaction {
		return &discordgo.Interaction{
			Type: discordgo.InteractionApplicationCommand,
			Data: discordgo.ApplicationCommandInteractionData{Name: "x", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "n", Value: v}, nil,
			}},
		}
	}
	tests := []struct {
		name    string
		in      *discordgo.Interaction
		wantInt int
		wantStr string
	}{
		{"float", mk(4.0), 4, "4"},
		{"string number", mk(" 2 "), 2, "2"},
		{"json number", mk(json.Number("3")), 3, "3"},
		{"too big", mk(1e9), 5, "1000000000"},
		{"too small", mk(-3.0), 1, "-3"},
		{"not a number", mk("lots"), 3, "lots"},
		{"bool", mk(true), 3, "true"},
		{"nil value", mk(nil), 3, ""},
		{"NaN string", mk("NaN"), 3, "NaN"},
		{"absent", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{}}, 3, ""},
		{"no data", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand}, 3, ""},
		{"component", &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: "a"}}, 3, ""},
		{"nil interaction", nil, 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := optInt(tt.in, "n", 3, 1, 5); got != tt.wantInt {
				t.Errorf("optInt = %d, want %d", got, tt.wantInt)
			}
			if got := optString(tt.in, "n"); got != tt.wantStr {
				t.Errorf("optString = %q, want %q", got, tt.wantStr)
			}
		})
	}
}

// TestRespondNeverPanics feeds interactions with missing or mistyped parts.
func TestRespondNeverPanics(t *testing.T) {
	b := newTestBot(nil)
	ins := []*discordgo.Interaction{
		nil,
		{},
		{Type: discordgo.InteractionApplicationCommand},
		{Type: discordgo.InteractionApplicationCommand, Data: discordgo.MessageComponentInteractionData{CustomID: "ask:1:1"}},
		{Type: discordgo.InteractionMessageComponent, Data: discordgo.ApplicationCommandInteractionData{Name: "ask"}},
		{Type: discordgo.InteractionMessageComponent},
		{Type: discordgo.InteractionApplicationCommandAutocomplete, Data: discordgo.ApplicationCommandInteractionData{Name: "group"}},
		{Type: discordgo.InteractionApplicationCommand, Data: &discordgo.ApplicationCommandInteractionData{Name: "briefings"}},
		{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: "tl:1:1:::"}, Message: &discordgo.Message{Embeds: []*discordgo.MessageEmbed{nil}}},
		{Type: discordgo.InteractionPing},
	}
	for i, in := range ins {
		resp := b.Respond(context.Background(), in)
		if resp == nil || resp.Data == nil {
			t.Errorf("%d: no reply", i)
			continue
		}
		checkReply(t, marshalReply(t, resp))
	}
}

// TestFinalizeComponents: buttons' labels are trimmed to 80 characters in
// the reply itself (a trim that edited a copy once left them whole), and
// a reply without buttons says "components": [] rather than null, which
// Discord ignores on an update or edit, leaving the old buttons in place.
func TestFinalizeComponents(t *testing.T) {
	long := strings.Repeat("label ", 30)
	tests := []struct {
		name       string
		components []discordgo.MessageComponent
		want       string // in the encoded reply
		labels     []int  // most characters of each label
	}{
		{"none", nil, `"components":[]`, nil},
		{"value buttons", []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: long, CustomID: "a"}, discordgo.Button{Label: "short", CustomID: "b"},
		}}}, `"custom_id":"a"`, []int{80, 5}},
		{"pointer buttons", []discordgo.MessageComponent{&discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			&discordgo.Button{Label: long, CustomID: "a"},
		}}}, `"custom_id":"a"`, []int{80}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, typ := range []discordgo.InteractionResponseType{discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage} {
				resp := finalize(&discordgo.InteractionResponse{Type: typ, Data: &discordgo.InteractionResponseData{
					Content: "x", Components: tt.components,
				}})
				raw, err := encodeResponse(resp)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(raw), tt.want) || strings.Contains(string(raw), `"components":null`) {
					t.Errorf("type %d: %s lacks %s", typ, raw, tt.want)
				}
				r := checkReply(t, marshalReply(t, resp))
				var got []int
				for _, row := range r.Data.Components {
					for _, b := range row.Components {
						got = append(got, textLen(b.Label))
					}
				}
				if len(got) != len(tt.labels) {
					t.Fatalf("type %d: %d buttons, want %d", typ, len(got), len(tt.labels))
				}
				for i, n := range got {
					if n > tt.labels[i] || n < tt.labels[i]-10 {
						t.Errorf("type %d: label %d has %d characters, want at most %d (trimmed at a word)", typ, i, n, tt.labels[i])
					}
				}
			}
		})
	}
}

// TestDeferralsEncodeBare: a deferral carries at most its flags, never
// "components": null.
func TestDeferralsEncodeBare(t *testing.T) {
	for name, want := range map[string]string{
		"ask_basic":      `{"type":5}`,
		"ask_private":    `{"type":5,"data":{"flags":64}}`,
		"ask_more_click": `{"type":6}`,
	} {
		in, _ := loadInteraction(t, name)
		raw, err := encodeResponse(deferral(in))
		if err != nil || string(raw) != want {
			t.Errorf("%s: deferral %s, want %s", name, raw, want)
		}
	}
}

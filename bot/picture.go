package bot

import (
	"bytes"
	"slices"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot/timelinechart"
	"github.com/briefbot/briefbot/corpus"
)

// timelinePicture is the file name of /timeline's chart. A page click
// redraws the chart when the message it replaces carries this file.
const timelinePicture = "timeline.png"

// optPicture is the /timeline option that leaves the chart out.
const optPicture = "picture"

// wantsPicture reports whether /timeline should carry its chart: yes
// unless the reader set picture:false.
func wantsPicture(in *discordgo.Interaction) bool {
	o := option(in, optPicture)
	if o == nil {
		return true
	}
	v, ok := o.Value.(bool)
	return !ok || v
}

// hadPicture reports whether the message a button sits on carries the
// timeline's chart, so that paging keeps showing one exactly when the
// reader had one.
func hadPicture(m *discordgo.Message) bool {
	return m != nil && slices.ContainsFunc(m.Attachments, func(a *discordgo.MessageAttachment) bool {
		return a != nil && a.Filename == timelinePicture
	})
}

// attachTimeline draws events and attaches the PNG to resp; the text list
// stays in the embed for screen readers. The transports send it so that it
// replaces any earlier chart (see multipartBody). A drawing that fails is
// logged and leaves the text alone, and clears the old chart, which no
// longer matches.
func (b *Bot) attachTimeline(resp *discordgo.InteractionResponse, events []corpus.Event, title string) {
	opt := timelinechart.Options{Title: title, Marks: timelinechart.BriefingMarks(events, b.briefings.Briefings())}
	ch, err := b.chart.Draw(events, opt)
	if err != nil {
		b.log.Error("drawing the timeline failed", "err", err)
		resp.Data.Attachments = &[]*discordgo.MessageAttachment{}
		return
	}
	resp.Data.Files = []*discordgo.File{{Name: timelinePicture, ContentType: "image/png", Reader: bytes.NewReader(ch.PNG)}}
}

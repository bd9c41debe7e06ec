package corpus

// lazyMentions stands for a restored faction's mentions until a reader
// asks for them. A corpus restored from storage can hold close to a
// million mentions (56 bytes each, half the heap of a reopened 100k-
// paragraph index) that a search never reads: only a group's page lists
// them.
type lazyMentions struct {
	n    int
	list func() []Mention
}

// RestoreMentions gives a restored faction its n mentions without
// building them: list builds them, in order, whenever ListMentions is
// called, and must be safe to call from several goroutines. Mentions is
// left nil; read a faction's mentions with ListMentions and MentionCount,
// which see both forms.
func (f *Faction) RestoreMentions(n int, list func() []Mention) {
	f.Mentions = nil
	f.lazy = &lazyMentions{n: n, list: list}
}

// ListMentions returns the paragraphs naming f besides its passages, as
// extraction listed them in Mentions, whether f was extracted or restored.
// A restored faction builds a new slice on each call.
func (f *Faction) ListMentions() []Mention {
	if f.lazy == nil {
		return f.Mentions
	}
	return f.lazy.list()
}

// MentionCount is len(f.ListMentions()) without building the list.
func (f *Faction) MentionCount() int {
	if f.lazy == nil {
		return len(f.Mentions)
	}
	return f.lazy.n
}

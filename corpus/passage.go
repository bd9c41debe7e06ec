package corpus

import "errors"

// Passage is one ranked answer to a question: a whole paragraph, an excerpt
// with the matched terms in Markdown bold, and its citation. Search engines
// produce Passages; presenters (the CLI, the Discord bot) consume them.
type Passage struct {
	Rank      int     `json:"rank"`
	Score     float64 `json:"score"`
	Briefing  string  `json:"briefing"`
	Title     string  `json:"title"`
	Paragraph int     `json:"paragraph"`
	Section   string  `json:"section"`
	Text      string  `json:"text"`
	Excerpt   string  `json:"excerpt"`
	Citation  string  `json:"citation"`
	URL       string  `json:"url,omitempty"`
}

// Results is one page of ranked passages.
type Results struct {
	Question string    `json:"question"`
	Total    int       `json:"-"` // passages matching in all, for paging
	Passages []Passage `json:"results"`
	// Missing, when not empty, says in one line that no passage holds
	// both what the question names and the kind of answer it asks for
	// ("who leads X?" where no sentence names X's leader): the passages
	// are what the briefings say about it instead.
	Missing string `json:"missing,omitempty"`
}

// ErrNoQuery means a question held nothing searchable: only question words,
// stop words or punctuation.
var ErrNoQuery = errors.New("nothing to search for")

package corpus

import "testing"

// TestUpdateLabel checks which paragraph openings updateLabel reads as
// a later addition's day, and which it leaves to the story.
func TestUpdateLabel(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the date read, "" for none
	}{
		{"an update with a colon", "Update, 9 March: The court struck down the decree.", "--03-09"},
		{"a note in bold with its day in brackets", "**Editor's note (9 March)** - The speaker resigned.", "--03-09"},
		{"a statement with a year", "Statement, 4 March 2011: The ministry denied the report.", "2011-03-04"},
		{"a range's dash is no separator", "Indicator (26 November 2017 -- 27 January 2018); People killed: 23", ""},
		{"a chronology entry has no label", "9 March: The court struck down the decree.", ""},
		{"a happening is no communication", "Massacre, 9 March: Troops fired on the crowd.", ""},
		{"a weekday is no label", "Sunday, 9 March: Troops fired on the crowd.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, end := updateLabel(tt.text, nil)
			got := ""
			if end > 0 {
				got = Date{Year: e.year, Month: e.month, Day: e.day, Precision: PrecisionDay}.String()
			}
			if got != tt.want {
				t.Errorf("updateLabel(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestIssuedTexts checks which sentences isIssuedTexts reads as a text
// describing what it holds (head and tail: the sentence before and after
// its date), and which as a story about texts.
func TestIssuedTexts(t *testing.T) {
	tests := []struct {
		name, head, tail string
		want             bool
	}{
		{"a compilation's own span", "A selection of the mission's weekly reports, issued between ", " and June 1994, arranged by week.", true},
		{"statements and their day", "Three statements by the ministry, released on ", ".", true},
		{"a report the story goes on about", "Its interim report, published on ", ", found that the police had fired first.", false},
		{"a memoir a later verb tells of", "The general's memoir, published in ", ", and interviews given by his officers added detail.", false},
		{"a clause before the comma", "The council, which met in secret, published on ", " a list of names.", false},
		{"no text named", "The prisoners, released on ", ".", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isIssuedTexts(tt.head, tt.tail); got != tt.want {
				t.Errorf("isIssuedTexts(%q, %q) = %v, want %v", tt.head, tt.tail, got, tt.want)
			}
		})
	}
}

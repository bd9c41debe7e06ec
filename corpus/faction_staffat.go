package corpus

// ruleStaffAt reads people in the plural before "at" and a name as
// working at a place: "nurses at Rangoon General Hospital", "students at
// the Athens Polytechnic". The members-in exception of writtenAsPlace
// keeps a body whose members sit in it ("deputies in the National
// Assembly"); members belong in a body, and people are at a place.
const ruleStaffAt = "staff-at"

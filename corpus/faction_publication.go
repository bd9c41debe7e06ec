package corpus

// rulePublicationNoun reads no faction from a name after a noun for a
// newspaper or a periodical ("the newspaper El Telegrama del Rif", "the
// daily Diario de Costa Rica"): news outlets are no factions (issue #12),
// and the body-named rule, which reads a name after a noun with an
// organisation's sense, would otherwise take the paper's title for one,
// since WordNet also files "newspaper" as a publishing firm
// (publicationNoun).
const rulePublicationNoun = "publication-noun"

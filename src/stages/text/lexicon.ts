/**
 * Word lists for the text layer: abbreviations that keep their period, and words that start sentences.
 * Data, not code: the tokenizer and the sentence splitter read these sets.
 */

/** Titles and honorifics: "Gen. Smith" — the period never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm',
  'Cmdr', 'Gov', 'Sen', 'Rep', 'Rev', 'Fr', 'Sr', 'Jr', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Amb', 'Atty',
  'Gens', 'Sens', 'Reps', 'Messrs', 'Mme', 'Mlle', 'St', 'Ste', 'Mt', 'Ft', 'Brig', 'Lieut', 'Gov-Gen',
])

/** Month abbreviations: "Feb. 23" — the period ends a sentence only when no number follows. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
])

/** Abbreviations that usually stand before a number: "No. 10", "Art. 5". */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['No', 'Nos', 'Art', 'Vol', 'Fig', 'pp', 'p', 'para', 'Sec'])

/** Other abbreviations that keep their period; they may end a sentence ("… of Acme Inc. The firm …"). */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Plc', 'LLC', 'etc', 'vs', 'v', 'approx', 'est', 'Ave', 'Blvd', 'Rd', 'Dept',
  'Univ', 'Assn', 'Gov’t', 'govt', 'cf', 'al', 'ca', 'min', 'max', 'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur',
  'Thurs', 'Fri', 'Sat', 'Sun', 'Calif', 'Ariz', 'Colo', 'Conn', 'Fla', 'Ill', 'Ind', 'Kan', 'Mass', 'Mich', 'Minn',
  'Miss', 'Nev', 'Okla', 'Ore', 'Penn', 'Tenn', 'Tex', 'Va', 'Wash', 'Wis', 'Wyo',
])

/** Capitalised words that commonly open a sentence: after "U.S." they signal the period was a sentence end. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'His',
  'Her', 'Its', 'Their', 'Our', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'If', 'When', 'While',
  'After', 'Before', 'As', 'Meanwhile', 'However', 'Still', 'Now', 'Then', 'Since', 'Although', 'Officials',
  'Some', 'Many', 'Most', 'No', 'Not', 'One', 'Two', 'What', 'Why', 'How', 'Who', 'Where', 'Asked', 'Last',
])

/** Clitics split from the word before them, as the Penn Treebank does: "Ukraine’s" → "Ukraine" + "’s". */
export const CLITICS: ReadonlySet<string> = new Set(['s', 're', 've', 'll', 'd', 'm'])

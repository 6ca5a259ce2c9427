/** Word lists for time expressions and amounts. Written by the team. */

/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
}

/** Number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  several: 3,
  few: 3,
  couple: 2,
  dozen: 12,
  dozens: 24,
}

/** Time units → TIMEX3 duration letter (T-prefixed for hours and smaller). */
export const UNITS: Readonly<Record<string, string>> = {
  year: 'Y',
  years: 'Y',
  month: 'M',
  months: 'M',
  week: 'W',
  weeks: 'W',
  day: 'D',
  days: 'D',
  hour: 'TH',
  hours: 'TH',
  minute: 'TM',
  minutes: 'TM',
  second: 'TS',
  seconds: 'TS',
  decade: 'DE',
  decades: 'DE',
  century: 'CE',
  centuries: 'CE',
  quarter: 'Q',
  quarters: 'Q',
}

/** Words that put a weekday or a bare month in the future: "will visit on Monday", "next Friday". */
export const FUTURE_MARKERS =
  /\b(?:will|'ll|’ll|shall|would be|set to|plans?|planned to|planning|expected to|scheduled|due to|is to|are to|going to|next(?! to\b)|upcoming|coming|as (?:soon|early) as|(?:postponed|delayed|extended|deferred|adjourned|put off|has|have|given\b.*) until)\b/i

/**
 * Present tenses that schedule: "the vote is on Tuesday", "voters go to the polls Tuesday", "the summit opens
 * Monday". Verbs of saying are left out: "Iraq says Tuesday" is a broadcast's past.
 */
export const AHEAD_PRESENT = new RegExp(
  '\\b(?:(?:is|are) (?:on |set for |scheduled for |due )?(?=(?:this |next )?[A-Z][a-z]+day\\b)|(?:' +
    'go|goes|vote|votes|meet|meets|open|opens|begin|begins|start|starts|resume|resumes|expire|expires|' +
    "take place|takes place|face|faces|head|heads|arrive|arrives|host|hosts|kick off|kicks off)\\b(?![-’']))",
  'i',
)

/** Words that make a weekday before them part of a name: "Monday Night Football", "The Sunday Times". */
export const NAME_AFTER_WEEKDAY: ReadonlySet<string> = new Set(
  (
    'Night Morning Evening Afternoon Times Telegraph Express Mirror Post Herald Mail Star People Sport Football ' +
    'Show Live Club Service School Massacre Agreement Accord Island'
  ).split(' '),
)

/** Adjectives that make a weekday after them the name of a day of some past year: "Black Monday", "Bloody Sunday". */
export const NAME_BEFORE_WEEKDAY: ReadonlySet<string> = new Set(['Black', 'Bloody', 'Blue', 'Manic'])

/** Words of writing or speech that introduce a quotation dated by the text: "in an email sent on March 3, 2008". */
export const SPEECH_WORDS = new RegExp(
  '\\b(?:e-?mails?|letters?|memos?|messages?|notes?|speech|statement|testimony|diary|posts?|tweets?|' +
    'wrote|writes|said|says|told|declared|announced|posted|testified|tweeted|read)\\b',
  'i',
)

/** Fuzzy references: TIMEX3 PAST_REF, PRESENT_REF, FUTURE_REF. */
export const REFERENCES: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  recently: 'PAST_REF',
  lately: 'PAST_REF',
  'in the past': 'PAST_REF',
  soon: 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  future: 'FUTURE_REF',
  'in the coming weeks': 'FUTURE_REF',
  'in the coming days': 'FUTURE_REF',
}

/** Currency symbols and words → ISO 4217. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  us: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₴': 'UAH',
  '₽': 'RUB',
  '₹': 'INR',
  c$: 'CAD',
  a$: 'AUD',
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  rupee: 'INR',
  rupees: 'INR',
  franc: 'CHF',
  francs: 'CHF',
}

/** Scale words and suffixes → multiplier: "billion", "bn", "m". */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  tr: 1e12,
}

/** Words before a number that make it approximate or bounded: "about 40", "more than 3,000". */
export const APPROXIMATORS =
  /^(?:about|around|roughly|approximately|nearly|almost|some|more than|over|at least|less than|fewer than|under|up to|a record|as many as|as much as|just over|just under)$/i

/**
 * Verbs of planning and expecting: an infinitive under them looks ahead ("agreed to buy the line in February",
 * "plans to visit Monday", "expects to close the sale in January").
 */
export const PLAN_VERBS =
  /^(?:plan|expect|agree|intend|aim|hope|want|schedule|decide|vow|pledge|promise|prepare|propose|seek|sought|threaten|mean|arrange)(?:s|d|ed|ing|ned|ning)?$/i
/** Nouns of planning: an infinitive under them looks ahead ("an agreement to acquire the bank in January"). */
export const PLAN_NOUNS =
  /^(?:plans?|agreements?|deals?|proposals?|bids?|offers?|pledges?|promises?|intentions?|decisions?|efforts?|attempts?|moves?)$/i

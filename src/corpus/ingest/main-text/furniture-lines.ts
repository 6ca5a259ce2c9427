/**
 * Whole lines of page furniture that survive Readability, by kind. Each kind was read on the first half of the
 * article-extraction benchmark (the second half is left untouched); the comments quote the shape, not the pages.
 */
export type FurnitureKind = 'stamp' | 'byline' | 'caption' | 'advert' | 'prompt' | 'comments' | 'copyright' | 'related'

/** A line no longer than this many words may be a furniture line of the short kinds. */
const SHORT_WORDS = 12
/** An author's note or a sign-up prompt runs longer, but not as long as a story's paragraph. */
const NOTE_WORDS = 60

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
/** "November 20, 2019", "11/18/19", "2019-11-20". */
const DATE = `(?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`

/** Update stamps, with or without a separator before them: "| UPDATED: 11:05, Tue, Nov 19, 2019". */
const STAMP = /^[|•·\s]*(?:updated|posted|published|last updated|first published)\b.{0,60}\d/i
/** A line that is a date and perhaps a clock time and a source: "November 20, 2019 / 1:07 AM / CBS News". */
const DATE_LINE = new RegExp(`^${DATE}(?:\\s*[/|,·•-]\\s*[\\w:. ]{1,30}){0,3}$`, 'i')
/** Picture credits closing a caption: "… in Hialeah, Fla. (AP Photo/…)", "… (Image: GETTY )". */
const CAPTION_CREDIT = /\((?:[^()]*\bphoto\b[^()]*|(?:image|picture|photo|foto)s?:[^()]*)\)\s*$/i
/** Whole-line credits and slideshow chrome: "Image copyright Getty Images", "Image 1 of 23", "Caption". */
const CAPTION_LINE =
  /^(?:(?:image|photo|picture) (?:copyright|credit)\b|(?:image|photo|slide) \d+ of\b|(?:caption|close|expand|enlarge)$)/i
/** A credit line of any length: "Photo: …", "Credit: …". */
const CAPTION_PREFIX = /^(?:(?:photo|image|picture)s?:|credit:)/i
/** A caption's credit set off by bars: "Natalie Naccache | Bloomberg | Getty Images". */
const CREDIT_BARS = /^[^|]{2,40}(?:\|[^|]{2,40}){1,3}\|\s*(?:getty images|ap|reuters|afp|epa|shutterstock|bloomberg)$/i
/** Advertising chrome that reads as one short line. */
const ADVERT =
  /^(?:advert|advertisement|anzeige|publicidad|publicité|pubblicità|iklan|sponsored|continue reading below|(?:story|article) continues below|don['’]t miss|more:|read more:?|this slideshow requires javascript\.?|loading content\s*\.*|sign in|subscribe)$/i
/** Sign-up prompts, cookie notices and the author's note: "Get the latest updates right in your inbox". */
const PROMPT =
  /^(?:this (?:website|site) uses cookies|have a (?:news )?tip\?|get the latest\b.*\binbox|(?:sign up|subscribe)\b.*\bnewsletters?\b|get access to\b.*\bsubscri|listen to\b.*\blive at\b|this (?:post|article|page) (?:may )?contains? affiliate)|\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)\b/i
/** Comment-section headings: "Tell us what YOU think...", "12 comments", "Leave a reply". */
const COMMENTS =
  /^(?:(?:\d+\s+)?comments?|tell us what you think\b.*|leave a (?:comment|reply)|join the (?:conversation|discussion)|add your comment)$/i
const COPYRIGHT = /^©|^copyright\b|\bcontents of this site are ©|\ball rights reserved\b/i
/** Related links and their labels: "You may also like", "Read more". */
const RELATED = /^(?:you may also like|read more|related|share this|sign up)\b/i
/** Filing labels: "Filed under: Politics |", "Tags: rivers, bridges". */
const FILED = /^(?:filed under|tags|tagged|categories|posted in):/i
/** Reading-time stamps: "4 min read", "Reading time: 1 minute" (and the Portuguese "Tempo de leitura"). */
const READING_TIME = /^(?:\d+\s*min(?:ute)?s?\s*read|(?:reading time|tempo de leitura|lesezeit):?\s*\d)/i
/** A short closing source line: "SOURCE: News agencies". */
const SOURCE_LINE = /^source:\s/i

/** Where a byline's names end: a separator, a digit, or a date in words. */
const BYLINE_NAMES_END = new RegExp(`\\s*[-–—|/]|\\d|${MONTH} \\d`)
const BYLINE_REST = new RegExp(`^[-–—|/\\s]*(?:\\d|${MONTH} \\d)`)

/** Whether a line is a byline: "By" and capitalised names, maybe a date after ("By Jane Roe - 11/18/19 11:04 PM"). */
function isByline(line: string): boolean {
  const body = /^by\s+(.+)$/i.exec(line)?.[1]
  if (!body) return false
  const cut = body.search(BYLINE_NAMES_END)
  const names = (cut < 0 ? body : body.slice(0, cut)).split(/[\s,]+/).filter(Boolean)
  if (names.length === 0 || names.length > 10) return false
  if (!names.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|&)$/i.test(w))) return false
  return cut < 0 || BYLINE_REST.test(body.slice(cut))
}

/** The kind of furniture a line of extracted text is, or undefined when it may be the story's. */
export function furnitureKind(line: string): FurnitureKind | undefined {
  const words = line.split(/\s+/).length
  if (STAMP.test(line) && words <= 20) return 'stamp'
  if (words <= SHORT_WORDS && DATE_LINE.test(line)) return 'stamp'
  if (words <= SHORT_WORDS && READING_TIME.test(line)) return 'stamp'
  if (words <= SHORT_WORDS + 8 && isByline(line)) return 'byline'
  if (
    CAPTION_PREFIX.test(line) ||
    CAPTION_CREDIT.test(line) ||
    (words <= SHORT_WORDS && (CAPTION_LINE.test(line) || CREDIT_BARS.test(line)))
  )
    return 'caption'
  if (ADVERT.test(line)) return 'advert'
  if (words <= NOTE_WORDS && PROMPT.test(line)) return 'prompt'
  if (COMMENTS.test(line)) return 'comments'
  if (words <= 30 && COPYRIGHT.test(line)) return 'copyright'
  if (words <= SHORT_WORDS * 2 && FILED.test(line)) return 'related'
  if (RELATED.test(line) || (words <= SHORT_WORDS && SOURCE_LINE.test(line))) return 'related'
  return undefined
}

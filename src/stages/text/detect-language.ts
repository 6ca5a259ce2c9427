import { isLetter } from './char-class.js'

/**
 * A small language identifier: the writing system first, then, for Latin script, counts of each language's
 * commonest function words. Enough to tell a user that an article is not English (our models are trained on
 * English news); "und" when there is too little text to say.
 */

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'was',
    'with',
    'said',
    'on',
    'he',
    'it',
    'as',
    'by',
    'his',
    'are',
    'have',
    'from',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'une',
    'un',
    'du',
    'dans',
    'que',
    'pour',
    'qui',
    'pas',
    'sur',
    'au',
    'avec',
    'sont',
    'ont',
    'été',
  ],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'ein',
    'eine',
    'mit',
    'sich',
    'den',
    'auf',
    'für',
    'von',
    'dem',
    'auch',
    'wird',
    'sie',
    'hat',
    'zu',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'que',
    'y',
    'en',
    'por',
    'una',
    'con',
    'para',
    'es',
    'se',
    'su',
    'al',
    'lo',
    'como',
    'más',
    'pero',
    'fue',
  ],
  it: [
    'il',
    'di',
    'che',
    'è',
    'della',
    'per',
    'una',
    'sono',
    'gli',
    'nel',
    'del',
    'con',
    'non',
    'alla',
    'anche',
    'ha',
    'le',
    'si',
    'da',
    'lo',
  ],
  pt: [
    'o',
    'os',
    'da',
    'do',
    'que',
    'não',
    'em',
    'uma',
    'para',
    'com',
    'por',
    'mais',
    'dos',
    'das',
    'foi',
    'se',
    'ao',
    'como',
    'é',
    'seu',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'niet',
    'dat',
    'op',
    'zijn',
    'met',
    'voor',
    'ook',
    'aan',
    'er',
    'maar',
    'om',
    'bij',
    'werd',
    'heeft',
  ],
}

// Code-unit ranges of scripts that identify a language (or a family we report by its largest member).
const SCRIPTS: [number, number, string][] = [
  [0x0400, 0x04ff, 'ru'],
  [0x0370, 0x03ff, 'el'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'],
  [0x0900, 0x097f, 'hi'],
  [0x0e00, 0x0e7f, 'th'],
  [0x3040, 0x30ff, 'ja'],
  [0x4e00, 0x9fff, 'zh'],
  [0xac00, 0xd7af, 'ko'],
]

/** Each function word with the languages that use it. */
const LANGUAGES_OF = new Map<string, string[]>()
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), lang])
}
const SAMPLE = 1_500
const LATIN_WORD = /[a-z\u00e0-\u00ff]+/g

/** ISO 639-1 code of the text's language, or "und" when unknown. Reads at most the first 1,500 characters. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  const byScript = new Map<string, number>()
  let letters = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++
      continue
    }
    const script = SCRIPTS.find(([from, to]) => c >= from && c <= to)
    if (script) byScript.set(script[2], (byScript.get(script[2]) ?? 0) + 1)
    if (script || isLetter(c)) letters++
  }
  if (letters < 20) return 'und'
  // Japanese mixes kana with Han characters: any share of kana means Japanese.
  if ((byScript.get('ja') ?? 0) / letters > 0.05) return 'ja'
  for (const [lang, count] of byScript) {
    if (count / letters > 0.3) return lang === 'ru' && /[іїєґ]/u.test(sample) ? 'uk' : lang
  }
  const words = sample.toLowerCase().match(LATIN_WORD) ?? []
  const counts = new Map<string, number>()
  for (const word of words)
    for (const lang of LANGUAGES_OF.get(word) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  let best = 'und'
  let bestCount = 0
  for (const [lang, count] of counts) if (count > bestCount) [best, bestCount] = [lang, count]
  // Names carry foreign function words into English copy ("von der Leyen", "de Gaulle"): another language must
  // clearly beat English.
  const english = counts.get('en') ?? 0
  if (best !== 'en' && english >= bestCount * 0.6) [best, bestCount] = ['en', english]
  return bestCount >= Math.max(2, words.length * 0.05) ? best : 'und'
}

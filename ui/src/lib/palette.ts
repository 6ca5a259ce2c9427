// Colours that stay apart for colour-blind readers (Okabe and Ito's eight), always paired with a second cue: a
// letter or a shape, so that no meaning rests on hue alone.

/** Okabe–Ito: black, orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple. */
export const OKABE_ITO = ['#000000', '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7']

/** The sixteen PLOVER event types, in their order from cooperation to conflict. */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]

/** Fill patterns: with eight colours, types 9–16 take the same hue as 1–8 but striped. */
export const PATTERNS = ['solid', 'stripes'] as const

/** How a series is drawn: a colour, whether it is striped, and a one-letter label. */
export interface SeriesStyle {
  colour: string
  striped: boolean
  letter: string
}

/** The style of the k-th series: colour and stripes differ across the first sixteen. */
export function seriesStyle(k: number, name: string): SeriesStyle {
  return { colour: OKABE_ITO[k % 8], striped: Math.floor(k / 8) % 2 === 1, letter: name.slice(0, 2) }
}

/** Background tints for quotes by speaker: light enough for dark text at 4.5:1. */
export const QUOTE_TINTS = ['#dbeafe', '#fde7c8', '#d5f2dc', '#f7dcf2', '#fdf3c4', '#d4f0f5', '#e6dcff', '#fbd9d9']

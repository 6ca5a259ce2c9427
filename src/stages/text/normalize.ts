/**
 * Text normalisation, run once before any layer is made: every offset in the output refers to the text it returns.
 *
 * - Unicode NFC; lone surrogates become U+FFFD.
 * - CRLF, CR, U+2028 become "\n"; U+2029 (paragraph separator) becomes a blank line.
 * - Zero-width spaces, word joiners, byte-order marks and soft hyphens are removed; so are control characters
 *   (tabs become spaces). ZWJ/ZWNJ stay: they change meaning in Persian, Indic scripts and emoji.
 * - Non-breaking and other Unicode spaces become " "; runs of spaces collapse to one; lines are trimmed;
 *   more than one blank line collapses to one; leading and trailing blank lines are dropped.
 * - Hyphen look-alikes (U+2010, U+2011, U+2012, U+2043, U+FE63, U+FF0D) become "-", the horizontal bar U+2015
 *   becomes "—". En and em dashes stay as written.
 * - Quotation marks and apostrophes, straight or curly, are kept exactly as written.
 *
 * @example normalize('Kyiv\u00a0\u00a0said\r\n') // 'Kyiv said'
 */
export function normalize(raw: string): string {
  let text = raw.normalize('NFC')
  if (!text.isWellFormed()) text = text.toWellFormed()
  return text
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u0085]/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g, '')
    .replace(/[\u2010\u2011\u2012\u2043\uFE63\uFF0D]/g, '-')
    .replace(/[\u2015]/g, '—')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^[\n ]+|[\n ]+$/g, '')
}

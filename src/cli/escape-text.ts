/**
 * Text from outside (a file name, a feed item's title, an error about either) made safe to print on one line:
 * control characters, escape codes, line and paragraph separators and bidirectional overrides are written as
 * escapes (`\n`, `\x1b`, `\u202e`), so a file named "a\nfailed  b" cannot forge a line of the summary and
 * "\x1b[2J" cannot clear the screen. Other text, accents and emoji included, is unchanged.
 * @example
 * escapeText('evil\nname\u001b[31m.txt') // 'evil\\nname\\x1b[31m.txt'
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)))
}

// C0 controls, DEL, C1 controls, the line and paragraph separators, bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

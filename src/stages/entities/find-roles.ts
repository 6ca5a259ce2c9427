import { tokenTexts } from '../../doc/vocab.js'
import type { Entity, Token } from '../../doc/types.js'
import { GENDERED_TITLES, ROLE_MODIFIERS, ROLE_SECTORS } from './lexicon.js'

/** Every word that may appear inside a title: role nouns' words and modifiers ("chief", "of", "staff", "foreign"). */
const TITLE_WORDS = new Set([...Object.keys(ROLE_SECTORS).flatMap((k) => k.split(' ')), ...ROLE_MODIFIERS])
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my'])

/** The view of the article that role finding needs. */
export interface RoleContext {
  text: string
  tokens: readonly Token[]
  /** Token index → the entity whose name mention covers that token. */
  entityAt: (tokenIndex: number) => Entity | undefined
  /** The most recent person mentioned before a character offset (for "His chief of staff, …"). */
  personBefore: (offset: number) => Entity | undefined
  /** Starts of the title mentions recorded so far, so that a title is recorded once. */
  titles: Set<number>
}

/** The role noun a title phrase ends with ("Economic Minister" → "minister"), or undefined. */
export function roleNounOf(title: string): string | undefined {
  // Asked of nearly every word by several stages, of the same few thousand words and phrases: remembered.
  let noun = roleNouns.get(title)
  if (noun === undefined) {
    noun = findRoleNoun(title) ?? ''
    if (roleNouns.size >= 50_000) roleNouns.clear()
    roleNouns.set(title, noun)
  }
  return noun || undefined
}

const roleNouns = new Map<string, string>()

function findRoleNoun(title: string): string | undefined {
  const words = title.toLowerCase().split(/\s+/)
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ')
    if (ROLE_SECTORS[tail] && !ROLE_MODIFIERS.has(tail)) return tail
  }
  return undefined
}

/**
 * Reads the titles around each person's names and records them as roles (and `title` mentions):
 * - before the name: "Ukrainian President Volodymyr Zelensky", "Kremlin spokesperson Dmitry Peskov",
 *   "Russia's President Putin" — the name, demonym or possessive before the title is what the role is `of`;
 * - appositives: "His chief of staff, Andrii Yermak," and "Elena Marchetti, the United Nations special envoy".
 * Gendered titles ("Mr.", "spokeswoman") set the person's gender.
 */
export function findRoles(ctx: RoleContext, person: Entity, nameStart: number, nameEnd: number): void {
  const { tokens } = ctx
  const texts = tokenTexts(ctx.text, tokens)
  const word = (i: number) => texts[i] ?? ''
  // Before the name.
  let j = nameStart - 1
  while (j >= 0 && TITLE_WORDS.has(word(j).toLowerCase()) && !ctx.entityAt(j)) j--
  noteGender(person, word(nameStart - 1))
  if (j < nameStart - 1) {
    const title = ctx.text.slice(tokens[j + 1].start, tokens[nameStart - 1].end)
    if (roleNounOf(title)) {
      // "former Brazilian president Jair Bolsonaro": "former" before the owner still makes the title a past one.
      const owner = ownerAt(ctx, j)
      const past = owner && /^(?:former|ex|retired)$/i.test(word(j - 1)) ? `${word(j - 1).toLowerCase()} ` : ''
      addRole(ctx, person, past + title, owner, { start: tokens[j + 1].start, end: tokens[nameStart - 1].end })
      noteGender(person, title)
    }
  }
  // "His chief of staff, Andrii Yermak,": a title, a comma, then the name.
  if (word(nameStart - 1) === ',') {
    let k = nameStart - 2
    while (k >= 0 && TITLE_WORDS.has(word(k).toLowerCase()) && !ctx.entityAt(k)) k--
    const title = k < nameStart - 2 ? ctx.text.slice(tokens[k + 1].start, tokens[nameStart - 2].end) : ''
    if (title && roleNounOf(title) && (k < 0 || DETERMINERS.has(word(k).toLowerCase()) || word(k) === '.')) {
      const det = word(k).toLowerCase()
      const owner = det === 'his' || det === 'her' ? ctx.personBefore(tokens[k].start)?.name : undefined
      addRole(ctx, person, title, owner, { start: tokens[k + 1].start, end: tokens[nameStart - 2].end })
    }
  }
  // "Elena Marchetti, the United Nations special envoy …", "Janet Moss, a teacher who …".
  if (word(nameEnd) === ',') {
    let k = nameEnd + 1
    if (DETERMINERS.has(word(k).toLowerCase())) k++
    let owner: string | undefined
    const ownerEntity = ctx.entityAt(k)
    if (ownerEntity && ownerEntity !== person) {
      owner = ownerEntity.name
      while (ctx.entityAt(k) === ownerEntity) k++
      if (word(k) === '’s' || word(k) === "'s") k++
    }
    const first = k
    while (k < tokens.length && TITLE_WORDS.has(word(k).toLowerCase()) && !ctx.entityAt(k)) k++
    if (k > first) {
      // "… special envoy of the United Nations" gives the owner after the title.
      let title = ctx.text.slice(tokens[first].start, tokens[k - 1].end)
      const of = title.match(/^(.*?)\s+of$/)
      if (of) title = of[1]
      const after = of ? (ctx.entityAt(k) ?? ctx.entityAt(k + 1)) : undefined
      if (roleNounOf(title)) {
        addRole(ctx, person, title, owner ?? after?.name, {
          start: tokens[first].start,
          end: tokens[first].start + title.length,
        })
        noteGender(person, title)
      }
    }
  }
}

/** The entity a title belongs to, from the token before it: a name ("Kremlin"), a demonym, or "X's". */
function ownerAt(ctx: RoleContext, j: number): string | undefined {
  if (j < 0) return undefined
  const w = ctx.text.slice(ctx.tokens[j].start, ctx.tokens[j].end)
  const entity = w === '’s' || w === "'s" ? ctx.entityAt(j - 1) : ctx.entityAt(j)
  return entity?.name
}

function addRole(
  ctx: RoleContext,
  person: Entity,
  title: string,
  of: string | undefined,
  span: { start: number; end: number },
): void {
  const clean = title.replace(/^(?:the|a|an)\s+/i, '')
  if (!person.roles.some((r) => r.title.toLowerCase() === clean.toLowerCase() && r.of === of))
    person.roles.push({ title: clean, ...(of && { of }) })
  if (!ctx.titles.has(span.start)) {
    ctx.titles.add(span.start)
    person.mentions.push({ ...span, kind: 'title' })
  }
}

function noteGender(person: Entity, title: string): void {
  for (const w of title.toLowerCase().split(/\s+/)) {
    const gender = GENDERED_TITLES[w]
    if (gender && !person.gender) person.gender = gender
  }
}

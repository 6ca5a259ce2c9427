import type { KnowledgeBase } from '../../actors/knowledge-base.js'
import type { Entity } from '../../doc/types.js'

/**
 * Codes the entities the actor knowledge base knows: its id, the country and sectors on the article's date, the
 * roles held then and the person's gender. `known` are entities the user's actor book already coded; they keep
 * that coding and take only the id and gender. A name shared by actors of several countries is chosen by the
 * countries the article (or the caller, `contextCountries`) names; a single word is looked up only when it is the
 * entity's whole name, so "Clinton" alone never picks one of the Clintons from the base.
 */
export function applyKnowledge(
  entities: Entity[],
  kb: KnowledgeBase,
  date: string | undefined,
  known: ReadonlySet<Entity>,
  contextCountries: readonly string[] = [],
): void {
  const context = [
    ...contextCountries,
    ...entities.filter((e) => e.label === 'GPE' || e.label === 'NORP').flatMap((e) => (e.country ? [e.country] : [])),
  ]
  for (const entity of entities) {
    if (entity.label === 'EVENT' || entity.label === 'MISC' || entity.label === 'LOC') continue
    const names = [entity.name, ...entity.aliases.filter((a) => entity.label !== 'PERSON' || /\s/.test(a))]
    let actor = undefined as ReturnType<KnowledgeBase['find']>
    for (const name of names) {
      actor = kb.find(name, entity.label, date, context)
      if (actor) break
    }
    if (!actor) continue
    // A place keeps the country its name gives; the base only fills what the gazetteer lacks ("Abkhazia").
    if (entity.label === 'GPE' && entity.country && actor.type !== 'GPE') continue
    // A place found by a country's variant ("Florida" under the United States) takes the country, not its id.
    if (actor.type !== 'GPE') entity.actorId = actor.id
    if (actor.gender && entity.label === 'PERSON') entity.gender ??= actor.gender
    if (known.has(entity)) continue
    const coding = kb.codeOn(actor, date)
    // A title the article gives the person ("Senator Marco Rubio", "Minister Jobet") says what they were when
    // it was written: it keeps the sector it gave; the base adds the country, the id and the roles.
    const titled = entity.label === 'PERSON' && entity.sector && entity.roles.length > 0 ? entity.sector : undefined
    if (coding.country) entity.country = coding.country
    entity.rule = coding.rule
    if (titled && titled !== coding.sectors[0]) {
      entity.sectors = [titled, ...coding.sectors.filter((s) => s !== titled && s !== 'ELI')]
      entity.rule = `entities/title+${coding.rule}`
    } else if (coding.sectors.length) {
      entity.sector = coding.sectors[0]
      entity.sectors = coding.sectors
    }
    for (const role of coding.roles) {
      if (role.title && !entity.roles.some((r) => r.title.toLowerCase() === role.title?.toLowerCase()))
        entity.roles.push({ title: role.title, ...(role.of && { of: role.of }) })
    }
  }
}

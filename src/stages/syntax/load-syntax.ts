import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../../errors.js'
import { RowTable } from '../../model/linear-chain.js'
import { QuantizedRows } from '../../model/quantized-rows.js'
import { decodeBundle, encodeBundle, type Typed } from '../../model/model-file.js'
import { sharedTable } from '../../model/shared-tables.js'
import { AmbiguityLexicon } from './ambiguity-lexicon.js'
import { ACTIONS } from './arc-eager.js'
import { DependencyParser } from './dependency-parser.js'
import { LABEL_BUCKETS, PARSER_BUCKETS, PARSER_FEATURES_VERSION } from './parser-features.js'
import { PosTagger } from './pos-tagger.js'
import { SyntaxModel } from './syntax-model.js'
import { TAGGER_BUCKETS, TAGGER_FEATURES_VERSION } from './tagger-features.js'

/** Where the shipped tagger and parser live (one file). */
export const SYNTAX_MODEL_PATH = fileURLToPath(new URL('../../../models/syntax.bin', import.meta.url))
let shared: SyntaxModel | undefined

/** The file layout this code reads and writes: bumped when it changes (1: gzipped 16-bit rows, 2: byte rows). */
export const SYNTAX_FILE_LAYOUT = 2

/**
 * Writes the tagger and the parser as one model file, not gzipped, so that loading reads typed arrays straight
 * from the file's bytes: each table's index, byte codes and code values (see `QuantizedRows`), and the
 * ambiguity lexicon.
 */
export function saveSyntaxModel(path: string, model: SyntaxModel, info: Record<string, unknown>): void {
  const { tagger, parser } = model
  const tables = { tagger: tagger.weights, actions: parser.actions, labeller: parser.labeller }
  const arrays: Record<string, Typed> = {
    'lexicon.forms': tagger.lexicon.forms(),
    'lexicon.classes': tagger.lexicon.classes,
    'lexicon.tagSets': tagger.lexicon.tagSets,
  }
  for (const [name, rows] of Object.entries(tables)) {
    arrays[`${name}.index`] = rows.index
    arrays[`${name}.codes`] = rows.codes
    arrays[`${name}.levels`] = rows.levels
  }
  const header = {
    kind: 'syntax',
    labels: [...parser.deprels],
    buckets: PARSER_BUCKETS,
    info: {
      ...info,
      layout: SYNTAX_FILE_LAYOUT,
      taggerFeatures: TAGGER_FEATURES_VERSION,
      parserFeatures: PARSER_FEATURES_VERSION,
      upos: tagger.uposTags,
      xpos: tagger.xposTags,
    },
  }
  writeFileSync(path, encodeBundle({ header, arrays }, { gzip: false }))
}

/**
 * Reads a model written by `saveSyntaxModel`: views on the file's bytes (shared between the threads of a pool),
 * and the lexicon's small lookup table. @throws ConfigError for a missing file, another layout or other features.
 */
export function loadSyntaxModel(path: string): SyntaxModel {
  if (!existsSync(path)) throw new ConfigError(`the syntax model ${path} is missing: run \`npm run train:syntax\``)
  const { header, arrays } = decodeBundle(readFileSync(path), path)
  const { info } = header
  if (
    header.kind !== 'syntax' ||
    info.layout !== SYNTAX_FILE_LAYOUT ||
    info.taggerFeatures !== TAGGER_FEATURES_VERSION ||
    info.parserFeatures !== PARSER_FEATURES_VERSION
  ) {
    throw new ConfigError(
      `${path} was written for another layout or other syntax features than this code reads: run \`npm run train:syntax\``,
    )
  }
  const upos = info.upos as string[]
  const xpos = info.xpos as string[]
  const table = (name: string, labels: number) => {
    const index = arrays[`${name}.index`]
    const codes = arrays[`${name}.codes`]
    const levels = arrays[`${name}.levels`]
    if (!(index instanceof Uint32Array && codes instanceof Uint8Array && levels instanceof Float64Array))
      throw new ConfigError(`${path} has no ${name} table: run \`npm run train:syntax\``)
    if (codes.length % labels !== 0 || levels.length !== 256)
      throw new ConfigError(`${path}: the ${name} table does not have ${labels} columns`)
    return new QuantizedRows(labels, index, codes, levels)
  }
  const lexiconSlots = sharedTable(
    `${path}#lexicon.slots`,
    () => RowTable.of(arrays['lexicon.forms'] as Int32Array).slots,
  )
  const tagSets = arrays['lexicon.tagSets']
  const classes = arrays['lexicon.classes']
  if (!(classes instanceof Int32Array && tagSets instanceof Int32Array && tagSets.length === classes.length * 2))
    throw new ConfigError(`${path} has no lexicon of tag sets: run \`npm run train:syntax\``)
  const lexicon = new AmbiguityLexicon(new RowTable(lexiconSlots), classes, tagSets)
  const tagger = new PosTagger(table('tagger', upos.length + xpos.length), upos, xpos, lexicon, TAGGER_BUCKETS - 1)
  const parser = new DependencyParser(
    table('actions', ACTIONS),
    table('labeller', header.labels.length),
    header.labels,
    PARSER_BUCKETS - 1,
    LABEL_BUCKETS - 1,
  )
  return new SyntaxModel(tagger, parser)
}

/** The syntax model shipped in `models/`, loaded on first use. */
export function defaultSyntaxModel(): SyntaxModel {
  shared ??= loadSyntaxModel(SYNTAX_MODEL_PATH)
  return shared
}

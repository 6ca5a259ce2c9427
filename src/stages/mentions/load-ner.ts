import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../../errors.js'
import { JointScorer } from '../../model/joint-scorer.js'
import { decodeBundle, encodeBundle, readScores, scoreArrays } from '../../model/model-file.js'
import { LABELS } from './bio.js'
import { defaultGazetteer, type Gazetteer } from './gazetteer.js'
import { NER_FEATURES_VERSION } from './ner-features.js'
import { NER_BUCKETS, NerTagger } from './ner-tagger.js'

/** Where the shipped NER model lives. */
export const NER_MODEL_PATH = fileURLToPath(new URL('../../../models/ner.bin', import.meta.url))
let shared: NerTagger | undefined

/**
 * Writes a tagger as one model file: the joint scorer's packed records and bitset, and both passes' decoding
 * scores. Loading it is a gunzip and a few typed-array views: no per-weight work at start-up.
 */
export function saveNerTagger(path: string, tagger: NerTagger, info: Record<string, unknown>): void {
  const { joint } = tagger
  writeFileSync(
    path,
    encodeBundle({
      header: {
        kind: 'ner',
        labels: [...LABELS],
        buckets: NER_BUCKETS,
        info: { ...info, features: NER_FEATURES_VERSION, scaleA: joint.scaleA, scaleB: joint.scaleB },
      },
      arrays: {
        records: joint.records,
        present: new Int32Array(joint.present.buffer, joint.present.byteOffset, joint.present.length),
        ...scoreArrays('first.', tagger.firstScores),
        ...scoreArrays('second.', tagger.secondScores),
      },
    }),
  )
}

/** Reads a tagger written by `saveNerTagger`. @throws ConfigError for a missing file or another feature version. */
export function loadNerTagger(path: string, gazetteer: Gazetteer = defaultGazetteer()): NerTagger {
  if (!existsSync(path)) throw new ConfigError(`the NER model ${path} is missing: run \`npm run train:ner\``)
  const { header, arrays } = decodeBundle(readFileSync(path), path)
  if (header.kind !== 'ner' || header.info.features !== NER_FEATURES_VERSION || !arrays.records) {
    throw new ConfigError(
      `${path} was trained with NER features v${header.info.features}, this code computes v${NER_FEATURES_VERSION}: run \`npm run train:ner\``,
    )
  }
  const joint = new JointScorer(
    header.labels.length,
    arrays.records as Int8Array,
    asUint32(arrays.present as Int32Array),
    header.info.scaleA as number,
    header.info.scaleB as number,
  )
  return new NerTagger(joint, readScores('first.', arrays), readScores('second.', arrays), gazetteer)
}

/** The same bits as unsigned words (model files hold signed ones). */
function asUint32(words: Int32Array): Uint32Array {
  return new Uint32Array(words.buffer, words.byteOffset, words.length)
}

/** The NER tagger shipped in `models/` (ner.bin and gazetteers.json), loaded on first use. */
export function defaultNerTagger(): NerTagger {
  shared ??= loadNerTagger(NER_MODEL_PATH)
  return shared
}

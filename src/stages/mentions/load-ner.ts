import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../../errors.js'
import { loadModel } from '../../model/model-file.js'
import { defaultGazetteer } from './gazetteer.js'
import { NER_FEATURES_VERSION } from './ner-features.js'
import { NerTagger } from './ner-tagger.js'

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url))
let shared: NerTagger | undefined

/**
 * The NER tagger shipped in `models/` (ner-first.bin, ner-second.bin, gazetteers.json), loaded on first use.
 * @throws ConfigError when a model file is missing or was trained with another feature version.
 */
export function defaultNerTagger(): NerTagger {
  if (shared) return shared
  const load = (name: string) => {
    const path = MODELS + name
    if (!existsSync(path)) throw new ConfigError(`the NER model ${path} is missing: run \`npm run train:ner\``)
    const model = loadModel(path)
    if (model.header.info.features !== NER_FEATURES_VERSION) {
      throw new ConfigError(`${path} was trained with NER features v${model.header.info.features}, this code computes v${NER_FEATURES_VERSION}: run \`npm run train:ner\``)
    }
    return model.chain
  }
  shared = new NerTagger(load('ner-first.bin'), existsSync(MODELS + 'ner-second.bin') ? load('ner-second.bin') : undefined, defaultGazetteer())
  return shared
}

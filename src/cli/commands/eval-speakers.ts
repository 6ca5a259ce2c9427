import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { evalSpeakers, readSpeakerGold } from '../../eval/eval-speakers.js'
import { readPolnear } from '../../eval/polnear.js'
import { AppError } from '../../errors.js'

/** The help lines of `newsgraph eval speakers`. */
export const speakersHelp = `  speakers --polnear DIR --speakers FILE
                         who said what, by name: our quotes paired with PolNeAR's relations by content, each
                         relation's real-world speaker from FILE (../shared/data/polnear-speakers/dev.jsonl);
                         precision over our quotes with an entity speaker, recall over the named relations;
                         --half first|second scores one half of the articles (in file-name order)`

/** `newsgraph eval speakers`. */
export function evalSpeakersCommand(
  values: { polnear?: string; speakers?: string; half?: string; json?: boolean },
  out: (text: string) => void,
): void {
  const dir = values.polnear
  if (!dir || !values.speakers) throw new AppError('usage', 'expected --polnear DIR --speakers FILE')
  if (!existsSync(join(dir, 'attributions')) || !existsSync(join(dir, 'text')))
    throw new AppError('not_found', `cannot read "${dir}": expected text/ and attributions/ in it`)
  if (!existsSync(values.speakers))
    throw new AppError(
      'not_found',
      `cannot read "${values.speakers}": no such file (see ../shared/data/polnear-speakers)`,
    )
  if (values.half && values.half !== 'first' && values.half !== 'second')
    throw new AppError('usage', `expected --half first or --half second, instead found "${values.half}"`)
  let articles = readPolnear(dir)
  const middle = Math.ceil(articles.length / 2)
  if (values.half) articles = values.half === 'first' ? articles.slice(0, middle) : articles.slice(middle)
  const score = evalSpeakers(articles, readSpeakerGold(values.speakers))
  if (values.json) {
    out(`${JSON.stringify(score)}\n`)
    return
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`
  out(
    [
      `Who said what on ${dir}${values.half ? ` (${values.half} half)` : ''}: ${score.articles} articles, ` +
        `${score.gold} relations with a named speaker, ${score.predicted} of our quotes with an entity speaker`,
      `  by name   P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}`,
      `  matched   ${score.matched} relations found by content: speaker right ${pct(score.speakerAccuracyOnMatched)}, ` +
        `${score.unresolvedOnMatched} without an entity speaker`,
      '',
    ].join('\n'),
  )
}

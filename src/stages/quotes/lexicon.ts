/**
 * Reporting verbs and phrases, with the polarity they give the statement. Written by the team. Every inflection a
 * news story uses is listed, so that lookups are exact.
 */
import type { CuePolarity } from '../../doc/types.js'

const VERBS: Record<CuePolarity, string> = {
  assert: `say says said saying tell tells told telling state states stated add adds added adding note notes noted noting
    explain explains explained explaining remark remarks remarked emphasize emphasizes emphasized emphasise emphasised
    stress stresses stressed insist insists insisted argue argues argued arguing declare declares declared declaring announce
    announces announced announcing warn warns warned warning write writes wrote writing reply replied replies respond responded
    responds acknowledge acknowledged acknowledges admit admitted admits confirm confirmed
    confirms suggest suggested suggests reiterate reiterated reiterates reveal revealed reveals urge urged urges urging
    praise praised praises praising call called calls calling label labeled labelled labels describe described describes
    describing predict predicted predicts promise promised promises vow vowed vows recall recalled recalls concede conceded
    concedes complain complained complains boast boasted joke joked tweet tweeted tweets post posted testify testified
    reported reporting observe observed point pointed tell mention mentioned mentions agree agreed
    believe believes believed think thinks thought hope hopes hoped fear fears feared expect expects expected
    estimate estimated estimates conclude concluded concludes maintain maintained maintains assert asserted asserts
    contend contended contends allege alleged alleges charge charged charges accuse accused accuses accusing criticize
    criticized criticised criticizes blame blamed blames demand demanded demands
    emphasizing stressing saying quipped quip shouted yelled whispered summarized summed predicted cautioned caution
    show shows showed shown found finds cite cites cited echo echoed echoes identified chanted chanting want wants wanted
    suggesting recommend recommended pledged pledge pledges vowing
    support supports supported supporting oppose opposes opposed opposing favor favors favored favour favours favoured
    propose proposes proposing offer offered plans planned planning know knows knew worry worries worried encourage
    encourages encouraged encouraging defend defends defended defending condemn condemns condemned condemning liken
    likens likened disclose discloses disclosed disclosing discuss discusses discussed discussing spoke speaks
    referenced referencing endorse endorses endorsed endorsing slam slams slammed slamming blast blasts blasted
    blasting lambasted decry decries decried hail hails hailed welcomed welcomes applauded applauds consider considers
    considered regard regards regarded suspect suspects suspected
    refuse refuses refused learned heard report signal signaled signalled indicate indicates indicated imply implies
    implied hint hints hinted lament laments lamented mock mocks mocked ridiculed thank thanked dubbed branded
    portrayed portrays characterized forecast forecasts anticipated anticipates wish wished prefer prefers preferred
    confessed clarified repeated recounted remembered requested advocate advocates advocated championed promote
    promotes promoted promoting touts touted brag brags bragged comment commented advise advises advised appealed
    plead pleads pleaded pleading assured reassured convinced informed demanding insisting decided judged questioning
    proposed offering promising showing detailed detailing confirming criticizing criticising view viewed backed
    realize realized realizes realise realised compare compares compared comparing admire admires admired chastise
    chastised rebuked scolded berated derided commended congratulated apologized apologised threaten threatens
    threatened underlined underscored underscores highlighted debated`,
  deny: `deny denies denied denying reject rejected rejects rejecting dismiss dismissed dismisses dismissing dispute disputed
    disputes refute refuted refutes doubt doubts doubted disagree disagrees disagreed`,
  claim: `claim claims claimed claiming allege alleged alleges`,
  question: `ask asks asked asking question questioned wonder wondered`,
}

/** Reporting verb (lower case) → polarity. */
export const CUE_VERBS: ReadonlyMap<string, CuePolarity> = new Map(
  (Object.entries(VERBS) as [CuePolarity, string][]).flatMap(([polarity, words]) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => [w, polarity] as const),
  ),
)

/** Participles that attach a second statement to the same speaker: "…, adding that …", "calling them …". */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'adding',
  'saying',
  'noting',
  'arguing',
  'claiming',
  'calling',
  'citing',
  'explaining',
  'warning',
  'insisting',
  'stressing',
  'urging',
  'accusing',
  'describing',
  'praising',
  'emphasizing',
  'announcing',
  'writing',
])

/** Words between a speaker and the cue that do not break the link: "Zelensky previously rejected", "he also said". */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'previously',
  'recently',
  'later',
  'then',
  'again',
  'repeatedly',
  'publicly',
  'reportedly',
  'has',
  'had',
  'have',
  'was',
  'is',
  'were',
  'would',
  'will',
  'did',
  'does',
  'once',
  'further',
  'often',
  'separately',
  'earlier',
  'today',
  'on',
  'yesterday',
  'not',
  'never',
  'flatly',
  'angrily',
  'firmly',
])

/** Words that open the reported clause after a cue and belong to the cue side: "said that …". */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that'])

/** Cues that introduce a direct quote but report nothing on their own: "Caddell continued: “…”". */
export const DIRECT_ONLY_CUES: ReadonlySet<string> = new Set(['continue', 'continued', 'continues', 'went on'])

/** Possessive pronouns: "His remarks follow …" has a possessor, not a speaker. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your'])

/**
 * Nouns that head a description of one person ("the GOP nominee", "the Vermont senator", "the woman"), with the
 * gender they tell ('' for none): such a source speaks as the person the article named before it.
 */
export const DESCRIPTION_NOUNS: ReadonlyMap<string, 'm' | 'f' | ''> = new Map([
  ...`nominee candidate president senator governor mayor congressman congresswoman lawmaker secretary businessman
    businesswoman billionaire mogul chairman chairwoman chair leader minister premier chancellor ambassador
    commissioner director official spokesman spokeswoman spokesperson founder executive ceo actress actor singer
    author professor economist attorney lawyer judge veteran candidate host anchor star rapper magnate tycoon
    man woman democrat republican general`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, /(?:wo)?man$/.test(w) ? (w.endsWith('woman') ? 'f' : 'm') : w === 'actress' ? 'f' : ''] as const),
])

/** Raising verbs the tagger may take for cues: "The senator appears ready to quit" reports no one's words. */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed'])

/** Modals: a cue word right before one heads the subject ("a strong showing would …"), a noun. */
export const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'will', 'may', 'might', 'should', 'can', 'must'])

/** Cues that also take two objects and then report nothing: "deny Democrats a landslide". */
export const DOUBLE_OBJECT_CUES: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying'])

/** Words that open the reporter's rebuttal after "even": "rigged even though voters …". */
export const CONCESSION_OPENERS: ReadonlySet<string> = new Set(['though'])

/** Reporting verbs that take a clause and no object: what follows them in a cue belongs to the clause. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  `say says said saying add adds added adding note notes noted noting argue argues argued arguing insist insists
  insisted insisting claim claims claimed claiming believe believes believed think thinks thought wrote writes
  stated states predicted predicts suggested suggests`
    .split(/\s+/)
    .filter(Boolean),
)

/** Words that may follow a reporting verb inside its cue: prepositions, particles, "that", time words. */
export const CUE_TAIL_WORDS: ReadonlySet<string> = new Set(
  `that to in on at of for with by from during after before about as when while last this next earlier later again
  also previously recently then repeatedly publicly privately separately once further often never not`
    .split(/\s+/)
    .filter(Boolean),
)

/** Nouns that head a description of an organisation named before: "the company said", "the network added". */
export const BODY_NOUNS: ReadonlySet<string> = new Set(
  `company firm bank network newspaper paper agency union commission coalition committee organization
  organisation ministry department court council board foundation institute center centre`
    .split(/\s+/)
    .filter(Boolean),
)

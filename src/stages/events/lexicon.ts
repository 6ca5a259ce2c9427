/**
 * Event triggers (verbs and event nouns) with their PLOVER type and mode, the PLOVER quad classes and scores.
 * Written by the team from the PLOVER manual's definitions (data/events/plover); every inflection a news story
 * uses is listed, so that lookups are exact.
 */
import type { PloverType } from '../../doc/analysis.js'

/** What a trigger word means. */
export interface TriggerSense {
  type: PloverType
  mode?: string
}

/** `type[/mode]: words`, one line per sense; several senses may share a type. */
const SENSES = `
AGREE: agree agrees agreed agreeing pledge pledges pledged pledging promise promises promised offer offers offered offering commit commits committed vow vows vowed vowing
CONSULT: meet meets met meeting meetings talks negotiate negotiates negotiated negotiating negotiations negotiation discussions dialogue consult consults consulted consultations convene convened discuss discusses discussed discussing conferred
CONSULT/visit: visit visits visited visiting trip travel travels travelled traveled traveling travelling host hosts hosted hosting
CONSULT/multilateral: summit summits
CONSULT/phone: phoned telephoned
CONSULT/third-party: mediate mediates mediated mediating mediation
SUPPORT: praise praises praised praising welcome welcomes welcomed welcoming endorse endorses endorsed endorsing backed backing commend commends commended commending applaud applauds applauded hail hails hailed support supports supported supporting defend defends defended defending thanked thanking congratulate congratulates congratulated congratulating
CONCEDE: concede concedes conceded apologize apologized apologise apologised apology compromise compromised relent relented
COOPERATE: cooperate cooperates cooperated cooperating cooperation collaborate collaborated collaboration extradite extradites extradited extraditing extradition
AID: aid donate donates donated donating assistance funded evacuate evacuated evacuating evacuation
RETREAT/withdraw: withdraw withdraws withdrew withdrawn withdrawal retreat retreats retreated
RETREAT/release: release releases released releasing freed pardon pardoned pardons
RETREAT/resign: resign resigns resigned resigning resignation
RETREAT/ceasefire: ceasefire ceasefires cease-fire cease-fires truce armistice
RETREAT/disarm: disarm disarmed disarmament surrender surrendered surrendering
REQUEST: urge urges urged urging appeal appeals appealed request requests requested demand demands demanded demanding plead pleaded
ACCUSE/allege: accuse accuses accused accusing accusation accusations blame blames blamed blaming allegations indict indicted indicts indictment sue sues sued suing lawsuit prosecute prosecuted prosecuting
ACCUSE/disapprove: criticize criticizes criticized criticise criticised criticizing criticising criticism condemn condemns condemned condemning condemnation denounce denounces denounced denouncing slam slams slammed rebuke rebuked labeled labelled branded complain complains complained complaining complaint complaints summon summons summoned decried deplored lambasted castigated chided
ACCUSE/investigate: investigate investigates investigated investigating investigation investigations inquiry inquiries probe probes probed
REJECT: reject rejects rejected rejecting rejection defy defies defied defying flouted flouting refuse refuses refused refusing refusal dismiss dismisses dismissed dismissing veto vetoes vetoed rebuff rebuffed spurn spurned deny denies denied denying oppose opposes opposed
THREATEN: threaten threatens threatened threatening threat threats ultimatum
PROTEST/demo: protest protests protested protesting demonstration demonstrations rally rallies rallied march marched marches sit-in picketed
PROTEST/riot: riot riots rioted rioting
PROTEST/boycott: boycott boycotts boycotted
PROTEST/obstruct: blockade blockades blockaded
SANCTION: sanction sanctions sanctioned embargo tariff tariffs blacklisted
SANCTION/expel: expel expels expelled expelling expulsion
SANCTION/convict: convict convicts convicted sentenced
MOBILIZE/troops: mobilize mobilizes mobilized mobilise mobilised mobilization mobilisation deploy deploys deployed deploying deployment
COERCE/arrest: arrest arrests arrested arresting detain detains detained detaining detention jailed imprisoned
COERCE/ban: ban bans banned banning outlawed
COERCE/censor: censor censored censorship
COERCE/deport: deport deports deported deporting deportation deportations
COERCE/seize: seize seizes seized seizing seizure confiscate confiscated annex annexed annexation
COERCE: crackdown
COERCE/curfew: curfew curfews
COERCE/cyber: cyberattack cyberattacks cyber-attack cyber-attacks
ASSAULT: attack attacks attacked attacking assault assaults assaulted offensive invasion invade invades invaded invading raid raids raided ambush ambushed kill kills killed killing killings striking clash clashes clashed clashing battled battling gunfire
ASSAULT/aerial: airstrike airstrikes bombed bombing bombings bombard bombarded bombardment
ASSAULT/heavy-weapons: shelled shelling shells
ASSAULT/firearms: shot shooting shootings
ASSAULT/abduct: abduct abducted abduction kidnap kidnapped kidnapping hijack hijacked
ASSAULT/assassinate: assassinate assassinated assassination
ASSAULT/torture: torture tortured
ASSAULT/beat: stabbed stabbing
ASSAULT/explosives: detonated firebomb firebombs firebombed firebombing
ASSAULT/massacre: massacre massacred
ASSAULT/execute: executed execution executions
`

/** Trigger word (lower case) → sense. */
export const TRIGGERS: ReadonlyMap<string, TriggerSense> = new Map(
  SENSES.trim()
    .split('\n')
    .flatMap((line) => {
      const [head, words] = line.split(':')
      const [type, mode] = head.split('/') as [PloverType, string | undefined]
      return words
        .trim()
        .split(/\s+/)
        .map((w) => [w, { type, ...(mode && { mode }) }] as const)
    }),
)

/** Words right before an attack noun that give its mode: "drone attacks", "missile strikes". */
export const ASSAULT_MODES: ReadonlyMap<string, string> = new Map([
  ['drone', 'drone'],
  ['drones', 'drone'],
  ['air', 'aerial'],
  ['aerial', 'aerial'],
  ['missile', 'aerial'],
  ['missiles', 'aerial'],
  ['rocket', 'heavy-weapons'],
  ['rockets', 'heavy-weapons'],
  ['artillery', 'heavy-weapons'],
  ['bomb', 'explosives'],
  ['suicide', 'suicide-attack'],
  ['gun', 'firearms'],
  ['knife', 'primitive'],
  ['chemical', 'unconventional'],
])

const AID_OBJECTS =
  'aid assistance supplies food medicine medicines medical equipment weapons arms ammunition funds funding money loan loans grant grants tents vaccines vaccine doses relief humanitarian training vehicles aircraft helicopters tanks missiles fuel shelter donations peacekeepers peacekeeping $ € £ million billion'
const TROOPS = 'troops soldiers forces reinforcements warships marines paratroopers'
const GIVE_VERBS =
  'provide provided provides providing give gave gives giving given send sent sends sending deliver delivered delivers delivering supply supplied supplying contribute contributed contributes contributing granted granting dispatch dispatched dispatches'
const STOP_VERBS =
  'suspend suspended suspends suspending cut cuts cutting halt halted halts halting froze freeze freezes freezing frozen withheld withhold withholds stopped stop stops slashed curtailed ceased cease ceases ended reduced reduce reduces suspension'

/**
 * Verbs whose sense is their object's, found within a few words before the clause ends: "provided medical aid"
 * (AID), "sent troops" (MOBILIZE), "suspended aid" (SANCTION), "lifted the curfew" (RETREAT). `verbs: objects → sense`;
 * a verb's rules are tried in order for each word after it, nearest word first.
 */
const OBJECT_RULES: readonly [string, string, TriggerSense][] = [
  ['hand hands handed handing return returns returned returning', 'arms weapons', { type: 'RETREAT', mode: 'disarm' }],
  [
    'return returns returned returning',
    'territory land prisoners bodies detainees',
    { type: 'RETREAT', mode: 'release' },
  ],
  [
    'return returns returned returning',
    'artifacts artefacts antiquities paintings painting artworks relics remains fossils treasures manuscripts property',
    { type: 'RETREAT', mode: 'return' },
  ],
  [
    'deploy deploys deployed deploying deployment',
    'peacekeeping peacekeepers observers monitors team teams rescue',
    { type: 'AID' },
  ],
  [
    'withdraw withdraws withdrew withdrawn withdrawing withdrawal',
    'peacekeepers observers monitors inspectors',
    { type: 'SANCTION', mode: 'expel' },
  ],
  [
    'withdraw withdraws withdrew withdrawn withdrawing withdrawal',
    'ambassador envoy diplomats support recognition invitation offer plan',
    { type: 'SANCTION', mode: 'withdraw' },
  ],
  [`hand hands handed handing grant grants ${GIVE_VERBS}`, 'asylum', { type: 'AID', mode: 'asylum' }],
  [
    'mobilize mobilizes mobilized mobilizing mobilise mobilises mobilised mobilising',
    'funds funding money resources aid',
    { type: 'AID' },
  ],
  ['accept accepts accepted accepting', 'demands demand conditions terms', { type: 'CONCEDE' }],
  [
    'accept accepts accepted accepting take takes took taking',
    'refugees migrants asylum-seekers',
    { type: 'AID', mode: 'asylum' },
  ],
  // "accepted the proposal" agrees; "accepting campaign donations" does not.
  [
    'accept accepts accepted accepting',
    'proposal proposals offer offers deal plan agreement ceasefire truce invitation mediation peace settlement formula compromise',
    { type: 'AGREE' },
  ],
  [GIVE_VERBS, TROOPS, { type: 'MOBILIZE', mode: 'troops' }],
  [GIVE_VERBS, 'police policemen', { type: 'MOBILIZE', mode: 'police' }],
  [`hand hands handed handing ${GIVE_VERBS}`, AID_OBJECTS, { type: 'AID' }],
  [STOP_VERBS, 'aid assistance funding supplies food loans funds support', { type: 'SANCTION', mode: 'discontinue' }],
  [
    `${STOP_VERBS} broke broken break breaks breaking sever severs severed severing downgrade downgraded`,
    'ties relations',
    { type: 'SANCTION', mode: 'withdraw' },
  ],
  [STOP_VERBS, 'talks negotiations dialogue', { type: 'SANCTION', mode: 'withdraw' }],
  [STOP_VERBS, 'assets accounts', { type: 'SANCTION' }],
  [STOP_VERBS, 'sanctions ban embargo restrictions tariffs tariff curfew blockade', { type: 'RETREAT' }],
  [
    STOP_VERBS,
    'operations offensive attacks fighting hostilities airstrikes bombing bombardment shelling',
    { type: 'RETREAT', mode: 'disarm' },
  ],
  [
    'violate violates violated violating breach breaches breached breaching',
    'ceasefire cease-fire truce armistice',
    { type: 'ASSAULT' },
  ],
  [
    'violate violates violated violating breach breaches breached breaching',
    'ban sanctions embargo law laws rules resolution resolutions agreement deal treaty order orders',
    { type: 'REJECT', mode: 'yield' },
  ],
  ['lay lays laid laying', 'arms weapons', { type: 'RETREAT', mode: 'disarm' }],
  [
    'lift lifts lifted lifting ease eases eased easing relax relaxes relaxed repeal repeals repealed scrap scraps scrapped',
    'sanctions ban embargo restrictions restriction curfew blockade siege measures tariffs emergency lockdown boycott',
    { type: 'RETREAT' },
  ],
  [
    'reopen reopens reopened reopening open opens opened opening',
    'border borders crossing crossings embassy airspace',
    { type: 'RETREAT', mode: 'access' },
  ],
  [
    'allow allows allowed allowing permit permits permitted',
    'access aid inspectors observers delivery entry monitors peacekeepers journalists humanitarian relief',
    { type: 'RETREAT', mode: 'access' },
  ],
  ['recall recalls recalled recalling', 'ambassador envoy diplomats', { type: 'SANCTION', mode: 'withdraw' }],
  [
    'reinforce reinforces reinforced reinforcing strengthen strengthened bolster bolstered boost boosted increase increased mass massed massing amass amassed',
    'troops forces presence soldiers troop',
    { type: 'MOBILIZE', mode: 'troops' },
  ],
  ['share shares shared sharing', 'intelligence information data technology expertise evidence', { type: 'COOPERATE' }],
  ['exchange exchanged exchanging swap swapped', 'prisoners detainees hostages', { type: 'RETREAT', mode: 'release' }],
  ['exchange exchanged exchanging', 'ambassadors envoys', { type: 'SUPPORT' }],
  [
    'receive receives received receiving',
    'ambassador envoy delegation minister president counterpart visiting delegates premier chancellor king',
    { type: 'CONSULT', mode: 'visit' },
  ],
  ['charge charges charged charging', 'with', { type: 'ACCUSE', mode: 'allege' }],
  ['find finds found', 'guilty', { type: 'SANCTION', mode: 'convict' }],
  ['burn burns burned burnt burning torch torched', 'flag flags effigy effigies', { type: 'PROTEST', mode: 'demo' }],
  [
    'burn burns burned burnt burning',
    'homes houses villages buildings churches mosques shops vehicles cars crops',
    { type: 'ASSAULT', mode: 'destroy' },
  ],
  ['take takes took taking', 'streets', { type: 'PROTEST', mode: 'demo' }],
  ['take takes took taking hold holds held holding', 'hostage hostages', { type: 'ASSAULT', mode: 'abduct' }],
  [
    'impose imposes imposed imposing declare declares declared declaring',
    'blockade blockades restrictions',
    { type: 'COERCE', mode: 'restrict' },
  ],
  [
    'impose imposes imposed imposing declare declares declared declaring',
    'emergency siege martial',
    { type: 'COERCE', mode: 'martial-law' },
  ],
  ['spoke speak speaks speaking talked talk', 'phone telephone', { type: 'CONSULT', mode: 'phone' }],
]

/** Verb → its object rules (objects as a set), in `OBJECT_RULES` order. */
export const OBJECT_SENSES: ReadonlyMap<string, readonly { objects: ReadonlySet<string>; sense: TriggerSense }[]> =
  (() => {
    const senses = new Map<string, { objects: ReadonlySet<string>; sense: TriggerSense }[]>()
    for (const [verbs, objects, sense] of OBJECT_RULES) {
      const rule = { objects: new Set(objects.split(' ')), sense }
      for (const verb of verbs.split(' ')) senses.set(verb, [...(senses.get(verb) ?? []), rule])
    }
    return senses
  })()

/** What is released that is no person: "released a video", "a poll released in August". */
export const RELEASED_THINGS: ReadonlySet<string> = new Set([
  'press',
  'video',
  'videos',
  'poll',
  'polls',
  'report',
  'reports',
  'statement',
  'data',
  'figures',
  'footage',
  'album',
  'book',
  'results',
  'documents',
  'records',
  'returns',
  'plan',
  'details',
  'list',
  'photos',
  'photographs',
  'images',
  'transcript',
  'transcripts',
  'emails',
  'memo',
  'survey',
  'budget',
  'findings',
  'film',
  'song',
  'version',
  'update',
  'information',
  'letter',
  'statistics',
  'study',
  'audio',
  'recording',
  'recordings',
  'ad',
  'ads',
  'advertisement',
  'proposal',
  'guidance',
  'guidelines',
  'forecast',
  'estimates',
  'numbers',
  'funds',
  'funding',
  'money',
  'water',
  'gas',
])

/** Nouns and verbs of military exercises: joint ones are cooperation, others a show of force. */
export const EXERCISE_WORDS: ReadonlySet<string> = new Set([
  'exercise',
  'exercises',
  'drill',
  'drills',
  'manoeuvres',
  'maneuvers',
  'wargames',
  'games',
  'game',
])

/** Words before an exercise word that make it military: "naval drills", "war games". */
export const EXERCISE_MODIFIERS: ReadonlySet<string> = new Set([
  'military',
  'naval',
  'joint',
  'air',
  'army',
  'war',
  'live-fire',
  'combat',
  'missile',
  'nuclear',
  'defence',
  'defense',
])

/** What "fighting" is against when it is no violence: "fighting corruption", "fought for". */
export const ABSTRACT_FIGHTS: ReadonlySet<string> = new Set([
  'corruption',
  'poverty',
  'covid',
  'covid-19',
  'coronavirus',
  'virus',
  'disease',
  'pandemic',
  'climate',
  'crime',
  'inflation',
  'drugs',
  'cancer',
  'fires',
  'fire',
  'wildfires',
  'for',
  'to',
  'back',
  'hunger',
  'racism',
  'misinformation',
  'disinformation',
  'change',
  'extinction',
  'it',
])

/** The mode a requested, offered or refused action gives: "urged Trump to meet" → meet. */
export const COMPLEMENT_MODES: ReadonlyMap<string, string> = new Map([
  ...'meet talk talks negotiate visit discuss'.split(' ').map((w) => [w, 'meet'] as const),
  ...'help assist aid support provide send supply fund'.split(' ').map((w) => [w, 'assist'] as const),
  ...'change reform resign step hold allow end stop halt lift release'.split(' ').map((w) => [w, 'change'] as const),
  ...'yield surrender withdraw cede leave retreat concede give'.split(' ').map((w) => [w, 'yield'] as const),
])

/** PLOVER quad class of each type (manual, "Quad categories in PLOVER"). */
export const QUAD: Readonly<Record<PloverType, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  SANCTION: 3,
  THREATEN: 3,
  PROTEST: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
}

/** PLOVER conflict–cooperation scores by `TYPE` or `TYPE/mode` (manual, "PLOVER scores"). */
const SCORES: Record<string, number> = {
  AGREE: 2.5,
  CONSULT: 2.5,
  'CONSULT/visit': 4,
  'CONSULT/third-party': 1,
  'CONSULT/multilateral': 4,
  'CONSULT/phone': 1.5,
  SUPPORT: 5,
  CONCEDE: 4.5,
  COOPERATE: 9.5,
  AID: 10,
  RETREAT: 6.5,
  'RETREAT/withdraw': 8,
  'RETREAT/release': 6.5,
  'RETREAT/disarm': 10,
  'RETREAT/ceasefire': 7.5,
  'RETREAT/access': 6.5,
  'RETREAT/resign': 4.5,
  REQUEST: 0,
  'REQUEST/assist': 0.5,
  'REQUEST/change': -1,
  'REQUEST/yield': -1,
  'REQUEST/meet': 0,
  // The manual's table prints 3 for ACCUSE, whose modes all score below zero: a lost sign; we use -3.
  ACCUSE: -3,
  'ACCUSE/disapprove': -2,
  'ACCUSE/investigate': -3.5,
  'ACCUSE/allege': -3.5,
  REJECT: -2,
  'REJECT/assist': -1.5,
  'REJECT/change': -2,
  'REJECT/yield': -2,
  'REJECT/meet': -2,
  THREATEN: -3.5,
  'THREATEN/restrict': -3,
  'THREATEN/arrest': -3.5,
  'THREATEN/relations': -3.5,
  'THREATEN/expel': -3.5,
  'THREATEN/territory': -4,
  'THREATEN/violence': -3.5,
  PROTEST: -5,
  'PROTEST/demo': -5,
  'PROTEST/riot': -7,
  'PROTEST/strike': -5,
  'PROTEST/hunger': -4.5,
  'PROTEST/boycott': -4.5,
  'PROTEST/obstruct': -4.5,
  SANCTION: -6,
  'SANCTION/convict': -6,
  'SANCTION/expel': -5.5,
  'SANCTION/withdraw': -6,
  'SANCTION/discontinue': -6,
  MOBILIZE: -5.5,
  'MOBILIZE/troops': -6.5,
  'MOBILIZE/weapons': -6.5,
  'MOBILIZE/police': -5.5,
  'MOBILIZE/militia': -6,
  COERCE: -7,
  'COERCE/seize': -7,
  'COERCE/restrict': -7,
  'COERCE/censor': -6.5,
  'COERCE/curfew': -6.5,
  'COERCE/martial-law': -7.5,
  'COERCE/arrest': -7,
  'COERCE/deport': -7,
  'COERCE/withhold': -7,
  'COERCE/misinformation': -6.5,
  'COERCE/cyber': -7,
  ASSAULT: -9,
  'ASSAULT/abduct': -8.5,
  'ASSAULT/beat': -7.5,
  'ASSAULT/torture': -8.5,
  'ASSAULT/sexual': -8.5,
  'ASSAULT/assassinate': -9.5,
  'ASSAULT/destroy': -8.5,
  'ASSAULT/primitive': -8,
  'ASSAULT/firearms': -9,
  'ASSAULT/explosives': -9,
  'ASSAULT/suicide-attack': -9.5,
  'ASSAULT/aerial': -9.5,
  'ASSAULT/drone': -9.5,
  'ASSAULT/heavy-weapons': -9.5,
  'ASSAULT/crowd-control': -7.5,
  'ASSAULT/unconventional': -10,
}

/** The PLOVER score of a type and mode (the type's score where the mode has none). */
export function ploverScore(type: PloverType, mode?: string): number {
  const byMode = SCORE_TABLE.get(type)
  return (mode !== undefined ? byMode?.get(mode) : undefined) ?? byMode?.get('') ?? 0
}

/** `SCORES` as type → mode ('' for the type's own) → score: read once per event, without building a key. */
const SCORE_TABLE: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const table = new Map<string, Map<string, number>>()
  for (const [key, score] of Object.entries(SCORES)) {
    const [type, mode = ''] = key.split('/')
    if (!table.has(type)) table.set(type, new Map())
    table.get(type)!.set(mode, score)
  }
  return table
})()

/** Words before a trigger that mark it as not happening: "did not attack", "never met", "no talks". */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'n’t',
  'never',
  'no',
  'without',
  'nor',
  'neither',
  'failed',
  'refused',
  'declined',
  'cannot',
  'excluded',
  'absent',
])

/** Words before a trigger that put it in the future: "will visit", "set to announce", "plans to meet". */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will',
  "'ll",
  '’ll',
  'set',
  'plans',
  'plan',
  'planning',
  'planned',
  'expected',
  'scheduled',
  'going',
  'preparing',
  'prepare',
  'prepares',
  'upcoming',
  'next',
  'intends',
  'intend',
  'aims',
  'shall',
])

/** Words before a trigger that make it hypothetical: "would resign if", "any summit", "potential talks". */
export const HYPOTHETICAL_MARKERS: ReadonlySet<string> = new Set([
  'if',
  'would',
  'could',
  'might',
  'may',
  'should',
  'unless',
  'potential',
  'possible',
  'possibly',
  'any',
  'whether',
  'willing',
  'ready',
  'prepared',
  'consider',
  'considering',
  'considered',
  'proposed',
  'hypothetical',
])

/** Forms of "be" that make a following participle passive: "were intercepted", "have been condemned". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'be',
  'been',
  'being',
  'was',
  'were',
  'is',
  'are',
  'am',
  "'s",
  '’s',
])

/** Words that end a clause for the argument search. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ';',
  ':',
  '—',
  '–',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'after',
  'before',
  'when',
  'which',
  'who',
  'that',
  'where',
  'if',
  'unless',
  'as',
  '.',
  '?',
  '!',
  '“',
  '”',
  '"',
])

/** Prepositions after which a name is not the subject of a following verb. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'at',
  'from',
  'to',
  'with',
  'against',
  'for',
  'by',
  'into',
  'over',
  'about',
  'between',
  'among',
  'under',
  'near',
  'across',
  'toward',
  'towards',
  'amid',
  'despite',
  'within',
  'without',
  'than',
  'like',
])

/** Prepositions that introduce the recipient after a trigger: "attacks on Ukraine", "talks with US officials". */
export const RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'against',
  'with',
  'to',
  'at',
  'for',
  'into',
  'from',
  'of',
  'toward',
  'towards',
])

/** Prepositions that introduce a place: "talks in Saudi Arabia". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside'])

/**
 * Nouns for groups that act in the news without a name: "Police arrested …", "Rebel fighters attacked …",
 * "protesters burned …". An event coder codes them by sector; here they are arguments by their words.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'police',
  'policemen',
  'troops',
  'soldiers',
  'army',
  'military',
  'forces',
  'navy',
  'government',
  'authorities',
  'officials',
  'ministry',
  'administration',
  'cabinet',
  'regime',
  'junta',
  'court',
  'judge',
  'judges',
  'prosecutors',
  'investigators',
  'parliament',
  'lawmakers',
  'legislators',
  'senators',
  'rebels',
  'militants',
  'insurgents',
  'gunmen',
  'fighters',
  'jihadists',
  'terrorists',
  'extremists',
  'guerrillas',
  'separatists',
  'militia',
  'militias',
  'bandits',
  'pirates',
  'gangs',
  'attackers',
  'assailants',
  'hackers',
  'protesters',
  'protestors',
  'demonstrators',
  'strikers',
  'activists',
  'students',
  'workers',
  'miners',
  'farmers',
  'teachers',
  'doctors',
  'nurses',
  'mob',
  'crowd',
  'crowds',
  'villagers',
  'residents',
  'civilians',
  'refugees',
  'migrants',
  'settlers',
  'warplanes',
  'jets',
  'peacekeepers',
  'inspectors',
  'diplomats',
  'opposition',
  'unions',
  'officers',
  // One of them: "a gunman opened fire", "the officer who shot him".
  'gunman',
  'attacker',
  'assailant',
  'bomber',
  'bombers',
  'soldier',
  'officer',
  'policeman',
  'policewoman',
  'militant',
  'rebel',
  'protester',
  'demonstrator',
  'hacker',
  'sniper',
])

/** Verbs that turn a following meeting into an intent to meet (AGREE): "agreed to meet", "offered talks". */
export const INTENT_VERBS: ReadonlySet<string> = new Set([
  'agree',
  'agreed',
  'agrees',
  'offer',
  'offered',
  'offers',
  'promised',
  'pledged',
  'invited',
  'invite',
  'willing',
  'ready',
  'proposed',
])

/** Verbs whose subject receives the event noun after them: "drawing criticism", "faced accusations". */
export const RECEIVING_VERBS: ReadonlySet<string> = new Set([
  'drawing',
  'drew',
  'draws',
  'drawn',
  'facing',
  'faced',
  'faces',
  'face',
  'receiving',
  'received',
  'receives',
  'winning',
  'won',
  'wins',
  'earned',
  'earning',
  'garnered',
  'garnering',
  'attracting',
  'attracted',
  'weathering',
  'weathered',
  'endured',
  'enduring',
  'suffered',
  'suffering',
])

/** What follows "aid" when the aid is no event but people or bodies: "aid workers", "aid agencies". */
export const AID_PEOPLE: ReadonlySet<string> = new Set(
  'worker workers agency agencies group groups organization organizations organisation organisations official officials'.split(
    ' ',
  ),
)

/** Natural forces that strike without an attacker: "the quake struck", "a storm struck the coast". */
export const NATURAL_FORCES: ReadonlySet<string> = new Set(
  'quake quakes earthquake earthquakes tremor aftershock storm storms hurricane typhoon cyclone tornado tsunami lightning flood floods wildfire disaster pandemic epidemic virus'.split(
    ' ',
  ),
)

/** Weapons launched or fired, with the assault mode they give. */
export const WEAPONS: ReadonlyMap<string, string> = new Map([
  ['missile', 'aerial'],
  ['missiles', 'aerial'],
  ['drone', 'drone'],
  ['drones', 'drone'],
  ['rocket', 'heavy-weapons'],
  ['rockets', 'heavy-weapons'],
  ['shells', 'heavy-weapons'],
  ['artillery', 'heavy-weapons'],
  ['bombs', 'explosives'],
  ['shots', 'firearms'],
  ['airstrikes', 'aerial'],
  ['bullets', 'firearms'],
  ['tear', 'crowd-control'],
  ['teargas', 'crowd-control'],
  ['rubber', 'crowd-control'],
  ['water', 'crowd-control'],
])

/** What one declines to do without refusing anything: "declined to comment". */
export const NO_COMMENT = new Set([
  'comment',
  'say',
  'elaborate',
  'discuss',
  'confirm',
  'reveal',
  'disclose',
  'identify',
  'specify',
  'speculate',
  'answer',
  'respond',
  'be',
  'give',
  'name',
])

/** What one meets that is no one: "meet the target", "met expectations". */
export const MET_THINGS = new Set([
  'target',
  'targets',
  'goal',
  'goals',
  'standard',
  'standards',
  'requirement',
  'requirements',
  'expectations',
  'demand',
  'deadline',
  'deadlines',
  'needs',
  'criteria',
  'obligations',
  'threshold',
  'quota',
  'challenge',
  'challenges',
  'costs',
  'payroll',
  'end',
  'ends',
  'fate',
])

/** Words before "support" that make it a level of approval, not an act: "record low support", "broad support". */
export const LEVELS_OF_SUPPORT = new Set([
  'low',
  'high',
  'record',
  'public',
  'popular',
  'broad',
  'widespread',
  'growing',
  'declining',
  'majority',
  'voter',
  'grassroots',
  'bipartisan',
  'enough',
  'little',
  'much',
  'more',
  'less',
  'strong',
  'solid',
  'tepid',
  'lukewarm',
])

/** Words before "demand" that make it an economy's: "consumer demand", "demand from China cooled". */
export const MARKET_WORDS = new Set([
  'consumer',
  'market',
  'energy',
  'oil',
  'gas',
  'coal',
  'global',
  'domestic',
  'strong',
  'weak',
  'rising',
  'falling',
  'slowing',
  'growing',
  'weaker',
  'stronger',
  'high',
  'low',
  'higher',
  'lower',
  'export',
  'import',
  'power',
  'electricity',
  'housing',
])

/** What "striking" describes when nothing is struck: "a striking resemblance", "his striking partner". */
export const STRIKING_LIKENESS = new Set([
  'partner',
  'partnership',
  'resemblance',
  'similarity',
  'contrast',
  'difference',
  'image',
  'example',
  'feature',
  'success',
  'look',
  'looks',
  'range',
  'distance',
  'display',
  'result',
  'results',
  'change',
  'shift',
])

/** What "riot" describes when it is no riot: "riot police", "riot gear". */
export const RIOT_GEAR = new Set(['police', 'officers', 'gear', 'squad', 'squads', 'control', 'shields', 'troops'])

export const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])

/**
 * PLOVER's general contexts (manual, "General contexts" and the chapter "Contexts"): what an event is about,
 * beside what happened. Cue words written by the team from the manual's definitions; a context is given by the
 * words of the event's sentence, by its mode ("COERCE/cyber" → cyber) and by the sectors of its arguments
 * (a military actor → military). Sentence-level on purpose: the manual warns that document-level contexts read
 * as if every assault in an election story were electoral violence.
 */
import type { PloverType } from '../../doc/analysis.js'

/** The contexts, in the manual's order. */
export const CONTEXTS = [
  'military',
  'intelligence',
  'executive',
  'legislative',
  'election',
  'political_institutions',
  'pro_democracy',
  'pro_autocracy',
  'economic',
  'legal',
  'reparations',
  'human_rights',
  'rights_freedoms',
  'repression',
  'human_security',
  'gender',
  'lgbt',
  'religion_ethnicity',
  'inequality',
  'diplomatic',
  'territory',
  'peacekeeping',
  'health',
  'asylum',
  'migration',
  'disasters',
  'natural_resource',
  'environment',
  'technology',
  'terrorism',
  'cbrn',
  'cyber',
  'misinformation',
  'crime',
  'corruption',
  'illegal_drugs',
  'trafficking',
] as const

export type PloverContext = (typeof CONTEXTS)[number]

/** Cue words (lower case) of each context; a two-word cue is written with a space. */
const CUES: Readonly<Record<PloverContext, string>> = {
  military:
    'army armies military troops soldiers soldier navy naval marines infantry brigade battalion warplanes warships airstrike airstrikes artillery tanks missile missiles defence defense pentagon;air force;armed forces;defence ministry;defense ministry',
  intelligence:
    'intelligence espionage spy spies spying surveillance cia mossad fsb mi6 reconnaissance wiretap wiretapping',
  executive:
    'president presidential presidency premier chancellor cabinet kremlin decree;prime minister;white house;executive order',
  legislative:
    'parliament parliamentary congress congressional senate senator senators lawmakers lawmaker legislators legislature legislative mps duma knesset bundestag',
  election:
    'election elections electoral vote votes voting voters ballot ballots candidate candidates referendum primaries polling re-election runoff',
  political_institutions:
    'constitution constitutional impeachment impeach impeached coup;ruling party;opposition party',
  pro_democracy: 'democracy democratization pro-democracy;free elections',
  pro_autocracy: 'authoritarian autocracy autocratic dictatorship dictator junta;martial law',
  economic:
    'economy economic trade tariff tariffs inflation gdp recession investment investors market markets budget tax taxes finance financial bank banks currency exports imports debt loan loans unemployment',
  legal:
    'court courts judge judges lawsuit sued prosecutor prosecutors prosecution trial verdict ruling law laws legal lawyer lawyers attorney indicted indictment convicted sentenced extradition extradited extradite icc tribunal;supreme court;war crimes',
  reparations: 'reparations compensation',
  human_rights: 'abuses;human rights;war crimes',
  rights_freedoms:
    'freedom freedoms liberties censorship censored;free speech;press freedom;civil rights;voting rights',
  repression: 'crackdown repression repressive teargas;tear gas;riot police;water cannon;rubber bullets',
  human_security: 'famine starvation shelter housing electricity;food shortages;clean water',
  gender: 'women woman gender abortion feminist femicide girls;sexual violence;sexual assault',
  lgbt: 'lgbt lgbtq gay lesbian transgender same-sex homosexual queer bisexual',
  religion_ethnicity:
    'muslim muslims christian christians jewish jews hindu hindus buddhist church churches mosque mosques temple synagogue religious religion ethnic sectarian shia sunni catholic clergy cleric imam rabbi bishop',
  inequality: 'inequality inequalities poverty;wealth gap',
  diplomatic:
    'diplomatic diplomat diplomats diplomacy embassy embassies ambassador ambassadors envoy envoys consulate summit bilateral;foreign minister;foreign ministry;foreign affairs',
  territory:
    'territory territorial annex annexed annexation sovereignty independence secession separatist separatists disputed autonomy',
  peacekeeping: 'peacekeeping peacekeepers;peace mission;peacekeeping mission',
  health:
    'health hospital hospitals disease epidemic pandemic covid covid-19 coronavirus virus vaccine vaccines vaccination outbreak cholera ebola malaria medical medicine medicines',
  asylum: 'asylum asylum-seekers;asylum seekers',
  migration:
    'migrants migrant migration refugees refugee immigrants immigration displaced deportation deported emigration',
  disasters:
    'earthquake earthquakes flood floods flooding hurricane cyclone typhoon drought tsunami landslide wildfire wildfires heatwave disaster spill',
  natural_resource:
    'oil coal mining minerals diamonds lumber timber pipeline lithium;natural resources;natural gas;gas supplies;gas pipeline',
  environment:
    'climate emissions pollution environmental environment deforestation carbon greenhouse renewable;global warming;climate change',
  technology: 'technology technologies tech semiconductor semiconductors satellite satellites;artificial intelligence',
  terrorism:
    'terror terrorism terrorist terrorists jihadist jihadists extremist extremists counterterrorism isis al-qaeda;suicide bomber;islamic state',
  cbrn: 'nuclear biological radiological sarin uranium enrichment warhead warheads;chemical weapons;chemical attack',
  cyber:
    'cyber cyberattack cyberattacks cyber-attack cyber-attacks hacking hackers hacked ransomware malware cybersecurity',
  misinformation: 'misinformation disinformation propaganda;fake news',
  crime: 'crime crimes criminal criminals murder murders robbery theft homicide mafia gang gangs',
  corruption: 'corruption corrupt bribery bribe bribes embezzlement graft kickbacks nepotism fraud;money laundering',
  illegal_drugs:
    'cocaine heroin narcotics fentanyl methamphetamine opium marijuana cannabis cartel cartels;drug trafficking;drug cartel',
  trafficking: 'trafficking trafficked traffickers smuggling smugglers smuggled contraband',
}

function cueTable(twoWords: boolean): ReadonlyMap<string, readonly number[]> {
  const table = new Map<string, number[]>()
  CONTEXTS.forEach((context, index) => {
    const [words, ...pairs] = CUES[context].split(';')
    for (const cue of twoWords ? pairs : words.split(' ')) {
      const list = table.get(cue) ?? []
      if (!list.includes(index)) list.push(index)
      table.set(cue, list)
    }
  })
  return table
}

/** Word → the contexts it cues (indexes into `CONTEXTS`). */
export const WORD_CONTEXTS = cueTable(false)
/** "word next" → the contexts the two words cue. */
const PAIR_CONTEXTS = cueTable(true)
/** First words of two-word cues: only after these is the next word read. */
export const PAIR_STARTS: ReadonlySet<string> = new Set([...PAIR_CONTEXTS.keys()].map((pair) => pair.split(' ')[0]))

const at = (context: PloverContext) => CONTEXTS.indexOf(context)

/** Contexts an event's mode gives: "COERCE/cyber" is about cyber, "AID/asylum" about asylum. */
const MODE_CONTEXTS: Readonly<Record<string, PloverContext[]>> = {
  cyber: ['cyber'],
  unconventional: ['cbrn'],
  asylum: ['asylum'],
  'martial-law': ['pro_autocracy', 'rights_freedoms'],
  censor: ['rights_freedoms'],
  curfew: ['rights_freedoms'],
  convict: ['legal'],
  arrest: ['legal'],
  deport: ['migration'],
  investigate: ['legal'],
  allege: ['legal'],
  troops: ['military'],
  aerial: ['military'],
  drone: ['military'],
  'heavy-weapons': ['military'],
  ceasefire: ['military'],
  disarm: ['military'],
  visit: ['diplomatic'],
  expel: ['diplomatic'],
  withdraw: ['diplomatic'],
  'suicide-attack': ['terrorism'],
  massacre: ['human_rights'],
  torture: ['human_rights'],
  resign: ['executive'],
  'crowd-control': ['repression'],
}

/** Contexts an argument's sector gives (PLOVER sector codes). */
const SECTOR_CONTEXTS: Readonly<Record<string, PloverContext>> = {
  MIL: 'military',
  SPY: 'intelligence',
  LEG: 'legislative',
  JUD: 'legal',
  REF: 'migration',
  REL: 'religion_ethnicity',
}

/**
 * The contexts the words of a sentence cue (tokens `from … to`; `cues(t)` lists a word's, `pairs(t)` tells whether
 * it may open a two-word cue): one flag per context, read by every event of the sentence.
 */
export function sentenceCues(
  cues: (t: number) => readonly number[],
  pairs: (t: number) => boolean,
  lower: (t: number) => string,
  from: number,
  to: number,
): Uint8Array {
  const found = new Uint8Array(CONTEXTS.length)
  for (let t = from; t < to; t++) {
    for (const index of cues(t)) found[index] = 1
    if (pairs(t)) for (const index of PAIR_CONTEXTS.get(`${lower(t)} ${lower(t + 1)}`) ?? []) found[index] = 1
  }
  return found
}

/** The contexts of one event, in the manual's order: its sentence's cues, its mode, and its arguments' sectors. */
export function eventContexts(
  sentence: Uint8Array,
  type: PloverType,
  mode: string | undefined,
  sectors: readonly (string | undefined)[],
): PloverContext[] {
  const found = sentence.slice()
  for (const context of (mode && MODE_CONTEXTS[mode]) || []) found[at(context)] = 1
  for (const sector of sectors) if (sector && SECTOR_CONTEXTS[sector]) found[at(SECTOR_CONTEXTS[sector])] = 1
  // Security forces using force on civilians is repression, the manual's own example.
  if (
    (type === 'COERCE' || type === 'ASSAULT') &&
    sectors.some((s) => s === 'COP' || s === 'MIL') &&
    sectors.some((s) => s === 'CVL' || s === 'JRN' || s === 'NGO')
  )
    found[at('repression')] = 1
  return CONTEXTS.filter((_, index) => found[index])
}

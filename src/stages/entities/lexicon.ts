/**
 * Word lists for the entities stage: role nouns and agent nouns with their PLOVER sector, modifiers that stay
 * part of a title, pronouns, and the codes of international bodies. Written by the team.
 */

/** Role nouns (lower case, possibly several words) → PLOVER sector. Longest match wins. */
export const ROLE_SECTORS: Readonly<Record<string, string>> = {
  president: 'GOV', 'vice president': 'GOV', 'prime minister': 'GOV', premier: 'GOV', chancellor: 'GOV', minister: 'GOV',
  secretary: 'GOV', 'secretary of state': 'GOV', 'secretary-general': 'IGO', 'secretary general': 'IGO', spokesperson: 'GOV',
  spokesman: 'GOV', spokeswoman: 'GOV', 'chief of staff': 'GOV', ambassador: 'GOV', envoy: 'GOV', diplomat: 'GOV',
  diplomats: 'GOV', governor: 'GOV', mayor: 'GOV', king: 'GOV', queen: 'GOV', prince: 'GOV', 'crown prince': 'GOV', emir: 'GOV',
  sultan: 'GOV', monarch: 'GOV', leader: 'GOV', leaders: 'GOV', official: 'GOV', officials: 'GOV', government: 'GOV',
  administration: 'GOV', cabinet: 'GOV', ministry: 'GOV', 'foreign ministry': 'GOV', authorities: 'GOV', regime: 'GOV',
  commissioner: 'GOV', 'head of state': 'GOV', negotiator: 'GOV', negotiators: 'GOV', adviser: 'GOV', advisor: 'GOV',
  lawmaker: 'LEG', lawmakers: 'LEG', legislator: 'LEG', legislators: 'LEG', senator: 'LEG', senators: 'LEG',
  congressman: 'LEG', congresswoman: 'LEG', 'member of parliament': 'LEG', mp: 'LEG', mps: 'LEG', speaker: 'LEG',
  parliament: 'LEG', congress: 'LEG', senate: 'LEG', councilman: 'LEG', councilwoman: 'LEG', 'council member': 'LEG',
  judge: 'JUD', judges: 'JUD', justice: 'JUD', court: 'JUD', prosecutor: 'JUD', prosecutors: 'JUD', 'attorney general': 'JUD',
  general: 'MIL', colonel: 'MIL', commander: 'MIL', admiral: 'MIL', soldier: 'MIL', soldiers: 'MIL', troops: 'MIL',
  army: 'MIL', 'air force': 'MIL', navy: 'MIL', military: 'MIL', forces: 'MIL', servicemen: 'MIL', 'armed forces': 'MIL',
  'defence ministry': 'MIL', 'defense ministry': 'MIL', 'defence minister': 'MIL', 'defense minister': 'MIL', marines: 'MIL',
  police: 'COP', 'police officer': 'COP', 'police officers': 'COP', policeman: 'COP', officers: 'COP', 'fire chief': 'COP',
  rebel: 'REB', rebels: 'REB', militant: 'REB', militants: 'REB', insurgent: 'REB', insurgents: 'REB', separatists: 'REB',
  guerrillas: 'REB', militia: 'REB', junta: 'MIL', spy: 'SPY', intelligence: 'SPY', 'intelligence agency': 'SPY',
  ceo: 'BUS', 'chief executive': 'BUS', executive: 'BUS', executives: 'BUS', businessman: 'BUS', company: 'BUS', firm: 'BUS',
  economist: 'BUS', economists: 'BUS', investors: 'BUS', bank: 'BUS', insurers: 'BUS', owner: 'BUS', steelmakers: 'BUS',
  journalist: 'JRN', journalists: 'JRN', reporter: 'JRN', reporters: 'JRN', editor: 'JRN', newspaper: 'JRN', broadcaster: 'JRN',
  doctor: 'MED', doctors: 'MED', nurse: 'MED', nurses: 'MED', 'health department': 'MED', hospital: 'MED',
  professor: 'EDU', teacher: 'EDU', teachers: 'EDU', student: 'EDU', students: 'EDU', university: 'EDU', researchers: 'EDU',
  bishop: 'REL', priest: 'REL', imam: 'REL', rabbi: 'REL', pope: 'REL', cardinal: 'REL', church: 'REL', cleric: 'REL',
  party: 'PTY', 'party chairman': 'PTY', chairman: 'PTY', opposition: 'PTY', candidate: 'PTY', activist: 'NGO', activists: 'NGO',
  'aid workers': 'NGO', 'human rights group': 'NGO', union: 'LAB', 'trade union': 'LAB', workers: 'LAB', farmer: 'AGR',
  farmers: 'AGR', refugees: 'REF', 'displaced residents': 'REF', residents: 'CVL', resident: 'CVL', civilians: 'CVL',
  people: 'CVL', voters: 'CVL', citizens: 'CVL', protesters: 'CVL', villagers: 'CVL', shoppers: 'CVL', observers: 'NGO',
  criminals: 'CRM', gang: 'CRM', smugglers: 'CRM', 'former president': 'ELI', 'former prime minister': 'ELI',
}

/** Words that stay in front of a role noun as part of the title: "Foreign Minister", "Former President". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'acting', 'interim', 'deputy', 'vice', 'prime', 'foreign', 'defence', 'defense', 'finance', 'economic', 'economy',
  'interior', 'justice', 'trade', 'health', 'energy', 'education', 'top', 'senior', 'chief', 'special', 'first', 'new',
  'outgoing', 'incoming', 'state', 'assistant', 'executive', 'general', 'supreme', 'commerce', 'labour', 'labor', 'culture',
  'agriculture', 'transport', 'environment', 'european', 'u.s.', 'us', 'un', 'eu', 'nato', 'presidential', 'fire', 'party',
])

/** Personal pronouns and possessives, with the gender and number they ask of an antecedent. */
export const PRONOUNS: Readonly<Record<string, { gender?: 'm' | 'f'; plural?: boolean; thing?: boolean }>> = {
  he: { gender: 'm' }, him: { gender: 'm' }, his: { gender: 'm' }, himself: { gender: 'm' },
  she: { gender: 'f' }, her: { gender: 'f' }, hers: { gender: 'f' }, herself: { gender: 'f' },
  they: { plural: true }, their: { plural: true }, themselves: { plural: true }, its: { thing: true }, itself: { thing: true },
  // "it" and "them" are left alone: far more often a thing or a proposal ("it would burden", "calling them a step")
  // than an actor.
}

/** Titles that tell a person's gender. */
export const GENDERED_TITLES: Readonly<Record<string, 'm' | 'f'>> = {
  mr: 'm', 'mr.': 'm', sir: 'm', king: 'm', prince: 'm', lord: 'm', father: 'm', brother: 'm', congressman: 'm',
  councilman: 'm', spokesman: 'm', businessman: 'm', policeman: 'm', chairman: 'm', emir: 'm', sultan: 'm', sheikh: 'm',
  mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', dame: 'f', queen: 'f', princess: 'f', lady: 'f', sister: 'f',
  congresswoman: 'f', councilwoman: 'f', spokeswoman: 'f', businesswoman: 'f', chairwoman: 'f',
}

/** International bodies and their PLOVER codes: country (or none) and sector. */
export const ORG_CODES: Readonly<Record<string, { country?: string; sector: string }>> = {
  nato: { sector: 'IGO' }, 'north atlantic treaty organization': { sector: 'IGO' }, eu: { sector: 'IGO' },
  'european union': { sector: 'IGO' }, 'european commission': { sector: 'IGO' }, 'european parliament': { sector: 'IGO' },
  'european council': { sector: 'IGO' }, un: { sector: 'UNO' }, 'u.n.': { sector: 'UNO' }, 'united nations': { sector: 'UNO' },
  'security council': { sector: 'UNO' }, 'general assembly': { sector: 'UNO' }, unicef: { sector: 'UNO' }, unhcr: { sector: 'UNO' },
  who: { sector: 'UNO' }, 'world health organization': { sector: 'UNO' }, iaea: { sector: 'UNO' }, imf: { sector: 'IGO' },
  'international monetary fund': { sector: 'IGO' }, 'world bank': { sector: 'IGO' }, wto: { sector: 'IGO' },
  'world trade organization': { sector: 'IGO' }, osce: { sector: 'IGO' }, opec: { sector: 'IGO' }, 'african union': { sector: 'IGO' },
  'arab league': { sector: 'IGO' }, asean: { sector: 'IGO' }, g7: { sector: 'IGO' }, g20: { sector: 'IGO' }, 'group of seven': { sector: 'IGO' },
  icc: { sector: 'JUD' }, 'international criminal court': { sector: 'JUD' }, 'red cross': { sector: 'NGO' }, icrc: { sector: 'NGO' },
  'amnesty international': { sector: 'NGO' }, 'human rights watch': { sector: 'NGO' }, hamas: { country: 'PSE', sector: 'REB' },
  hezbollah: { country: 'LBN', sector: 'REB' }, taliban: { country: 'AFG', sector: 'REB' }, 'islamic state': { sector: 'REB' },
  isis: { sector: 'REB' }, 'al qaeda': { sector: 'REB' }, 'al-qaeda': { sector: 'REB' }, wagner: { country: 'RUS', sector: 'MIL' },
  kremlin: { country: 'RUS', sector: 'GOV' }, 'white house': { country: 'USA', sector: 'GOV' }, pentagon: { country: 'USA', sector: 'MIL' },
  'state department': { country: 'USA', sector: 'GOV' }, 'downing street': { country: 'GBR', sector: 'GOV' }, cia: { country: 'USA', sector: 'SPY' },
  fbi: { country: 'USA', sector: 'COP' }, fsb: { country: 'RUS', sector: 'SPY' }, sbu: { country: 'UKR', sector: 'SPY' },
  mossad: { country: 'ISR', sector: 'SPY' }, 'federal reserve': { country: 'USA', sector: 'GOV' }, duma: { country: 'RUS', sector: 'LEG' },
  'state duma': { country: 'RUS', sector: 'LEG' }, 'verkhovna rada': { country: 'UKR', sector: 'LEG' }, bundestag: { country: 'DEU', sector: 'LEG' },
  knesset: { country: 'ISR', sector: 'LEG' }, congress: { country: 'USA', sector: 'LEG' }, 'supreme court': { sector: 'JUD' },
  'boko haram': { country: 'NGA', sector: 'REB' }, 'al-shabaab': { country: 'SOM', sector: 'REB' }, houthis: { country: 'YEM', sector: 'REB' },
  reuters: { sector: 'JRN' }, bbc: { country: 'GBR', sector: 'JRN' }, ap: { sector: 'JRN' }, afp: { sector: 'JRN' },
}

/** Words that make an organisation's name tell its sector: "… Party" → PTY, "… Army" → MIL. */
export const ORG_NAME_SECTORS: readonly [RegExp, string][] = [
  [/\b(?:Party|Tories|Democrats|Republicans)\b/, 'PTY'], [/\b(?:Army|Navy|Air Force|Forces|Guard|Brigade|Battalion|Military)\b/, 'MIL'],
  [/\b(?:Police|Gendarmerie)\b/, 'COP'], [/\b(?:Court|Tribunal)\b/, 'JUD'], [/\b(?:Parliament|Congress|Senate|Assembly|Duma)\b/, 'LEG'],
  [/\b(?:Ministry|Government|Commission|Council|Agency|Office|Department|Cabinet)\b/, 'GOV'],
  [/\b(?:University|College|School|Institute|Academy)\b/, 'EDU'], [/\b(?:Church|Diocese|Mosque|Synod)\b/, 'REL'],
  [/\b(?:Hospital|Clinic)\b/, 'MED'], [/\b(?:Union|Federation of Labor)\b/, 'LAB'],
  [/\b(?:Times|Post|News|Journal|Herald|Telegraph|Tribune|Gazette|Press|Television|Radio)\b/, 'JRN'],
  [/\b(?:Inc\.?|Corp\.?|Ltd\.?|Group|Bank|Holdings|Airlines|Motors|Company|Co\.)\b/, 'BUS'],
  [/\b(?:Front|Movement|Liberation|Rebels?)\b/, 'REB'], [/\b(?:Foundation|Watch|International)\b/, 'NGO'],
]

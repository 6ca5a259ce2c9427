import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Analysis } from '../../doc/analysis.js'
import type { Quotation } from '../../doc/types.js'
import { analyze } from '../../pipeline/analyze.js'
import { innerWords } from './find-direct-quotes.js'
import { analyzeDoc } from '../../pipeline/analyze.js'
import { createQuoteContext } from './quote-context.js'
import { toSentenceEnd } from './tagged-quotes.js'
import { assertValidAnalysis } from '../../test-support/check-analysis.js'

type Row = { kind: string; speaker?: string; source?: string; cue?: string; content: string }

function quotes(text: string): Row[] {
  const analysis: Analysis = analyze(text, { published: '2025-03-01' })
  assertValidAnalysis(analysis)
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]))
  return analysis.quotes.map((q) => ({
    kind: q.kind,
    ...(q.speaker && { speaker: names.get(q.speaker) }),
    ...(q.source && { source: q.source.text }),
    ...(q.cue && { cue: q.cue.text }),
    content: (q.parts ?? [q.content]).map((p) => p.text).join(' | '),
  }))
}

test('attributes a trailing "X said" to the quote before it', () => {
  assert.deepEqual(quotes('“We are not going anywhere,” Mayor Linda Carver said.'), [
    {
      kind: 'direct',
      speaker: 'Linda Carver',
      source: 'Mayor Linda Carver',
      cue: 'said',
      content: 'We are not going anywhere,',
    },
  ])
})

test('attributes "said X" after a quote, with the title in the source', () => {
  const [q] = quotes('“The budget is balanced,” said Councilman Robert Haynes.')
  assert.equal(q.speaker, 'Robert Haynes')
  assert.equal(q.cue, 'said')
})

test('attributes a quote introduced by "X said:"', () => {
  const [q] = quotes('Governor Anna Lopez said: “The roads will reopen on Friday.”')
  assert.deepEqual(
    [q.kind, q.speaker, q.cue, q.content],
    ['direct', 'Anna Lopez', 'said', 'The roads will reopen on Friday.'],
  )
})

test('joins a quote split by its attribution into one quote in two parts', () => {
  const rows = quotes('“We will vote,” said Senator Maria Lopez, “and we will win.”')
  const direct = rows.filter((r) => r.kind === 'direct')
  assert.equal(direct.length, 1)
  assert.equal(direct[0].content, 'We will vote, | and we will win.')
  assert.equal(direct[0].speaker, 'Maria Lopez')
})

test('gives a continuation quote the speaker of the quote before it; after the attribution it is the same quote', () => {
  const rows = quotes('“The storm is over,” Premier Claire Dubois said. “Now we rebuild.”\n“Every town will get help.”')
  assert.deepEqual(
    rows.map((r) => [r.kind, r.speaker, r.content]),
    [
      ['direct', 'Claire Dubois', 'The storm is over, | Now we rebuild.'],
      ['direct', 'Claire Dubois', 'Every town will get help.'],
    ],
  )
})

test('a quotation the reporter goes on after is no part of the quote before it', () => {
  const rows = quotes(
    '“This is not fair,” Senator Ruth Okafor said. “You pushed tellers past their limits” to lift the share price, she said.\n“Profits first” was the bank’s motto, the report found.',
  )
  assert.deepEqual(
    rows.slice(0, 2).map((r) => [r.kind, r.speaker, r.content]),
    [
      ['direct', 'Ruth Okafor', 'This is not fair,'],
      // Its own statement, mixed: the quoted words with the reporter's, attributed by the cue after them.
      ['mixed', 'Ruth Okafor', '“You pushed tellers past their limits” to lift the share price'],
    ],
  )
})

test("a cue after a comma speaks for its clause's subject: participles, relative clauses", () => {
  const rows = quotes(
    [
      'Mayor Tom Reyes criticised Governor Ana Ruiz over the budget, saying, “The cuts will close three schools.”',
      'Lena Ortiz, who runs the food bank for Ruiz’s coalition in four counties, said, “We need twice the volunteers.”',
      'The crowd cheered for Paul Simons, who joked, “I have not seen the bill yet, but I like it.”',
    ].join('\n'),
  )
  assert.deepEqual(
    rows.filter((r) => r.kind === 'direct').map((r) => [r.speaker, r.cue]),
    [
      ['Tom Reyes', 'saying'],
      ['Lena Ortiz', 'said'],
      ['Paul Simons', 'joked'],
    ],
  )
  // Reported speech too: the tagger's participle with no source of its own.
  const [claim] = quotes(
    'The Harbor Workers Union is filing a complaint on Monday with the city council, claiming that the port broke its contract.',
  )
  assert.deepEqual(
    [claim.speaker, claim.cue, claim.content],
    ['Harbor Workers Union', 'claiming', 'that the port broke its contract'],
  )
})

test("a reported clause the tagger cut short runs to its sentence's end, an object before an adjunct does not", () => {
  const ends = (text: string, cue: string, content: string) => {
    const doc = analyzeDoc(text)
    const ctx = createQuoteContext(doc)
    const at = (word: string) => doc.tokens.findIndex((t) => doc.text.slice(t.start, t.end) === word)
    const tagged = new Uint8Array(doc.tokens.length)
    const relation = {
      cue: { start: at(cue), end: at(cue) + 1, type: 'CUE' as const },
      content: [{ start: at(content), end: at(content) + 1, type: 'CONTENT' as const }],
    }
    tagged.fill(1, relation.cue.start, relation.content[0].end)
    const {
      content: [last],
    } = toSentenceEnd(ctx, relation, tagged)
    return doc.text.slice(doc.tokens[last.start].start, doc.tokens[last.end - 1].end)
  }
  assert.equal(ends('Cole said that taxes would rise next year.', 'said', 'that'), 'that taxes would rise next year')
  assert.equal(ends('Cole attacked Hart in early-morning posts on Friday.', 'attacked', 'Hart'), 'Hart')
  assert.equal(ends('Cole said that in May the tax would rise.', 'said', 'that'), 'that in May the tax would rise')
})

test('the speaker of a source is named before its appositive or relative clause, and a clause after "said" is no speaker', () => {
  assert.deepEqual(
    quotes('Ana Ruiz, who ran for mayor of Fresno against Tom Reyes in 2020, insisted that the vote was fair.').map(
      (r) => r.speaker,
    ),
    ['Ana Ruiz'],
  )
  assert.deepEqual(
    quotes(
      'Karl Weber, a senior official with the Northern Broadcasting Board, said the station was removed from most networks.',
    ).map((r) => r.speaker),
    ['Karl Weber'],
  )
  assert.deepEqual(
    quotes('Petra Lindqvist’s spokesman, Jonas Berg, said the minister would not resign.').map((r) => r.speaker),
    ['Jonas Berg'],
  )
  assert.deepEqual(
    quotes('Senator Luis Romero later told reporters that the fight was not over.').map((r) => r.source),
    ['Senator Luis Romero'],
  )
  // Not "…, said the reservoir (was low)": one statement, of the chairman.
  assert.deepEqual(
    quotes('The chairman of the Fresno Water Board, Ana Ruiz, said the reservoir was low.').map((r) => [
      r.speaker,
      r.content,
    ]),
    [['Ana Ruiz', 'the reservoir was low']],
  )
})

test('"according to" a described source runs to its comma; "whose …" is never a source', () => {
  assert.deepEqual(
    quotes('According to two officials familiar with the talks, the deal could be signed next week.').map((r) => [
      r.source,
      r.content,
    ]),
    [['two officials familiar with the talks', 'the deal could be signed next week']],
  )
  assert.ok(
    quotes('The senator, whose state relies on coal, has long opposed the rules.').every(
      (r) => !r.source?.startsWith('whose'),
    ),
  )
  assert.deepEqual(
    quotes('Dr. Amy Cho, who leads the state health department, urged parents to vaccinate their children.').map(
      (r) => [r.source, r.speaker],
    ),
    [['Dr. Amy Cho', 'Amy Cho']],
  )
})

test('a described speaker after a quote, named in an appositive or not', () => {
  assert.deepEqual(
    quotes('“It is a disgrace,” one worker, Tom Ellis, said of the plan. “We were lied to,” another worker said.').map(
      (r) => [r.kind, r.source, r.speaker, r.content],
    ),
    [
      ['direct', 'one worker, Tom Ellis', 'Tom Ellis', 'It is a disgrace,'],
      ['direct', 'another worker', undefined, 'We were lied to,'],
    ],
  )
})

test('attributes a quote to a pronoun speaker resolved to its person', () => {
  const rows = quotes(
    'Fire chief Mark Ellison spoke after the rescue. “I have never seen the water come up this fast,” he said.',
  )
  assert.deepEqual(
    rows.map((r) => [r.source, r.speaker]),
    [['he', 'Mark Ellison']],
  )
})

test('attributes a headline quote after a colon', () => {
  const [q] = quotes('Zelensky: ‘We Are Ready to Talk’\nPresident Volodymyr Zelensky spoke in Kyiv on Monday.')
  assert.deepEqual([q.kind, q.speaker, q.content], ['direct', 'Volodymyr Zelensky', 'We Are Ready to Talk'])
})

test('attributes a dash attribution after a quote', () => {
  const [q] = quotes('“Trade wars have no winners.” — Commissioner Lena Fischer')
  assert.deepEqual([q.kind, q.speaker], ['direct', 'Lena Fischer'])
})

test('reads reported speech: "X said (that) …", "X told reporters … that …"', () => {
  const rows = quotes(
    'Mayor Linda Carver said that the garage would cost $38 million. Councilman Robert Haynes told reporters on Tuesday that the figure was wrong.',
  )
  assert.deepEqual(
    rows.map((r) => [r.kind, r.speaker, r.cue, r.content]),
    [
      ['indirect', 'Linda Carver', 'said', 'that the garage would cost $38 million'],
      ['indirect', 'Robert Haynes', 'told', 'that the figure was wrong'],
    ],
  )
})

test('skips a reporter’s aside: "claimed, contrary to the polls, that …"', () => {
  const [q] = quotes('Senator Maria Lopez claimed, contrary to independent polls, that the governor was unpopular.')
  assert.deepEqual([q.cue, q.content], ['claimed', 'that the governor was unpopular'])
})

test('splits coordinated reports of one speaker and keeps the cue’s polarity', () => {
  const analysis = analyze('Minister Olena Kovalenko denied the report and insisted that talks would continue.')
  assert.deepEqual(
    analysis.quotes.map((q) => [q.cue?.text, q.polarity, q.content.text]),
    [
      ['denied', 'deny', 'the report'],
      ['insisted', 'assert', 'that talks would continue'],
    ],
  )
})

test('reads "according to X" before and after the clause', () => {
  const rows = quotes(
    'According to Dr. Priya Nair, the clinics are full. The wards will close, according to Mayor Linda Carver.',
  )
  assert.deepEqual(
    rows.map((r) => [r.speaker, r.cue, r.content]),
    [
      ['Priya Nair', 'According to', 'the clinics are full'],
      ['Linda Carver', 'according to', 'The wards will close'],
    ],
  )
})

test('reads "…, X said." after a reported clause', () => {
  const [q] = quotes('The bridge will reopen in May, Governor Anna Lopez said.')
  assert.deepEqual([q.kind, q.speaker, q.content], ['indirect', 'Anna Lopez', 'The bridge will reopen in May'])
})

test('a participle cue reports more of the same speaker', () => {
  const rows = quotes('Premier Claire Dubois defended the plan, arguing that it would save money.')
  assert.deepEqual(
    rows.map((r) => [r.speaker, r.cue, r.content]),
    [
      ['Claire Dubois', 'defended', 'the plan'],
      ['Claire Dubois', 'arguing', 'that it would save money'],
    ],
  )
})

test('reported speech with a quoted fragment is mixed', () => {
  const [q] = quotes('Mayor Linda Carver called the vote “a fair compromise” on Thursday.')
  assert.equal(q.kind, 'mixed')
  assert.equal(q.speaker, 'Linda Carver')
})

test('an organisation can speak: "Ukraine’s air force reported …"', () => {
  const [q] = quotes('Ukraine’s air force reported that most drones were shot down.')
  assert.deepEqual([q.speaker, q.content], ['Ukraine’s air force', 'that most drones were shot down'])
})

test('scare quotes, titles of works and apostrophes are not quotes', () => {
  assert.deepEqual(
    quotes('The so-called “reform” passed. She sang “Yesterday” at the concert. The parents’ group met.').filter(
      (r) => r.kind === 'direct',
    ),
    [],
  )
  // Terms and titles of several words that no word before them marks as a title.
  assert.deepEqual(
    quotes(
      'Rally Notes\n\nThe band played “Born in the USA” as the senator took the stage. The so-called “peace plan” was drafted in secret.',
    ),
    [],
  )
})

test('a quote split by its attribution and a few words after it is one quote', () => {
  assert.deepEqual(
    quotes('“Stay home,” the mayor wrote in a tweet, “and keep off the roads.”').map((r) => [
      r.kind,
      r.source,
      r.cue,
      r.content,
    ]),
    [['direct', 'the mayor', 'wrote', 'Stay home, | and keep off the roads.']],
  )
})

test('a title of several words after the work it names is not a quote, whatever follows it', () => {
  const rows = quotes(
    'At the end of her rendition of the anthem “A Change Is Gonna Come,” she added a verse. In his book, “Make Your Kid a Millionaire,” Mr. Dale Orr suggested saving coins.',
  )
  assert.deepEqual(
    rows.filter((r) => r.kind === 'direct' || r.content.startsWith('A Change')),
    [],
  )
})

test('a quoted fragment the reporter leads into is a mixed quote holding the lead', () => {
  const [q] = quotes('However laudable the goal, using the port tax “is a misguided approach,” said Mr. Ivo Burman.')
  assert.deepEqual(
    [q.kind, q.source, q.content],
    ['mixed', 'Mr. Ivo Burman', 'However laudable the goal, using the port tax “is a misguided approach,'],
  )
})

test('a name and its appositive before the cue are its subject, never a statement reported by what follows', () => {
  const rows = quotes("Ivana Lopez, the governor's eldest daughter, noted the rule in an interview last week.")
  assert.ok(
    rows.every((r) => !r.content.startsWith('Ivana')),
    JSON.stringify(rows),
  )
})

test('dates a quote by a date in its sentence, else by the publication date', () => {
  const analysis = analyze('Mayor Linda Carver said on Monday that the garage would open. “It is ready,” she said.', {
    published: '2025-03-05',
  })
  assert.deepEqual(
    analysis.quotes.map((q) => q.date),
    ['2025-03-03', '2025-03-05'],
  )
})

test('the attribution tagger reads cues no word list holds, and studies and polls as sources', () => {
  assert.deepEqual(
    quotes('Senator Maria Lopez mocked the budget plan as a gift to landlords.').map((r) => [
      r.speaker,
      r.cue,
      r.content,
    ]),
    [['Maria Lopez', 'mocked', 'the budget plan as a gift to landlords']],
  )
  assert.deepEqual(
    quotes('A survey by the Coastal Institute shows that most residents oppose the toll.').map((r) => [
      r.source,
      r.cue,
      r.content,
    ]),
    [['A survey by the Coastal Institute', 'shows', 'that most residents oppose the toll']],
  )
})

test('an aside opening the reported clause is left out: "said, without offering evidence, that …"', () => {
  const [q] = quotes('Mayor Linda Carver also said, without offering evidence, that the bridge was unsafe.')
  assert.deepEqual([q.speaker, q.cue, q.content], ['Linda Carver', 'said', 'that the bridge was unsafe'])
})

test('a quote going on after its attribution in straight quotation marks is one quote of the speaker', () => {
  const rows = quotes('"We will rebuild," Governor Anna Lopez said. "Every town will get help."')
  assert.deepEqual(
    rows.map((r) => [r.kind, r.speaker, r.content]),
    [['direct', 'Anna Lopez', 'We will rebuild, | Every town will get help.']],
  )
})

test("doubled apostrophes quote like double marks: ''…,'' said Mr. Burman", () => {
  const rows = quotes("''It is a fair plan,'' said Mr. Ivo Burman, a tax lawyer. ''It will not pass.''")
  assert.deepEqual(
    rows.map((r) => [r.kind, r.source, r.content]),
    [['direct', 'Mr. Ivo Burman', 'It is a fair plan, | It will not pass.']],
  )
})

test('speakers behind titles, parentheses and appositives, and after a question', () => {
  const rows = quotes(
    [
      '“The levee held,” Rep. Nora Quill (D-Ore.) said on Friday.',
      '“We counted every boat,” Harbour Master Tim Oduya, a former pilot, one of the founders of the port, said.',
      '“Who would have guessed it?” Pell said, smiling at the crowd.',
      '“It will be first-order business,” Mr. Adeyemi said.',
      '“It was the least bad outcome,” Mr. Soto of the Harbour Trust said.',
      '“That was outrageous,” Lind’s former campaign strategist said in an interview.',
      'The ferry sank on Monday. He says, “We are losing the whole fleet.”',
    ].join('\n\n'),
  )
  assert.deepEqual(
    rows.map((r) => r.source),
    [
      'Rep. Nora Quill',
      'Harbour Master Tim Oduya',
      'Pell',
      'Mr. Adeyemi',
      'Mr. Soto',
      'Lind’s former campaign strategist',
      'He',
    ],
  )
})

test('“state” as a noun is no reporting verb; nested attributions belong to the outer reported clause', () => {
  const rows = quotes(
    'The city sent a letter on Thursday. It says the campaign violated federal and state law by using the images.\n\nHe notes that the commission announced earlier on Friday that there was an issue with the microphone.',
  )
  assert.deepEqual(
    rows.map((r) => [r.source, r.cue, r.content]),
    [
      ['It', 'says', 'the campaign violated federal and state law by using the images'],
      ['He', 'notes', 'that the commission announced earlier on Friday that there was an issue with the microphone'],
    ],
  )
})

test('an interview transcript: each labelled turn is a direct quote of its speaker, running over its unlabelled paragraphs', () => {
  const rows = quotes(
    [
      'Senator Ruth Okafor spoke to the radio host Daniel Brandt on Sunday. A partial transcript follows.',
      '"BRANDT: Will the bridge be finished before the winter?',
      '"OKAFOR: It will. The crews work in two shifts now.',
      '"We signed the last contract in March.',
      '"(CROSSTALK.)',
      '"BRANDT: Thank you, Senator.',
    ].join('\n'),
  )
  const turns = rows.filter((r) => r.cue === ':')
  assert.deepEqual(turns, [
    {
      kind: 'direct',
      speaker: 'Daniel Brandt',
      source: 'BRANDT',
      cue: ':',
      content: 'Will the bridge be finished before the winter?',
    },
    {
      kind: 'direct',
      speaker: 'Ruth Okafor',
      source: 'OKAFOR',
      cue: ':',
      content: 'It will. The crews work in two shifts now. | We signed the last contract in March.',
    },
    { kind: 'direct', speaker: 'Daniel Brandt', source: 'BRANDT', cue: ':', content: 'Thank you, Senator.' },
  ])
})

test('a headline "Name: statement" is a quote of that person; notes and datelines before a colon are not', () => {
  const [headline] = quotes(
    'Okafor: Bridge Will Open Before Winter\nSenator Ruth Okafor told voters in Lagos that the bridge would open in November.',
  )
  assert.deepEqual(
    [headline.kind, headline.speaker, headline.cue, headline.content],
    ['direct', 'Ruth Okafor', ':', 'Bridge Will Open Before Winter'],
  )
  const notes = quotes(
    'UPDATE: The vote was moved to Friday.\nDENVER: The council met on Monday to discuss the budget.\nWATCH: The mayor answers questions.',
  )
  assert.deepEqual(
    notes.filter((r) => r.cue === ':'),
    [],
  )
})

test('a participle after the place of a statement reports more of the same speaker, not of the place', () => {
  const rows = quotes(
    '“We will rebuild the bridge,” Mayor Ana Torres said in a Madrid press conference, adding that work would start in May.',
  )
  const adding = rows.find((r) => r.cue === 'adding')
  assert.deepEqual(adding && [adding.speaker, adding.content], ['Ana Torres', 'that work would start in May'])
})

test('stance and disclosure verbs report what their subject holds: defended, condemned, disclosed', () => {
  const rows = quotes(
    'Senator Paul Whitfield defended the budget cuts on Tuesday.\n\nGovernor Lena Ortiz disclosed that the state had borrowed $40 million to cover the shortfall.',
  )
  assert.deepEqual(
    rows.map((r) => [r.speaker, r.cue]),
    [
      ['Paul Whitfield', 'defended'],
      ['Lena Ortiz', 'disclosed'],
    ],
  )
  assert.equal(rows[1].content, 'that the state had borrowed $40 million to cover the shortfall')
})

test('a participle after a comma opens a second statement of the same speaker, with its own cue', () => {
  const rows = quotes(
    'Mayor Ana Torres defended her record, claiming “luck” and “faith” had placed the city in her hands.',
  )
  assert.deepEqual(
    rows.map((r) => [r.speaker, r.cue, r.content]),
    [
      ['Ana Torres', 'defended', 'her record'],
      ['Ana Torres', 'claiming', '“luck” and “faith” had placed the city in her hands'],
    ],
  )
})

test('a statement closed by ", officials said." is attributed to the words that describe its speaker', () => {
  const rows = quotes(
    'The bridge will stay closed until at least June, officials said.\n\nThe new rules could cost farmers millions of dollars, independent experts say.',
  )
  assert.deepEqual(
    rows.map((r) => [r.source, r.cue, r.content]),
    [
      ['officials', 'said', 'The bridge will stay closed until at least June'],
      ['independent experts', 'say', 'The new rules could cost farmers millions of dollars'],
    ],
  )
})

test('counts the words a quotation quotes, up to the number asked for', () => {
  const text = 'She said “one two, three four five six” today.'
  const q: Quotation = {
    start: 9,
    end: 39,
    open: { start: 9, end: 10 },
    close: { start: 38, end: 39 },
    style: 'double',
    reopenings: [],
    closed: true,
    depth: 0,
  }
  assert.equal(text.slice(q.open.end, q.close!.start), 'one two, three four five six')
  assert.equal(innerWords(text, q), 6)
  assert.equal(innerWords(text, q, 2), 2)
  assert.equal(innerWords(text, q, 5), 5)
  assert.equal(innerWords(text, { ...q, close: { start: 10, end: 11 } }), 0)
})

test('quotes/speaker-head: a place or team that modifies the source never speaks for it', () => {
  const rows = quotes(
    'Rep. Adam B. Schiff of California urged the agency to release the records. ' +
      'Some Millikin fans said the coach should resign. ' +
      'Officials in Kyiv said the talks would resume on Friday. ' +
      'Gary Johnson’s doctor said the candidate was extremely fit. ' +
      'The Indiana governor said the tone of the race had to change.',
  )
  const speakerOf = (words: string) => rows.find((r) => r.content.includes(words))?.speaker
  assert.equal(speakerOf('release the records'), 'Adam B. Schiff', 'the person, not California')
  for (const words of ['coach should resign', 'talks would resume', 'extremely fit', 'tone of the race'])
    assert.equal(speakerOf(words), undefined, `"${words}": no named speaker`)
  assert.equal(rows.find((r) => r.content.includes('coach'))?.source, 'Some Millikin fans', 'the group keeps its words')
})

test('quotes/speaker-head: a name before an adverb, a suffix or a relative pronoun still speaks', () => {
  const rows = quotes(
    'Chief Justice Maria Okafor Jr. spoke of the legacy of the court. ' +
      'Senator Ruth Alder now says she opposes the deal. ' +
      'Reporters turned to the Harbor Police Department, which reported that 40 boats were stolen.',
  )
  const speakerOf = (words: string) => rows.find((r) => r.content.includes(words))?.speaker
  assert.equal(speakerOf('opposes the deal'), 'Ruth Alder')
  assert.equal(speakerOf('boats were stolen'), 'Harbor Police Department')
  assert.equal(
    rows.find((r) => r.content.includes('boats'))?.content,
    'that 40 boats were stolen',
    'the antecedent is no content',
  )
})

test('a pronoun that speaks after a quotation never takes a name from inside it', () => {
  const rows = quotes(
    'Governor Tomas Verhoeven spoke to farmers in the valley on Monday.\n' +
      '“I have known Edgar Lund for years, and Edgar Lund knows what drought means,” he said.',
  )
  assert.equal(rows[0].speaker, 'Tomas Verhoeven')
})

test('quotes/continue-speaker: "he said" continues the last speaker, when the gender allows', () => {
  const same = quotes(
    '“We have to be ready,” Paul Fowler said on Monday.\n' +
      'The party lost Governor Carl Hobbs to a scandal in 2012.\n' +
      '“It is something you would be a fool not to prepare for,” he said.',
  )
  assert.equal(same[1].speaker, 'Paul Fowler')
  const other = quotes(
    '“We have to be ready,” said Dana Fowler, a former party chair.\n' +
      'She served under Governor Carl Hobbs for a decade, and he praised her work.\n' +
      '“Nobody prepared for it,” he said.',
  )
  assert.equal(other[1].speaker, 'Carl Hobbs', 'she is no "he"')
})

test('the possessor of a cue noun speaks: "Alder’s claim that …"', () => {
  const rows = quotes(
    'Ruth Alder spoke on Monday. Critics seized on Alder’s claim that there had been “thousands of break-ins” in the city.',
  )
  assert.equal(rows.find((r) => r.content.includes('break-ins'))?.speaker, 'Ruth Alder')
})

import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractHtml } from '../extract-html.js'
import { furnitureKind } from './furniture-lines.js'

/** A page of our own: four paragraphs of story around one piece of furniture. */
function page(furniture: string): string {
  const story = [
    'The town council voted on Tuesday to rebuild the old stone bridge over the river before the spring floods.',
    'Engineers had warned for years that the arches were cracking and that heavy lorries should keep away.',
    'The work will close the road for six months, and a ferry will carry walkers across in the meantime.',
    'Shop owners on the far bank said they feared losing trade but welcomed a bridge that would last.',
  ]
  return `<html><body><article><h1>Council votes to rebuild bridge</h1><p>${story[0]}</p><p>${story[1]}</p>${furniture}<p>${story[2]}</p><p>${story[3]}</p></article></body></html>`
}

test('a byline with a date is furniture (byline), a sentence opening with "By" is not', () => {
  assert.equal(furnitureKind('By Jane Roe - 11/18/19 11:04 PM EST'), 'byline')
  assert.equal(furnitureKind('By Ann Lee, Bo Park and Cy Diaz'), 'byline')
  assert.equal(furnitureKind('by Ann March 3, 2014'), 'byline')
  assert.equal(furnitureKind('By Tuesday, the water had reached the second floor of the mill.'), undefined)
  assert.equal(furnitureKind('By 2030 the city wants every bus to run on batteries.'), undefined)
})

test('a caption closed by a picture credit is furniture (caption)', () => {
  assert.equal(furnitureKind('A ferry waits at the landing on Monday (Image: CITY PRESS )'), 'caption')
  assert.equal(furnitureKind('Walkers cross the old bridge. (AP Photo/Ann Lee, File)'), 'caption')
  assert.equal(furnitureKind('Ann Lee | Harbour Post | Getty Images'), 'caption')
  assert.equal(furnitureKind('Image 1 of 23'), 'caption')
  assert.equal(furnitureKind('The photo (taken in 1920) shows the bridge in its first year.'), undefined)
})

test('adverts, prompts, comment headings, stamps and copyright lines are furniture of their kind', () => {
  assert.equal(furnitureKind('Continue Reading Below'), 'advert')
  assert.equal(furnitureKind('Advert'), 'advert')
  assert.equal(furnitureKind('Get the latest updates right in your inbox. Subscribe to our newsletters.'), 'prompt')
  assert.equal(furnitureKind('Ann Lee writes about rivers. Follow her on Twitter @annlee.'), 'prompt')
  assert.equal(furnitureKind('Tell us what YOU think...'), 'comments')
  assert.equal(furnitureKind('12 comments'), 'comments')
  assert.equal(furnitureKind('| UPDATED: 11:05, Tue, Nov 19, 2019'), 'stamp')
  assert.equal(furnitureKind('November 20, 2019 / 1:07 AM / Harbour News'), 'stamp')
  assert.equal(furnitureKind('The contents of this site are ©2019 Harbour Publishing.'), 'copyright')
  assert.equal(furnitureKind('SOURCE: News agencies'), 'related')
  assert.equal(furnitureKind('Filed under: Rivers |'), 'related')
  assert.equal(furnitureKind('4 min read'), 'stamp')
  assert.equal(furnitureKind('Anzeige'), 'advert')
  assert.equal(furnitureKind('The council said the comments of residents would be read before the vote.'), undefined)
})

test('extraction drops a byline, a caption and an advert between paragraphs, and keeps the story', () => {
  for (const furniture of [
    '<p>By Jane Roe - 11/18/19 11:04 PM EST</p>',
    '<p>The bridge at dawn (Image: CITY PRESS )</p>',
    '<p>Continue Reading Below</p>',
    '<p>Tell us what YOU think...</p>',
  ]) {
    const text = extractHtml(page(furniture)).text
    assert.match(text, /stone bridge over the river/)
    assert.match(text, /would last\./)
    assert.doesNotMatch(text, /Jane Roe|CITY PRESS|Continue Reading|what YOU think/)
  }
})

test('extraction drops a hover card inside a paragraph (rollover), keeping the name it explains', () => {
  const card =
    '<p>Mayor <a href="/p/ann-lee">Ann Lee</a><span class="rollover-people-block"><a href="/p/ann-lee">Ann Lee</a>' +
    '<a href="/s/1">Harbour fees rise again</a></span> said the bridge would reopen in the autumn.</p>'
  const text = extractHtml(page(card)).text
  assert.match(text, /Mayor Ann Lee said the bridge would reopen/)
  assert.doesNotMatch(text, /Harbour fees/)
})

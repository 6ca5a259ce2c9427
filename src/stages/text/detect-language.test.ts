import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detectLanguage } from './detect-language.js'

test('detects English, French, German and Spanish news sentences', () => {
  assert.equal(
    detectLanguage('The minister said on Monday that the talks with the unions would resume next week.'),
    'en',
  )
  assert.equal(
    detectLanguage(
      'Le ministre a déclaré lundi que les discussions avec les syndicats reprendront la semaine prochaine.',
    ),
    'fr',
  )
  assert.equal(
    detectLanguage('Der Minister sagte am Montag, dass die Gespräche mit den Gewerkschaften nicht fortgesetzt werden.'),
    'de',
  )
  assert.equal(
    detectLanguage(
      'El ministro dijo el lunes que las negociaciones con los sindicatos se reanudarán la próxima semana.',
    ),
    'es',
  )
})

test('detects languages by their script', () => {
  assert.equal(detectLanguage('Министр заявил в понедельник, что переговоры возобновятся на следующей неделе.'), 'ru')
  assert.equal(detectLanguage('Міністр заявив у понеділок, що переговори відновляться наступного тижня і їх.'), 'uk')
  assert.equal(detectLanguage('部长周一表示，与工会的谈判将于下周恢复，各方对此表示欢迎和支持。'), 'zh')
  assert.equal(detectLanguage('大臣は月曜日、労働組合との交渉を来週再開すると述べた。これは重要です。'), 'ja')
})

test('answers "und" when there is too little text', () => {
  assert.equal(detectLanguage('OK'), 'und')
  assert.equal(detectLanguage('12345 678 !!!'), 'und')
})

test('keeps English when names bring in foreign function words', () => {
  assert.equal(
    detectLanguage(
      'European Commission President Ursula von der Leyen arrived in Rome. Von der Leyen said the talks were useful.',
    ),
    'en',
  )
})

import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHAIN } from '../text/coverage.ts'
import { fakeMeasure } from './fixtures.ts'
import { visualRuns } from './visual.ts'
import { tokenize } from './words.ts'
import { wrap } from './wrap.ts'

const SIZE = 10
const lay = (text: string, width: number, measure = fakeMeasure) =>
  wrap(tokenize(text, { size: SIZE, chain: CHAIN, measure }), width, SIZE, measure)
const lineTexts = (text: string, width: number) => lay(text, width).map((l) => l.pieces.map((p) => p.text).join(''))

describe('tokenize', () => {
  it('marks **bold** pieces bold, inside and across words', () => {
    const tokens = tokenize('a **bold** word and **half**way', { size: SIZE, chain: CHAIN, measure: fakeMeasure })
    const faces = tokens.flatMap((t) => (t.kind === 'word' ? t.pieces.map((p) => `${p.face}:${p.text}`) : []))
    expect(faces).toEqual(['regular:a', 'bold:bold', 'regular:word', 'regular:and', 'bold:half', 'regular:way'])
  })

  it('collapses runs of spaces and keeps no-break spaces inside words', () => {
    const tokens = tokenize('a   b\u00a0c', { size: SIZE, chain: CHAIN, measure: fakeMeasure })
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'space', 'word'])
  })
})

describe('wrap', () => {
  it('fills lines greedily', () => {
    // 5 pt a character: 60 pt holds 12.
    expect(lineTexts('aaa bbb ccc ddd eee', 60)).toEqual(['aaa bbb ccc', 'ddd eee'])
  })

  it('honours hard line breaks', () => {
    expect(lineTexts('one\ntwo\n\nthree', 500)).toEqual(['one', 'two', '', 'three'])
  })

  it('breaks a long web address after punctuation rather than mid-word', () => {
    const lines = lineTexts('https://www.example.police.uk/make-a-request/subject-access/', 120)
    expect(lines.join('')).toBe('https://www.example.police.uk/make-a-request/subject-access/')
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[-/.]$/)
  })

  it('never loses, reorders or overfills (property)', () => {
    const word = fc.stringMatching(/^[a-zA-Zà-ÿ]{1,30}$/)
    const styled = fc.tuple(word, fc.boolean()).map(([w, b]) => (b ? `**${w}**` : w))
    fc.assert(
      fc.property(fc.array(styled, { minLength: 1, maxLength: 60 }), fc.integer({ min: 20, max: 460 }), (words, width) => {
        const text = words.join(' ')
        const lines = lay(text, width)
        const plain = text.replace(/\*\*/g, '')
        expect(lines.map((l) => l.pieces.map((p) => p.text).join('')).join('').replace(/ /g, '')).toBe(plain.replace(/ /g, ''))
        for (const line of lines) {
          expect(line.width).toBeLessThanOrEqual(width + 0.01)
          expect(line.width).toBeCloseTo(line.pieces.reduce((w, p) => w + p.width, 0), 6)
          expect(line.pieces[0]?.text.startsWith(' ')).not.toBe(true)
          expect(line.pieces.at(-1)?.text.endsWith(' ')).not.toBe(true)
        }
        // Greedy: the first word of each line would not have fitted on the line before.
        for (let i = 1; i < lines.length; i += 1) {
          const pieces = lines[i]!.pieces
          const space = pieces.findIndex((p) => p.text === ' ')
          const firstWord = (space === -1 ? pieces : pieces.slice(0, space)).reduce((w, p) => w + p.width, 0)
          expect(lines[i - 1]!.width + SIZE * 0.5 + firstWord).toBeGreaterThan(width - 0.01)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('visualRuns', () => {
  const runsOf = (text: string) => visualRuns(lay(text, 1000)[0]!).map((r) => r.text)

  it('draws an Arabic name as one run', () => {
    expect(runsOf('Name: محمد علي')).toEqual(['Name: ', 'محمد علي'])
  })

  it('puts the parts of a right-to-left stretch in right-to-left order', () => {
    expect(runsOf('محمد 12 علي')).toEqual([' علي', '12', 'محمد '])
    expect(runsOf('Ref محمد-علي ok')).toEqual(['Ref ', 'علي', '-', 'محمد', ' ok'])
  })

  it('lays runs end to end', () => {
    const runs = visualRuns(lay('ab **cd** ef', 1000)[0]!)
    expect(runs.map((r) => [r.text, r.x])).toEqual([['ab ', 0], ['cd', 15], [' ef', 26]])
  })
})

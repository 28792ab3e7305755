/**
 * The reading level of every word the interface shows: the pages (ui), the error messages (errors)
 * and the glossary. Issue 11 asks for text a 9 to 12 year old can read, which is US grade 4 to 7 on
 * the Flesch-Kincaid scale; we hold the whole text at grade 6 or below.
 *
 * The formulas are wooorm's `flesch-kincaid` and `flesch`, fed with syllables from his `syllable`.
 * They take counts, so the counting rules are ours and are written down here. Letters (templates/)
 * are not measured: they stay formal.
 *
 * Run with `npx vitest run src/content/readability.test.ts` to see the figures.
 */
import { flesch } from 'flesch'
import { describe, expect, it } from 'vitest'
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import errors from './errors.en-GB.json'
import glossary from './glossary.en-GB.json'
import ui from './ui.en-GB.json'

/** Grade for all the interface text taken together: age 11 to 12 in England. */
const OVERALL_GRADE = 6
/** Grade no single sentence may pass (age 14 to 15): a longer or heavier one has to be split. */
const SENTENCE_GRADE = 9
/**
 * Sentences shorter than this are not held to the ceiling: on a few words the formula measures
 * little but the syllables of one word ("Postcode" alone is grade 8; "Parental responsibility" is 38).
 */
const SENTENCE_MIN_WORDS = 10
/**
 * Names the law gives that have no plainer form. Each is explained in the glossary, which the pages
 * link to. In the sentence check they are left out, as {placeholders} are; the overall figures count them.
 */
const LEGAL_NAMES = [
  // Children Act 1989; "a parent's rights" would be wrong: many parents do not have it.
  'parental responsibility',
  // What organisations call the request, so people search their websites for it.
  'subject access request',
  // The name of the law area on every organisation's website ("data protection officer", "data protection requests").
  'data protection',
]

type Counts = { sentence: number; word: number; syllable: number }

interface Sentence {
  key: string
  text: string
  counts: Counts
}

/**
 * Every string a person can see, by key. `$comment` keys are notes for writers. A value that is a
 * list (bullet points, a glossary entry's paragraphs) gives one entry per item.
 */
function interfaceText(): [string, string][] {
  const out: [string, string][] = []
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') out.push([prefix, value])
    else if (Array.isArray(value)) value.forEach((item, i) => walk(`${prefix}[${i}]`, item))
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$comment') continue
        walk(prefix === '' ? key : `${prefix}.${key}`, inner)
      }
    }
  }
  walk('ui', ui)
  walk('errors', errors)
  walk('glossary', glossary)
  return out
}

/**
 * The words a reader sees around the gaps: {placeholders} are filled at run time with names, dates
 * and links (a link's own words are measured where they are kept), so they are left out, not guessed.
 */
function readable(text: string): string {
  return text.replace(/\{\w+\}/g, ' ').replace(/<[^>]+>/g, ' ')
}

const WORD = /[A-Za-z0-9]+(?:['’.@/-][A-Za-z0-9]+)*/g

/** Syllables in one word. A figure (a date, 999) is read at a glance, so it counts as one. */
function syllables(word: string): number {
  if (/^\d/.test(word)) return 1
  return Math.max(1, syllable(word))
}

function count(text: string): Counts {
  const words = text.match(WORD) ?? []
  return { sentence: 1, word: words.length, syllable: words.reduce((n, w) => n + syllables(w), 0) }
}

/**
 * Sentences end at . ! ? or a line break, and at the end of the string: hints and labels carry no
 * full stop but are read as one sentence each. A colon or semicolon joins clauses, as it reads.
 */
function sentences(key: string, text: string): Sentence[] {
  return readable(text)
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => (s.match(WORD) ?? []).length > 0)
    .map((s) => ({ key, text: s, counts: count(s) }))
}

/** A sentence as the ceiling sees it: legal names taken out. */
function withoutLegalNames(sentence: Sentence): Counts {
  let text = sentence.text
  for (const name of LEGAL_NAMES) text = text.replace(new RegExp(name, 'gi'), ' ')
  return count(text)
}

function sum(list: Counts[]): Counts {
  return list.reduce((a, b) => ({ sentence: a.sentence + b.sentence, word: a.word + b.word, syllable: a.syllable + b.syllable }), {
    sentence: 0,
    word: 0,
    syllable: 0,
  })
}

const round = (n: number) => Math.round(n * 10) / 10

const ALL = interfaceText().flatMap(([key, text]) => sentences(key, text))

describe('reading level of the interface text', () => {
  it('measures what it should: an easy sentence low, a legal one high', () => {
    const [easy] = sentences('easy', 'You can ask for a copy of your records. It is free.').map((s) => fleschKincaid(s.counts))
    const hard = fleschKincaid(
      sentences('hard', 'Notwithstanding the aforementioned considerations, the controller shall demonstrate proportionality.')[0]!.counts,
    )
    expect(easy).toBeLessThan(3)
    expect(hard).toBeGreaterThan(SENTENCE_GRADE)
    expect(sentences('k', 'Enter {lower} as a full web address')[0]!.counts.word).toBe(6)
    expect(sentences('k', 'First one. Second one! Third?\nFourth')).toHaveLength(4)
  })

  it(`reads at grade ${OVERALL_GRADE} or below overall (and prints the figures, per key and in all)`, () => {
    const total = sum(ALL.map((s) => s.counts))
    const grade = fleschKincaid(total)
    const ease = flesch(total)
    const long = ALL.filter((s) => s.counts.word >= SENTENCE_MIN_WORDS)
    const longTotal = sum(long.map((s) => s.counts))
    const byKey = new Map<string, Counts[]>()
    for (const s of ALL) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s.counts])
    const rows = [...byKey]
      .map(([key, list]) => ({ key, words: sum(list).word, grade: fleschKincaid(sum(list)), ease: flesch(sum(list)) }))
      // Keys long enough to measure first, hardest first; then the short labels, whose grade says little.
      .sort((a, b) => Number(b.words >= SENTENCE_MIN_WORDS) - Number(a.words >= SENTENCE_MIN_WORDS) || b.grade - a.grade)
    console.log(
      [
        'Grade   Ease  Words  Key',
        ...rows.map((r) => `${r.grade.toFixed(1).padStart(5)} ${r.ease.toFixed(1).padStart(6)} ${String(r.words).padStart(6)}  ${r.key}`),
        '',
        `Interface text: ${total.word} words in ${total.sentence} sentences (${round(total.word / total.sentence)} words a sentence)`,
        `Flesch-Kincaid grade ${round(grade)}, Flesch reading ease ${round(ease)}`,
        `Sentences of ${SENTENCE_MIN_WORDS}+ words (${long.length}): grade ${round(fleschKincaid(longTotal))}, ease ${round(flesch(longTotal))}`,
      ].join('\n'),
    )
    expect(Number.isFinite(grade)).toBe(true)
    expect(grade).toBeLessThanOrEqual(OVERALL_GRADE)
    // Labels and headings of two or three words pull the whole down; the prose alone is held to the same grade.
    expect(fleschKincaid(longTotal)).toBeLessThanOrEqual(OVERALL_GRADE)
  })

  it(`has no sentence of ${SENTENCE_MIN_WORDS} or more words above grade ${SENTENCE_GRADE}`, () => {
    const over = ALL.map((s) => ({ s, counts: withoutLegalNames(s) })).filter(
      ({ counts }) => counts.word >= SENTENCE_MIN_WORDS && fleschKincaid(counts) > SENTENCE_GRADE,
    )
    const report = over.map(({ s, counts }) => `${round(fleschKincaid(counts))}  ${s.key}: ${s.text}`)
    if (report.length > 0) console.log(report.join('\n'))
    expect(report).toEqual([])
  })

  it('lists only legal names the text still uses', () => {
    const all = ALL.map((s) => s.text.toLowerCase()).join('\n')
    expect(LEGAL_NAMES.filter((name) => !all.includes(name))).toEqual([])
  })
})

/**
 * Search that understands how people name police forces and councils: "gmp", "the Met", "Brum",
 * "Cardiff Council", "saint helens", "ynys mon", small typos.
 *
 * How a result ranks (lower is better):
 *   0  the whole query is a name, official name or alias ("the met", "tower hamlets")
 *   1  the query without filler words is a name without filler words ("cardiff council" ~ "Cardiff")
 *   2  a name starts with the query, as you type ("tower ham")
 *   3  every word of the query starts a word of a name, in any order ("manchester city")
 *   4  every word of a name is in the query ("channel panel" ~ "Channel")
 *   5+ a fuzzy match from fuse.js, for typos ("manchestr")
 * A small step is added for which field matched (name, then official name, then alias). Where the
 * query says "police" or "council", bodies of the other kind drop half a step. A council found at
 * tiers 0-3 brings its police force (and a district its county council) in just behind it, so
 * "cardiff" also offers South Wales Police, and "cardiff police" (or "police in Cardiff") offers it first.
 */
import Fuse from 'fuse.js/basic'
import type { Directory } from './directory.ts'
import { searchWordsOf } from '../request/kinds.ts'
import type { Recipient } from './types.ts'

/** Words that say what kind of body, not which one. Dropped for the second, "core" form of a name. */
const FILLER = new Set([
  'the', 'of', 'council', 'councils', 'cyngor', 'police', 'constabulary', 'heddlu', 'service', 'force',
  'city', 'borough', 'county', 'district', 'metropolitan', 'royal', 'corporation',
  // How people ask in a search box: "police in Birmingham", "my local council", "cops in Hackney".
  'in', 'for', 'at', 'my', 'local', 'near', 'cops', 'yn', 'fy',
])
const POLICE_WORDS = searchWordsOf('police')
const COUNCIL_WORDS = searchWordsOf('council')

/** Lower case, no accents, "&" as "and", "St"/"St." as "saint", punctuation as spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'st' ? 'saint' : w))
    .join(' ')
}

/**
 * The normalised text without words like "council", "police", "the", "city". May be empty. "City of"
 * keeps its "city": the City of London is a place of its own, not London.
 */
export function core(normalised: string): string {
  const words = normalised.split(' ')
  return words
    .filter((w, i) => w !== '' && (!FILLER.has(w) || (w === 'city' && words[i + 1] === 'of')))
    .join(' ')
}

interface Key {
  text: string
  words: string[]
  /** 0 name, 1 official name, 2 alias. */
  field: number
}

interface Entry {
  record: Recipient
  keys: Key[]
  cores: Key[]
}

export interface SearchFunction {
  /** Letter recipients best first, at most `limit`. */
  (query: string, limit?: number): Recipient[]
  /**
   * Records that are not letter recipients but explain where to write (such as "local authority
   * Channel panels", which points to each council), matching the query. Show their notes.
   */
  notes(query: string): Recipient[]
}

const FIELD_STEP = 0.01
const KIND_STEP = 0.5
const AREA_STEP = 0.3
const FUZZY_TIER = 5
const FUZZY_THRESHOLD = 0.3
const FUZZY_MIN_LENGTH = 4

function keysOf(r: Recipient): { keys: Key[]; cores: Key[] } {
  const keys: Key[] = []
  const cores: Key[] = []
  const add = (value: string, field: number) => {
    const text = normalise(value)
    if (text !== '' && !keys.some((k) => k.text === text && k.field <= field)) keys.push({ text, words: text.split(' '), field })
    const c = core(text)
    if (c !== '' && !cores.some((k) => k.text === c && k.field <= field)) cores.push({ text: c, words: c.split(' '), field })
  }
  add(r.name, 0)
  add(r.officialName, 1)
  for (const a of r.aliases) add(a, 2)
  return { keys, cores }
}

/** The best exact, prefix or word tier (0-4) at which a query matches these keys, or undefined. */
function tierOf(entry: Entry, query: string, queryWords: string[], queryCore: string, coreWords: string[]): number | undefined {
  let best: number | undefined
  const consider = (tier: number, key: Key) => {
    const score = tier + key.field * FIELD_STEP
    if (best === undefined || score < best) best = score
  }
  for (const key of entry.keys) {
    if (key.text === query) consider(0, key)
    else if (key.text.startsWith(query)) consider(2, key)
    else if (queryWords.every((q) => key.words.some((w) => w.startsWith(q)))) consider(3, key)
  }
  for (const key of entry.cores) {
    if (queryCore === '') break
    if (key.text === queryCore) consider(1, key)
    else if (key.text.startsWith(queryCore)) consider(2, key)
    else if (coreWords.every((q) => key.words.some((w) => w.startsWith(q)))) consider(3, key)
    else if (key.words.every((w) => coreWords.includes(w))) consider(4, key)
  }
  return best
}

/** Builds the search once (it indexes every name); the returned function is cheap to call per keystroke. */
export function createSearch(directory: Directory): SearchFunction {
  const build = (records: readonly Recipient[]): Entry[] => records.map((record) => ({ record, ...keysOf(record) }))
  const entries = build(directory.all)
  const pointerEntries = build(directory.pointers.filter((r) => r.pointer))

  // One fuzzy document per name: the core form where there is one (so "council" or "police" in a
  // name cannot make a typo match), else the whole name. Its field decides ties, as above.
  const fuzzyDocs = entries.flatMap((e, index) => {
    const docs = e.cores.map((k) => ({ index, text: k.text, field: k.field }))
    for (const k of e.keys) if (core(k.text) === '') docs.push({ index, text: k.text, field: k.field })
    return docs
  })
  const fuse = new Fuse(fuzzyDocs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD })

  function search(rawQuery: string, limit = 8): Recipient[] {
    const query = normalise(rawQuery)
    // "&" alone becomes "and": a query needs a letter or digit of its own.
    if (query === '' || limit <= 0 || !/[\p{L}\p{N}]/u.test(rawQuery)) return []
    const queryWords = query.split(' ')
    const queryCore = core(query)
    const coreWords = queryCore === '' ? [] : queryCore.split(' ')
    const hint = queryWords.some((w) => POLICE_WORDS.has(w)) ? 'police' : queryWords.some((w) => COUNCIL_WORDS.has(w)) ? 'council' : undefined
    const kindPenalty = (r: Recipient) => (hint !== undefined && r.lawKind !== hint ? KIND_STEP : 0)

    const scores = new Map<string, { record: Recipient; score: number }>()
    const offer = (record: Recipient, score: number) => {
      const old = scores.get(record.id)
      if (!old || score < old.score) scores.set(record.id, { record, score })
    }

    const direct: { record: Recipient; tier: number }[] = []
    for (const entry of entries) {
      const tier = tierOf(entry, query, queryWords, queryCore, coreWords)
      if (tier !== undefined) direct.push({ record: entry.record, tier })
    }
    // Fuzzy matches fill the list up for typos; not for short queries, where they would match almost anything.
    const fuzzyQuery = queryCore || query
    if (direct.length < limit && fuzzyQuery.length >= FUZZY_MIN_LENGTH) {
      const found = new Set(direct.map((d) => d.record.id))
      const fuzzy = new Map<number, number>()
      for (const result of fuse.search(fuzzyQuery, { limit: limit * 4 })) {
        const score = FUZZY_TIER + (result.score ?? 1) + result.item.field * FIELD_STEP
        const old = fuzzy.get(result.item.index)
        if (old === undefined || score < old) fuzzy.set(result.item.index, score)
      }
      for (const [index, tier] of fuzzy) {
        const entry = entries[index] as Entry
        if (!found.has(entry.record.id)) direct.push({ record: entry.record, tier })
      }
    }

    for (const { record, tier } of direct) {
      offer(record, tier + kindPenalty(record))
      // A council brings its police force and county council just behind it.
      if (record.kind === 'council' && tier < 4) {
        for (const related of [directory.policeFor(record.id), directory.countyFor(record.id)]) {
          if (related) offer(related, tier + AREA_STEP + kindPenalty(related))
        }
      }
    }

    return [...scores.values()]
      .sort((a, b) => a.score - b.score || kindOrder(a.record) - kindOrder(b.record) || a.record.name.localeCompare(b.record.name, 'en-GB'))
      .slice(0, limit)
      .map((s) => s.record)
  }

  function notes(rawQuery: string): Recipient[] {
    const query = normalise(rawQuery)
    if (query === '') return []
    const queryCore = core(query)
    return pointerEntries
      .filter((e) => tierOf(e, query, query.split(' '), queryCore, queryCore === '' ? [] : queryCore.split(' ')) !== undefined)
      .map((e) => e.record)
  }

  return Object.assign(search, { notes })
}

function kindOrder(r: Recipient): number {
  return r.kind === 'council' ? 0 : r.kind === 'police' ? 1 : 2
}

/**
 * Everyday searches for bodies the directory does not list: schools, colleges and the NHS. We can
 * only send the person to add one by hand, with the right kind already chosen, so the letter quotes
 * the right law. English and Welsh words, whole words only ("school" in "Schoolhouse Lane" is not a school).
 */
import { RECIPIENT_KIND_IDS, RECIPIENT_KINDS, searchWordsOf, type UnlistedKind } from '../request/kinds.ts'
import { normalise } from './search.ts'

export type { UnlistedKind }

/** Each unlisted kind with its search words (request/kinds.ts). */
const UNLISTED = RECIPIENT_KIND_IDS.flatMap((kind) => (RECIPIENT_KINDS[kind].listed || RECIPIENT_KINDS[kind].searchWords.length === 0 ? [] : [{ kind: kind as UnlistedKind, words: searchWordsOf(kind) }]))

/** The kind of unlisted body a query asks for ("my school", "NHS", "ysgol"), or undefined. */
export function unlistedKind(query: string): UnlistedKind | undefined {
  const words = normalise(query).split(' ')
  return UNLISTED.find((u) => words.some((w) => u.words.has(w)))?.kind
}

const OWN = new Set(['my', 'our', 'local', 'fy', 'ein', 'lleol'])
const COUNCIL = searchWordsOf('council')
const POLICE = searchWordsOf('police')
const FILL = new Set(['the', 'y', 'yr'])

/**
 * "My council", "my local police", "fy heddlu lleol": the person means the body for where they live,
 * which only their address can tell. The kind they asked for, or undefined for any other query.
 */
export function ownAreaKind(query: string): 'council' | 'police' | undefined {
  const words = normalise(query).split(' ').filter((w) => w !== '' && !FILL.has(w))
  if (!words.some((w) => OWN.has(w))) return undefined
  const rest = words.filter((w) => !OWN.has(w))
  if (rest.length > 0 && rest.every((w) => COUNCIL.has(w))) return 'council'
  if (rest.length > 0 && rest.every((w) => POLICE.has(w))) return 'police'
  return undefined
}

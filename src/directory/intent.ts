/**
 * Everyday searches for bodies the directory does not list: schools, colleges and the NHS. We can
 * only send the person to add one by hand, with the right kind already chosen, so the letter quotes
 * the right law. English and Welsh words, whole words only ("school" in "Schoolhouse Lane" is not a school).
 */
import { normalise } from './search.ts'

export type UnlistedKind = 'school' | 'nhs'

const WORDS: Record<UnlistedKind, ReadonlySet<string>> = {
  school: new Set(['school', 'schools', 'college', 'colleges', 'academy', 'university', 'uni', 'sixth', 'pru', 'ysgol', 'coleg', 'prifysgol']),
  nhs: new Set(['nhs', 'hospital', 'gp', 'doctor', 'doctors', 'surgery', 'camhs', 'clinic', 'health', 'gig', 'ysbyty', 'meddyg', 'hscni']),
}

/** The kind of unlisted body a query asks for ("my school", "NHS", "ysgol"), or undefined. */
export function unlistedKind(query: string): UnlistedKind | undefined {
  const words = normalise(query).split(' ')
  for (const kind of ['school', 'nhs'] as const) {
    if (words.some((w) => WORDS[kind].has(w))) return kind
  }
  return undefined
}

const OWN = new Set(['my', 'our', 'local', 'fy', 'ein', 'lleol'])
const COUNCIL = new Set(['council', 'cyngor', 'gyngor', 'nghyngor'])
const POLICE = new Set(['police', 'force', 'cops', 'heddlu'])
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

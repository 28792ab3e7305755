/**
 * The directory of police forces, councils and Prevent bodies, built from the JSON data in
 * src/data/directory/. Import this module with import() where you can: the data is large. It pulls in
 * nothing else (no zod, no search library), and loadDirectory() builds its indexes once.
 */
import councils from '../data/directory/councils.json'
import police from '../data/directory/police.json'
import prevent from '../data/directory/prevent.json'
import type { Recipient } from './types.ts'

export interface Directory {
  /** Every organisation a letter can go to: police, then councils, then Prevent bodies, each by id. */
  readonly all: readonly Recipient[]
  /**
   * Records that are not letter recipients themselves: pointers (such as "local authority Channel
   * panels", which points to each council) and duplicates kept for their notes (`sameAs`).
   */
  readonly pointers: readonly Recipient[]
  /** The record for an id. A duplicate's id gives the record it duplicates; a pointer's id gives undefined. */
  byId(id: string): Recipient | undefined
  /** The pointer or duplicate record for an id, with its notes. */
  pointerById(id: string): Recipient | undefined
  /** The police force covering a council's area (from the ONS lookup). */
  policeFor(councilId: string): Recipient | undefined
  /** The councils in a police force's area, by id. */
  councilsFor(policeId: string): Recipient[]
  /** The county council above a district council in a two-tier area. */
  countyFor(districtId: string): Recipient | undefined
  /** The district councils under a county council, by id. */
  districtsFor(countyId: string): Recipient[]
}

let cached: Directory | undefined

/** The directory from the bundled data. Cheap after the first call. */
export function loadDirectory(): Directory {
  cached ??= buildDirectory([...(police as Recipient[]), ...(councils as Recipient[]), ...(prevent as Recipient[])])
  return cached
}

/** A directory over any list of records (the tests use it with small made-up lists). */
export function buildDirectory(records: readonly Recipient[]): Directory {
  const all: Recipient[] = []
  const pointers: Recipient[] = []
  const ids = new Map<string, Recipient>()
  const others = new Map<string, Recipient>()
  for (const r of records) {
    if (r.pointer || r.sameAs) {
      pointers.push(r)
      others.set(r.id, r)
    } else {
      all.push(r)
      ids.set(r.id, r)
    }
  }
  for (const r of pointers) {
    const target = r.sameAs ? ids.get(r.sameAs) : undefined
    if (target) ids.set(r.id, target)
  }

  const byArea = new Map<string, Recipient[]>()
  const byCounty = new Map<string, Recipient[]>()
  for (const r of all) {
    if (r.policeId) push(byArea, r.policeId, r)
    if (r.countyId) push(byCounty, r.countyId, r)
  }

  const byId = (id: string) => ids.get(id)
  return {
    all,
    pointers,
    byId,
    pointerById: (id) => others.get(id),
    policeFor: (councilId) => {
      const policeId = byId(councilId)?.policeId
      return policeId ? byId(policeId) : undefined
    },
    councilsFor: (policeId) => [...(byArea.get(policeId) ?? [])],
    countyFor: (districtId) => {
      const countyId = byId(districtId)?.countyId
      return countyId ? byId(countyId) : undefined
    },
    districtsFor: (countyId) => [...(byCounty.get(countyId) ?? [])],
  }
}

function push(map: Map<string, Recipient[]>, key: string, r: Recipient) {
  const list = map.get(key)
  if (list) list.push(r)
  else map.set(key, [r])
}

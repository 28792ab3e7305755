/**
 * The only module that touches this browser's storage (IndexedDB, through idb-keyval). Every call is
 * wrapped: in a private window or with storage turned off the app still works, it just forgets.
 * Nothing here ever sends anything anywhere.
 */
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval'
import type { Draft } from '../flow/draft.ts'

export const STORAGE_KEYS = {
  /** The answers so far. */
  draft: 'draft',
  /** false when the person chose not to keep answers on this device. */
  keepAnswers: 'keep-answers',
} as const

/** Our own database, so clearing it never touches anything else on the site's origin. */
export const DATABASE_NAME = 'what-they-hold'
export const STORE_NAME = 'answers'
/** Any cache of made letters the app may create is named with this prefix, so clearing finds it. */
export const LETTER_CACHE_PREFIX = 'what-they-hold-letters'

let store: UseStore | undefined
function db(): UseStore {
  store ??= createStore(DATABASE_NAME, STORE_NAME)
  return store
}

/** Whether answers are kept on this device. Kept unless the person said not to. */
export async function getKeepAnswers(): Promise<boolean> {
  try {
    return (await get<unknown>(STORAGE_KEYS.keepAnswers, db())) !== false
  } catch {
    return true
  }
}

/** Saying "do not keep" also deletes anything already kept. */
export async function setKeepAnswers(keep: boolean): Promise<void> {
  try {
    if (keep) {
      await del(STORAGE_KEYS.keepAnswers, db())
    } else {
      await set(STORAGE_KEYS.keepAnswers, false, db())
      await del(STORAGE_KEYS.draft, db())
    }
  } catch {
    // Storage unavailable: nothing was kept anyway.
  }
}

/** Keeps the answers, only if the person has not said no. */
export async function saveDraft(draft: Draft): Promise<void> {
  try {
    if (!(await getKeepAnswers())) return
    await set(STORAGE_KEYS.draft, draft, db())
  } catch {
    // Storage full or unavailable: the answers stay in memory for this visit.
  }
}

/** The kept answers, checked field by field; undefined when there are none. */
export async function loadDraft(): Promise<Draft | undefined> {
  let stored: unknown
  try {
    if (!(await getKeepAnswers())) return undefined
    stored = await get<unknown>(STORAGE_KEYS.draft, db())
  } catch {
    return undefined
  }
  if (stored === undefined || stored === null) return undefined
  // Loaded only when there is something to check, so a first visit never downloads it.
  const { restoreDraft } = await import('./restore.ts')
  const draft = restoreDraft(stored)
  return Object.keys(draft).length === 0 ? undefined : draft
}

const objectUrls = new Set<string>()

/** A blob URL the app makes (a PDF, an answers file); remembered so clearing can revoke it. */
export function createObjectUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob)
  objectUrls.add(url)
  return url
}

export function revokeObjectUrl(url: string): void {
  if (objectUrls.delete(url)) URL.revokeObjectURL(url)
}

export function revokeAllObjectUrls(): void {
  for (const url of objectUrls) URL.revokeObjectURL(url)
  objectUrls.clear()
}

/** Removes our database itself, so not even an empty one is left behind. */
async function deleteDatabase(): Promise<void> {
  if (typeof indexedDB === 'undefined' || !store) return
  try {
    // idb-keyval keeps its connection open; close it first or the deletion waits for ever.
    const database = await store('readonly', (objectStore) => objectStore.transaction.db)
    database.close()
  } catch {
    // Never opened, or already gone.
  }
  store = undefined
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME)
    request.onsuccess = () => resolve()
    request.onerror = () => resolve()
    request.onblocked = () => resolve()
  })
}

/**
 * "Clear everything from this device": the kept answers and the keep/don't-keep choice, every blob
 * URL the app made, and any cache of made letters. Downloaded files are outside our reach.
 */
export async function clearEverything(): Promise<void> {
  revokeAllObjectUrls()
  try {
    await clear(db())
  } catch {
    // Nothing kept, or storage unavailable.
  }
  await deleteDatabase()
  try {
    if (typeof caches !== 'undefined') {
      const names = await caches.keys()
      await Promise.all(names.filter((n) => n.startsWith(LETTER_CACHE_PREFIX)).map((n) => caches.delete(n)))
    }
  } catch {
    // No Cache Storage here.
  }
}

/** Where answers the person chose not to keep wait during the one reload into a new version. */
const UPDATE_HANDOFF_KEY = 'what-they-hold-update'

/**
 * Holds the answers for the reload into a new version, when the person chose not to keep them:
 * in this tab's session storage only, read back and deleted as soon as the new version starts.
 */
export function holdForUpdate(draft: Draft): void {
  try {
    sessionStorage.setItem(UPDATE_HANDOFF_KEY, JSON.stringify(draft))
  } catch {
    // Unavailable: the banner has told the person to save a file first.
  }
}

/** The answers held for an update, if any; they are deleted as they are read. */
export async function takeHeldDraft(): Promise<Draft | undefined> {
  let raw: string | null
  try {
    raw = sessionStorage.getItem(UPDATE_HANDOFF_KEY)
    sessionStorage.removeItem(UPDATE_HANDOFF_KEY)
  } catch {
    return undefined
  }
  if (!raw) return undefined
  try {
    const { restoreDraft } = await import('./restore.ts')
    const draft = restoreDraft(JSON.parse(raw) as unknown)
    return Object.keys(draft).length === 0 ? undefined : draft
  } catch {
    return undefined
  }
}

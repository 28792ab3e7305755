/** What the app has kept in this browser's IndexedDB, read from inside the page. */
import type { Page } from 'playwright-core'

export interface Kept {
  /** Whether the app's database exists at all. */
  database: boolean
  draft: unknown
  keepAnswers: unknown
}

/**
 * Reads the draft and the keep/don't-keep choice. Never creates the database: opening a missing one
 * would make an empty database that the app's own store could not then use.
 */
export async function readKept(page: Page): Promise<Kept> {
  return page.evaluate(async () => {
    const DB = 'what-they-hold'
    const STORE = 'answers'
    const list = await indexedDB.databases()
    if (!list.some((d) => d.name === DB)) return { database: false, draft: null, keepAnswers: null }
    return new Promise<{ database: boolean; draft: unknown; keepAnswers: unknown }>((resolve, reject) => {
      const open = indexedDB.open(DB)
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        if (!db.objectStoreNames.contains(STORE)) {
          db.close()
          resolve({ database: true, draft: null, keepAnswers: null })
          return
        }
        const tx = db.transaction(STORE, 'readonly')
        const draft = tx.objectStore(STORE).get('draft')
        const keep = tx.objectStore(STORE).get('keep-answers')
        tx.oncomplete = () => {
          db.close()
          resolve({ database: true, draft: draft.result ?? null, keepAnswers: keep.result ?? null })
        }
        tx.onerror = () => reject(tx.error)
      }
    })
  })
}

/** Polls until `check` passes on what is kept (writes to IndexedDB are not awaited by the app). */
export async function waitForKept(page: Page, check: (kept: Kept) => boolean, what: string, timeoutMs = 5000): Promise<Kept> {
  // A stopwatch, not the calendar: performance.now() never jumps with the date.
  const until = performance.now() + timeoutMs
  let kept = await readKept(page)
  while (!check(kept)) {
    if (performance.now() > until) throw new Error(`IndexedDB never showed ${what}; it has ${JSON.stringify(kept)}`)
    await page.waitForTimeout(50)
    kept = await readKept(page)
  }
  return kept
}

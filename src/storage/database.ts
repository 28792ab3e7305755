/**
 * The one connection to this browser's IndexedDB. It closes itself when another tab deletes the
 * database ("Clear everything"), so a deletion never waits for ever, and says so to the app.
 */

/** Our own database, so clearing it never touches anything else on the site's origin. */
export const DATABASE_NAME = 'what-they-hold'
export const STORE_NAME = 'answers'
export const RECORD = {
  /** The answers so far. */
  draft: 'draft',
  /** true or false once the person has said whether to keep answers on this device. */
  keepAnswers: 'keep-answers',
  /** Goes up by one with every save from any tab, so tabs can tell which change is newer. */
  revision: 'revision',
  /** An advice worker's own details, for their next client. */
  profile: 'profile',
  /** Every other client's answers, by id: the draft is the open client's. */
  clients: 'clients',
  /** The id of the client whose answers are the draft. */
  open: 'open-client',
} as const

export interface Records {
  draft: unknown
  keep: unknown
  revision: number
  /** Written only when a change names them: undefined there deletes them. */
  profile?: unknown
  clients?: unknown
  open?: unknown
}

/** The records written only when a change names them, so a save of the answers leaves them alone. */
const OPTIONAL: readonly (keyof Records & keyof typeof RECORD)[] = ['profile', 'clients', 'open']

let connection: Promise<IDBDatabase> | undefined
let deleting: Promise<unknown> | undefined
const onDeleted = new Set<() => void>()

/** Another tab deleted the database: this tab's answers are gone from the device. */
export function onDeletedElsewhere(listener: () => void): () => void {
  onDeleted.add(listener)
  return () => onDeleted.delete(listener)
}

function openAt(version: number | undefined, self: () => Promise<IDBDatabase>): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(DATABASE_NAME) : indexedDB.open(DATABASE_NAME, version)
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE_NAME)) request.result.createObjectStore(STORE_NAME)
    }
    request.onerror = () => reject(request.error)
    request.onsuccess = () => {
      const db = request.result
      if (connection !== self()) {
        // Clearing started while this was opening: a connection left open would block the deletion.
        db.close()
        reject(new DOMException('The database is being cleared', 'AbortError'))
        return
      }
      if (!db.objectStoreNames.contains(STORE_NAME)) {
        // Made by something else without our store (a test reading it, say): add the store.
        const next = db.version + 1
        db.close()
        openAt(next, self).then(resolve, reject)
        return
      }
      db.onversionchange = (event) => {
        db.close()
        if (connection === self()) connection = undefined
        if (event.newVersion === null) for (const listener of onDeleted) listener()
      }
      // The browser closed it (its data cleared in settings, say): open again next time.
      db.onclose = () => {
        if (connection === self()) connection = undefined
      }
      resolve(db)
    }
  })
}

function open(): Promise<IDBDatabase> {
  if (connection) return connection
  const opening: Promise<IDBDatabase> = (async () => {
    await deleting
    return openAt(undefined, () => opening)
  })()
  connection = opening
  opening.catch(() => {
    if (connection === opening) connection = undefined
  })
  return opening
}

/**
 * Runs `work` in one transaction; resolves with what `work` returns once the transaction has
 * committed, and rejects with the browser's error (QuotaExceededError when the device is full).
 */
async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => () => T, durability: IDBTransactionDurability = 'default'): Promise<T> {
  let db = await open()
  let tx: IDBTransaction
  try {
    tx = db.transaction(STORE_NAME, mode, { durability })
  } catch {
    // The connection closed between opening and now (another tab cleared): open once more.
    connection = undefined
    db = await open()
    tx = db.transaction(STORE_NAME, mode, { durability })
  }
  const result = work(tx.objectStore(STORE_NAME))
  return new Promise<T>((resolve, reject) => {
    tx.oncomplete = () => resolve(result())
    tx.onabort = () => reject(tx.error ?? new DOMException('The change was not saved', 'AbortError'))
  })
}

function revisionOf(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0
}

function readAll(store: IDBObjectStore, then: (records: Records) => void): () => Records {
  const draft = store.get(RECORD.draft)
  const keep = store.get(RECORD.keepAnswers)
  const profile = store.get(RECORD.profile)
  const clients = store.get(RECORD.clients)
  const openClient = store.get(RECORD.open)
  const revision = store.get(RECORD.revision)
  let records: Records = { draft: undefined, keep: undefined, revision: 0 }
  // Requests in one transaction finish in order, so the others are done when the last one is.
  revision.onsuccess = () => {
    records = { draft: draft.result, keep: keep.result, revision: revisionOf(revision.result), profile: profile.result, clients: clients.result, open: openClient.result }
    then(records)
  }
  return () => records
}

/** Whether the database exists, found without creating it; undefined where the browser cannot say. */
export async function exists(): Promise<boolean | undefined> {
  if (typeof indexedDB === 'undefined') return false
  if (typeof indexedDB.databases !== 'function') return undefined
  try {
    return (await indexedDB.databases()).some((d) => d.name === DATABASE_NAME)
  } catch {
    return undefined
  }
}

export function read(): Promise<Records> {
  return run('readonly', (store) => readAll(store, () => undefined))
}

/**
 * Reads the records and writes what `change` makes of them, in one transaction, so no other tab
 * can save in between. `change` returns undefined to write nothing; a draft or keep of undefined
 * is deleted. Resolves with what was written.
 */
export function update(change: (current: Records) => Records | undefined): Promise<Records | undefined> {
  return run('readwrite', (store) => {
    let written: Records | undefined
    readAll(store, (current) => {
      const next = change(current)
      if (!next) return
      if (next.draft === undefined) store.delete(RECORD.draft)
      else store.put(next.draft, RECORD.draft)
      if (next.keep === undefined) store.delete(RECORD.keepAnswers)
      else store.put(next.keep, RECORD.keepAnswers)
      store.put(next.revision, RECORD.revision)
      for (const name of OPTIONAL) {
        if (!Object.hasOwn(next, name)) continue
        if (next[name] === undefined) store.delete(RECORD[name])
        else store.put(next[name], RECORD[name])
      }
      written = next
    })
    return () => written
  })
}

/** Deletes every record at once, written to disk before it resolves. */
export function wipe(): Promise<void> {
  return run('readwrite', (store) => {
    store.clear()
    return () => undefined
  }, 'strict')
}

/**
 * Deletes the database itself. Other tabs close their connections when asked (above), so this
 * finishes; 'blocked' means one has not closed within `waitMs` (the deletion still finishes once it does).
 */
export function destroy(waitMs: number): Promise<'deleted' | 'blocked'> {
  const current = connection
  connection = undefined
  current?.then((db) => db.close(), () => undefined)
  const deletion = new Promise<'deleted'>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME)
    request.onsuccess = () => resolve('deleted')
    request.onerror = () => reject(request.error)
  })
  deleting = deletion.catch(() => undefined)
  return Promise.race([deletion, new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), waitMs))])
}

/**
 * The only module that touches this browser's storage (IndexedDB, through ./database.ts). Nothing is
 * kept until the person has said to keep their answers. Each save is a set of changed fields, written
 * in one transaction and told to the app's other tabs (BroadcastChannel), so two tabs never undo each
 * other's answers. Nothing here ever sends anything anywhere.
 */
import type { Draft } from '../draft/draft.ts'
import { profileFromSender, type WorkerProfile } from '../draft/profile.ts'
import { applyChanges, Ledger, type Change } from './changes.ts'
import * as database from './database.ts'

export { applyChanges, diff, type Change } from './changes.ts'
export type { WorkerProfile } from '../draft/profile.ts'

/** Whether answers are kept on this device: not until the person has said so. */
export type KeepChoice = 'unasked' | 'keep' | 'forget'

/** Why answers could not be kept: the device is full, or the browser would not keep them. */
export type StorageProblem = 'full' | 'failed'

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(problem === 'full' ? 'There is no space left to keep the answers' : 'The browser did not keep the answers', options)
    this.name = 'StorageError'
  }
}

function storageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined
  return new StorageError(name === 'QuotaExceededError' ? 'full' : 'failed', { cause: error })
}

/** What another tab of the app did. */
export type OtherTabEvent =
  | { kind: 'changed'; apply: (draft: Draft) => Draft }
  | { kind: 'keep'; choice: KeepChoice }
  | { kind: 'clients'; clients: ClientList }
  | { kind: 'cleared' }
  | { kind: 'leave' }

type Message =
  | { kind: 'changed'; revision: number; changes: Change[] }
  | { kind: 'keep'; choice: KeepChoice }
  | { kind: 'clients'; open?: string }
  | { kind: 'cleared' }
  | { kind: 'leave' }

/** Versioned, so a tab of an older app with other messages never hears this one. */
const CHANNEL_NAME = 'what-they-hold-answers-1'

let choice: KeepChoice = 'unasked'
/**
 * The id of the client whose answers this tab shows. A save is written only while it is the open
 * client on the device too, so a tab that has not yet heard of a switch never writes one client's
 * answer into another's.
 */
let openId: string | undefined
/** A save failed, so what is kept is behind: the next save writes the whole draft. */
let behind = false
/** This tab's writes, one after another, so they reach IndexedDB in the order they were made. */
let queue: Promise<unknown> = Promise.resolve()
const ledger = new Ledger()
const listeners = new Set<(event: OtherTabEvent) => void>()
let channel: BroadcastChannel | null | undefined

function emit(event: OtherTabEvent): void {
  for (const listener of listeners) listener(event)
}

/** Other tabs' changes that are the newest, for this tab to show. */
function deliver(changes: Change[]): void {
  if (changes.length > 0) emit({ kind: 'changed', apply: (draft) => applyChanges(draft, changes) as Draft })
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false
  const path = (value as { path?: unknown }).path
  return Array.isArray(path) && path.every((p) => typeof p === 'string' && !UNSAFE_KEYS.has(p))
}

function receive(data: unknown): void {
  if (typeof data !== 'object' || data === null) return
  const message = data as Partial<Message>
  switch (message.kind) {
    case 'changed':
      if (typeof message.revision !== 'number' || !Array.isArray(message.changes) || !message.changes.every(isChange)) return
      deliver(ledger.receive(message.revision, message.changes))
      return
    case 'keep':
      if (message.choice !== 'keep' && message.choice !== 'forget') return
      choice = message.choice
      emit({ kind: 'keep', choice: message.choice })
      return
    case 'clients':
      openId = typeof message.open === 'string' ? message.open : undefined
      void readClients().then((clients) => {
        if (clients) emit({ kind: 'clients', clients })
      })
      return
    case 'cleared':
      forgetAll()
      emit({ kind: 'cleared' })
      return
    case 'leave':
      emit({ kind: 'leave' })
  }
}

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel
  try {
    channel = new BroadcastChannel(CHANNEL_NAME)
    channel.onmessage = (event: MessageEvent) => receive(event.data)
  } catch {
    // No BroadcastChannel: saves still merge field by field, other tabs just learn of them later.
    channel = null
  }
  return channel
}

function post(message: Message): void {
  try {
    getChannel()?.postMessage(message)
  } catch {
    // Nothing to tell, or no one to tell it to.
  }
}

function forgetAll(): void {
  choice = 'unasked'
  openId = undefined
  behind = false
  ledger.reset(0)
}

/** Hears what other tabs of the app do: their saves, their keep choice, clearing and leaving. */
export function listenToOtherTabs(listener: (event: OtherTabEvent) => void): () => void {
  listeners.add(listener)
  getChannel()
  const stop = database.onDeletedElsewhere(() => {
    forgetAll()
    emit({ kind: 'cleared' })
  })
  return () => {
    listeners.delete(listener)
    stop()
  }
}

/** A client on the list, not open: their answers as kept, and the day they were last put away. */
export interface StoredClient {
  id: string
  draft: Draft
  /** YYYY-MM-DD. */
  saved: string
}

/** An advice worker's list: their profile, the open client's id and every other client. */
export interface ClientList {
  profile?: WorkerProfile
  open?: string
  clients: StoredClient[]
}

export const NO_CLIENTS: ClientList = { clients: [] }

export interface Kept {
  choice: KeepChoice
  draft?: Draft
  /** The worker's profile and client list, kept with the answers. */
  clients?: ClientList
  /** 'busy': IndexedDB did not answer in time (another tab holding it); 'failed': it gave an error. */
  problem?: 'busy' | 'failed'
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('busy')), ms))
}

/**
 * The keep choice and the kept answers, checked field by field. Never waits for ever: after
 * `waitMs` it gives up and says so, and the app starts with no answers.
 */
export async function loadKept(waitMs = 5000): Promise<Kept> {
  // A first visit opens nothing, so it leaves no trace on the device.
  if ((await database.exists()) === false) return { choice }
  let records: database.Records
  try {
    records = await Promise.race([database.read(), timeout(waitMs)])
  } catch (error) {
    return { choice, problem: error instanceof Error && error.message === 'busy' ? 'busy' : 'failed' }
  }
  ledger.reset(records.revision)
  choice = records.keep === true ? 'keep' : records.keep === false ? 'forget' : 'unasked'
  if (choice !== 'keep') return { choice }
  const clients = await clientsOf(records)
  openId = clients?.open
  if (records.draft === undefined || records.draft === null) return { choice, ...(clients ? { clients } : {}) }
  // Loaded only when there is something to check, so a first visit never downloads it.
  const { restoreDraft } = await import('../draft/restore.ts')
  const draft = restoreDraft(records.draft)
  return { choice, draft: Object.keys(draft).length === 0 ? undefined : draft, ...(clients ? { clients } : {}) }
}

function isClientMap(value: unknown): value is Record<string, { draft?: unknown; saved?: unknown }> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The profile and client list as kept, each checked like the answers; undefined when there are none. */
async function clientsOf(records: database.Records): Promise<ClientList | undefined> {
  if (records.profile === undefined && records.clients === undefined && records.open === undefined) return undefined
  const { restoreDraft, restoreProfile } = await import('../draft/restore.ts')
  const profile = restoreProfile(records.profile)
  const map = isClientMap(records.clients) ? records.clients : {}
  const clients = Object.entries(map).flatMap(([id, entry]) => {
    if (!isClientMap(entry)) return []
    const draft = restoreDraft(entry.draft)
    const saved = typeof entry.saved === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.saved) ? entry.saved : ''
    return Object.keys(draft).length === 0 ? [] : [{ id, draft, saved }]
  })
  return { ...(profile ? { profile } : {}), ...(typeof records.open === 'string' ? { open: records.open } : {}), clients }
}

/** The profile and client list as kept now; undefined when answers are not kept or cannot be read. */
export async function readClients(): Promise<ClientList | undefined> {
  if (choice !== 'keep') return undefined
  try {
    const records = await database.read()
    const clients = (await clientsOf(records)) ?? NO_CLIENTS
    openId = clients.open
    return clients
  } catch {
    return undefined
  }
}

/**
 * Keeps this tab's changed answers, if the person chose to keep them: merged into what is kept in
 * one transaction, then told to the other tabs. `whole` is the whole draft, written instead when an
 * earlier save failed. Resolves true when something was written; rejects with a StorageError when
 * the answers could not be kept.
 */
export function saveChanges(changes: readonly Change[], whole: Draft): Promise<boolean> {
  if (choice !== 'keep' || (changes.length === 0 && !behind)) return Promise.resolve(false)
  // After a failed write the choice itself may never have reached IndexedDB: write it with the answers.
  const catchUp = behind
  const writing: Change[] = catchUp ? [{ path: [], value: whole }] : [...changes]
  ledger.start(writing)
  const task = queue.then(async () => {
    let written: database.Records | undefined
    try {
      // Another tab may have said not to keep answers, or cleared them: IndexedDB has the last word.
      written = await database.update((current) => {
        if (!(current.keep === true || (catchUp && current.keep === undefined))) return undefined
        // Another tab opened another client: this tab's answers belong to the one it still shows.
        if ((typeof current.open === 'string' ? current.open : undefined) !== openId) return undefined
        const draft = applyChanges(current.draft, writing) as Draft
        const next: database.Records = { keep: true, draft, revision: current.revision + 1 }
        // A worker's own details, saved as they are typed, are their profile for the next client.
        const profile = writing.some((c) => c.path.length === 0 || c.path[0] === 'sender') ? profileFromSender(draft.sender) : undefined
        if (profile) next.profile = profile
        return next
      })
    } catch (error) {
      behind = true
      deliver(ledger.finish(writing, undefined))
      throw storageError(error)
    }
    behind = false
    deliver(ledger.finish(writing, written?.revision))
    if (written) post({ kind: 'changed', revision: written.revision, changes: writing })
    return written !== undefined
  })
  queue = task.catch(() => undefined)
  return task
}

/**
 * The person's choice. Keeping writes the answers on screen now; not keeping deletes any kept
 * answers and remembers only the choice. Other tabs follow it.
 */
export async function setKeepChoice(next: 'keep' | 'forget', draft: Draft): Promise<void> {
  choice = next
  post({ kind: 'keep', choice: next })
  const task = queue.then(() =>
    database.update((current) =>
      next === 'keep'
        ? { keep: true, draft, revision: current.revision + 1, ...(profileFromSender(draft.sender) ? { profile: profileFromSender(draft.sender) } : {}) }
        : { keep: false, draft: undefined, revision: current.revision + 1, profile: undefined, clients: undefined, open: undefined },
    ),
  )
  queue = task.catch(() => undefined)
  try {
    const written = await task
    behind = false
    if (written) ledger.reset(written.revision)
    if (next === 'forget') openId = undefined
  } catch (error) {
    behind = next === 'keep'
    throw storageError(error)
  }
}

/** What a change to the client list leaves: the answers now open (when they changed) and the list. */
export interface ClientsChanged {
  draft?: Draft
  clients: ClientList
}

type RawClients = Record<string, { draft: unknown; saved: string }>

function hasAnswers(draft: unknown): boolean {
  return typeof draft === 'object' && draft !== null && Object.keys(draft).length > 0
}

function newId(): string {
  return crypto.randomUUID()
}

/**
 * One change to the list, in one transaction: `change` gets the kept answers and the other clients
 * (a copy to change) and returns the answers to open, if they change, with the open client's id;
 * or undefined to change nothing. Other tabs are told, and show the open client's answers.
 */
function changeClients(
  change: (current: { draft: unknown; open: string | undefined; clients: RawClients }) => { draft?: unknown; open?: string; clients: RawClients; profile?: WorkerProfile } | undefined,
): Promise<ClientsChanged | undefined> {
  if (choice !== 'keep') return Promise.resolve(undefined)
  const task = queue.then(async () => {
    let opened: unknown
    const written = await database.update((current) => {
      if (current.keep !== true) return undefined
      const clients: RawClients = isClientMap(current.clients) ? structuredClone(current.clients) as RawClients : {}
      const result = change({ draft: current.draft, open: typeof current.open === 'string' ? current.open : undefined, clients })
      if (!result) return undefined
      // What is written is read back as the list shown (clientsOf): the open client's id and the profile stay in it.
      const next: database.Records = {
        keep: true,
        draft: current.draft,
        revision: current.revision + 1,
        clients: result.clients,
        ...(current.open !== undefined ? { open: current.open } : {}),
        ...(current.profile !== undefined ? { profile: current.profile } : {}),
      }
      if (Object.hasOwn(result, 'draft')) {
        next.draft = result.draft
        next.open = result.open
        opened = result.draft
      }
      if (result.profile) next.profile = result.profile
      return next
    }).catch((error: unknown) => {
      throw storageError(error)
    })
    if (!written) return undefined
    const { restoreDraft } = await import('../draft/restore.ts')
    const clients = (await clientsOf(written)) ?? NO_CLIENTS
    openId = clients.open
    let draft: Draft | undefined
    if (opened !== undefined) {
      draft = restoreDraft(opened)
      const changes: Change[] = [{ path: [], value: draft }]
      ledger.start(changes)
      deliver(ledger.finish(changes, written.revision))
      post({ kind: 'changed', revision: written.revision, changes })
    }
    post({ kind: 'clients', ...(openId ? { open: openId } : {}) })
    return { ...(draft ? { draft } : {}), clients }
  })
  queue = task.catch(() => undefined)
  return task
}

/** The open client's answers put away on the list (when there are any), so another can be opened. */
function putAway(current: { draft: unknown; open: string | undefined; clients: RawClients }, today: string): RawClients {
  if (hasAnswers(current.draft)) current.clients[current.open ?? newId()] = { draft: current.draft, saved: today }
  return current.clients
}

/** "New client": the open client goes on the list and `fresh` (the worker's own details filled in) is opened. */
export function startNewClient(fresh: Draft, today: string): Promise<ClientsChanged | undefined> {
  const profile = profileFromSender(fresh.sender)
  return changeClients((current) => ({ clients: putAway(current, today), draft: fresh, open: newId(), ...(profile ? { profile } : {}) }))
}

/** Opens a client from the list; the open one goes on the list. Undefined when the client is no longer there. */
export function openClient(id: string, today: string): Promise<ClientsChanged | undefined> {
  return changeClients((current) => {
    const chosen = current.clients[id]
    if (!chosen || id === current.open) return undefined
    const clients = putAway(current, today)
    delete clients[id]
    return { clients, draft: chosen.draft, open: id }
  })
}

/** Names the open client in `deleteClient` before it has an id of its own (no client was ever put away). */
export const OPEN_CLIENT = 'open'

function isOpenClient(id: string, open: string | undefined): boolean {
  return id === open || (id === OPEN_CLIENT && open === undefined)
}

/** Deletes one client's answers. Deleting the open client opens `fresh` in its place. */
export function deleteClient(id: string, fresh: Draft): Promise<ClientsChanged | undefined> {
  return changeClients((current) => {
    if (isOpenClient(id, current.open)) return { clients: current.clients, draft: fresh, open: newId() }
    if (!current.clients[id]) return undefined
    delete current.clients[id]
    return { clients: current.clients }
  })
}

/**
 * Changes the answers of clients on the list, the open one too (by its id, or OPEN_CLIENT before it has one), each by
 * `change` on its answers as kept now, in one transaction: as when the letters made for
 * them are added to their requests. A client no longer there is left out.
 */
export function changeClientAnswers(ids: readonly string[], change: (id: string, draft: unknown) => unknown): Promise<ClientsChanged | undefined> {
  return changeClients((current) => {
    let open: { draft: unknown } | undefined
    let changedAny = false
    for (const id of ids) {
      if (isOpenClient(id, current.open)) {
        open = { draft: change(id, current.draft) }
        continue
      }
      const kept = current.clients[id]
      if (!kept) continue
      current.clients[id] = { ...kept, draft: change(id, kept.draft) }
      changedAny = true
    }
    if (open) return { clients: current.clients, draft: open.draft, ...(current.open ? { open: current.open } : {}) }
    return changedAny ? { clients: current.clients } : undefined
  })
}

/** Puts answers (read from files) on the list, each a client of its own. */
export function addClients(drafts: readonly Draft[], today: string): Promise<ClientsChanged | undefined> {
  return changeClients((current) => {
    for (const draft of drafts) current.clients[newId()] = { draft, saved: today }
    return { clients: current.clients }
  })
}

export type ClearOutcome = 'cleared' | 'other-tabs-open' | 'failed'

/** IndexedDB answers a working tab in milliseconds; this long means something holds it. */
const STEP_WAIT_MS = 2000

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * "Clear everything from this device": the kept answers and the keep choice (the database itself),
 * every blob URL the app made and answers held for an update; other tabs drop their answers too.
 * Downloaded files are outside our reach. 'other-tabs-open': the answers are
 * gone, but another tab has not let go of the empty database yet.
 */
export async function clearEverything(waitMs = 8000): Promise<ClearOutcome> {
  revokeAllObjectUrls()
  try {
    sessionStorage.removeItem(UPDATE_HANDOFF_KEY)
  } catch {
    // No session storage here.
  }
  forgetAll()
  post({ kind: 'cleared' })
  // This tab's saves go first, so none lands after the answers are deleted; a stuck one is not waited for.
  await Promise.race([queue, pause(STEP_WAIT_MS)])
  let outcome: ClearOutcome = 'cleared'
  if ((await database.exists()) !== false) {
    // Deleting the records is quick and needs no other tab; deleting the database waits for them.
    const wiped = await Promise.race([database.wipe().then(() => true, () => false), pause(STEP_WAIT_MS).then(() => false)])
    try {
      if ((await database.destroy(waitMs)) === 'blocked') outcome = wiped ? 'other-tabs-open' : 'failed'
    } catch {
      if (!wiped) outcome = 'failed'
    }
  }
  return outcome
}

/** Tells the other tabs to leave too ("Leave this site quickly"). */
export function announceLeaving(): void {
  post({ kind: 'leave' })
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

function revokeAllObjectUrls(): void {
  for (const url of objectUrls) URL.revokeObjectURL(url)
  objectUrls.clear()
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
    const { restoreDraft } = await import('../draft/restore.ts')
    const draft = restoreDraft(JSON.parse(raw) as unknown)
    return Object.keys(draft).length === 0 ? undefined : draft
  } catch {
    return undefined
  }
}

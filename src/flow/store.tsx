/**
 * The one store for all answers: a React context around the draft. Pages read from it and, on a
 * valid Continue, write to it. It keeps a copy in this browser only once the person has said to,
 * field by field, and follows what the app's other tabs change.
 */
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  addClients as keepClients,
  applyChanges,
  changeClientAnswers,
  clearEverything,
  deleteClient as forgetClient,
  NO_CLIENTS,
  openClient as takeOutClient,
  startNewClient,
  diff,
  listenToOtherTabs,
  loadKept,
  saveChanges,
  setKeepChoice,
  StorageError,
  takeHeldDraft,
  type ClearOutcome,
  type ClientList,
  type ClientsChanged,
  type KeepChoice,
  type StorageProblem,
} from '../storage/index.ts'
import type { Draft } from '../draft/draft.ts'
import { today } from './clock.ts'
import { newClientDraft } from './clients.ts'
import { profileFromSender, type WorkerProfile } from '../draft/profile.ts'

export type { ClearOutcome, ClientList, KeepChoice, StoredClient } from '../storage/index.ts'

/** What another tab did, for the page to say; `id` tells two of the same kind apart. */
export interface OtherTabNews {
  kind: 'changed' | 'cleared' | 'leave'
  id: number
}

export interface DraftStore {
  draft: Draft
  /** False until kept answers have been read back (or found missing). */
  ready: boolean
  /** Whether answers are kept on this device; 'unasked' keeps nothing. */
  keep: KeepChoice
  /** Trouble keeping or reading answers: the device is full, storage failed, or it did not answer. */
  problem?: StorageProblem | 'busy'
  otherTab?: OtherTabNews
  /** Replaces the answers and keeps the fields that changed, if allowed. Returns the new draft. */
  save: (draft: Draft) => Draft
  setKeep: (keep: 'keep' | 'forget') => Promise<void>
  /** Empties the answers here and everything kept on this device. */
  clearAll: () => Promise<ClearOutcome>
  /** An advice worker's profile and the clients on their list (kept only with answers kept). */
  clients: ClientList
  /** The worker's own details as last typed (the open client's, or the profile kept); undefined for anyone else. */
  profile?: WorkerProfile
  /** Puts the open client on the list and opens a new one with the worker's details; false when nothing changed. */
  newClient: (reference: string) => Promise<boolean>
  /** Opens a client from the list, putting the open one on it. */
  openClient: (id: string) => Promise<boolean>
  /** Deletes one client's answers; the open client's are replaced by a new client's. */
  deleteClient: (id: string) => Promise<boolean>
  /** Puts answers read from files on the list. */
  addClients: (drafts: readonly Draft[]) => Promise<boolean>
  /** Changes the answers of clients on the list (the open one too), each as kept now; false when none changed. */
  changeClients: (ids: readonly string[], change: (id: string, draft: Draft) => Draft) => Promise<boolean>
}

const DraftContext = createContext<DraftStore | null>(null)

function problemOf(error: unknown): StorageProblem {
  return error instanceof StorageError ? error.problem : 'failed'
}

/**
 * `initial` gives the answers directly (component tests): then nothing is read, kept or shared
 * with other tabs.
 */
export function DraftProvider({ children, initial }: { children: ReactNode; initial?: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial ?? {})
  const [ready, setReady] = useState(initial !== undefined)
  const [keep, setKeepState] = useState<KeepChoice>(initial === undefined ? 'unasked' : 'forget')
  const [problem, setProblem] = useState<StorageProblem | 'busy'>()
  const [otherTab, setOtherTab] = useState<OtherTabNews>()
  const [clients, setClients] = useState<ClientList>(NO_CLIENTS)
  const clientsRef = useRef<ClientList>(clients)
  useLayoutEffect(() => {
    clientsRef.current = clients
  }, [clients])
  const draftRef = useRef<Draft>(draft)
  /** The draft the pages last showed: what a page's new answers are measured against. */
  const shownRef = useRef<Draft>(draft)
  useLayoutEffect(() => {
    shownRef.current = draft
  }, [draft])

  const show = useCallback((next: Draft) => {
    draftRef.current = next
    setDraft(next)
  }, [])

  useEffect(() => {
    if (initial !== undefined) return
    let live = true
    let news = 0
    // Leaving wins over anything heard after it (a quick exit that clears sends both at once).
    const tell = (kind: OtherTabNews['kind']) => setOtherTab((last) => (last?.kind === 'leave' ? last : { kind, id: news }))
    const stop = listenToOtherTabs((event) => {
      news += 1
      switch (event.kind) {
        case 'changed':
          show(event.apply(draftRef.current))
          tell('changed')
          return
        case 'keep':
          setKeepState(event.choice)
          if (event.choice === 'forget') setClients(NO_CLIENTS)
          return
        case 'clients':
          setClients(event.clients)
          return
        case 'cleared':
          show({})
          setClients(NO_CLIENTS)
          setKeepState('unasked')
          setProblem(undefined)
          tell('cleared')
          return
        case 'leave':
          tell('leave')
      }
    })
    void (async () => {
      const [kept, held] = await Promise.all([loadKept(), takeHeldDraft()])
      if (!live) return
      setKeepState(kept.choice)
      setProblem(kept.problem)
      if (kept.clients) setClients(kept.clients)
      // Answers held across an update are the newest; they exist only when none are kept.
      const stored = held ?? kept.draft
      if (stored) show(stored)
      setReady(true)
    })()
    return () => {
      live = false
      stop()
    }
  }, [initial, show])

  const save = useCallback(
    (next: Draft) => {
      // Only what the page changed: another tab's change heard since the page last drew is kept, not undone.
      const changes = diff(shownRef.current, next)
      const merged = applyChanges(draftRef.current, changes) as Draft
      show(merged)
      saveChanges(changes, merged).then(
        (wrote) => {
          if (wrote) setProblem(undefined)
        },
        (error: unknown) => setProblem(problemOf(error)),
      )
      return merged
    },
    [show],
  )

  const setKeep = useCallback(async (next: 'keep' | 'forget') => {
    setKeepState(next)
    try {
      await setKeepChoice(next, draftRef.current)
      if (next === 'forget') setClients(NO_CLIENTS)
      setProblem(undefined)
    } catch (error) {
      setProblem(problemOf(error))
    }
  }, [])

  /** Shows what a change to the list left; false when it changed nothing or could not be kept. */
  const changed = useCallback(
    async (work: Promise<ClientsChanged | undefined>) => {
      try {
        const result = await work
        if (!result) return false
        if (result.draft) show(result.draft)
        setClients(result.clients)
        setProblem(undefined)
        return true
      } catch (error) {
        setProblem(problemOf(error))
        return false
      }
    },
    [show],
  )

  // The worker's details as last typed: the open client's, when they are a worker's, else the profile kept.
  const fresh = useCallback(
    (reference: string) => newClientDraft(profileFromSender(draftRef.current.sender) ?? clientsRef.current.profile, reference, draftRef.current.language),
    [],
  )
  const newClient = useCallback((reference: string) => changed(startNewClient(fresh(reference), today())), [changed, fresh])
  const openClient = useCallback((id: string) => changed(takeOutClient(id, today())), [changed])
  const deleteClient = useCallback((id: string) => changed(forgetClient(id, fresh(''))), [changed, fresh])
  const addClients = useCallback((drafts: readonly Draft[]) => changed(keepClients(drafts, today())), [changed])
  const changeClients = useCallback(async (ids: readonly string[], change: (id: string, draft: Draft) => Draft) => {
    // Each client's answers are read back as a draft is, inside the change: never a copy shown earlier.
    const { restoreDraft } = await import('../draft/restore.ts')
    return changed(changeClientAnswers(ids, (id, kept) => change(id, restoreDraft(kept))))
  }, [changed])

  const clearAll = useCallback(async () => {
    // Off the screen at once; the device's copy follows.
    show({})
    setClients(NO_CLIENTS)
    setKeepState('unasked')
    setProblem(undefined)
    return clearEverything()
  }, [show])

  const profile = useMemo(() => profileFromSender(draft.sender) ?? clients.profile, [draft.sender, clients.profile])
  const value = useMemo(
    () => ({ draft, ready, keep, problem, otherTab, save, setKeep, clearAll, clients, profile, newClient, openClient, deleteClient, addClients, changeClients }),
    [draft, ready, keep, problem, otherTab, save, setKeep, clearAll, clients, profile, newClient, openClient, deleteClient, addClients, changeClients],
  )
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>
}

export function useDraft(): DraftStore {
  const store = useContext(DraftContext)
  if (!store) throw new Error('useDraft must be used inside DraftProvider')
  return store
}

/**
 * The one store for all answers: a React context around the draft. Pages read from it and, on a
 * valid Continue, write to it; it keeps a copy in this browser only when the person allows it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { clearEverything, getKeepAnswers, loadDraft, saveDraft, setKeepAnswers, takeHeldDraft } from '../storage/index.ts'
import type { Draft } from './draft.ts'

export interface DraftStore {
  draft: Draft
  /** False until kept answers have been read back (or found missing). */
  ready: boolean
  /** Whether the answers on screen came from this browser's storage. */
  restored: boolean
  /** Whether answers are kept on this device. */
  keep: boolean
  /** Replaces the answers and keeps them if allowed. Returns the new draft. */
  save: (draft: Draft) => Draft
  setKeep: (keep: boolean) => void
  /** Starts again: empties the answers, keeps the keep/don't-keep choice. */
  reset: () => void
  /** Empties the answers and everything kept on this device. */
  clearAll: () => Promise<void>
}

const DraftContext = createContext<DraftStore | null>(null)

export function DraftProvider({ children, initial }: { children: ReactNode; initial?: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial ?? {})
  const [ready, setReady] = useState(initial !== undefined)
  const [restored, setRestored] = useState(false)
  const [keep, setKeepState] = useState(true)
  const keepRef = useRef(true)
  const draftRef = useRef<Draft>(draft)
  useEffect(() => {
    draftRef.current = draft
  }, [draft])

  useEffect(() => {
    if (initial !== undefined) return
    let live = true
    void (async () => {
      const [kept, keptDraft, held] = await Promise.all([getKeepAnswers(), loadDraft(), takeHeldDraft()])
      if (!live) return
      keepRef.current = kept
      setKeepState(kept)
      // Answers held across an update are the newest; they exist only when the person chose not to keep any.
      const stored = held ?? keptDraft
      if (stored) {
        setDraft(stored)
        setRestored(true)
      }
      setReady(true)
    })()
    return () => {
      live = false
    }
  }, [initial])

  const save = useCallback((next: Draft) => {
    draftRef.current = next
    setDraft(next)
    if (keepRef.current) void saveDraft(next)
    return next
  }, [])

  const setKeep = useCallback((next: boolean) => {
    keepRef.current = next
    setKeepState(next)
    void setKeepAnswers(next).then(() => {
      // Turning keeping back on keeps what is on screen now.
      if (next) void saveDraft(draftRef.current)
    })
  }, [])

  const reset = useCallback(() => {
    setRestored(false)
    save({})
  }, [save])

  const clearAll = useCallback(async () => {
    await clearEverything()
    keepRef.current = true
    setKeepState(true)
    setRestored(false)
    setDraft({})
  }, [])

  const value = useMemo(() => ({ draft, ready, restored, keep, save, setKeep, reset, clearAll }), [draft, ready, restored, keep, save, setKeep, reset, clearAll])
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>
}

export function useDraft(): DraftStore {
  const store = useContext(DraftContext)
  if (!store) throw new Error('useDraft must be used inside DraftProvider')
  return store
}

/**
 * Loaded data is never trusted (after Excalidraw's restore.ts): anything read back from this
 * browser's storage is checked field by field, and whatever does not fit is dropped, not repaired.
 * The check is made from the draft's own definition (./schema.ts), so it keeps every field the draft
 * has. Written with zod/mini so it stays small; it is only loaded when there is something to read.
 */
import * as z from 'zod/mini'
import type { Draft } from './draft.ts'
import { DRAFT } from './schema.ts'
import { profileFromSender, type WorkerProfile } from './profile.ts'

/** Removes keys whose value is undefined, so "not answered" stays distinct from "answered blank". */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, prune(v)]))
}

/** Whatever was stored → a draft with only the parts that fit; an empty draft for anything else. */
export function restoreDraft(stored: unknown): Draft {
  const result = z.safeParse(DRAFT.lenient, stored)
  if (!result.success) return {}
  const draft = prune(result.data) as Draft
  // An organisation with neither an id nor a name cannot be written to.
  if (draft.recipients) draft.recipients = draft.recipients.filter((r) => r.id !== undefined || r.name !== undefined)
  return draft
}

/** A kept worker's profile, checked as the sender fields it holds; undefined when nothing fits. */
export function restoreProfile(stored: unknown): WorkerProfile | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined
  return profileFromSender({ ...restoreDraft({ sender: { ...stored, kind: 'representative' } }).sender, kind: 'representative' })
}

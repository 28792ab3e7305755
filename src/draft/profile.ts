/**
 * An advice worker's profile: their own details (the sender fields the "About you" and "Your contact
 * details" pages ask a worker for), kept apart from any client's answers so a new client starts with
 * them filled in. `reference` is the last client reference used, so the next one can follow it.
 */
import type { SenderDraft } from './schema.ts'

export type WorkerProfile = Pick<SenderDraft, 'fullName' | 'organisation' | 'role' | 'address' | 'email' | 'phone' | 'reference'>

/** The fields a profile keeps, in the order a worker's pages ask them. */
export const PROFILE_FIELDS = ['fullName', 'organisation', 'role', 'address', 'email', 'phone', 'reference'] as const satisfies readonly (keyof WorkerProfile)[]

/** A worker's own details from their answers; undefined when the answers are not a worker's. */
export function profileFromSender(sender: SenderDraft | undefined): WorkerProfile | undefined {
  if (sender?.kind !== 'representative') return undefined
  const profile: WorkerProfile = {}
  for (const field of PROFILE_FIELDS) {
    if (sender[field] !== undefined) (profile as Record<string, unknown>)[field] = structuredClone(sender[field])
  }
  return Object.keys(profile).length === 0 ? undefined : profile
}

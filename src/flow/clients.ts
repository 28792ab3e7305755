/**
 * An advice worker's clients: a new client's answers start with the worker's own details, and the
 * list is searched by the client's name or reference. Pure functions of the answers, unit-tested.
 */
import type { Draft } from '../draft/draft.ts'
import { PROFILE_FIELDS, type WorkerProfile } from '../draft/profile.ts'

/**
 * The next reference after `last`, when it ends in a number: "YW-014" → "YW-015" (the same width);
 * otherwise "" (a worker's references follow no pattern we can see).
 */
export function nextReference(last: string | undefined): string {
  const match = /^(.*?)(\d+)$/.exec(last?.trim() ?? '')
  if (!match) return ''
  const [, head = '', digits = ''] = match
  return `${head}${String(Number(digits) + 1).padStart(digits.length, '0')}`
}

/** A new client's answers: nothing about the client, the worker's own details (from `profile`) filled in. */
export function newClientDraft(profile: WorkerProfile | undefined, reference: string, language: string | undefined): Draft {
  const sender: NonNullable<Draft['sender']> = { kind: 'representative' }
  for (const field of PROFILE_FIELDS) {
    if (field !== 'reference' && profile?.[field] !== undefined) (sender as Record<string, unknown>)[field] = structuredClone(profile[field])
  }
  sender.reference = reference.trim()
  return { ...(language ? { language } : {}), sender }
}

/** What a client on the list is called: their name, or their reference. */
export function clientName(draft: Draft): string {
  return draft.subject?.fullName?.trim() ?? ''
}

export function clientReference(draft: Draft): string {
  return draft.sender?.kind === 'representative' ? (draft.sender.reference?.trim() ?? '') : ''
}

/** Whether a client matches what was typed into the search box: part of their name or reference, any case. */
export function matchesSearch(draft: Draft, query: string): boolean {
  const words = query.trim().toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = `${clientName(draft)} ${clientReference(draft)}`.toLocaleLowerCase('en-GB')
  return words.every((word) => haystack.includes(word))
}

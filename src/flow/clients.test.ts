import { describe, expect, it } from 'vitest'
import type { Draft } from '../draft/draft.ts'
import { profileFromSender } from '../draft/profile.ts'
import { restoreProfile } from '../draft/restore.ts'
import { matchesSearch, newClientDraft, nextReference } from './clients.ts'

const WORKER = {
  kind: 'representative', fullName: 'Jo Worker', organisation: 'Youth Advice Leeds', role: 'advice worker',
  address: { line1: '1 Office Row', line2: '', town: 'Leeds', county: '', postcode: 'LS1 1AA' }, email: 'jo@example.org', phone: '', reference: 'YAL-009',
} as const

describe('a worker’s next client', () => {
  it('follows the last reference when it ends in a number, keeping its width', () => {
    expect(nextReference('YAL-009')).toBe('YAL-010')
    expect(nextReference('2026/99')).toBe('2026/100')
    expect(nextReference('17')).toBe('18')
    expect(nextReference('Smith file')).toBe('')
    expect(nextReference(undefined)).toBe('')
  })

  it('starts with the worker’s own details and nothing about any client', () => {
    const profile = profileFromSender(WORKER)
    const draft = newClientDraft(profile, ' YAL-010 ', 'cy')
    const { reference: _, ...own } = WORKER
    expect(draft).toEqual({ language: 'cy', sender: { ...own, reference: 'YAL-010' } })
    expect(newClientDraft(undefined, '', undefined)).toEqual({ sender: { kind: 'representative', reference: '' } })
  })

  it('keeps no profile for a young person or a parent, and reads back only what fits', () => {
    expect(profileFromSender({ kind: 'self', fullName: 'Amara' })).toBeUndefined()
    expect(profileFromSender({ kind: 'parent', fullName: 'Amara' })).toBeUndefined()
    expect(restoreProfile({ fullName: 'Jo Worker', role: 42, address: 'nowhere' })).toEqual({ fullName: 'Jo Worker' })
    expect(restoreProfile('Jo')).toBeUndefined()
  })

  it('finds a client by part of their name or their reference, in any case', () => {
    const amara: Draft = { sender: { ...WORKER }, subject: { fullName: 'Amara Okafor' } }
    expect(matchesSearch(amara, 'okaf')).toBe(true)
    expect(matchesSearch(amara, 'yal-009')).toBe(true)
    expect(matchesSearch(amara, '  amara   yal ')).toBe(true)
    expect(matchesSearch(amara, 'Kwame')).toBe(false)
    expect(matchesSearch(amara, '')).toBe(true)
  })
})

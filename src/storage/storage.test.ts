import { beforeEach, describe, expect, it, vi } from 'vitest'

// An in-memory stand-in for IndexedDB: storage/index.ts is the only module that talks to idb-keyval.
const memory = new Map<string, unknown>()
vi.mock('idb-keyval', () => ({
  createStore: () => 'what-they-hold-store',
  get: async (key: string) => memory.get(key),
  set: async (key: string, value: unknown) => {
    memory.set(key, structuredClone(value))
  },
  del: async (key: string) => {
    memory.delete(key)
  },
  clear: async () => memory.clear(),
}))

const storage = await import('./index.ts')
const { restoreDraft } = await import('./restore.ts')

beforeEach(() => memory.clear())

describe('keeping answers', () => {
  it('keeps them unless the person says not to', async () => {
    expect(await storage.getKeepAnswers()).toBe(true)
    await storage.saveDraft({ subject: { fullName: ' Siân  Llŷr ' } })
    expect(await storage.loadDraft()).toEqual({ subject: { fullName: ' Siân  Llŷr ' } })
  })

  it('forgets and stops keeping when told not to keep', async () => {
    await storage.saveDraft({ details: 'x' })
    await storage.setKeepAnswers(false)
    expect(await storage.getKeepAnswers()).toBe(false)
    expect(memory.has(storage.STORAGE_KEYS.draft)).toBe(false)
    await storage.saveDraft({ details: 'y' })
    expect(memory.has(storage.STORAGE_KEYS.draft)).toBe(false)
    expect(await storage.loadDraft()).toBeUndefined()
    await storage.setKeepAnswers(true)
    expect(await storage.getKeepAnswers()).toBe(true)
  })

  it('finds nothing when nothing was kept, or only an empty draft', async () => {
    expect(await storage.loadDraft()).toBeUndefined()
    await storage.saveDraft({})
    expect(await storage.loadDraft()).toBeUndefined()
  })

  it('clears everything: answers, the choice, and blob URLs the app made', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/1')
    const url = storage.createObjectUrl(new Blob(['x']))
    await storage.saveDraft({ details: 'x' })
    await storage.setKeepAnswers(false)
    await storage.clearEverything()
    expect(memory.size).toBe(0)
    expect(revoke).toHaveBeenCalledWith(url)
    expect(await storage.getKeepAnswers()).toBe(true)
    vi.restoreAllMocks()
  })

  it('checks what it reads back and drops what does not fit', async () => {
    memory.set(storage.STORAGE_KEYS.draft, { subject: { fullName: 42, email: 'a@b.c' }, requests: ['access', 'nonsense'], hacked: true })
    expect(await storage.loadDraft()).toEqual({ subject: { email: 'a@b.c' }, requests: ['access'] })
  })
})

describe('restoreDraft', () => {
  it('keeps a whole draft exactly as typed', () => {
    const draft = {
      subject: {
        fullName: ' Kwame  ',
        otherNames: ['K', ''],
        dateOfBirth: { day: '2', month: 'nov', year: '2005' },
        address: { line1: 'Flat 3', line2: '', town: 'London', county: '', postcode: 'e1 4tt' },
        previousAddresses: [],
        email: '',
        phone: '',
      },
      sender: { kind: 'representative', fullName: 'Jo', organisation: 'Org', role: 'Worker', reference: 'C-1' },
      requests: ['access', 'rectification'],
      corrections: 'It is wrong',
      topics: ['gang-database'],
      recipients: [{ id: 'police:metropolitan' }, { name: 'School', kind: 'school', email: 'dpo@example.org' }],
      details: '',
      sent: { by: 'not-sure' },
      followUp: { kind: 'reminder', originalSentOn: { day: '1', month: '9', year: '2026' }, theirReference: '' },
    }
    expect(restoreDraft(structuredClone(draft))).toEqual(draft)
  })

  it('drops fields of the wrong type, unknown values and unknown keys', () => {
    expect(
      restoreDraft({
        sender: { kind: 'king', fullName: 'A', childAgrees: 'maybe' },
        topics: ['gang-database', 3, 'made-up'],
        recipients: [{ id: 7 }, { id: 'council:leeds' }],
        sent: 'yesterday',
        extra: 'x',
      }),
    ).toEqual({ sender: { fullName: 'A' }, topics: ['gang-database'], recipients: [{ id: 'council:leeds' }] })
  })

  it('gives an empty draft for anything that is not an object', () => {
    expect(restoreDraft(null)).toEqual({})
    expect(restoreDraft('draft')).toEqual({})
    expect(restoreDraft([1, 2])).toEqual({})
  })

  it('drops a list that is far too long', () => {
    expect(restoreDraft({ topics: Array.from({ length: 100 }, () => 'other') })).toEqual({})
  })
})

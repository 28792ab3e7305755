/**
 * Issue 12: two clients' answers can never mix. A worker's first client is kept, a new client is
 * started and typed, then each is opened in turn from the kept list and made into letters: each
 * letter names its own client only, and the worker's details (typed once) are in both. Storage is
 * the real module over an in-memory stand-in for IndexedDB (the one module that talks to it).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Draft } from '../../src/draft/draft.ts'
import { newClientDraft } from '../../src/flow/clients.ts'
import { fromRequest, toRequest } from '../../src/flow/convert.ts'
import { buildPacks } from '../../src/letters/build.ts'
import { letterToPlainText } from '../../src/letters/plain-text.ts'
import { FIXED_TODAY } from '../setup.ts'
import { fixture, schemaOptions, sources } from '../helpers/fixtures.ts'

const records = vi.hoisted(() => new Map<string, unknown>())

vi.mock('../../src/storage/database.ts', () => {
  const NAMES = { draft: 'draft', keep: 'keep-answers', revision: 'revision', profile: 'profile', clients: 'clients', open: 'open-client' } as const
  const read = () => ({
    draft: structuredClone(records.get(NAMES.draft)),
    keep: records.get(NAMES.keep),
    revision: (records.get(NAMES.revision) as number | undefined) ?? 0,
    profile: structuredClone(records.get(NAMES.profile)),
    clients: structuredClone(records.get(NAMES.clients)),
    open: records.get(NAMES.open),
  })
  return {
    exists: async () => records.size > 0,
    read: async () => read(),
    update: async (change: (r: ReturnType<typeof read>) => Record<string, unknown> | undefined) => {
      const next = change(read())
      if (!next) return undefined
      for (const [name, key] of Object.entries(NAMES)) {
        if (!['draft', 'keep', 'revision'].includes(name) && !Object.hasOwn(next, name)) continue
        const value = next[name]
        if (value === undefined) records.delete(key)
        else records.set(key, structuredClone(value))
      }
      return next
    },
    wipe: async () => records.clear(),
    destroy: async () => {
      records.clear()
      return 'deleted'
    },
    onDeletedElsewhere: () => () => undefined,
  }
})

const storage = await import('../../src/storage/index.ts')

/** Every letter's text for the answers, as the letters page would make them. */
function lettersOf(draft: Draft): string[] {
  const checked = toRequest(draft, { today: FIXED_TODAY, ...schemaOptions })
  if (!checked.ok) throw new Error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n'))
  return buildPacks(checked.request, sources).flatMap((pack) => pack.documents.map(letterToPlainText).join('\n'))
}

beforeEach(() => records.clear())

describe('two clients in turn', () => {
  it('each letter names only its own client, and the worker typed their details once', async () => {
    const kwame = fromRequest(fixture('advice-worker'))
    await storage.setKeepChoice('keep', kwame)

    // "New client": the worker's details come from the open client's, nothing of the client does.
    const fresh = newClientDraft(await storage.readClients().then((list) => list?.profile), 'CLIENT-043', undefined)
    expect(JSON.stringify(fresh)).not.toMatch(/Kwame|Mensah/)
    const started = await storage.startNewClient(fresh, FIXED_TODAY)
    const kwameId = started!.clients.clients[0]!.id
    const amara: Draft = {
      ...fresh,
      subject: { fullName: 'Amara Okafor', otherNames: [], dateOfBirth: { day: '4', month: '6', year: '2007' }, address: { line1: '12 Hope Street', line2: '', town: 'Birmingham', county: '', postcode: 'B5 4TR' }, previousAddresses: [], email: '', phone: '' },
      requests: ['access'],
      topics: [],
      recipients: [{ id: 'police:west-midlands' }],
      details: '',
      sent: { by: 'not-sure' },
    }
    expect(await storage.saveChanges(storage.diff(started!.draft!, amara), amara)).toBe(true)
    const amaraId = (await storage.readClients())!.open!

    for (const [id, own, other] of [[kwameId, 'Kwame Mensah-Boateng', /Amara|Okafor/], [amaraId, 'Amara Okafor', /Kwame|Mensah/], [kwameId, 'Kwame Mensah-Boateng', /Amara|Okafor/]] as const) {
      const opened = await storage.openClient(id, FIXED_TODAY)
      expect(opened?.draft?.subject?.fullName).toBe(own)
      const letters = lettersOf(opened!.draft!)
      expect(letters.length).toBeGreaterThan(0)
      for (const text of letters) {
        expect(text).toContain(own)
        expect(text).toContain('Jo Whitfield')
        expect(text).not.toMatch(other)
      }
    }
  })
})

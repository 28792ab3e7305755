import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Draft } from '../draft/draft.ts'
import { applyChanges, diff, Ledger } from './changes.ts'
import type * as StorageModule from './index.ts'

/**
 * One device shared by every "tab" below. Each tab is a fresh copy of ./index.ts (vi.resetModules)
 * with its own copy of this stand-in for ./database.ts, the only module that talks to IndexedDB.
 * `fail` makes the next writes fail the way a browser does (QuotaExceededError when the disk is full).
 */
const device = vi.hoisted(() => ({
  records: new Map<string, unknown>(),
  fail: undefined as (() => Error) | undefined,
  readNever: false,
  tabs: 0,
  onDeleted: new Map<number, () => void>(),
}))

vi.mock('./database.ts', () => {
  const me = ++device.tabs
  const RECORD = { draft: 'draft', keepAnswers: 'keep-answers', revision: 'revision', profile: 'profile', clients: 'clients', open: 'open-client' }
  const OPTIONAL = ['profile', 'clients', 'open'] as const
  const current = () => ({
    draft: structuredClone(device.records.get(RECORD.draft)),
    keep: device.records.get(RECORD.keepAnswers),
    revision: (device.records.get(RECORD.revision) as number | undefined) ?? 0,
    profile: structuredClone(device.records.get(RECORD.profile)),
    clients: structuredClone(device.records.get(RECORD.clients)),
    open: device.records.get(RECORD.open),
  })
  return {
    exists: async () => device.records.size > 0,
    read: async () => (device.readNever ? new Promise(() => undefined) : current()),
    // One synchronous read-modify-write: as atomic as one IndexedDB transaction.
    update: async (change: (records: ReturnType<typeof current>) => ReturnType<typeof current> | undefined) => {
      if (device.fail) throw device.fail()
      const next = change(current())
      if (!next) return undefined
      for (const [key, value] of [[RECORD.draft, next.draft], [RECORD.keepAnswers, next.keep], [RECORD.revision, next.revision]] as const) {
        if (value === undefined) device.records.delete(key)
        else device.records.set(key, structuredClone(value))
      }
      // Like database.ts: the list's records are written only when the change names them.
      for (const name of OPTIONAL) {
        if (!Object.hasOwn(next, name)) continue
        const value = (next as Record<string, unknown>)[name]
        if (value === undefined) device.records.delete(RECORD[name])
        else device.records.set(RECORD[name], structuredClone(value))
      }
      return next
    },
    wipe: async () => device.records.clear(),
    // The deleting tab closed its own connection first; every other tab hears "versionchange".
    destroy: async () => {
      device.records.clear()
      for (const [tab, listener] of device.onDeleted) if (tab !== me) listener()
      return 'deleted'
    },
    onDeletedElsewhere: (listener: () => void) => {
      device.onDeleted.set(me, listener)
      return () => device.onDeleted.delete(me)
    },
  }
})

/** BroadcastChannel between the tabs of this test: delivered later, to every other channel of the name. */
class TestChannel {
  static open = new Set<TestChannel>()
  onmessage: ((event: { data: unknown }) => void) | null = null
  constructor(readonly name: string) {
    TestChannel.open.add(this)
  }
  postMessage(data: unknown) {
    const copy = structuredClone(data)
    for (const other of TestChannel.open) if (other !== this && other.name === this.name) setTimeout(() => other.onmessage?.({ data: copy }), 0)
  }
  close() {
    TestChannel.open.delete(this)
  }
}

type Storage = typeof StorageModule

/** A tab: its own storage module, and the answers it shows, following what other tabs change. */
async function openTab() {
  vi.resetModules()
  const storage: Storage = await import('./index.ts')
  const tab = { storage, draft: {} as Draft, cleared: 0, left: 0, keep: [] as string[] }
  storage.listenToOtherTabs((event) => {
    if (event.kind === 'changed') tab.draft = event.apply(tab.draft)
    if (event.kind === 'cleared') {
      tab.draft = {}
      tab.cleared += 1
    }
    if (event.kind === 'leave') tab.left += 1
    if (event.kind === 'keep') tab.keep.push(event.choice)
  })
  const kept = await storage.loadKept(200)
  tab.draft = kept.draft ?? {}
  return { ...tab, kept, get state() { return tab }, save: (next: Draft) => {
    const changes = storage.diff(tab.draft, next)
    tab.draft = next
    return storage.saveChanges(changes, next)
  } }
}

/** Everything kept on the device, as text: what someone else picking up the phone could read. */
const onDevice = () => JSON.stringify([...device.records.values()])

/** Lets queued messages arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

const LOADED: Draft = {
  subject: { fullName: 'Siân Llŷr Evans', otherNames: ['Sian Evans'], dateOfBirth: { day: '14', month: '3', year: '2009' } },
  sender: { kind: 'self' },
  requests: ['access'],
  details: '',
}

beforeEach(() => {
  device.records.clear()
  device.fail = undefined
  device.readNever = false
  device.onDeleted.clear()
  vi.stubGlobal('BroadcastChannel', TestChannel)
})

afterEach(() => {
  for (const channel of TestChannel.open) channel.close()
  vi.unstubAllGlobals()
})

describe('changes, field by field', () => {
  it('lists only the fields that differ; lists and empty answers are fields of their own', () => {
    expect(diff(LOADED, structuredClone(LOADED))).toEqual([])
    expect(diff(LOADED, { ...LOADED, subject: { ...LOADED.subject, fullName: 'Siân Evans' } })).toEqual([{ path: ['subject', 'fullName'], value: 'Siân Evans' }])
    expect(diff(LOADED, { ...LOADED, requests: ['access', 'erasure'] })).toEqual([{ path: ['requests'], value: ['access', 'erasure'] }])
    expect(diff({}, { details: '' })).toEqual([{ path: ['details'], value: '' }])
    expect(diff({ sent: { by: 'post' } }, {})).toEqual([{ path: ['sent'] }])
  })

  it('applies changes without touching the original, and a removal takes the emptied objects with it', () => {
    const original = structuredClone(LOADED)
    const changed = applyChanges(original, [
      { path: ['subject', 'dateOfBirth', 'day'] },
      { path: ['subject', 'dateOfBirth', 'month'] },
      { path: ['subject', 'dateOfBirth', 'year'] },
      { path: ['sent', 'by'], value: 'email' },
    ])
    expect(original).toEqual(LOADED)
    expect(changed).toEqual({ ...LOADED, subject: { fullName: 'Siân Llŷr Evans', otherNames: ['Sian Evans'] }, sent: { by: 'email' } })
    expect(applyChanges(changed, [{ path: ['nothing', 'here'] }])).toEqual(changed)
    expect(applyChanges(changed, [{ path: [], value: { details: 'x' } }])).toEqual({ details: 'x' })
  })

  it('turns one draft into the other', () => {
    const after: Draft = { subject: { fullName: 'A', address: { line1: '1', line2: '', town: 'T', county: '', postcode: '' } }, topics: ['other'] }
    expect(applyChanges(LOADED, diff(LOADED, after))).toEqual(after)
  })
})

describe('the ledger orders changes between tabs', () => {
  it('shows another tab\u2019s change unless this tab holds a newer value', () => {
    const ledger = new Ledger()
    ledger.reset(3)
    expect(ledger.receive(2, [{ path: ['details'], value: 'old' }])).toEqual([])
    expect(ledger.receive(4, [{ path: ['details'], value: 'new' }])).toEqual([{ path: ['details'], value: 'new' }])
    expect(ledger.receive(5, [{ path: ['subject'], value: { fullName: 'A' } }])).toHaveLength(1)
    expect(ledger.receive(4, [{ path: ['subject', 'fullName'], value: 'B' }])).toEqual([])
  })

  it('holds back a change to a field this tab is still saving, then lets the newer one win', () => {
    const ledger = new Ledger()
    ledger.reset(1)
    const mine = [{ path: ['details'], value: 'mine' }]
    ledger.start(mine)
    expect(ledger.receive(3, [{ path: ['details'], value: 'theirs, later' }, { path: ['corrections'], value: 'c' }])).toEqual([{ path: ['corrections'], value: 'c' }])
    // Mine was written first (revision 2), so theirs (3) is the newest.
    expect(ledger.finish(mine, 2)).toEqual([{ path: ['details'], value: 'theirs, later' }])
    ledger.start(mine)
    expect(ledger.receive(4, [{ path: ['details'], value: 'theirs, earlier' }])).toEqual([])
    expect(ledger.finish(mine, 5)).toEqual([])
  })
})

describe('keeping answers', () => {
  it('keeps nothing, and opens nothing, until the person has chosen', async () => {
    const tab = await openTab()
    expect(tab.kept).toEqual({ choice: 'unasked' })
    expect(await tab.save(LOADED)).toBe(false)
    expect(device.records.size).toBe(0)
  })

  it('keeps each change once asked to, and reads it back checked field by field', async () => {
    const tab = await openTab()
    await tab.storage.setKeepChoice('keep', {})
    expect(await tab.save(LOADED)).toBe(true)
    expect(await tab.save({ ...LOADED, details: 'Stopped on 3 May' })).toBe(true)
    const again = await openTab()
    expect(again.kept).toEqual({ choice: 'keep', draft: { ...LOADED, details: 'Stopped on 3 May' } })
    device.records.set('draft', { subject: { fullName: 42, email: 'a@b.c' }, requests: ['access', 'nonsense'], hacked: true })
    expect((await openTab()).kept.draft).toEqual({ subject: { email: 'a@b.c' }, requests: ['access'] })
  })

  it('"do not keep" deletes what was kept, remembers only the choice, and other tabs stop keeping too', async () => {
    const one = await openTab()
    await one.storage.setKeepChoice('keep', LOADED)
    const two = await openTab()
    await one.storage.setKeepChoice('forget', LOADED)
    await settle()
    expect(two.state.keep).toEqual(['forget'])
    expect(onDevice()).not.toContain('Siân')
    expect(await two.save({ ...LOADED, details: 'x' })).toBe(false)
    expect(onDevice()).not.toContain('Siân')
    expect((await openTab()).kept).toEqual({ choice: 'forget' })
  })

  it('even a tab that missed the message never writes once another said not to keep', async () => {
    const one = await openTab()
    await one.storage.setKeepChoice('keep', LOADED)
    const two = await openTab()
    for (const channel of TestChannel.open) channel.close()
    await one.storage.setKeepChoice('forget', LOADED)
    expect(two.state.keep).toEqual([])
    expect(await two.save({ ...LOADED, details: 'x' })).toBe(false)
    expect(onDevice()).not.toContain('Siân')
  })
})

describe('two tabs', () => {
  it('keep both edits: the name changed in one and "anything else" in the other both reach a third tab', async () => {
    const one = await openTab()
    await one.storage.setKeepChoice('keep', {})
    await one.save(LOADED)
    const two = await openTab()
    expect(two.state.draft).toEqual(LOADED)

    // Both change a different answer before either has heard of the other's change.
    const renamed = one.save({ ...one.state.draft, subject: { ...one.state.draft.subject, fullName: 'Siân Evans' } })
    const detailed = two.save({ ...two.state.draft, details: 'I was stopped in Cardiff' })
    await Promise.all([renamed, detailed])
    await settle()

    const three = await openTab()
    expect(three.kept.draft?.subject?.fullName).toBe('Siân Evans')
    expect(three.kept.draft?.details).toBe('I was stopped in Cardiff')
    // And each tab now shows the other's change too.
    expect(one.state.draft).toEqual(three.kept.draft)
    expect(two.state.draft).toEqual(three.kept.draft)
  })

  it('agree on the newest value when both change the same answer', async () => {
    const one = await openTab()
    await one.storage.setKeepChoice('keep', LOADED)
    const two = await openTab()
    await Promise.all([one.save({ ...LOADED, details: 'from one' }), two.save({ ...LOADED, details: 'from two' })])
    await settle()
    const kept = (await openTab()).kept.draft?.details
    expect(kept).toBe('from two')
    expect(one.state.draft.details).toBe(kept)
    expect(two.state.draft.details).toBe(kept)
  })
})

describe('clearing everything', () => {
  it('deletes the answers and the choice, and tells every other tab its answers are gone', async () => {
    const one = await openTab()
    await one.storage.setKeepChoice('keep', LOADED)
    const two = await openTab()
    const three = await openTab()
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/1')
    const url = one.storage.createObjectUrl(new Blob(['x']))
    expect(await one.storage.clearEverything()).toBe('cleared')
    await settle()
    expect(device.records.size).toBe(0)
    expect(revoke).toHaveBeenCalledWith(url)
    for (const other of [two, three]) {
      expect(other.state.draft).toEqual({})
      expect(other.state.cleared).toBeGreaterThan(0)
      // Cleared means not kept: nothing is written until the person chooses again.
      expect(await other.save(LOADED)).toBe(false)
    }
    expect(device.records.size).toBe(0)
    expect((await openTab()).kept).toEqual({ choice: 'unasked' })
    vi.restoreAllMocks()
  })

  it('tells the other tabs to leave with "Leave this site quickly"', async () => {
    const one = await openTab()
    const two = await openTab()
    one.storage.announceLeaving()
    await settle()
    expect(two.state.left).toBe(1)
  })
})

describe('when the device is full', () => {
  it('says so with a StorageError, never silently; the next save that works writes every answer', async () => {
    const tab = await openTab()
    await tab.storage.setKeepChoice('keep', LOADED)
    tab.state.draft = LOADED
    device.fail = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const failed = tab.save({ ...LOADED, details: 'lost?' })
    await expect(failed).rejects.toMatchObject({ name: 'StorageError', problem: 'full' })
    await expect(tab.save({ ...LOADED, details: 'lost?', corrections: 'c' })).rejects.toBeInstanceOf(tab.storage.StorageError)
    device.fail = () => new DOMException('Something else', 'UnknownError')
    await expect(tab.save({ ...LOADED, details: 'again' })).rejects.toMatchObject({ problem: 'failed' })
    device.fail = undefined
    // Space again: what failed before is written now too.
    expect(await tab.save({ ...LOADED, details: 'again', topics: ['other'] })).toBe(true)
    expect((await openTab()).kept.draft).toEqual({ ...LOADED, details: 'again', topics: ['other'] })
  })

  it('choosing to keep on a full device says so too', async () => {
    const tab = await openTab()
    device.fail = () => new DOMException('full', 'QuotaExceededError')
    await expect(tab.storage.setKeepChoice('keep', LOADED)).rejects.toMatchObject({ problem: 'full' })
    expect(device.records.size).toBe(0)
    // Space again: the next save keeps the choice and every answer.
    device.fail = undefined
    tab.state.draft = LOADED
    expect(await tab.save({ ...LOADED, details: 'x' })).toBe(true)
    expect((await openTab()).kept).toEqual({ choice: 'keep', draft: { ...LOADED, details: 'x' } })
  })
})

describe('reading what is kept', () => {
  it('gives up after a while instead of "Loading…" for ever, and says why', async () => {
    device.records.set('keep-answers', true)
    device.readNever = true
    const tab = await openTab()
    expect(tab.kept).toEqual({ choice: 'unasked', problem: 'busy' })
  })
})

/**
 * Every field of a draft, at every level, required. A field added to Draft fails the type check of
 * the test below until it is added there, and then the test itself until restore.ts keeps it: a
 * reload must never drop an answer.
 */
type Every<T> = T extends readonly (infer U)[] ? Every<U>[] : T extends object ? { [K in keyof T]-?: Every<NonNullable<T[K]>> } : T

describe('restoreDraft', () => {
  it('keeps every field of a draft exactly as typed', async () => {
    const { restoreDraft } = await import('../draft/restore.ts')
    const address = { line1: 'Flat 3', line2: '', town: 'London', county: '', more: ['Block B'], postcode: 'e1 4tt', country: '' }
    const date = { day: '2', month: 'nov', year: '2005' }
    const draft: Every<Draft> = {
      language: 'cy',
      subject: { fullName: ' Kwame  ', otherNames: ['K', ''], dateOfBirth: date, address, previousAddresses: [address], email: '', phone: '' },
      sender: {
        kind: 'representative',
        fullName: 'Jo',
        relationship: 'youth worker',
        childAgrees: 'too-young',
        parentalResponsibility: 'not-sure',
        organisation: 'Org',
        role: 'Worker',
        reference: 'C-1',
        address: { ...address, country: 'FR' },
        email: 'jo@example.org',
        phone: '07700 900123',
      },
      requests: ['access', 'rectification'],
      corrections: 'It is wrong',
      topics: ['gang-database'],
      recipients: [{ id: 'police:metropolitan', name: 'School', kind: 'school', address, email: 'dpo@example.org', webForm: 'https://example.org/form', nation: 'wales', sendBy: 'hand', language: 'cy' }],
      details: '',
      sent: { by: 'not-sure', on: date },
      followUp: {
        kind: 'ico-complaint',
        originalSentOn: { day: '1', month: '9', year: '2026' },
        originalSentBy: 'post',
        theirReference: '',
        events: [{ kind: 'asked-for-id', on: date, answered: 'yes', answeredOn: date }],
        whatWentWrong: 'No reply',
        howItAffected: 'Worried',
        noComplaintReason: 'Afraid to',
        received: ['copy', 'purposes'],
        withheld: 'restricted',
      },
      afterReply: { askedOn: '2026-08-01', repliedOn: '2026-08-20', theirReference: 'SAR/0' },
      history: [{
        recipient: { id: 'police:metropolitan', name: 'Met', kind: 'police', address, email: 'dpo@example.org', webForm: 'https://example.org/form', nation: 'england', sendBy: 'post', language: 'en-GB' },
        requests: ['access'],
        sentOn: '2026-09-01',
        sentBy: 'email',
        theirReference: 'SAR/1',
        events: [{ kind: 'asked-for-id', on: '2026-09-04', answeredOn: '2026-09-10' }],
      }],
    }
    expect(restoreDraft(structuredClone(draft))).toEqual(draft)
  })

  it('drops fields of the wrong type, unknown values and unknown keys', async () => {
    const { restoreDraft } = await import('../draft/restore.ts')
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

  it('gives an empty draft for anything that is not an object', async () => {
    const { restoreDraft } = await import('../draft/restore.ts')
    expect(restoreDraft(null)).toEqual({})
    expect(restoreDraft('draft')).toEqual({})
    expect(restoreDraft([1, 2])).toEqual({})
  })

  it('drops a list that is far too long', async () => {
    const { restoreDraft } = await import('../draft/restore.ts')
    expect(restoreDraft({ topics: Array.from({ length: 100 }, () => 'other') })).toEqual({})
  })
})

describe('an advice worker’s profile and client list (issue 12)', () => {
  const WORKER = { kind: 'representative', fullName: 'Jo Worker', organisation: 'Youth Advice Leeds', role: 'advice worker', address: { line1: '1 Office Row', line2: '', town: 'Leeds', county: '', postcode: 'LS1 1AA' }, email: 'jo@example.org', phone: '', reference: 'YAL-007' } as const
  const AMARA: Draft = { sender: { ...WORKER }, subject: { fullName: 'Amara Okafor' }, requests: ['access'] }
  const KWAME: Draft = { sender: { ...WORKER, reference: 'YAL-008' }, subject: { fullName: 'Kwame Mensah' }, requests: ['erasure'] }
  const { reference: _, kind: __, ...PROFILE } = WORKER

  it('keeps a worker’s own details as a profile, apart from the client, only once answers are kept', async () => {
    const tab = await openTab()
    await tab.save(AMARA)
    expect(device.records.size).toBe(0)
    await tab.storage.setKeepChoice('keep', AMARA)
    tab.state.draft = AMARA
    await tab.save({ ...AMARA, sender: { ...WORKER, phone: '0113 000 0000' } })
    expect(device.records.get('profile')).toEqual({ ...PROFILE, phone: '0113 000 0000', reference: 'YAL-007' })
    // A young person's own answers never become a profile.
    device.records.delete('profile')
    await tab.save({ ...AMARA, sender: { kind: 'self' } })
    expect(device.records.has('profile')).toBe(false)
  })

  it('a new client starts clean, the last one goes on the list, and two clients’ answers never mix', async () => {
    const tab = await openTab()
    await tab.storage.setKeepChoice('keep', AMARA)
    tab.state.draft = AMARA
    const fresh: Draft = { sender: { ...PROFILE, kind: 'representative', reference: 'YAL-008' } }
    const started = await tab.storage.startNewClient(fresh, '2026-11-23')
    expect(started?.draft).toEqual(fresh)
    expect(started?.clients.clients.map((c) => c.draft)).toEqual([AMARA])
    tab.state.draft = fresh
    await tab.save(KWAME)
    const amaraId = started!.clients.clients[0]!.id
    // Opening Amara puts Kwame on the list, whole; Amara's answers come back as they were.
    const opened = await tab.storage.openClient(amaraId, '2026-11-24')
    expect(opened?.draft).toEqual(AMARA)
    expect(opened?.clients.clients.map((c) => [c.draft, c.saved])).toEqual([[KWAME, '2026-11-24']])
    expect(device.records.get('draft')).toEqual(AMARA)
    // Read back afresh, as another day would.
    const again = await openTab()
    expect(again.kept.draft).toEqual(AMARA)
    expect(again.kept.clients?.clients.map((c) => c.draft)).toEqual([KWAME])
    expect(again.kept.clients?.profile).toEqual({ ...PROFILE, reference: 'YAL-008' })
    // A change to the list alone still says which client is open, and keeps the profile.
    const added = await tab.storage.addClients([{ ...KWAME, subject: { fullName: 'Other Client' } }], '2026-11-24')
    expect(added?.clients.open).toBe(opened?.clients.open)
    expect(added?.clients.open).toBe(amaraId)
    expect(added?.clients.profile).toEqual({ ...PROFILE, reference: 'YAL-008' })
  })

  it('another tab shows the client opened here, and a change it makes for the old client is never written into the new one', async () => {
    const one = await openTab()
    await one.storage.setKeepChoice('keep', AMARA)
    one.state.draft = AMARA
    const two = await openTab()
    const lists: unknown[] = []
    two.storage.listenToOtherTabs((event) => {
      if (event.kind === 'clients') lists.push(event.clients.clients.length)
    })
    // Tab two has not heard yet when it saves a change to Amara's answers.
    await one.storage.startNewClient({ sender: { kind: 'representative' } }, '2026-11-23')
    expect(await two.save({ ...AMARA, details: 'Amara was stopped in May' })).toBe(false)
    expect(JSON.stringify(device.records.get('draft'))).not.toContain('Amara')
    await settle()
    expect(two.state.draft).toEqual({ sender: { kind: 'representative' } })
    expect(lists).toEqual([1])
    expect(await two.save({ sender: { kind: 'representative' }, subject: { fullName: 'Kwame Mensah' } })).toBe(true)
  })

  it('changes several clients’ answers in one go, the open one too, each from what is kept now, and no other', async () => {
    const tab = await openTab()
    await tab.storage.setKeepChoice('keep', AMARA)
    tab.state.draft = AMARA
    await tab.save({ ...AMARA, details: '' })
    const OTHER: Draft = { ...KWAME, subject: { fullName: 'Other Client' } }
    await tab.storage.addClients([KWAME, OTHER], '2026-11-23')
    const list = await tab.storage.readClients()
    const kwame = list!.clients.find((c) => c.draft.subject?.fullName === 'Kwame Mensah')!
    const seen: string[] = []
    const mark = (id: string, kept: unknown): unknown => {
      seen.push(id)
      const draft = kept as Draft
      return { ...draft, details: `letters sent for ${draft.subject?.fullName ?? ''}` }
    }
    const changed = await tab.storage.changeClientAnswers([tab.storage.OPEN_CLIENT, kwame.id, 'gone'], mark)
    expect(seen).toEqual([tab.storage.OPEN_CLIENT, kwame.id])
    // The open client's new answers come back to be shown; Kwame's are on the list; the other is untouched.
    expect(changed?.draft?.details).toBe('letters sent for Amara Okafor')
    expect(changed?.clients.clients.map((c) => c.draft.details)).toEqual(['letters sent for Kwame Mensah', undefined])
    const again = await openTab()
    expect(again.kept.draft?.details).toBe('letters sent for Amara Okafor')
    expect(await tab.storage.changeClientAnswers(['gone'], mark)).toBeUndefined()
  })

  it('deletes one client alone; "not keep" and "clear everything" delete the profile and the list too', async () => {
    const tab = await openTab()
    await tab.storage.setKeepChoice('keep', AMARA)
    tab.state.draft = AMARA
    await tab.save({ ...AMARA, details: '' })
    await tab.storage.addClients([KWAME], '2026-11-23')
    const list = await tab.storage.readClients()
    const kwame = list!.clients.find((c) => c.draft.subject?.fullName === 'Kwame Mensah')!
    const after = await tab.storage.deleteClient(kwame.id, {})
    expect(after?.clients.clients).toEqual([])
    expect(onDevice()).not.toContain('Kwame')
    expect(onDevice()).toContain('Amara')
    // The open client, before any was put away, has no id of its own yet.
    const gone = await tab.storage.deleteClient(tab.storage.OPEN_CLIENT, { sender: { kind: 'representative' } })
    expect(gone?.draft).toEqual({ sender: { kind: 'representative' } })
    expect(onDevice()).not.toContain('Amara')
    await tab.storage.addClients([KWAME], '2026-11-23')
    await tab.storage.setKeepChoice('forget', {})
    expect(onDevice()).not.toMatch(/Kwame|Amara|Jo Worker/)
    await tab.storage.setKeepChoice('keep', AMARA)
    await tab.storage.addClients([KWAME], '2026-11-23')
    expect(await tab.storage.clearEverything(100)).toBe('cleared')
    expect(device.records.size).toBe(0)
  })
})

/**
 * Issue 10 §5: a locked answers file opens with its passphrase and with nothing else; a wrong
 * passphrase or a changed file gets one plain sentence; a hostile envelope is refused before any work.
 * Most tests lock with few iterations (the test hook); the first uses the real 600,000.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { FIXTURE_DIR } from '../../test/helpers/fixtures.ts'
import { message } from './errors.ts'
import { isLocked, LOCK_ITERATIONS, lockText, MAX_ITERATIONS, unlockText, type LockedEnvelope } from './locked.ts'

const answers = readFileSync(join(FIXTURE_DIR, 'parent.json'), 'utf8')
const WRONG = 'That passphrase does not open this file. Check it and try again.'
const FAST = { iterations: 1000 }

function envelope(text: string): LockedEnvelope {
  return JSON.parse(text) as LockedEnvelope
}

function edit(text: string, change: (e: LockedEnvelope) => void): string {
  const e = envelope(text)
  change(e)
  return JSON.stringify(e)
}

/** Flips one bit of a base64 field's bytes. */
function flipBit(b64: string, at: number): string {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
  bytes[at] = bytes[at]! ^ 1
  return btoa(String.fromCharCode(...bytes))
}

describe('a locked answers file', () => {
  it('round-trips with the real 600,000 iterations', async () => {
    const locked = await lockText(answers, 'correct horse battery staple')
    const e = envelope(locked)
    expect(e).toEqual({
      whatTheyHold: 'locked-answers',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/) },
      cipher: { name: 'AES-GCM', iv: expect.stringMatching(/^[A-Za-z0-9+/]{16}$/) },
      data: expect.any(String),
    })
    expect(LOCK_ITERATIONS).toBe(600_000)
    // Nothing of the answers shows through.
    expect(locked).not.toContain('Khan')
    expect(locked).not.toContain('what-they-hold/request')
    expect(isLocked(locked)).toBe(true)
    expect(isLocked(answers)).toBe(false)
    expect(await unlockText(locked, 'correct horse battery staple')).toEqual({ ok: true, text: answers })
  }, 20_000)

  it('gets a new salt and IV each time: the same answers never lock to the same file', async () => {
    const [a, b] = [await lockText(answers, 'pass phrase', FAST), await lockText(answers, 'pass phrase', FAST)]
    expect(envelope(a).kdf.salt).not.toBe(envelope(b).kdf.salt)
    expect(envelope(a).cipher.iv).not.toBe(envelope(b).cipher.iv)
    expect(envelope(a).data).not.toBe(envelope(b).data)
  })

  it('refuses a wrong passphrase with one plain sentence', async () => {
    const locked = await lockText(answers, 'pass phrase', FAST)
    for (const wrong of ['pass phrase ', 'Pass phrase', '', 'pass phrasf']) {
      expect(await unlockText(locked, wrong)).toEqual({ ok: false, reason: 'wrong-passphrase', message: WRONG })
    }
    expect(message('lockedWrongPassphrase')).toBe(WRONG)
  })

  it('opens with the same passphrase typed in another Unicode form (é as one character or two)', async () => {
    const locked = await lockText('{}', 'caf\u00e9 au lait', FAST)
    expect(await unlockText(locked, 'cafe\u0301 au lait')).toEqual({ ok: true, text: '{}' })
  })

  it('keeps long and non-Latin answers whole', async () => {
    const text = `${'Siân Llŷr Evans محمد علي রহিম খান 𝒜 '.repeat(3000)}\n`
    expect(await unlockText(await lockText(text, 'pw', FAST), 'pw')).toEqual({ ok: true, text })
  })

  it('does not open when any part of the sealed data, the IV, the salt or the iterations was changed', async () => {
    const locked = await lockText(answers, 'pass phrase', FAST)
    const e = envelope(locked)
    const tampered = [
      edit(locked, (x) => { x.data = flipBit(e.data, 0) }),
      edit(locked, (x) => { x.data = flipBit(e.data, 40) }),
      // The last 16 bytes are GCM's tag.
      edit(locked, (x) => { x.data = flipBit(e.data, atob(e.data).length - 1) }),
      edit(locked, (x) => { x.cipher.iv = flipBit(e.cipher.iv, 3) }),
      edit(locked, (x) => { x.kdf.salt = flipBit(e.kdf.salt, 7) }),
      edit(locked, (x) => { x.kdf.iterations = 999 }),
      // Cut short by one byte.
      edit(locked, (x) => { x.data = btoa(atob(e.data).slice(0, -1)) }),
    ]
    for (const text of tampered) expect(await unlockText(text, 'pass phrase')).toEqual({ ok: false, reason: 'wrong-passphrase', message: WRONG })
  })

  it('refuses a hostile or broken envelope at once, in plain words, without deriving a key', async () => {
    const locked = await lockText(answers, 'pass phrase', FAST)
    const hostile = [
      edit(locked, (x) => { x.kdf.iterations = 1e12 }),
      edit(locked, (x) => { x.kdf.iterations = MAX_ITERATIONS + 1 }),
      edit(locked, (x) => { x.kdf.iterations = Number.MAX_SAFE_INTEGER + 2 }),
      edit(locked, (x) => { x.kdf.iterations = 0 }),
      edit(locked, (x) => { x.kdf.iterations = -600000 }),
      edit(locked, (x) => { x.kdf.iterations = 600000.5 }),
      edit(locked, (x) => { (x.kdf as { iterations: unknown }).iterations = '600000' }),
      edit(locked, (x) => { x.data = `${x.data.slice(0, -4)}@@@@` }),
      edit(locked, (x) => { x.data = `${x.data} ` }),
      edit(locked, (x) => { x.data = 'AAAA' }),
      edit(locked, (x) => { x.kdf.salt = 'not base64!' }),
      edit(locked, (x) => { x.kdf.salt = btoa('short') }),
      edit(locked, (x) => { x.cipher.iv = btoa('a twelve-byte iv is not this one') }),
      edit(locked, (x) => { (x.kdf as { hash: string }).hash = 'SHA-1' }),
      edit(locked, (x) => { (x.kdf as { name: string }).name = 'scrypt' }),
      edit(locked, (x) => { (x.cipher as { name: string }).name = 'AES-CBC' }),
      edit(locked, (x) => { (x as { version: number }).version = 2 }),
      edit(locked, (x) => { delete (x as Partial<LockedEnvelope>).kdf }),
      edit(locked, (x) => { (x as { data: unknown }).data = null }),
      '{"whatTheyHold":"locked-answers"',
      '[]',
      'null',
    ]
    const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveKey')
    for (const text of hostile) {
      expect(await unlockText(text, 'pass phrase'), text.slice(0, 200)).toEqual({ ok: false, reason: 'damaged', message: message('lockedDamaged') })
    }
    // Refused before any key was derived: a trillion iterations would keep the app busy for days.
    expect(derive).not.toHaveBeenCalled()
    derive.mockRestore()
    expect(message('lockedDamaged')).toMatch(/^This locked file has been changed or damaged/)
  })

  it('is the envelope the README documents, field for field', async () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')
    const block = /### Locked answers files[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1]
    const made = envelope(await lockText(answers, 'pass phrase', FAST))
    const documented = JSON.parse(block!) as LockedEnvelope
    // The README shows placeholders for the random and encrypted parts; everything else must match.
    expect({ ...made, kdf: { ...made.kdf, iterations: LOCK_ITERATIONS } }).toEqual({
      ...documented,
      kdf: { ...documented.kdf, salt: made.kdf.salt },
      cipher: { ...documented.cipher, iv: made.cipher.iv },
      data: made.data,
    })
    expect(readme).toContain(`more than ${MAX_ITERATIONS.toLocaleString('en-GB')} iterations`)
  })

  it('knows a locked file from a plain one, however it starts', () => {
    expect(isLocked('\ufeff{"whatTheyHold":"locked-answers","version":9}')).toBe(true)
    expect(isLocked('{"format":"what-they-hold/request","details":"locked-answers"}')).toBe(false)
    expect(isLocked('locked-answers')).toBe(false)
    expect(isLocked('{"whatTheyHold":"locked-answers"')).toBe(false)
  })
})

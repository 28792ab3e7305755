/** Issue 10 §5: the app reads a locked answers file only with its passphrase, then checks it like any other. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_DIR } from '../../test/helpers/fixtures.ts'
import { lockText } from '../request/locked.ts'
import { readAnswersFile } from './load-file.ts'

const plain = readFileSync(join(FIXTURE_DIR, 'advice-worker.json'), 'utf8')
const WRONG = 'That passphrase does not open this file. Check it and try again.'

describe('readAnswersFile with a locked file', () => {
  it('asks for the passphrase, refuses a wrong one in one sentence, and opens with the right one as the plain file does', async () => {
    const file = new Blob([await lockText(plain, 'a long enough passphrase', { iterations: 1000 })])
    expect(await readAnswersFile(file, '2026-11-23')).toEqual({ ok: false, locked: true })
    expect(await readAnswersFile(file, '2026-11-23', 'a long enough passphrasE')).toEqual({ ok: false, locked: true, wrongPassphrase: WRONG })
    expect(await readAnswersFile(file, '2026-11-23', 'a long enough passphrase')).toEqual(await readAnswersFile(new Blob([plain]), '2026-11-23'))
    expect((await readAnswersFile(file, '2026-11-23', 'a long enough passphrase')).ok).toBe(true)
  })

  it('checks what is inside like any answers file', async () => {
    const file = new Blob([await lockText('{"format":"something else"}', 'passphrase', { iterations: 1000 })])
    expect(await readAnswersFile(file, '2026-11-23', 'passphrase')).toEqual({ ok: false, errors: [{ path: 'format', message: expect.any(String) }] })
  })

  it('refuses a damaged envelope in plain words, as a problem with the file', async () => {
    const file = new Blob(['{"whatTheyHold":"locked-answers","version":1,"kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":1e15,"salt":"AAAA"}}'])
    const result = await readAnswersFile(file, '2026-11-23', 'passphrase')
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/^This locked file has been changed or damaged/) }] })
  })
})

/** The command line refuses a follow-up sent before its time, in one plain sentence, and writes nothing. */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/letters.ts'
import { rawFixture } from '../helpers/fixtures.ts'

let err: string[]

beforeEach(() => {
  err = []
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')) })
})
afterEach(() => vi.restoreAllMocks())

function reminder(dated: string, extra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'wth-follow-up-'))
  const file = join(dir, 'reminder.json')
  const request = { ...(rawFixture('young-person') as Record<string, unknown>), dated, sent: undefined, recipients: ['police:south-wales'] }
  writeFileSync(file, JSON.stringify({ ...request, followUp: { kind: 'reminder', originalSentOn: '2026-10-26', originalSentBy: 'email', ...extra } }))
  return { file, out: join(dir, 'out') }
}

describe('npm run letters with a follow-up', () => {
  it('exits non-zero, says from which date it can be sent, and writes nothing when it is too early', async () => {
    // Emailed Monday 26 October 2026: they have until Thursday 26 November; today is pinned to 23 November.
    const { file, out } = reminder('2026-11-23')
    expect(await main([file, '--out', out])).toBe(1)
    expect(err.join('\n')).toContain('They have until 26 November 2026 to reply, so you can send it from 27 November 2026')
    expect(err.join('\n')).toContain('No letters were written.')
    expect(existsSync(out)).toBe(false)
  })

  it('makes the reminder once the deadline has passed', async () => {
    vi.setSystemTime(new Date('2026-11-30T12:00:00Z'))
    process.env.WHAT_THEY_HOLD_TODAY = '2026-11-30'
    const { file, out } = reminder('2026-11-30')
    expect(await main([file, '--out', out])).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['reminder-01-south-wales-police.ics', 'reminder-01-south-wales-police.pdf'])
  })
})

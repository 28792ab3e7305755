// Shared setup for unit tests. DOM matchers are only loaded where a test file opts into jsdom.
import { afterEach, beforeEach, vi } from 'vitest'
import { TEST_TODAY } from './helpers/today.ts'

/**
 * No unit test reads the real clock: Date says it is midday on this day (UK time), and the command
 * line is told the same, so the suite passes on any day for years. A test that needs another day
 * sets it itself with vi.setSystemTime.
 */
export const FIXED_TODAY = TEST_TODAY

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(`${FIXED_TODAY}T12:00:00Z`))
  process.env.WHAT_THEY_HOLD_TODAY = FIXED_TODAY
})

afterEach(() => {
  vi.useRealTimers()
})

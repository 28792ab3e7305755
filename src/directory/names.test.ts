import { describe, expect, it } from 'vitest'
import { loadDirectory } from './directory.ts'
import { inSentence } from './names.ts'
import { noRouteAdvice } from './routes.ts'

describe('inSentence', () => {
  it.each([
    ['Metropolitan Police Service', 'the Metropolitan Police Service'],
    ['Home Office', 'the Home Office'],
    ['London Borough of Tower Hamlets', 'the London Borough of Tower Hamlets'],
    ['Manchester City Council', 'Manchester City Council'],
    ['South Wales Police', 'South Wales Police'],
    ['Police Scotland', 'Police Scotland'],
    // A name of its own, never "the Counter Terrorism Policing".
    ['Counter Terrorism Policing', 'Counter Terrorism Policing'],
  ])('%s → %s', (name, expected) => expect(inSentence(name)).toBe(expected))

  it('is used where a body has no checked address', () => {
    expect(noRouteAdvice(loadDirectory().byId('prevent:home-office-prevent')!)).toMatch(/^We have no checked address for the Home Office\./)
  })
})

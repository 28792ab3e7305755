import { describe, expect, it } from 'vitest'
import { unlistedKind } from './intent.ts'

describe('unlistedKind', () => {
  it.each([
    ['my school', 'school'],
    ['my college', 'school'],
    ['Riverside Academy', 'school'],
    ['uni', 'school'],
    ['Ysgol Glan Clwyd', 'school'],
    ['NHS', 'nhs'],
    ['nhs trust', 'nhs'],
    ['my GP', 'nhs'],
    ['St Mary’s Hospital', 'nhs'],
    ['CAMHS', 'nhs'],
    ['Ysbyty Gwynedd', 'nhs'],
  ])('"%s" is a %s', (query, kind) => {
    expect(unlistedKind(query)).toBe(kind)
  })

  it('leaves the bodies we list, and parts of words, alone', () => {
    for (const query of ['leeds', 'the met', 'police in birmingham', 'Schoolhouse Lane', 'nhsx2', 'collegeville', '']) {
      expect(unlistedKind(query)).toBeUndefined()
    }
  })
})

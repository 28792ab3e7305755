import { describe, expect, it } from 'vitest'
import { ownAreaKind, unlistedKind } from './intent.ts'

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

describe('ownAreaKind', () => {
  it('knows "my council" and "my local police" mean the body for where the person lives', () => {
    expect(ownAreaKind('my council')).toBe('council')
    expect(ownAreaKind('My local council')).toBe('council')
    expect(ownAreaKind('fy nghyngor')).toBe('council')
    expect(ownAreaKind('my local police')).toBe('police')
    expect(ownAreaKind('the local police force')).toBe('police')
    expect(ownAreaKind('fy heddlu lleol')).toBe('police')
  })

  it('leaves a named place, and a kind alone, to the search', () => {
    for (const query of ['my council leeds', 'council', 'police', 'my school', 'local']) expect(ownAreaKind(query)).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { loadDirectory } from './directory.ts'
import english from '../content/ui.en-GB.json'
import welsh from '../content/ui.cy.json'
import { suggestRecipients, type SuggestReasonKey } from './suggest.ts'

const directory = loadDirectory()
const suggest = (chosen: string[], topics: string[] = []) => suggestRecipients({ chosen, topics }, directory)
const ids = (chosen: string[], topics: string[] = []) => suggest(chosen, topics).map((s) => s.id)

describe('suggestRecipients', () => {
  it('has words for every reason, in English and Welsh', () => {
    const keys: SuggestReasonKey[] = ['preventForce', 'gangsForce', 'force', 'countyChannel', 'county', 'scotlandPanels', 'areaCouncilPrevent', 'areaCouncilGangs', 'areaCouncil', 'homeOffice', 'ctp', 'met', 'acro']
    for (const key of keys) {
      expect(Object.hasOwn(english, `recipients.suggest.${key}`)).toBe(true)
      expect(Object.hasOwn(welsh, `recipients.suggest.${key}`)).toBe(true)
    }
  })

  it('suggests the force that covers a council', () => {
    expect(suggest(['council:manchester'])).toEqual([
      { id: 'police:greater-manchester', reason: { key: 'force', values: { force: 'Greater Manchester Police', council: 'Manchester' } } },
    ])
  })

  it('suggests the county council for a district, and says why', () => {
    const s = suggest(['council:preston'])
    expect(s.map((x) => x.id)).toEqual(['police:lancashire', 'council:lancashire'])
    expect(s[1]?.reason).toEqual({ key: 'county', values: { county: 'Lancashire County Council' } })
  })

  it('suggests the councils of a force that covers only a few', () => {
    expect(ids(['police:durham'])).toEqual(['council:county-durham', 'council:darlington'])
    expect(ids(['police:metropolitan'])).toEqual([])
    // Not when one of them is already chosen.
    expect(ids(['police:durham', 'council:darlington'])).toEqual([])
  })

  it('suggests the Home Office and Counter Terrorism Policing for Prevent', () => {
    for (const topic of ['prevent-referral', 'channel-panel']) {
      expect(ids([], [topic])).toEqual(['prevent:home-office-prevent', 'prevent:counter-terrorism-policing', 'police:metropolitan'])
    }
  })

  it('adds the local force and county for Prevent when a council is chosen', () => {
    const s = suggest(['council:preston'], ['channel-panel'])
    expect(s.map((x) => x.id)).toEqual(['police:lancashire', 'council:lancashire', 'prevent:home-office-prevent', 'prevent:counter-terrorism-policing', 'police:metropolitan'])
    expect(s[0]?.reason.key).toBe('preventForce')
    expect(s[1]?.reason.key).toBe('countyChannel')
  })

  it('adds the councils for Prevent when a force is chosen', () => {
    expect(ids(['police:sussex'], ['prevent-referral'])).toEqual([
      'council:brighton-and-hove', 'council:east-sussex', 'council:west-sussex',
      'prevent:home-office-prevent', 'prevent:counter-terrorism-policing', 'police:metropolitan',
    ])
  })

  it("suggests Police Scotland's Prevent panels in Scotland, but not twice", () => {
    expect(ids(['council:glasgow-city'], ['prevent-referral'])).toContain('prevent:police-scotland-pmap')
    expect(ids(['council:glasgow-city', 'police:police-scotland'], ['prevent-referral'])).not.toContain('prevent:police-scotland-pmap')
    expect(ids(['council:glasgow-city', 'prevent:police-scotland-pmap'], ['prevent-referral'])).not.toContain('police:police-scotland')
  })

  it('suggests the force and council for a gang database', () => {
    expect(suggest(['council:manchester'], ['gang-database'])[0]?.reason.key).toBe('gangsForce')
    expect(ids(['police:nottinghamshire'], ['gang-database'])).toEqual(['council:nottingham', 'council:nottinghamshire'])
  })

  it('suggests ACRO for the Police National Computer', () => {
    expect(suggest([], ['police-national-computer'])).toEqual([
      { id: 'police:acro', reason: { key: 'acro', values: {} } },
    ])
    expect(ids(['prevent:acro'], ['police-national-computer'])).toEqual([])
  })

  it('never suggests what is already chosen, nor anything twice', () => {
    const s = ids(['council:manchester', 'police:greater-manchester', 'prevent:home-office-prevent'], ['prevent-referral', 'police-national-computer'])
    expect(s).not.toContain('police:greater-manchester')
    expect(s).not.toContain('prevent:home-office-prevent')
    expect(new Set(s).size).toBe(s.length)
  })

  it('ignores ids it does not know', () => {
    expect(ids(['council:atlantis'])).toEqual([])
  })
})

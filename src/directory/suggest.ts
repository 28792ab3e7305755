/**
 * Who else may hold records, given the organisations already chosen and what the letter is about.
 * Pure: same input, same list. Every suggestion says why in plain words.
 *
 *  - a council: the police force covering it; a district: its county council (children's services);
 *  - a police force covering only a few councils: those councils;
 *  - Prevent or Channel: the Home Office, Counter Terrorism Policing and the Metropolitan Police
 *    (which controls the national Prevent database), plus the chosen area's force and council;
 *  - a gang database: the chosen area's force and council;
 *  - the Police National Computer: ACRO.
 * Nothing already chosen is suggested, and each organisation is suggested once, with its first reason.
 * The reason is a key and its values: the page words it (ui.*.json "recipients.suggest.<key>") in the
 * person's language.
 */
import type { Directory } from './directory.ts'
import type { Recipient } from './types.ts'

export type SuggestReasonKey =
  | 'preventForce' | 'gangsForce' | 'force' | 'countyChannel' | 'county' | 'scotlandPanels'
  | 'areaCouncilPrevent' | 'areaCouncilGangs' | 'areaCouncil' | 'homeOffice' | 'ctp' | 'met' | 'acro'

export interface Suggestion {
  id: string
  reason: { key: SuggestReasonKey; values: Record<string, string> }
}

export interface SuggestInput {
  /** Directory ids already chosen. */
  chosen: readonly string[]
  /** Topic ids from the request (src/request/constants.ts TOPICS). */
  topics: readonly string[]
}

type SuggestDirectory = Pick<Directory, 'byId' | 'policeFor' | 'countyFor' | 'councilsFor'>

/** A force's own councils are suggested only when there are this few (the Met covers 32 boroughs). */
export const MAX_AREA_COUNCILS = 3

const PREVENT_TOPICS = ['prevent-referral', 'channel-panel']
const HOME_OFFICE = 'prevent:home-office-prevent'
const CTP = 'prevent:counter-terrorism-policing'
const MET = 'police:metropolitan'
const ACRO = 'police:acro'
const POLICE_SCOTLAND = 'police:police-scotland'
const POLICE_SCOTLAND_PMAP = 'prevent:police-scotland-pmap'

export function suggestRecipients(input: SuggestInput, directory: SuggestDirectory): Suggestion[] {
  const chosen = input.chosen.map((id) => directory.byId(id)).filter((r): r is Recipient => r !== undefined)
  const taken = new Set([...input.chosen, ...chosen.map((r) => r.id)])
  const topics = new Set(input.topics)
  const prevent = PREVENT_TOPICS.some((t) => topics.has(t))
  const gangs = topics.has('gang-database')
  // Police Scotland is listed twice (as a force and for its Prevent panels): one letter is enough.
  if (taken.has(POLICE_SCOTLAND) || taken.has(POLICE_SCOTLAND_PMAP)) {
    taken.add(POLICE_SCOTLAND)
    taken.add(POLICE_SCOTLAND_PMAP)
  }

  const out: Suggestion[] = []
  const suggest = (id: string | undefined, key: SuggestReasonKey, values: Record<string, string> = {}) => {
    if (id === undefined || taken.has(id)) return
    const record = directory.byId(id)
    if (!record || taken.has(record.id)) return
    taken.add(record.id)
    out.push({ id: record.id, reason: { key, values } })
  }

  for (const body of chosen) {
    if (body.kind === 'council') {
      const force = directory.policeFor(body.id)
      if (force) {
        const values = { force: force.name, council: body.name }
        if (prevent && body.nation !== 'northern-ireland') suggest(force.id, 'preventForce', values)
        else if (gangs) suggest(force.id, 'gangsForce', values)
        else suggest(force.id, 'force', values)
      }
      const county = directory.countyFor(body.id)
      if (county) {
        suggest(county.id, topics.has('channel-panel') ? 'countyChannel' : 'county', { county: county.officialName })
      }
      if (prevent && body.nation === 'scotland') {
        suggest(POLICE_SCOTLAND_PMAP, 'scotlandPanels')
      }
    }
    if (body.kind === 'police' && body.subtype === 'territorial') {
      // Only where the force covers few councils: otherwise we cannot tell which one is yours.
      const councils = directory.councilsFor(body.id).filter((c) => !c.countyId)
      if (councils.length > 0 && councils.length <= MAX_AREA_COUNCILS && !councils.some((c) => taken.has(c.id))) {
        for (const council of councils) {
          suggest(council.id, prevent ? 'areaCouncilPrevent' : gangs ? 'areaCouncilGangs' : 'areaCouncil', { council: council.officialName, force: body.name })
        }
      }
    }
  }

  if (prevent) {
    suggest(HOME_OFFICE, 'homeOffice')
    suggest(CTP, 'ctp')
    suggest(MET, 'met')
  }
  if (topics.has('police-national-computer')) {
    suggest(ACRO, 'acro')
  }
  return out
}

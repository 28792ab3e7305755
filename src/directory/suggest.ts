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
 */
import type { Directory } from './directory.ts'
import type { Recipient } from './types.ts'

export interface Suggestion {
  id: string
  reason: string
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
  const suggest = (id: string | undefined, reason: string) => {
    if (id === undefined || taken.has(id)) return
    const record = directory.byId(id)
    if (!record || taken.has(record.id)) return
    taken.add(record.id)
    out.push({ id: record.id, reason })
  }

  for (const body of chosen) {
    if (body.kind === 'council') {
      const force = directory.policeFor(body.id)
      if (force) {
        if (prevent && body.nation !== 'northern-ireland') suggest(force.id, `Prevent referrals go to the police first, and ${force.name} covers ${body.name}, so it may hold records about a referral.`)
        else if (gangs) suggest(force.id, `${force.name} covers ${body.name}, and police forces keep gang lists, so it may hold records about you too.`)
        else suggest(force.id, `${force.name} covers ${body.name}, so it may hold police records about you too.`)
      }
      const county = directory.countyFor(body.id)
      if (county) {
        if (topics.has('channel-panel')) {
          suggest(county.id, `${county.officialName} runs children's services where you live, and in two-tier areas the county council may run the Channel panel, so it may hold records too.`)
        } else {
          suggest(county.id, `${county.officialName} runs children's services where you live, so it may hold records too.`)
        }
      }
      if (prevent && body.nation === 'scotland') {
        suggest(POLICE_SCOTLAND_PMAP, 'In Scotland, Police Scotland takes part in Prevent Multi-Agency Panels, so it may hold records about a referral.')
      }
    }
    if (body.kind === 'police' && body.subtype === 'territorial') {
      // Only where the force covers few councils: otherwise we cannot tell which one is yours.
      const councils = directory.councilsFor(body.id).filter((c) => !c.countyId)
      if (councils.length > 0 && councils.length <= MAX_AREA_COUNCILS && !councils.some((c) => taken.has(c.id))) {
        for (const council of councils) {
          const why = prevent
            ? 'councils run Channel panels, so it may hold records about a Prevent referral'
            : gangs
              ? 'councils get information from police gang lists, so it may hold records about you'
              : 'it may hold records about you too'
          suggest(council.id, `${council.officialName} is a council in ${body.name}'s area. If you live there, ${why}.`)
        }
      }
    }
  }

  if (prevent) {
    suggest(HOME_OFFICE, 'The Home Office keeps information from Channel and Prevent Multi-Agency Panels, so it may hold records about a Prevent referral.')
    suggest(CTP, 'Counter Terrorism Policing runs the national Prevent case database, which all police forces add to, so it may hold records about a referral.')
    suggest(MET, 'The Metropolitan Police controls the national Prevent case database that Counter Terrorism Policing runs, so ask the Met for those records too, wherever you live.')
  }
  if (topics.has('police-national-computer')) {
    suggest(ACRO, 'ACRO Criminal Records Office answers requests for Police National Computer records: arrests, cautions and convictions.')
  }
  return out
}

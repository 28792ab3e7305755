/**
 * Keeps the planned sending date from falling behind the letter date, and remembers the last move
 * so the page the person lands on can say what changed. The memory is this tab's only: the answers
 * themselves already hold the new date.
 */
import { today as readToday } from '../../flow/clock.ts'
import type { IsoDate } from '../../dates/iso.ts'
import { moveSendDateToToday, plannedSendDate, type SendDateMove } from '../../flow/dates-moved.ts'
import type { Draft } from '../../draft/draft.ts'

let lastMove: SendDateMove | undefined

export function rememberMove(move: SendDateMove): void {
  lastMove = move
}

/** After the person chooses a date themselves there is nothing left to tell. */
export function forgetMove(): void {
  lastMove = undefined
}

/** The move to tell the person about: the last one, while the answers still plan the day it moved to. */
export function moveToTell(draft: Draft): SendDateMove | undefined {
  return lastMove !== undefined && plannedSendDate(draft) === lastMove.to ? lastMove : undefined
}

/**
 * Moves a sending date that has passed to today, saves the answers and remembers to say so. Returns
 * the answers to make letters from (the same object when nothing moved).
 */
export function keepSendDateCurrent(draft: Draft, save: (next: Draft) => Draft, today: IsoDate = readToday()): Draft {
  const result = moveSendDateToToday(draft, today)
  if (!result.moved) return draft
  rememberMove(result.moved)
  return save(result.draft)
}

/**
 * The only way into the PDF worker (after Squoosh's worker bridge): one worker, jobs matched by id,
 * stopped after a minute with nothing to do so it does not hold memory on a phone.
 */
import { currentLocale } from '../i18n/catalogues.ts'
import type { Request } from '../request/schema.ts'
import type { BatchClient, BatchWords, MadeBatch, MadeLetters, ToWorker, WorkerReply } from './protocol.ts'

const IDLE_MS = 60_000

let worker: Worker | undefined
let nextId = 1
let idleTimer: ReturnType<typeof setTimeout> | undefined
const pending = new Map<number, { resolve: (r: MadeLetters | MadeBatch) => void; reject: (e: Error) => void }>()

function failAll(error: Error) {
  for (const job of pending.values()) job.reject(error)
  pending.clear()
  stopPdfWorker()
}

function getWorker(): Worker {
  if (worker) return worker
  const created = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' })
  created.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data
    const job = pending.get(reply.id)
    if (!job) return
    pending.delete(reply.id)
    if (reply.ok) job.resolve(reply.result)
    else job.reject(new Error(reply.message))
    scheduleStop()
  })
  created.addEventListener('error', (event) => failAll(new Error(event.message || 'The letter maker stopped')))
  created.addEventListener('messageerror', () => failAll(new Error('The letter maker sent something unreadable')))
  worker = created
  return created
}

function scheduleStop() {
  clearTimeout(idleTimer)
  if (pending.size === 0) idleTimer = setTimeout(stopPdfWorker, IDLE_MS)
}

/** Makes every letter of a checked request: one PDF per recipient, one with them all, and the texts. */
export function makeLetters(request: Request): Promise<MadeLetters> {
  clearTimeout(idleTimer)
  const id = nextId++
  return new Promise<MadeLetters>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: MadeLetters | MadeBatch) => void, reject })
    getWorker().postMessage({ id, request, locale: currentLocale() } satisfies ToWorker)
  })
}

/** Every chosen client's letters in one zip, with the batch's summary sheet and CSV. */
export function makeBatch(batch: BatchClient[], words: BatchWords, today: string): Promise<MadeBatch> {
  clearTimeout(idleTimer)
  const id = nextId++
  return new Promise<MadeBatch>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: MadeLetters | MadeBatch) => void, reject })
    getWorker().postMessage({ id, batch, words, today, locale: currentLocale() } satisfies ToWorker)
  })
}

/** Starts the worker and has it load its fonts while the person reads their answers (see WarmUpMessage). */
export function warmUpPdfWorker(): void {
  getWorker().postMessage({ warmUp: true } satisfies ToWorker)
  scheduleStop()
}

function stopPdfWorker(): void {
  clearTimeout(idleTimer)
  worker?.terminate()
  worker = undefined
}

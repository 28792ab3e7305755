/**
 * Making many letters across the machine's cores. The command line's own thread reads and checks the
 * files, builds the packs and writes the set (files.ts writeSet); worker threads only turn packs into
 * PDFs and calendar files (render-worker.ts). Work goes out a few letters at a time to whichever
 * worker is free, and comes back in the original order, so the output does not depend on which
 * worker made what.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { renderJob, type Rendered, type RenderJob } from './render-job.ts'
import type { FromWorker, ToWorker } from './render-worker.ts'

/** Below this many letters a worker's start-up (loading pdf-lib, parsing fonts) costs more than it saves. */
const MIN_LETTERS_PER_WORKER = 12
/** Letters sent to a worker at a time: enough to keep it busy, few enough to share the end of the run fairly. */
const BATCH = 4

/**
 * How many workers to start for `letters` letters: none for a few letters, otherwise at most one per
 * core. WTH_CLI_WORKERS (a number, 0 for none) overrides it, for tests and the bench.
 */
export function workerCount(letters: number, asked: string | undefined = process.env.WTH_CLI_WORKERS): number {
  const forced = asked === undefined || asked === '' ? NaN : Number(asked)
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, availableParallelism(), letters)
  return Math.min(availableParallelism(), Math.floor(letters / MIN_LETTERS_PER_WORKER))
}

/**
 * The worker's script: beside this module in the bundle (dist-cli/), or its TypeScript source, run
 * through tsx, when the command line itself runs from source (tests).
 */
function workerScript(): { url: URL; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts')
  return fromSource
    ? { url: new URL('./render-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] }
    : { url: new URL('./render-worker.mjs', import.meta.url), execArgv: [] }
}

export interface Pool {
  /** Every job's files, in the jobs' order. Called once per pool. */
  render(jobs: readonly RenderJob[]): Promise<Rendered[]>
  close(): Promise<void>
}

/** Makes every letter in this thread, one after another. */
function inThisThread(fontsDir: string): Pool {
  return {
    async render(jobs) {
      const out: Rendered[] = []
      for (const job of jobs) out.push(await renderJob(job, fontsDir))
      return out
    },
    close: async () => {},
  }
}

/**
 * A pool of `size` workers, started at once so that their start-up overlaps the checking and
 * building done meanwhile in this thread. With a size of 0 or 1 the letters are made in this thread.
 */
export function startPool(size: number, fontsDir: string): Pool {
  if (size <= 1) return inThisThread(fontsDir)
  const { url, execArgv } = workerScript()
  const workers = Array.from({ length: size }, () => new Worker(url, { workerData: { fontsDir }, execArgv }))
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return {
    close,
    render(jobs) {
      return new Promise<Rendered[]>((resolve, reject) => {
        const results: Rendered[] = new Array(jobs.length)
        const batches: number[] = []
        for (let start = 0; start < jobs.length; start += BATCH) batches.push(start)
        let next = 0
        let pending = batches.length
        let failed = false
        const fail = () => {
          if (failed) return
          failed = true
          void close().finally(() => reject(new Error('A worker could not make a letter')))
        }
        const send = (worker: Worker) => {
          if (next >= batches.length) return
          const batch = next++
          const start = batches[batch]!
          const message: ToWorker = { batch, jobs: jobs.slice(start, start + BATCH) }
          worker.postMessage(message)
        }
        if (pending === 0) return resolve(results)
        for (const worker of workers) {
          worker.on('message', (reply: FromWorker) => {
            if (failed) return
            if (!reply.ok) return fail()
            const start = batches[reply.batch]!
            reply.results.forEach((r, i) => { results[start + i] = r })
            pending -= 1
            if (pending === 0) resolve(results)
            else send(worker)
          })
          worker.on('error', fail)
          worker.on('exit', (code) => { if (!closed && code !== 0) fail() })
          // Two batches each at first, so a worker never waits for the next while this thread answers another.
          send(worker)
          send(worker)
        }
      })
    },
  }
}

/**
 * Making many letters across the machine's cores. The command line's own thread reads and checks the
 * files, builds the packs and writes the set (files.ts writeSet); worker threads only turn packs into
 * PDFs and calendar files (render-worker.ts). Work goes out a few letters at a time to whichever
 * worker is free, and comes back in the original order, so the output does not depend on which
 * worker made what.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Rendered, RenderJob } from './render-job.ts'
import type { FromWorker, ToWorker } from './render-worker.ts'

/** Below this many letters a worker's start-up (loading pdf-lib, parsing fonts) costs more than it saves. */
const MIN_LETTERS_PER_WORKER = 12
/**
 * Each worker's heap is kept small: what it keeps between letters (parsed fonts, measured words) is
 * about 40 MB, and V8 would otherwise let a busy thread's heap grow to 200 MB before collecting it.
 * The limits keep the whole process tree under 400 MB with a worker per core (npm run bench prints it).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 }
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
 * A worker running render-worker: the script beside this module in the bundle (dist-cli/), or, when
 * the command line itself runs from source (tsx, tests), its TypeScript source through tsx's loader,
 * registered inside the worker first (Node 20 does not apply `--import tsx` to a worker's own script).
 */
function startWorker(fontsDir: string): Worker {
  const options = { workerData: { fontsDir }, resourceLimits: WORKER_LIMITS }
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./render-worker.mjs', import.meta.url), options)
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  const script = new URL('./render-worker.ts', import.meta.url).href
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}) })`
  return new Worker(code, { ...options, eval: true })
}

export interface Pool {
  /**
   * Every job's files, in the jobs' order. May be called again before an earlier call has finished:
   * the work is queued, so the workers start on one file's letters while the next file's are built.
   */
  render(jobs: readonly RenderJob[]): Promise<Rendered[]>
  close(): Promise<void>
}

/** Makes every letter in this thread, one after another. */
function inThisThread(fontsDir: string): Pool {
  let queue = Promise.resolve()
  return {
    render(jobs) {
      const done = queue.then(async () => {
        // Loaded only here: with workers, this thread never needs pdf-lib or the fonts.
        const { renderJob } = await import('./render-job.ts')
        const out: Rendered[] = []
        for (const job of jobs) out.push(await renderJob(job, fontsDir))
        return out
      })
      queue = done.then(() => {}, () => {})
      return done
    },
    close: async () => {},
  }
}

interface Batch {
  jobs: RenderJob[]
  done: (results: Rendered[]) => void
}

/**
 * A pool of `size` workers, started at once so that their start-up overlaps the checking and
 * building done meanwhile in this thread. With a size of 0 or 1 the letters are made in this thread.
 */
export function startPool(size: number, fontsDir: string): Pool {
  if (size <= 1) return inThisThread(fontsDir)
  const workers = Array.from({ length: size }, () => startWorker(fontsDir))
  const exited = workers.map((w) => new Promise<void>((resolve) => w.once('exit', () => resolve())))
  const queue: Batch[] = []
  const sent = new Map<number, Batch>()
  const busy = new Map<Worker, number>()
  let nextId = 0
  let closed = false
  let failure: ((error: Error) => void)[] = []
  let failed = false

  const stop = async () => {
    closed = true
    await Promise.all(workers.map((w) => w.terminate()))
  }
  const fail = () => {
    if (failed) return
    failed = true
    const rejects = failure
    failure = []
    void stop().finally(() => { for (const reject of rejects) reject(new Error('A worker could not make a letter')) })
  }
  // Each worker has up to two batches at a time, so it never waits while this thread answers another.
  const feed = () => {
    for (const worker of workers) {
      while ((busy.get(worker) ?? 0) < 2 && queue.length > 0) {
        const batch = queue.shift()!
        const id = nextId++
        sent.set(id, batch)
        busy.set(worker, (busy.get(worker) ?? 0) + 1)
        const message: ToWorker = { batch: id, jobs: batch.jobs }
        worker.postMessage(message)
      }
    }
  }
  for (const worker of workers) {
    worker.on('message', (reply: FromWorker) => {
      if (failed) return
      if (!reply.ok) return fail()
      busy.set(worker, (busy.get(worker) ?? 1) - 1)
      const batch = sent.get(reply.batch)!
      sent.delete(reply.batch)
      batch.done(reply.results)
      feed()
    })
    worker.on('error', fail)
    worker.on('exit', (code) => { if (!closed && code !== 0) fail() })
  }

  return {
    render(jobs) {
      if (failed) return Promise.reject(new Error('A worker could not make a letter'))
      return new Promise<Rendered[]>((resolve, reject) => {
        failure.push(reject)
        const results: Rendered[] = new Array(jobs.length)
        let pending = 0
        for (let start = 0; start < jobs.length; start += BATCH) {
          pending += 1
          queue.push({
            jobs: jobs.slice(start, start + BATCH),
            done: (rendered) => {
              rendered.forEach((r, i) => { results[start + i] = r })
              pending -= 1
              if (pending === 0) resolve(results)
            },
          })
        }
        if (pending === 0) resolve(results)
        feed()
      })
    },
    async close() {
      if (closed) return
      closed = true
      // Each worker is told to end, and ends when it has finished.
      const done: ToWorker = { done: true }
      for (const w of workers) w.postMessage(done)
      await Promise.all(exited)
    },
  }
}

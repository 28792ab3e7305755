/**
 * A worker thread of the command line (see parallel.ts): it is given letters' packs a few at a time,
 * makes their files and sends them back. It reads nothing but the fonts and writes nothing.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { renderJob, type Rendered, type RenderJob } from './render-job.ts'

export type ToWorker = { batch: number; jobs: RenderJob[] } | { done: true }
export type FromWorker = { batch: number; ok: true; results: Rendered[] } | { batch: number; ok: false }

const { fontsDir } = workerData as { fontsDir: string }
const port = parentPort!

port.on('message', (message: ToWorker) => {
  // No more work: the thread ends once its port is closed.
  if ('done' in message) return port.close()
  void (async () => {
    try {
      const results: Rendered[] = []
      for (const job of message.jobs) results.push(await renderJob(job, fontsDir))
      const reply: FromWorker = { batch: message.batch, ok: true, results }
      // Each PDF's bytes move to the command line's thread rather than being copied.
      const whole = results.flatMap(({ pdf }) => (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? [pdf.buffer as ArrayBuffer] : []))
      port.postMessage(reply, whole)
    } catch {
      // No error text: it could hold a name from the letter. The command line says it crashed.
      const reply: FromWorker = { batch: message.batch, ok: false }
      port.postMessage(reply)
    }
  })()
})

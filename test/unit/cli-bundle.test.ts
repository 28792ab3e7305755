/**
 * Issue 12 §4: `npm run letters` as a person runs it: the bundled command line (dist-cli/, built first
 * when it is missing or older than the source) with its letters made in worker threads. Its files
 * must be byte-for-byte those the source makes in one thread, and its one-bad-file rule must hold.
 * WTH_CLI_WORKERS=2 makes it use workers even for these few letters.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/letters.ts'
import { rawFixture } from '../helpers/fixtures.ts'

const ROOT = join(import.meta.dirname, '..', '..')

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

function npmRunLetters(args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'letters', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, WTH_CLI_WORKERS: '2' },
  })
  return { code: run.status, out: run.stdout.split('\n').filter(Boolean), err: run.stderr.split('\n').filter(Boolean) }
}

/** Every file under `dir`, by its path inside it, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (at: string) => {
    for (const entry of readdirSync(at).sort()) {
      const path = join(at, entry)
      if (statSync(path).isDirectory()) walk(path)
      else out.set(relative(dir, path), readFileSync(path))
    }
  }
  walk(dir)
  return out
}

function batch(dir: string): string[] {
  const worker = rawFixture('advice-worker') as Record<string, unknown>
  const second = { ...worker, subject: { ...(worker.subject as object), fullName: 'Amara Okafor', otherNames: [] }, recipients: ['police:west-midlands', 'police:merseyside'] }
  return [
    ['young-person.json', rawFixture('young-person')],
    ['kwame.json', worker],
    ['amara.json', second],
    ['parent.json', rawFixture('parent')],
  ].map(([name, content]) => {
    const file = join(dir, name as string)
    writeFileSync(file, JSON.stringify(content))
    return file
  })
}

describe('npm run letters (the bundle, with worker threads)', () => {
  it('writes the same files, byte for byte, as the source makes in one thread, and prints each path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wth-bundle-'))
    const inputs = batch(dir)
    const run = npmRunLetters([...inputs, '--out', join(dir, 'bundle')])
    expect(run.err).toEqual([])
    expect(run.code).toBe(0)
    expect(existsSync(join(ROOT, 'dist-cli', 'letters.mjs'))).toBe(true)
    expect(await main([...inputs, '--out', join(dir, 'source')], { workers: 0 })).toBe(0)
    const bundle = files(join(dir, 'bundle'))
    const source = files(join(dir, 'source'))
    expect([...bundle.keys()]).toEqual([...source.keys()])
    expect([...bundle.keys()].filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(6)
    for (const [name, bytes] of bundle) expect(bytes.equals(source.get(name)!), name).toBe(true)
    expect(run.out.sort()).toEqual([...bundle.keys()].map((f) => join(dir, 'bundle', f)).sort())
    // The source with workers too (tsx src/cli/letters.ts): each worker loads the TypeScript through tsx.
    expect(await main([...inputs, '--out', join(dir, 'threads')], { workers: 2 })).toBe(0)
    const threads = files(join(dir, 'threads'))
    expect([...threads.keys()]).toEqual([...source.keys()])
    for (const [name, bytes] of threads) expect(bytes.equals(source.get(name)!), name).toBe(true)
  }, 240_000)

  it('writes nothing when one file is bad, and says each bad file’s problems', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wth-bundle-'))
    const [good, second] = batch(dir)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ ...(rawFixture('parent') as object), recipients: [] }))
    const run = npmRunLetters([good!, bad, second!, '--out', join(dir, 'out')])
    expect(run.code).toBe(1)
    expect(run.err.join('\n')).toContain(`${bad} has a problem`)
    expect(run.err.join('\n')).toContain('No letters were written.')
    expect(existsSync(join(dir, 'out'))).toBe(false)
  }, 240_000)
})

/**
 * npm run letters: starts the bundled command line in dist-cli/ (plain JavaScript, so no TypeScript is
 * compiled on each run). The bundle is made first when it is missing or older than anything it is
 * built from (src/, package-lock.json, vite.cli.config.ts); `npm run build` makes it too. Plain
 * JavaScript itself, so that it needs no compiling either.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'dist-cli')
const ENTRY = join(OUT, 'letters.mjs')
const SOURCES = [join(ROOT, 'src'), join(ROOT, 'package-lock.json'), join(ROOT, 'vite.cli.config.ts')]

/** The newest modification time of a file or anything inside a folder. */
function newest(path) {
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let latest = st.mtimeMs
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)))
  return latest
}

function isStale() {
  let built
  try {
    built = statSync(ENTRY).mtimeMs
  } catch {
    return true
  }
  return SOURCES.some((source) => newest(source) > built)
}

/**
 * Builds into a folder of its own and then moves it into place, so a run that starts meanwhile never
 * loads half a bundle. Vite's messages are shown only when the build fails: a person sees only the
 * command's own output.
 */
function build() {
  const staging = `${OUT}-${process.pid}`
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const made = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--outDir', staging, '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' })
  if (made.status !== 0) {
    process.stderr.write(made.stdout + made.stderr)
    rmSync(staging, { recursive: true, force: true })
    process.exit(1)
  }
  rmSync(OUT, { recursive: true, force: true })
  renameSync(staging, OUT)
}

if (isStale()) build()
const { run } = await import(pathToFileURL(ENTRY).href)
await run(process.argv.slice(2))

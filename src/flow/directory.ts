/**
 * The directory of organisations, loaded only when a page needs it (it is large, and so is the
 * search). Every page that needs it goes through here, so it is loaded once.
 */
import { useEffect, useState } from 'react'
import type { loadDirectory } from '../directory/directory.ts'
import type { createSearch } from '../directory/search.ts'

export type Directory = ReturnType<typeof loadDirectory>
export type Search = ReturnType<typeof createSearch>

let directoryPromise: Promise<Directory> | undefined
let loaded: Directory | undefined

/** The directory if it has loaded already, for a rule that must answer now (a body's nation); undefined until then. */
export function loadedDirectory(): Directory | undefined {
  return loaded
}
let searchPromise: Promise<Search> | undefined

export function getDirectory(): Promise<Directory> {
  directoryPromise ??= import('../directory/directory.ts').then((m) => (loaded = m.loadDirectory()))
  // A failed load (offline) may be tried again.
  directoryPromise.catch(() => {
    directoryPromise = undefined
  })
  return directoryPromise
}

export function getSearch(): Promise<Search> {
  searchPromise ??= Promise.all([getDirectory(), import('../directory/search.ts')]).then(([directory, m]) => m.createSearch(directory))
  searchPromise.catch(() => {
    searchPromise = undefined
  })
  return searchPromise
}

/** The directory once loaded; undefined until then. Starts loading on first use. */
export function useDirectory(): Directory | undefined {
  const [directory, setDirectory] = useState<Directory>()
  useEffect(() => {
    let live = true
    getDirectory().then(
      (d) => live && setDirectory(d),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return directory
}

export function knownIn(directory: Directory | undefined): ((id: string) => boolean) | undefined {
  return directory ? (id: string) => directory.byId(id) !== undefined : undefined
}

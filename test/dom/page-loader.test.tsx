// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { pageLoader, preloadPages } from '../../src/flow/page-loader.tsx'

afterEach(cleanup)

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

const Hello = ({ name }: { name: string }) => <h1>Hello {name}</h1>
const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Loading</p>}>{node}</Suspense>

describe('pageLoader', () => {
  it('shows the loading line while a page loads the first time, then the page', async () => {
    const module = deferred<typeof Hello>()
    const page = pageLoader(() => module.promise)
    render(inSuspense(<page.Page name="Ann" />))
    expect(screen.getByText('Loading')).toBeInTheDocument()
    await act(async () => module.resolve(Hello))
    expect(await screen.findByRole('heading', { name: 'Hello Ann' })).toBeInTheDocument()
  })

  it('shows a preloaded page at once, in the first render, with no loading line', async () => {
    let loads = 0
    const page = pageLoader(async () => {
      loads += 1
      return Hello
    })
    await page.preload()
    render(inSuspense(<page.Page name="Bo" />))
    // Synchronously: no waiting, so the loading line never showed.
    expect(screen.getByRole('heading', { name: 'Hello Bo' })).toBeInTheDocument()
    expect(screen.queryByText('Loading')).not.toBeInTheDocument()
    expect(loads).toBe(1)
  })

  it('preloadPages loads every page made with pageLoader, each once', async () => {
    const module = deferred<typeof Hello>()
    let loads = 0
    const page = pageLoader(() => {
      loads += 1
      return module.promise
    })
    preloadPages()
    preloadPages()
    module.resolve(Hello)
    await page.preload()
    expect(loads).toBe(1)
    render(inSuspense(<page.Page name="Cy" />))
    expect(screen.getByRole('heading', { name: 'Hello Cy' })).toBeInTheDocument()
  })

  it('tries again after a failed load', async () => {
    let attempt = 0
    const page = pageLoader(async () => {
      attempt += 1
      if (attempt === 1) throw new Error('offline')
      return Hello
    })
    await expect(page.preload()).rejects.toThrow('offline')
    await page.preload()
    expect(attempt).toBe(2)
  })
})

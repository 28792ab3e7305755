// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ErrorSummary } from './ErrorSummary.tsx'

afterEach(cleanup)

describe('ErrorSummary with a file full of problems', () => {
  it('lists the first 20 and counts the rest', () => {
    const errors = Array.from({ length: 57 }, (_, i) => ({ field: 'load-answers', message: `Problem ${i + 1}` }))
    render(<ErrorSummary errors={errors} focusKey={1} />)
    const list = screen.getByRole('list')
    expect(within(list).getAllByRole('link')).toHaveLength(20)
    expect(within(list).getByRole('link', { name: 'Problem 20' })).toBeInTheDocument()
    expect(within(list).queryByText('Problem 21')).not.toBeInTheDocument()
    expect(within(list).getByText('And 37 more problems. Put these right first, then check again.')).toBeInTheDocument()
  })

  it('names hidden characters and cuts a very long message', () => {
    render(<ErrorSummary errors={[{ field: 'x', message: `The field "a\u202eb\u0007" ${'y'.repeat(1000)}` }]} focusKey={1} />)
    const link = screen.getByRole('link')
    expect(link.textContent).toMatch(/^The field "a\[U\+202E\]b\[U\+0007\]" y+…$/)
    expect(link.textContent!.length).toBeLessThan(340)
  })

  it('shows no count when every problem is listed', () => {
    render(<ErrorSummary errors={[{ field: 'x', message: 'Enter full name' }]} focusKey={1} />)
    expect(screen.queryByText(/more problems/)).not.toBeInTheDocument()
  })
})

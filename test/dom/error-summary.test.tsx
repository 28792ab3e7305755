// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ErrorSummary } from '../../src/components/ErrorSummary/ErrorSummary.tsx'
import { DateInput } from '../../src/components/DateInput/DateInput.tsx'

afterEach(cleanup)

function Form({ attempt }: { attempt: number }) {
  const errors = [
    { field: 'fullName', message: 'Enter full name' },
    { field: 'dob-month', message: 'Date of birth must include a month' },
  ]
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <label htmlFor="fullName">Full name</label>
      <input id="fullName" />
      <DateInput id="dob" legend="Date of birth" error="Date of birth must include a month" errorParts={['month']} register={(part) => ({ name: part, onChange: async () => undefined, onBlur: async () => undefined, ref: () => undefined })} />
    </>
  )
}

describe('ErrorSummary', () => {
  it('says "There is a problem", takes focus, and links to each field', async () => {
    render(<Form attempt={1} />)
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary')
    expect(summary).toHaveFocus()
    expect(screen.getByRole('link', { name: 'Enter full name' })).toHaveAttribute('href', '#fullName')
    await userEvent.click(screen.getByRole('link', { name: 'Date of birth must include a month' }))
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveFocus()
    await userEvent.click(screen.getByRole('link', { name: 'Enter full name' }))
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveFocus()
  })

  it('takes focus again on the next Continue', () => {
    const { rerender } = render(<Form attempt={1} />)
    screen.getByRole('textbox', { name: 'Full name' }).focus()
    rerender(<Form attempt={2} />)
    expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary')).toHaveFocus()
  })

  it('shows nothing without errors', () => {
    render(<ErrorSummary errors={[]} focusKey={1} />)
    expect(screen.queryByText('There is a problem')).not.toBeInTheDocument()
  })
})

describe('DateInput', () => {
  it('groups three labelled boxes under the legend and marks only the wrong one', () => {
    render(<Form attempt={0} />)
    const group = screen.getByRole('group', { name: 'Date of birth' })
    expect(group).toHaveAccessibleDescription('Error: Date of birth must include a month')
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveAttribute('id', 'dob-year')
  })
})

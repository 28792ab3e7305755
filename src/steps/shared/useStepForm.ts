/**
 * One question page's form: react-hook-form for the boxes, our resolver for the checks. Validation
 * runs only on Continue (style.md); the page's own checks (a choice not made, date boxes) come first,
 * then the real request schema on the draft with the new answers (flow/validate.ts). Every message
 * comes from the catalogue, and the answers are kept exactly as typed.
 */
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react'
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form'
import type { SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import type { Draft } from '../../draft/draft.ts'
import { STEPS, type StepId } from '../../flow/steps.ts'
import { validateFields } from '../../flow/validate.ts'
import { useStep } from './useStep.ts'

export interface StepFormOptions<V extends FieldValues> {
  step: StepId
  /** The boxes as the draft has them: answers typed before show again. */
  defaultValues: (draft: Draft) => V
  /** Request paths this page checks, e.g. ["subject.fullName"]; the step's own fields in the step table when absent. */
  owns?: readonly string[] | ((values: V) => readonly string[])
  /** The draft with this page's answers. */
  apply: (draft: Draft, values: V) => Draft
  /** The page's own checks, before the schema's: a choice not made, date boxes. In page order. */
  check?: (values: V) => SummaryError[]
  /** The id of the box a schema problem at `path` belongs to. */
  fieldFor: (path: string, values: V) => string
  isKnownRecipient?: (id: string) => boolean
  /** Where to go instead of the next page. */
  after?: (draft: Draft) => StepId | undefined
}

export function useStepForm<V extends FieldValues>(options: StepFormOptions<V>) {
  const page = useStep(options.step)
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)
  const found = useRef<SummaryError[]>([])
  const optionsRef = useRef(options)
  const draftRef = useRef(page.draft)
  useLayoutEffect(() => {
    optionsRef.current = options
    draftRef.current = page.draft
  })

  const resolver: Resolver<V> = async (values) => {
    const o = optionsRef.current
    let list = o.check?.(values) ?? []
    if (list.length === 0) {
      const owned = typeof o.owns === 'function' ? o.owns(values) : (o.owns ?? STEPS[o.step].fields ?? [])
      const problems = validateFields(o.apply(draftRef.current, values), owned, { today: page.today, isKnownRecipient: o.isKnownRecipient })
      list = problems.map((p) => ({ field: o.fieldFor(p.path, values), message: p.message }))
      // One message a box, the one shown beside it: the summary then says what the box says, once.
      list = list.filter((e, i) => list.findIndex((other) => other.field === e.field) === i)
    }
    found.current = list
    if (list.length === 0) return { values, errors: {} }
    const fieldErrors = Object.fromEntries(list.map((e) => [e.field, { type: 'validate', message: e.message }])) as FieldErrors<V>
    return { values: {}, errors: fieldErrors }
  }

  const form = useForm<V>({
    defaultValues: options.defaultValues(page.draft) as DefaultValues<V>,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Our error summary takes focus instead (style.md).
    shouldFocusError: false,
  })

  function onValid(values: V) {
    setErrors([])
    const o = optionsRef.current
    const draft = o.apply(draftRef.current, values)
    page.saveAndContinue(draft, o.after?.(draft))
  }

  function onInvalid() {
    setErrors(found.current)
    setAttempt((n) => n + 1)
  }

  /** Continue: check, then save and move on, or show what to put right. */
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    return form.handleSubmit(onValid, onInvalid)(event)
  }

  /** The first message for a box, for the inline error. */
  function errorFor(field: string): string | undefined {
    return errors.find((e) => e.field === field)?.message
  }

  return { ...page, form, errors, attempt, onSubmit, errorFor, hasErrors: errors.length > 0 }
}

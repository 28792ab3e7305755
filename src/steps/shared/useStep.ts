/** What every question page needs: the answers, who they are about, where Back and Continue go. */
import { useMemo } from 'react'
import { flushSync } from 'react-dom'
import { navigate, useRoute } from '../../flow/router.ts'
import { today as readToday } from '../../flow/clock.ts'
import { whoOf, type Draft } from '../../draft/draft.ts'
import { next, pathFor, previous, type FlowContext, type StepId } from '../../flow/steps.ts'
import { useDraft } from '../../flow/store.tsx'

/** Pages that end a change: after them Continue never carries "from=check" on. */
const NO_CARRY: readonly StepId[] = ['check-answers', 'letters', 'start']

export function useStep(step: StepId) {
  const store = useDraft()
  const route = useRoute()
  const today = useMemo(() => readToday(), [])
  const ctx: FlowContext = { today, fromCheck: route.fromCheck }
  const backStep = previous(step, store.draft, ctx)
  const back = backStep ? pathFor(backStep, { fromCheck: route.fromCheck && !NO_CARRY.includes(backStep) }) : undefined

  /** The address of the next page for these answers (or of `to`), carrying "from=check" on where it should. */
  function onward(draft: Draft, to?: StepId): string {
    const target = to ?? next(step, draft, ctx)
    return pathFor(target, { fromCheck: route.fromCheck && !NO_CARRY.includes(target) })
  }

  /** Saves the answers and goes to the next page. */
  function saveAndContinue(draft: Draft, to?: StepId) {
    // Commit the answers before the URL changes, so the next page never sees the old ones
    // (the router's store renders at a higher priority than an ordinary state update).
    flushSync(() => store.save(draft))
    navigate(onward(draft, to))
  }

  return { ...store, route, today, ctx, back, who: whoOf(store.draft), onward, saveAndContinue }
}

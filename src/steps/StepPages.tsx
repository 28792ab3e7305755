/**
 * Every question page, loaded together after the start page (react-hook-form and zod come with
 * them). Pages that need the letter engine's recipient code load on their own, later still.
 */
import { lazy, useEffect, type ReactElement } from 'react'
import { today } from '../flow/clock.ts'
import { navigate, withReturn, type Route } from '../flow/router.ts'
import { applies, pathFor, type StepId } from '../flow/steps.ts'
import { useDraft } from '../flow/store.tsx'
import { AddRecipientPage } from './add-recipient/AddRecipientPage.tsx'
import { AddressPage } from './address/AddressPage.tsx'
import { AdultChildPage } from './adult-child/AdultChildPage.tsx'
import { BeforeYouSendPage } from './before-you-send/BeforeYouSendPage.tsx'
import { CheckAnswersPage } from './check-answers/CheckAnswersPage.tsx'
import { ChildAgreesPage } from './child-agrees/ChildAgreesPage.tsx'
import { ChildDoesNotAgreePage } from './child-does-not-agree/ChildDoesNotAgreePage.tsx'
import { ClearPage } from './clear/ClearPage.tsx'
import { ContactPage } from './contact/ContactPage.tsx'
import { CorrectionsPage } from './corrections/CorrectionsPage.tsx'
import { DateOfBirthPage } from './date-of-birth/DateOfBirthPage.tsx'
import { DetailsPage } from './details/DetailsPage.tsx'
import { FollowUpPage } from './follow-up/FollowUpPage.tsx'
import { FollowUpDetailsPage } from './follow-up-details/FollowUpDetailsPage.tsx'
import { HowItAffectedPage } from './how-it-affected/HowItAffectedPage.tsx'
import { KeepAnswersPage } from './keep-answers/KeepAnswersPage.tsx'
import { LettersPage } from './letters/LettersPage.tsx'
import { NoComplaintReasonPage } from './no-complaint-reason/NoComplaintReasonPage.tsx'
import { NoParentalResponsibilityPage } from './no-parental-responsibility/NoParentalResponsibilityPage.tsx'
import { OtherNamesPage } from './other-names/OtherNamesPage.tsx'
import { ParentalResponsibilityPage } from './parental-responsibility/ParentalResponsibilityPage.tsx'
import { ParentContactPage } from './parent-contact/ParentContactPage.tsx'
import { ParentDetailsPage } from './parent-details/ParentDetailsPage.tsx'
import { PreviousAddressesPage } from './previous-addresses/PreviousAddressesPage.tsx'
import { SendingPage } from './sending/SendingPage.tsx'
import { SubjectNamePage } from './subject-name/SubjectNamePage.tsx'
import { TopicsPage } from './topics/TopicsPage.tsx'
import { WhatWentWrongPage } from './what-went-wrong/WhatWentWrongPage.tsx'
import { WhatYouWantPage } from './what-you-want/WhatYouWantPage.tsx'
import { WhoIsAskingPage } from './who-is-asking/WhoIsAskingPage.tsx'
import { WorkerContactPage } from './worker-contact/WorkerContactPage.tsx'
import { WorkerDetailsPage } from './worker-details/WorkerDetailsPage.tsx'

const RecipientsPage = lazy(() => import('./recipients/RecipientsPage.tsx').then((m) => ({ default: m.RecipientsPage })))
// The follow-up's dates use the letters' own rules and, for chosen bodies, the directory: loaded when needed.
const FollowUpEventsPage = lazy(() => import('./follow-up-events/FollowUpEventsPage.tsx').then((m) => ({ default: m.FollowUpEventsPage })))
const FollowUpTimingPage = lazy(() => import('./follow-up-timing/FollowUpTimingPage.tsx').then((m) => ({ default: m.FollowUpTimingPage })))
const RecipientDetailsPage = lazy(() => import('./recipient-details/RecipientDetailsPage.tsx').then((m) => ({ default: m.RecipientDetailsPage })))

/** Where to send someone who opens a page that is not part of their journey (a bookmark, a changed answer). */
const INSTEAD: Partial<Record<StepId, StepId>> = {
  'parent-details': 'who-is-asking',
  'parent-contact': 'who-is-asking',
  'child-agrees': 'who-is-asking',
  'worker-details': 'who-is-asking',
  'worker-contact': 'who-is-asking',
  corrections: 'what-you-want',
  'adult-child': 'date-of-birth',
  'follow-up-details': 'follow-up',
  'follow-up-events': 'follow-up',
  'follow-up-timing': 'follow-up',
  'what-went-wrong': 'follow-up',
  'how-it-affected': 'follow-up',
  'no-complaint-reason': 'follow-up',
  'parental-responsibility': 'who-is-asking',
  'no-parental-responsibility': 'who-is-asking',
  'child-does-not-agree': 'child-agrees',
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to])
  return null
}

export default function StepPages({ route }: { route: Route }): ReactElement | null {
  const { draft, keep } = useDraft()
  const match = route.match
  if (!match) return null
  const { step, n } = match
  // Nothing is kept until the person has said whether to keep it: the first question asks.
  if (keep === 'unasked' && step !== 'keep-answers' && step !== 'clear') return <Redirect to={withReturn(pathFor('keep-answers'), route.key)} />
  if (!applies(step, draft, { today: today() })) return <Redirect to={pathFor(INSTEAD[step] ?? 'start')} />
  switch (step) {
    case 'follow-up':
      return <FollowUpPage />
    case 'follow-up-details':
      return <FollowUpDetailsPage />
    case 'follow-up-events':
      return <FollowUpEventsPage />
    case 'follow-up-timing':
      return <FollowUpTimingPage />
    case 'what-went-wrong':
      return <WhatWentWrongPage />
    case 'how-it-affected':
      return <HowItAffectedPage />
    case 'no-complaint-reason':
      return <NoComplaintReasonPage />
    case 'parental-responsibility':
      return <ParentalResponsibilityPage />
    case 'no-parental-responsibility':
      return <NoParentalResponsibilityPage />
    case 'who-is-asking':
      return <WhoIsAskingPage />
    case 'subject-name':
      return <SubjectNamePage />
    case 'other-names':
      return <OtherNamesPage />
    case 'date-of-birth':
      return <DateOfBirthPage />
    case 'adult-child':
      return <AdultChildPage />
    case 'address':
      return <AddressPage />
    case 'previous-addresses':
      return <PreviousAddressesPage />
    case 'contact':
      return <ContactPage />
    case 'parent-details':
      return <ParentDetailsPage />
    case 'parent-contact':
      return <ParentContactPage />
    case 'child-agrees':
      return <ChildAgreesPage />
    case 'child-does-not-agree':
      return <ChildDoesNotAgreePage />
    case 'worker-details':
      return <WorkerDetailsPage />
    case 'worker-contact':
      return <WorkerContactPage />
    case 'what-you-want':
      return <WhatYouWantPage />
    case 'corrections':
      return <CorrectionsPage />
    case 'topics':
      return <TopicsPage />
    case 'recipients':
      return <RecipientsPage />
    case 'add-recipient':
      return <AddRecipientPage />
    case 'recipient-details':
      return <RecipientDetailsPage n={n ?? 1} />
    case 'details':
      return <DetailsPage />
    case 'sending':
      return <SendingPage />
    case 'check-answers':
      return <CheckAnswersPage />
    case 'before-you-send':
      return <BeforeYouSendPage />
    case 'letters':
      return <LettersPage />
    case 'keep-answers':
      return <KeepAnswersPage />
    case 'clear':
      return <ClearPage />
    case 'start':
    case 'privacy':
      return null
  }
}

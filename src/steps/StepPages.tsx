/**
 * Every question page, loaded together after the start page (react-hook-form and zod come with
 * them), when the browser is idle or at once when asked for. Pages that need the letter engine's
 * recipient code load on their own, when the browser is idle after these (flow/page-loader.tsx).
 */
import { useEffect, type ComponentType, type ReactElement } from 'react'
import { today } from '../flow/clock.ts'
import { loadedDirectory, useDirectory } from '../flow/directory.ts'
import { pageLoader } from '../flow/page-loader.tsx'
import { navigate, withReturn, type Route } from '../flow/router.ts'
import { applies, hasFollowUp, pathFor, STEPS, type StepId } from '../flow/steps.ts'
import type { Draft } from '../draft/draft.ts'
import { useDraft } from '../flow/store.tsx'
import { HeadingCaption } from '../components/Heading/Heading.tsx'
import { letterCaption } from './follow-up/words.ts'
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
import { FollowUpPersonPage } from './follow-up-person/FollowUpPersonPage.tsx'
import { FollowUpReceivedPage } from './follow-up-received/FollowUpReceivedPage.tsx'
import { FollowUpWithheldPage } from './follow-up-withheld/FollowUpWithheldPage.tsx'
import { HowItAffectedPage } from './how-it-affected/HowItAffectedPage.tsx'
import { KeepAnswersPage } from './keep-answers/KeepAnswersPage.tsx'
import { LetterLanguagePage } from './letter-language/LetterLanguagePage.tsx'
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

const RecipientsPage = pageLoader(() => import('./recipients/RecipientsPage.tsx').then((m) => m.RecipientsPage)).Page
// The follow-up's dates use the letters' own rules and, for chosen bodies, the directory: loaded when needed.
const FollowUpEventsPage = pageLoader(() => import('./follow-up-events/FollowUpEventsPage.tsx').then((m) => m.FollowUpEventsPage)).Page
const FollowUpTimingPage = pageLoader(() => import('./follow-up-timing/FollowUpTimingPage.tsx').then((m) => m.FollowUpTimingPage)).Page
// "My requests" works out deadlines with the letters' own rules and the directory: loaded when opened.
const MyRequestsPage = pageLoader(() => import('./my-requests/MyRequestsPage.tsx').then((m) => m.MyRequestsPage)).Page
const TrackedEventPage = pageLoader(() => import('./tracked-event/TrackedEventPage.tsx').then((m) => m.TrackedEventPage)).Page
const RecipientDetailsPage = pageLoader(() => import('./recipient-details/RecipientDetailsPage.tsx').then((m) => m.RecipientDetailsPage)).Page
// An advice worker's list: loaded when opened.
const ClientsPage = pageLoader(() => import('./clients/ClientsPage.tsx').then((m) => m.ClientsPage)).Page

/** Each step's page; the start, privacy and glossary pages are in the shell (app/App.tsx). */
const PAGES: Record<Exclude<StepId, 'start' | 'privacy' | 'glossary'>, ComponentType<{ n?: number }>> = {
  'follow-up': FollowUpPage,
  'follow-up-details': FollowUpDetailsPage,
  'follow-up-events': FollowUpEventsPage,
  'follow-up-received': FollowUpReceivedPage,
  'follow-up-withheld': FollowUpWithheldPage,
  'follow-up-timing': FollowUpTimingPage,
  'who-is-asking': WhoIsAskingPage,
  'parental-responsibility': ParentalResponsibilityPage,
  'no-parental-responsibility': NoParentalResponsibilityPage,
  'follow-up-person': FollowUpPersonPage,
  'subject-name': SubjectNamePage,
  'other-names': OtherNamesPage,
  'date-of-birth': DateOfBirthPage,
  'adult-child': AdultChildPage,
  address: AddressPage,
  'previous-addresses': PreviousAddressesPage,
  contact: ContactPage,
  'parent-details': ParentDetailsPage,
  'parent-contact': ParentContactPage,
  'child-agrees': ChildAgreesPage,
  'child-does-not-agree': ChildDoesNotAgreePage,
  'worker-details': WorkerDetailsPage,
  'worker-contact': WorkerContactPage,
  'what-you-want': WhatYouWantPage,
  corrections: CorrectionsPage,
  topics: TopicsPage,
  recipients: RecipientsPage,
  'add-recipient': AddRecipientPage,
  'recipient-details': ({ n }) => <RecipientDetailsPage n={n ?? 1} />,
  details: DetailsPage,
  'what-went-wrong': WhatWentWrongPage,
  'how-it-affected': HowItAffectedPage,
  'no-complaint-reason': NoComplaintReasonPage,
  'letter-language': LetterLanguagePage,
  sending: SendingPage,
  'check-answers': CheckAnswersPage,
  'before-you-send': BeforeYouSendPage,
  letters: LettersPage,
  'keep-answers': KeepAnswersPage,
  clear: ClearPage,
  'my-requests': MyRequestsPage,
  'tracked-event': ({ n }) => <TrackedEventPage n={n ?? 1} />,
  clients: ClientsPage,
}

/** Shows its children once the directory has loaded (nothing until then). */
function AfterDirectory({ children }: { children: ReactElement }): ReactElement | null {
  return useDirectory() ? children : null
}

/** Pages that are not questions about the letter being made: no caption naming it. */
const UNCAPTIONED: ReadonlySet<StepId> = new Set(['follow-up', 'keep-answers', 'clear', 'my-requests', 'tracked-event'])

/** Says over each heading which follow-up the questions are about, with its organisation once the directory names it. */
function FollowUpCaption({ draft, children }: { draft: Draft; children: ReactElement }): ReactElement {
  useDirectory()
  return <HeadingCaption.Provider value={letterCaption(draft)}>{children}</HeadingCaption.Provider>
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
  // A page that applies only to some bodies cannot say so before it knows where they are.
  if (STEPS[step].waitsForDirectory && !loadedDirectory()) return <AfterDirectory><StepPages route={route} /></AfterDirectory>
  if (!applies(step, draft, { today: today(), fromCheck: route.fromCheck })) return <Redirect to={pathFor(STEPS[step].instead ?? 'start')} />
  if (step === 'start' || step === 'privacy' || step === 'glossary') return null
  const Page = PAGES[step]
  // n only where the path has one: without it, the add-by-hand page adds rather than edits.
  const page = <Page n={n} />
  return hasFollowUp(draft) && !UNCAPTIONED.has(step) ? <FollowUpCaption draft={draft}>{page}</FollowUpCaption> : page
}

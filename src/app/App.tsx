/**
 * The app shell: everything a page load would do in a multi-page site. The quick exit bar, the header,
 * one page per URL, and the footer with privacy, the keep choice and "Clear everything". Question
 * pages load on first use.
 */
import { Suspense, useEffect, useState } from 'react'
import { Button } from '../components/Button/Button.tsx'
import { Link } from '../components/Link/Link.tsx'
import { leaveQuickly, QuickExit, useQuickExitKeys } from '../components/QuickExit/QuickExit.tsx'
import type { Draft } from '../draft/draft.ts'
import { pathFor } from '../flow/steps.ts'
import { DraftProvider, useDraft } from '../flow/store.tsx'
import { holdForUpdate } from '../storage/index.ts'
import { NotFoundPage } from '../steps/not-found/NotFoundPage.tsx'
import { PrivacyPage } from '../steps/privacy/PrivacyPage.tsx'
import { StartPage } from '../steps/start/StartPage.tsx'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { LanguageLinks, useLanguage } from './language.tsx'
import { showNotice } from '../flow/notice.ts'
import { PageNotice, StorageNotice } from './notices.tsx'
import { setOfflineStatus, useOfflineStatus } from './offline-status.ts'
import { pageLoader, preloadPages, whenIdle } from '../flow/page-loader.tsx'
import { navigate, useRoute, withReturn, type Route } from '../flow/router.ts'
import { t } from '../i18n/text.ts'

/**
 * Pages are loaded ahead of need in the built app only: a unit test loads what it shows, and does not
 * spend its time (on a 2-core machine) compiling pages it never opens.
 */
const PRELOAD = import.meta.env.PROD
// Every question page (with zod, react-hook-form and the rest of the words): loaded when the browser
// is idle after the first page, or at once when asked for.
const stepPages = pageLoader(() =>
  import('../steps/StepPages.tsx').then((m) => {
    // Then the pages that load on their own inside it (the recipients, my requests, ...).
    if (PRELOAD) whenIdle(preloadPages)
    return m.default
  }),
)
// Read by few, and opened from links inside the journey: loaded when asked for.
const glossaryPage = pageLoader(() => import('../steps/glossary/GlossaryPage.tsx').then((m) => m.GlossaryPage))

function Loading() {
  return (
    <output className="body loading status">
      {t('app.loading')}
    </output>
  )
}

/** "Works offline now" once, and "Update available" until the person chooses. Never reloads by itself. */
function OfflineBanner() {
  const { ready, update } = useOfflineStatus()
  const { keep, draft } = useDraft()
  // "Works offline" is said once: it goes when the person moves to another page.
  useEffect(() => () => {
    if (ready) setOfflineStatus({ ready: false })
  }, [ready])
  if (update) {
    return (
      <section className="notice" aria-label={t('offline.update')}>
        <p className="body">
          {t('offline.update')} {t('offline.updateKeep')}
        </p>
        <div className="button-group">
          <Button
            onClick={() => {
              // Answers not kept on this device still survive the reload into the new version.
              if (keep !== 'keep') holdForUpdate(draft)
              update()
            }}
          >
            {t('offline.updateButton')}
          </Button>
          <Button variant="secondary" onClick={() => setOfflineStatus({ update: undefined })}>
            {t('offline.dismiss')}
          </Button>
        </div>
      </section>
    )
  }
  return ready ? <output className="notice status">{t('offline.ready')}</output> : null
}

/** The page to come back to from the keep and clear pages (never one of those two themselves). */
function hereFor(route: Route): string {
  const step = route.match?.step
  return step === 'keep-answers' || step === 'clear' ? (route.returnTo ?? '/') : route.key
}

/**
 * Privacy and the legal words first, then the keep choice, then "Clear everything": a Tab pressed
 * by mistake after Continue lands on the privacy link, and clearing always asks on a page of its own.
 */
function Footer({ route }: { route: Route }) {
  const { keep, problem } = useDraft()
  const here = hereFor(route)
  const kept = keep === 'keep' && problem === undefined
  return (
    <footer className="footer">
      <div className="container">
        <p className="body">
          <Link to={pathFor('privacy')}>{t('app.footer.privacy')}</Link>
        </p>
        <p className="body">
          <Link to={pathFor('glossary')}>{t('app.footer.glossary')}</Link>
        </p>
        <p className="body footer__status">{kept ? t('app.footer.keeping') : t('app.footer.notKeeping')}</p>
        <p className="body">
          <Link to={withReturn(pathFor('keep-answers'), here)}>{t('app.footer.changeKeep')}</Link>
        </p>
        <p className="body">
          <Link to={withReturn(pathFor('clear'), here)} className="footer__clear">
            {t('app.footer.clear')}
          </Link>
        </p>
        <p className="body-s">{t('app.footer.notGov')}</p>
        <p className="body-s">{t('app.footer.attribution')}</p>
      </div>
    </footer>
  )
}

/** What another tab did: follow a clear or a quick exit, and offer this tab the newest answers. */
function useOtherTabs() {
  const { otherTab } = useDraft()
  useEffect(() => {
    if (!otherTab) return
    if (otherTab.kind === 'leave') leaveQuickly(false)
    else if (otherTab.kind === 'cleared') {
      // Nothing typed stays on screen: a form's boxes go with the page.
      navigate('/')
      showNotice({ key: '/', text: t('app.otherTab.cleared') })
    } else showNotice({ key: window.location.pathname + window.location.search, text: t('app.otherTab.changed'), refresh: true })
  }, [otherTab])
}

function Shell() {
  const route = useRoute()
  const { ready } = useDraft()
  const [generation, setGeneration] = useState(0)
  useQuickExitKeys()
  useOtherTabs()
  useLanguage()
  // The next pages are ready before the person moves on.
  useEffect(() => (ready && PRELOAD ? whenIdle(() => void stepPages.preload().catch(() => undefined)) : undefined), [ready])

  let content
  const step = route.match?.step
  if (!ready) content = <Loading />
  else if (!route.match) content = <NotFoundPage />
  else if (step === 'start') content = <StartPage />
  else if (step === 'privacy') content = <PrivacyPage />
  else {
    content = (
      <ErrorBoundary>
        <Suspense fallback={<Loading />}>
          {step === 'glossary' ? <glossaryPage.Page /> : <stepPages.Page route={route} />}
        </Suspense>
      </ErrorBoundary>
    )
  }

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      <QuickExit />
      <header className="header">
        <div className="container header__inner">
          <Link to="/" className="header__name">
            {t('app.name')}
          </Link>
          <LanguageLinks />
        </div>
      </header>
      <div className="container">
        {/* A new key remounts the page: its boxes show the answers afresh. */}
        <main id="main-content" className="main" tabIndex={-1} key={`${route.key}#${generation}`}>
          <OfflineBanner />
          <StorageNotice />
          <PageNotice
            routeKey={route.key}
            onRefresh={() => {
              showNotice(undefined)
              setGeneration((n) => n + 1)
            }}
          />
          {content}
        </main>
      </div>
      <Footer route={route} />
    </>
  )
}

export function App({ initialDraft }: { initialDraft?: Draft }) {
  return (
    <DraftProvider initial={initialDraft}>
      <Shell />
    </DraftProvider>
  )
}

/**
 * The app shell: everything a page load would do in a multi-page site. Header with the quick exit,
 * one page per URL, footer with privacy and "Clear everything". Question pages load on first use.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import { Button } from '../components/Button/Button.tsx'
import { Link } from '../components/Link/Link.tsx'
import { QuickExit, useQuickExitKeys } from '../components/QuickExit/QuickExit.tsx'
import type { Draft } from '../flow/draft.ts'
import { pathFor } from '../flow/steps.ts'
import { DraftProvider, useDraft } from '../flow/store.tsx'
import { holdForUpdate } from '../storage/index.ts'
import { NotFoundPage } from '../steps/not-found/NotFoundPage.tsx'
import { PrivacyPage } from '../steps/privacy/PrivacyPage.tsx'
import { StartPage } from '../steps/start/StartPage.tsx'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { setOfflineStatus, useOfflineStatus } from './offline-status.ts'
import { navigate, useRoute } from './router.ts'
import { t } from './text.ts'

const StepPages = lazy(() => import('../steps/StepPages.tsx'))

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
              if (!keep) holdForUpdate(draft)
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

function Footer({ onCleared }: { onCleared: () => void }) {
  const { keep, clearAll } = useDraft()
  return (
    <footer className="footer">
      <div className="container">
        <p className="body footer__status">{keep ? t('app.footer.keeping') : t('app.footer.notKeeping')}</p>
        <div className="button-group">
          <Button
            variant="warning"
            onClick={async () => {
              await clearAll()
              onCleared()
            }}
          >
            {t('app.footer.clear')}
          </Button>
        </div>
        <p className="body">
          <Link to={pathFor('privacy')}>{t('app.footer.privacy')}</Link>
        </p>
        <p className="body-s">{t('app.footer.notGov')}</p>
        <p className="body-s">{t('app.footer.attribution')}</p>
      </div>
    </footer>
  )
}

function Shell() {
  const route = useRoute()
  const { ready } = useDraft()
  const [notice, setNotice] = useState<{ key: string; text: string }>()
  useQuickExitKeys()

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
          <StepPages route={route} />
        </Suspense>
      </ErrorBoundary>
    )
  }

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      <header className="header">
        <div className="container header__inner">
          <Link to="/" className="header__name">
            {t('app.name')}
          </Link>
          <QuickExit />
        </div>
      </header>
      <div className="container">
        <main id="main-content" className="main" tabIndex={-1} key={route.key}>
          <OfflineBanner />
          {notice && notice.key === route.key ? (
            <output className="notice status">
              {notice.text}
            </output>
          ) : null}
          {content}
        </main>
      </div>
      <Footer
        onCleared={() => {
          navigate('/')
          setNotice({ key: '/', text: t('app.footer.cleared') })
        }}
      />
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

import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Button } from '../components/Button/Button.tsx'
import { t } from '../i18n/text.ts'

interface State {
  failed: boolean
}

/** When a page's code cannot load (offline, a new version on the server), say so plainly and offer a retry. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only while developing: in the built app an error's text or stack could hold a name, and a shared device's console keeps it.
    if (import.meta.env.DEV) console.error(error, info.componentStack)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="page">
        <h1 className="heading-xl" id="main-heading" tabIndex={-1}>
          {t('app.loadFailed')}
        </h1>
        <Button onClick={() => window.location.reload()}>{t('app.tryAgain')}</Button>
      </div>
    )
  }
}

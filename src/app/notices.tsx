/**
 * Messages the shell shows at the top of a page: one that says what just happened (cleared, changed
 * in another tab), and the storage problem that stays on every page until it is put right.
 */
import { useState, useSyncExternalStore } from 'react'
import { Button } from '../components/Button/Button.tsx'
import { useDraft } from '../flow/store.tsx'
import { today } from './clock.ts'
import { t } from '../i18n/text.ts'

export interface Notice {
  text: string
  /** The page (path and query) it belongs to: it goes when the person moves on. */
  key: string
  /** Offers to show the newest answers, after another tab changed them. */
  refresh?: boolean
}

let current: Notice | undefined
const listeners = new Set<() => void>()

/** Shows a notice on the page at `notice.key`. */
export function showNotice(notice: Notice | undefined): void {
  current = notice
  for (const listener of listeners) listener()
}

export function useNotice(): Notice | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
    () => current,
  )
}

/** The notice for this page, if any, with its "Show the newest answers" button. */
export function PageNotice({ routeKey, onRefresh }: { routeKey: string; onRefresh: () => void }) {
  const notice = useNotice()
  if (!notice || notice.key !== routeKey) return null
  return (
    <div className="notice">
      <output className="body status">{notice.text}</output>
      {notice.refresh ? (
        <Button variant="secondary" className="notice__button" onClick={onRefresh}>
          {t('app.otherTab.refresh')}
        </Button>
      ) : null}
    </div>
  )
}

/**
 * The device is full, storage failed, or it did not answer: said plainly on every page, with a way to
 * keep the answers anyway (a file). It is never hidden while the problem lasts.
 */
export function StorageNotice() {
  const { problem, draft } = useDraft()
  const [saved, setSaved] = useState<'saved' | 'incomplete'>()
  if (!problem) return null
  const text = problem === 'full' ? t('app.storage.full') : problem === 'busy' ? t('app.storage.busy') : t('app.storage.failed')

  async function save() {
    // Loaded on use: it needs the schema and the directory, which the first page must not carry.
    const { saveDraftToFile } = await import('../flow/save-file.ts')
    setSaved(await saveDraftToFile(draft, today(), t('saveFile.fileName')))
  }

  return (
    <section className="notice notice--warning" role="alert" aria-labelledby="storage-problem-title">
      <h2 className="heading-s" id="storage-problem-title">
        {problem === 'busy' ? t('app.storage.busyTitle') : t('app.storage.title')}
      </h2>
      <p className="body">{text}</p>
      {problem === 'busy' ? null : (
        <>
          <p className="body">{t('app.storage.saveBody')}</p>
          <Button variant="secondary" className="notice__button" onClick={() => void save()}>
            {t('letters.save')}
          </Button>
          <output className="body status">{saved === 'saved' ? t('saveFile.saved') : saved === 'incomplete' ? t('app.storage.incomplete') : ''}</output>
        </>
      )}
    </section>
  )
}

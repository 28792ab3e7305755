/**
 * Messages the shell shows at the top of a page: the one that says what just happened (cleared,
 * changed in another tab; set through flow/notice.ts), and the storage problem that stays on every
 * page until it is put right.
 */
import { useState } from 'react'
import { Button } from '../components/Button/Button.tsx'
import { useNotice } from '../flow/notice.ts'
import { useDraft } from '../flow/store.tsx'
import { today } from '../flow/clock.ts'
import { t } from '../i18n/text.ts'

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

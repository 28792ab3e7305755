/**
 * "Clear everything from this device?": clearing asks on a page of its own, so a stray Tab and Enter
 * never deletes anything. Reached from every page's footer and from "Start again" on the start page.
 */
import { useState } from 'react'
import { showNotice } from '../../flow/notice.ts'
import { Page } from '../../components/Page/Page.tsx'
import { navigate, useRoute } from '../../flow/router.ts'
import { t, tList } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { pathFor } from '../../flow/steps.ts'
import { useDraft, type ClearOutcome } from '../../flow/store.tsx'

const SAID: Record<ClearOutcome, 'app.footer.cleared' | 'clear.otherTabs' | 'clear.failed'> = {
  cleared: 'app.footer.cleared',
  'other-tabs-open': 'clear.otherTabs',
  failed: 'clear.failed',
}

export function ClearPage() {
  const { clearAll, clients, profile } = useDraft()
  const route = useRoute()
  const [clearing, setClearing] = useState(false)
  const back = route.returnTo ?? pathFor('start')

  async function clear() {
    setClearing(true)
    const outcome = await clearAll()
    navigate(pathFor('start'))
    showNotice({ key: pathFor('start'), text: t(SAID[outcome]) })
  }

  return (
    <Page title={t('clear.title')} back={back}>
      <Heading>{t('clear.title')}</Heading>
      <p className="body">{t('clear.intro')}</p>
      <ul className="list list--bullet">
        {tList('clear.deletes').map((item) => (
          <li key={item}>{item}</li>
        ))}
        {profile || clients.clients.length > 0 ? <li>{t('clear.deletesClients')}</li> : null}
      </ul>
      <p className="body">{t('clear.cannot')}</p>
      <div className="button-group">
        <Button variant="warning" onClick={() => void clear()} disabled={clearing} aria-disabled={clearing || undefined}>
          {t('clear.button')}
        </Button>
        <Link to={back} className="button button--secondary">
          {t('clear.cancel')}
        </Link>
      </div>
      {clearing ? <output className="body status">{t('clear.working')}</output> : null}
    </Page>
  )
}

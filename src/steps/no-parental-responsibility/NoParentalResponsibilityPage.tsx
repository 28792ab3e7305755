import { Page } from '../../components/Page/Page.tsx'
import { t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import type { Draft } from '../../draft/draft.ts'
import { pathFor } from '../../flow/steps.ts'
import { useStep } from '../shared/useStep.ts'

/**
 * For a carer without parental responsibility (or not sure): never made to claim it. The routes that
 * work: the child asks, the child gives written permission, or someone who has it asks.
 */
export function NoParentalResponsibilityPage() {
  const page = useStep('no-parental-responsibility')
  const answer = page.draft.sender?.parentalResponsibility === 'not-sure' ? 'not-sure' : 'no'

  /** The letter comes from someone else: the answers about the child stay, the writer changes. */
  function writeAs(kind: 'self' | 'representative') {
    const draft: Draft = { ...page.draft, sender: { ...page.draft.sender, kind } }
    page.saveAndContinue(draft)
  }

  return (
    <Page title={t('noParentalResponsibility.title')} back={page.back}>
      <Heading>{t('noParentalResponsibility.title')}</Heading>
      <p className="body">{t(`noParentalResponsibility.body.${answer}`)}</p>

      <h2 className="heading-m">{t('noParentalResponsibility.childTitle')}</h2>
      <p className="body">{t('noParentalResponsibility.child')}</p>
      <Button variant="secondary" onClick={() => writeAs('self')}>
        {t('noParentalResponsibility.childButton')}
      </Button>

      <h2 className="heading-m">{t('noParentalResponsibility.permissionTitle')}</h2>
      <p className="body">{t('noParentalResponsibility.permission')}</p>
      <Button variant="secondary" onClick={() => writeAs('representative')}>
        {t('noParentalResponsibility.permissionButton')}
      </Button>

      <h2 className="heading-m">{t('noParentalResponsibility.holderTitle')}</h2>
      <p className="body">{t('noParentalResponsibility.holder')}</p>

      <p className="body">
        <Link to={pathFor('parental-responsibility')}>{t('noParentalResponsibility.change')}</Link>
      </p>
    </Page>
  )
}

import { Page } from '../../components/Page/Page.tsx'
import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { pathFor } from '../../flow/steps.ts'
import { useStep } from '../shared/useStep.ts'

/** Not an error: a page that explains why a parent cannot go on (style.md: no validation for eligibility). */
export function AdultChildPage() {
  const page = useStep('adult-child')
  return (
    <Page title={t('adultChild.title')} back={page.back}>
      <Heading>{t('adultChild.title')}</Heading>
      <p className="body">{t('adultChild.body')}</p>
      <p className="body">{t('adultChild.help')}</p>
      <ul className="list">
        <li>
          <Link to={pathFor('who-is-asking')}>{t('adultChild.changeWho')}</Link>
        </li>
        <li>
          <Link to={pathFor('date-of-birth')}>{t('adultChild.changeDate')}</Link>
        </li>
      </ul>
    </Page>
  )
}

import { Page } from '../../components/Page/Page.tsx'
import { t } from '../../i18n/text.ts'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'

export function NotFoundPage() {
  return (
    <Page title={t('notFound.title')}>
      <Heading>{t('notFound.title')}</Heading>
      <p className="body">{t('notFound.body')}</p>
      <p className="body">
        <Link to="/">{t('notFound.start')}</Link>
      </p>
    </Page>
  )
}

import { t } from '../../i18n/text.ts'
import { Link } from '../Link/Link.tsx'

/** The Back link at the top of a question page: the previous page of the journey, not the browser history. */
export function BackLink({ to }: { to: string }) {
  return (
    <Link to={to} className="back-link">
      {t('app.back')}
    </Link>
  )
}

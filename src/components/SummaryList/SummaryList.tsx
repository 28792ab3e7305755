import type { ReactNode } from 'react'
import { t } from '../../i18n/text.ts'
import { Link } from '../Link/Link.tsx'

export interface SummaryRow {
  key: string
  value: ReactNode
  /** The page to change this answer on; the hidden text says which answer it is. */
  change?: { href: string; hiddenText: string }
}

/** Check-your-answers rows: what was asked, the answer, and a Change link. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row" key={row.key}>
          <dt className="summary-list__key">{row.key}</dt>
          <dd className="summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="summary-list__actions">
              <Link to={row.change.href}>
                {t('app.change')}{' '}
                <span className="visually-hidden">{row.change.hiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  )
}

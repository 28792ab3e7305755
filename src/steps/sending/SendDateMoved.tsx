import { t } from '../../i18n/text.ts'
import { Link } from '../../components/Link/Link.tsx'
import { formatDay } from '../../i18n/format.ts'
import { locale } from '../../i18n/text.ts'
import type { SendDateMove } from '../../flow/dates-moved.ts'
import { pathFor } from '../../flow/steps.ts'

/**
 * Says that a planned sending date had passed and is now today: what it was, what it is, and (away
 * from the sending page) a link to change it. A labelled region above the heading, as GOV.UK's
 * notification banner is, so it can be found by its title.
 */
export function SendDateMoved({ move, changeLink = true }: { move: SendDateMove | undefined; changeLink?: boolean }) {
  if (!move) return null
  return (
    <section className="inset" aria-labelledby="send-date-moved-title">
      <h2 className="heading-s" id="send-date-moved-title">
        {t('sendDateMoved.title')}
      </h2>
      <p className="body">{t('sendDateMoved.body', { from: formatDay(move.from, locale()), to: formatDay(move.to, locale()) })}</p>
      {changeLink ? (
        <p className="body">
          <Link to={pathFor('sending', { fromCheck: true })}>{t('sendDateMoved.change')}</Link>
        </p>
      ) : null}
    </section>
  )
}

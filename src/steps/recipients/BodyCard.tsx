import { tRich } from '../../app/rich-text.tsx'
import { t } from '../../app/text.ts'
import { inSentence } from '../../directory/names.ts'
import { officialPage } from '../../directory/routes.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Link } from '../../components/Link/Link.tsx'
import type { BodyInfo } from '../../flow/bodies.ts'
import { pathFor } from '../../flow/steps.ts'

/** Where the details came from, and when they were checked; or that the person typed them. */
export function Provenance({ body }: { body: BodyInfo }) {
  const url = body.source?.url
  let host = url ?? ''
  try {
    if (url) host = new URL(url).host
  } catch {
    // Keep the address as it is.
  }
  // Only official pages are links: a copy on another site is named, never sent people to.
  const link = url ? (
    officialPage(url) ? (
      <a href={url} target="_blank" rel="noopener noreferrer">
        {host}
        <span className="visually-hidden">{` ${t('app.opensNewTab')}`}</span>
      </a>
    ) : (
      <>{host}</>
    )
  ) : null
  return (
    <>
      {body.typed ? <p className="body-s">{t('recipients.yourOwn')}</p> : null}
      {link ? (
        <p className="body-s">
          {body.checkedOn ? tRich('recipients.provenance', { source: link, date: body.checkedOn }) : tRich('recipients.provenanceNoDate', { source: link })}
        </p>
      ) : body.record ? (
        <p className="body-s">{t('recipients.provenanceNone')}</p>
      ) : null}
    </>
  )
}

interface Props {
  body: BodyInfo
  fromCheck: boolean
  onRemove: () => void
}

/** One chosen organisation: how to send, proof of identity, where the details came from. */
export function BodyCard({ body, fromCheck, onRemove }: Props) {
  const noRoute = body.routes.length === 0
  return (
    <li className="card body-card">
      <h3 className="heading-s body-card__name">{body.name}</h3>
      <p className="tag">{t(`recipients.kind.${body.kind}`)}</p>
      {noRoute ? (
        <div className="warning">
          <p className="body">{t('recipients.noRoute', { name: inSentence(body.name) })}</p>
        </div>
      ) : (
        <>
          <h4 className="heading-xs">{t('recipients.routeTitle')}</h4>
          <ul className="list route-list">
            {body.routes.map((route) => (
              <li key={`${route.kind}-${route.value}`}>
                <strong>{route.label}:</strong> <span className="break-anywhere">{route.value}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {body.identity ? (
        <p className="body-s">
          <strong>{t('recipients.identity')}:</strong> {body.identity}
        </p>
      ) : null}
      <Provenance body={body} />
      <div className="button-group button-group--inline">
        <Link to={pathFor('recipient-details', { n: body.n, fromCheck })} className="button button--secondary">
          {noRoute ? t('recipients.addDetails') : t('recipients.changeDetails')}{' '}
          <span className="visually-hidden">{t('recipients.changeDetailsFor', { name: body.name })}</span>
        </Link>
        <Button variant="link" onClick={onRemove}>
          {t('app.remove')}{' '}
          <span className="visually-hidden">{t('recipients.removeFor', { name: body.name })}</span>
        </Button>
      </div>
    </li>
  )
}

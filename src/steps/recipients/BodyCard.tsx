import { t } from '../../i18n/text.ts'
import { describeIcoAction, icoActions } from '../../directory/ico-actions.ts'
import { inSentence } from '../../directory/names.ts'
import { sourceNotes } from '../../directory/provenance.ts'
import { noRouteHelp } from '../../directory/routes.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Link } from '../../components/Link/Link.tsx'
import type { BodyInfo, BodyRoute } from '../../flow/bodies.ts'
import { pathFor } from '../../flow/steps.ts'
import { holdsLine } from './lines.ts'
import { SentenceText } from './SentenceText.tsx'

/** Each way to send, with a fallback's note saying what it is and that a request sent there is valid. */
export function RouteList({ routes }: { routes: readonly BodyRoute[] }) {
  return (
    <ul className="list route-list">
      {routes.map((route) => (
        <li key={`${route.field}-${route.value}`}>
          <strong>{route.label}:</strong> <span className="break-anywhere">{route.value}</span>
          {route.note ? <p className="body-s hint">{route.note}</p> : null}
        </li>
      ))}
    </ul>
  )
}

/** What to do when we have no way at all to send: the body's own website to search. */
export function NoRoute({ body }: { body: BodyInfo }) {
  const help = body.record ? noRouteHelp(body.record) : []
  return (
    <div className="warning">
      {help.length > 0 ? (
        help.map((sentence, i) => (
          <p className="body" key={i}>
            <SentenceText sentence={sentence} />
          </p>
        ))
      ) : (
        <p className="body">{t('recipients.noRoute', { name: inSentence(body.name) })}</p>
      )}
    </div>
  )
}

/**
 * Where each detail came from, named by the site's owner; a detail found on another site is said to
 * be so, to be checked on the body's own site. Or that the person typed them.
 */
export function Provenance({ body }: { body: BodyInfo }) {
  const notes = body.record ? sourceNotes(body.record, body.routes) : []
  return (
    <>
      {body.typed ? <p className="body-s">{t('recipients.yourOwn')}</p> : null}
      {notes.map((note) =>
        note.source.site === 'other' ? (
          <div className="warning" key={note.source.url}>
            <p className="body">
              <SentenceText sentence={note.sentence} />
            </p>
          </div>
        ) : (
          <p className="body-s" key={note.source.url}>
            <SentenceText sentence={note.sentence} />
          </p>
        ),
      )}
    </>
  )
}

/** What the ICO has done about this body's late replies, each with its date and source. */
export function IcoActions({ body }: { body: BodyInfo }) {
  const record = body.record
  const notes = record ? icoActions(record.id).map((a) => describeIcoAction(a, record)) : []
  if (notes.length === 0) return null
  return (
    <div className="inset">
      <h4 className="heading-xs">{t('recipients.icoTitle')}</h4>
      {notes.map((note) => (
        <p className="body-s" key={`${note.action.action}-${note.action.date ?? ''}-${note.action.source.url}`}>
          {note.line} {note.action.summary} <SentenceText sentence={note.source} />
        </p>
      ))}
      <p className="body-s">{t('recipients.icoExpect')}</p>
    </div>
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
  const holds = body.record ? holdsLine(body.record.id) : undefined
  return (
    <li className="card body-card">
      <h3 className="heading-s body-card__name">{body.name}</h3>
      <p className="tag">{t(`recipients.kind.${body.kind}`)}</p>
      {holds ? <p className="body-s">{holds}</p> : null}
      {noRoute ? (
        <NoRoute body={body} />
      ) : (
        <>
          <h4 className="heading-xs">{t('recipients.routeTitle')}</h4>
          <RouteList routes={body.routes} />
        </>
      )}
      <Provenance body={body} />
      <IcoActions body={body} />
      {body.identity ? (
        <p className="body-s">
          <strong>{t('recipients.identity')}:</strong> {body.identity}
        </p>
      ) : null}
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

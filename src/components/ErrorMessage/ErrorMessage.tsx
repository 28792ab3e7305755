import { t } from '../../i18n/text.ts'

/** The message beside a field; its id is what the field's aria-describedby points to. */
export function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('error.hiddenPrefix')}</span> {message}
    </p>
  )
}

/** Ids for aria-describedby, leaving out the ones that are not there. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => Boolean(id))
  return list.length > 0 ? list.join(' ') : undefined
}

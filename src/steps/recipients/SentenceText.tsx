import { Fragment } from 'react'
import { t } from '../../i18n/text.ts'
import type { Sentence } from '../../directory/words.ts'

/**
 * A sentence from the directory's words with its link in place. Only the body's own page or a
 * public-sector one becomes a link; a page on another site is named, never linked.
 */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  const { link } = sentence
  const [before, after] = sentence.text.split('{link}')
  if (!link || after === undefined) return <>{sentence.text}</>
  const named = link.host && link.host !== link.label ? `${link.label} (${link.host})` : link.label
  return (
    <Fragment>
      {before}
      {link.follow ? (
        <a href={link.url} target="_blank" rel="noopener noreferrer" className="break-anywhere">
          {link.label}
          <span className="visually-hidden">{` ${t('app.opensNewTab')}`}</span>
        </a>
      ) : (
        <span className="break-anywhere">{named}</span>
      )}
      {after}
    </Fragment>
  )
}

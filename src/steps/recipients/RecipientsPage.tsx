import { useCallback, useMemo, useState, type FormEvent } from 'react'
import { Page } from '../../components/Page/Page.tsx'
import { t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { Combobox, type ComboboxOption } from '../../components/Combobox/Combobox.tsx'
import { ErrorMessage } from '../../components/ErrorMessage/ErrorMessage.tsx'
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary/ErrorSummary.tsx'
import { Heading } from '../../components/Heading/Heading.tsx'
import { Link } from '../../components/Link/Link.tsx'
import { ownAreaKind, unlistedKind, type UnlistedKind } from '../../directory/intent.ts'
import { placePostcode, sameOrganisation, suggestNear, type PostcodePlace } from '../../directory/near.ts'
import { suggestRecipients } from '../../directory/suggest.ts'
import type { Recipient } from '../../directory/types.ts'
import { describeBody } from '../../flow/bodies.ts'
import { getSearch, knownIn, useDirectory, type Search } from '../../flow/directory.ts'
import type { RecipientDraft } from '../../draft/draft.ts'
import { navigate } from '../../flow/router.ts'
import { pathFor } from '../../flow/steps.ts'
import { validateFields } from '../../flow/validate.ts'
import { LIMITS } from '../../request/constants.ts'
import { useStep } from '../shared/useStep.ts'
import { BodyCard } from './BodyCard.tsx'
import { holdsLine, nearReason } from './lines.ts'

const SEARCH_ID = 'recipient-search'
/** Suggestions in the list under the search box. */
const MAX_OPTIONS = 8
/** Results after pressing Search. */
const MAX_RESULTS = 20
/** Options that lead to adding a body by hand rather than choosing one: "add-by-hand:school". */
const BY_HAND = 'add-by-hand:'

/** The second line under a body's name: what it holds, where it looks like another body; else its kind. */
function kindLabel(r: Recipient): string {
  return holdsLine(r.id) ?? t(`recipients.kind.${r.kind}`)
}

interface Results {
  query: string
  items: Recipient[]
  notes: Recipient[]
  unlisted?: UnlistedKind
  postcode?: PostcodePlace
}

export function RecipientsPage() {
  const page = useStep('recipients')
  const directory = useDirectory()
  const [search, setSearch] = useState<Search>()
  const [results, setResults] = useState<Results>()
  const [status, setStatus] = useState('')
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)

  const chosen = useMemo(() => page.draft.recipients ?? [], [page.draft.recipients])
  const sameAs = useMemo(() => (directory ? sameOrganisation(directory) : new Map<string, string[]>()), [directory])
  // A body chosen under one id is chosen under all of its ids (Police Scotland is listed twice).
  const chosenIds = useMemo(() => {
    const ids = new Set<string>()
    for (const r of chosen) {
      if (r.id === undefined) continue
      const id = directory?.byId(r.id)?.id ?? r.id
      for (const each of [r.id, id, ...(sameAs.get(id) ?? [])]) ids.add(each)
    }
    return ids
  }, [chosen, directory, sameAs])
  const bodies = useMemo(() => (directory ? chosen.map((r, i) => describeBody(r, i, directory)) : []), [chosen, directory])
  const subject = page.draft.subject
  const near = useMemo(() => {
    if (!directory) return []
    return suggestNear({ address: subject?.address, previousAddresses: subject?.previousAddresses, chosen: [...chosenIds] }, directory).flatMap((s) => {
      const record = directory.byId(s.id)
      return record ? [{ record, suggestion: s }] : []
    })
  }, [directory, subject, chosenIds])
  const suggestions = useMemo(() => {
    if (!directory) return []
    const offered = new Set(near.map((s) => s.record.id))
    return suggestRecipients({ chosen: [...chosenIds], topics: page.draft.topics ?? [] }, directory)
      .filter((s) => !chosenIds.has(s.id) && !offered.has(s.id))
      .flatMap((s) => {
        const record = directory.byId(s.id)
        return record ? [{ record, reason: s.reason }] : []
      })
  }, [directory, chosenIds, near, page.draft.topics])

  const activate = useCallback(() => {
    void getSearch().then((s) => setSearch(() => s), () => undefined)
  }, [])

  const placed = useCallback(
    (query: string) => (directory ? placePostcode(query, { address: subject?.address, previousAddresses: subject?.previousAddresses }, directory) : undefined),
    [directory, subject],
  )

  // "My council", "my local police": the bodies for their own addresses, chosen or not.
  const ownSuggestions = useCallback(
    (query: string) => {
      const own = ownAreaKind(query)
      if (!own || !directory) return []
      return suggestNear({ address: subject?.address, previousAddresses: subject?.previousAddresses, chosen: [] }, directory).filter((s) => (own === 'police') === (s.role === 'force'))
    },
    [directory, subject],
  )
  const mine = (query: string) => ownSuggestions(query).flatMap((s) => directory?.byId(s.id) ?? [])

  const options = useCallback(
    (query: string): ComboboxOption[] => {
      const option = (r: Recipient, description: string): ComboboxOption => ({
        id: r.id,
        label: r.officialName || r.name,
        description,
        disabled: chosenIds.has(r.id),
        disabledNote: t('recipients.added'),
      })
      const withReasons = (list: PostcodePlace['suggestions']) =>
        list.flatMap((s) => {
          const record = directory?.byId(s.id)
          return record ? [option(record, nearReason(s, page.who))] : []
        })
      const postcode = placed(query)
      if (postcode) {
        if (postcode.suggestions.length === 0) {
          return [{ id: BY_HAND, label: t('recipients.postcode.addByHand'), description: t('recipients.postcode.unplacedNote', { postcode: postcode.postcode }) }]
        }
        return withReasons(postcode.suggestions)
      }
      const own = ownSuggestions(query)
      if (own.length > 0) return withReasons(own)
      // A school or the NHS is not in the directory: adding it by hand comes first, then any body the words also match.
      const unlisted = unlistedKind(query)
      const byHand: ComboboxOption[] = unlisted ? [{ id: `${BY_HAND}${unlisted}`, label: t(`recipients.unlisted.${unlisted}`), description: t(`recipients.unlisted.${unlisted}Note`) }] : []
      const found = search ? search(query, MAX_OPTIONS).map((r) => option(r, kindLabel(r))) : []
      return [...byHand, ...found].slice(0, MAX_OPTIONS)
    },
    [search, chosenIds, placed, ownSuggestions, directory, page.who],
  )

  function addByHand(kind: string) {
    navigate(pathFor('add-recipient', { fromCheck: page.route.fromCheck, kind: kind || undefined }))
  }

  function choose(id: string) {
    if (id.startsWith(BY_HAND)) addByHand(id.slice(BY_HAND.length))
    else add(id)
  }

  function save(recipients: RecipientDraft[]) {
    page.save({ ...page.draft, recipients })
  }

  function add(id: string) {
    if (chosenIds.has(id) || chosen.length >= LIMITS.recipients) return
    const next = [...chosen, { id }]
    save(next)
    const name = directory?.byId(id)?.officialName ?? id
    setStatus(t('recipients.addedStatus', { name, count: next.length }))
  }

  function remove(index: number) {
    const name = bodies[index]?.name ?? ''
    save(chosen.filter((_, i) => i !== index))
    setStatus(t('recipients.removedStatus', { name }))
  }

  async function plainSearch(query: string) {
    if (query.trim() === '') {
      setResults(undefined)
      return
    }
    const run = search ?? (await getSearch())
    setSearch(() => run)
    const postcode = placed(query)
    const items = postcode ? postcode.suggestions.flatMap((s) => directory?.byId(s.id) ?? []) : [...mine(query), ...run(query, MAX_RESULTS)]
    setResults({ query, items, notes: postcode ? [] : run.notes(query).filter((r) => r.notes), unlisted: unlistedKind(query), postcode })
  }

  function onContinue(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problems = validateFields(page.draft, ['recipients'], { today: page.today, isKnownRecipient: knownIn(directory) })
    if (problems.length > 0) {
      setErrors(problems.map((p) => ({ field: SEARCH_ID, message: p.message })))
      setAttempt((n) => n + 1)
      return
    }
    setErrors([])
    page.saveAndContinue(page.draft)
  }

  return (
    <Page title={t('recipients.title')} back={page.back} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <Heading>{t('recipients.title')}</Heading>
      <p className="body">{t('recipients.body')}</p>

      <Offers
        id="near-title"
        title={t('recipients.nearTitle')}
        hint={t('recipients.nearHint')}
        offers={near.map(({ record, suggestion }) => ({ record, reason: nearReason(suggestion, page.who) }))}
        onAdd={add}
      />

      <div className={errors.length > 0 ? 'form-group--error-block' : undefined}>
        {errors[0] ? <ErrorMessage id={`${SEARCH_ID}-error`} message={errors[0].message} /> : null}
        <Combobox
          id={SEARCH_ID}
          label={t('recipients.searchLabel')}
          hint={t('recipients.searchHint')}
          search={options}
          onChoose={(option) => choose(option.id)}
          onSubmit={(query) => void plainSearch(query)}
          submitLabel={t('recipients.searchButton')}
          onActivate={activate}
          errorId={errors[0] ? `${SEARCH_ID}-error` : undefined}
        />
      </div>

      <output className="visually-hidden status">
        {status}
      </output>

      {results ? (
        <section aria-labelledby="results-title" className="results">
          <h2 className="heading-m" id="results-title">
            {t('recipients.resultsTitle')}
          </h2>
          <output className="body status">
            {results.items.length > 0
              ? t('recipients.resultsCount', { count: results.items.length, query: results.query })
              : results.unlisted
                ? t(`recipients.unlisted.${results.unlisted}Note`)
                : results.postcode
                  ? t('recipients.postcode.unplacedNote', { postcode: results.postcode.postcode })
                  : t('recipients.noResults', { query: results.query })}
          </output>
          {results.postcode && results.items.length === 0 ? (
            <p className="body">
              <Link to={pathFor('add-recipient', { fromCheck: page.route.fromCheck })}>{t('recipients.postcode.addByHand')}</Link>
            </p>
          ) : null}
          {results.unlisted ? (
            <div className="inset">
              {results.items.length > 0 ? <p className="body">{t(`recipients.unlisted.${results.unlisted}Note`)}</p> : null}
              <p className="body">
                <Link to={pathFor('add-recipient', { fromCheck: page.route.fromCheck, kind: results.unlisted })}>{t(`recipients.unlisted.${results.unlisted}`)}</Link>
              </p>
            </div>
          ) : null}

          <ul className="list result-list">
            {results.items.map((r) => (
              <li key={r.id} className="result-list__item">
                <span>
                  <span className="result-list__name">{r.officialName || r.name}</span>
                  <span className="result-list__kind">{kindLabel(r)}</span>
                </span>
                {chosenIds.has(r.id) ? (
                  <span className="tag tag--done">{t('recipients.added')}</span>
                ) : (
                  <Button variant="secondary" onClick={() => add(r.id)}>
                    {t('recipients.add')}{' '}
                    <span className="visually-hidden">{r.officialName || r.name}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {results.notes.map((r) => (
            <div className="inset" key={r.id}>
              <p className="body body--strong">{r.officialName || r.name}</p>
              <p className="body">{r.notes}</p>
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="chosen-title">
        <h2 className="heading-m" id="chosen-title">
          {t('recipients.chosenTitle')}
        </h2>
        {chosen.length === 0 ? (
          <p className="body">{t('recipients.none')}</p>
        ) : directory ? (
          <ul className="card-list">
            {bodies.map((body, i) => (
              <BodyCard key={`${body.id ?? body.name}-${i}`} body={body} fromCheck={page.route.fromCheck} onRemove={() => remove(i)} />
            ))}
          </ul>
        ) : (
          <p className="body">{t('recipients.searchLoading')}</p>
        )}
      </section>

      <Offers
        id="suggestions-title"
        title={t('recipients.suggestionsTitle')}
        offers={suggestions.map(({ record, reason }) => ({ record, reason: t(`recipients.suggest.${reason.key}`, reason.values) }))}
        onAdd={add}
      />

      <p className="body">
        <Link to={pathFor('add-recipient', { fromCheck: page.route.fromCheck })}>{t('recipients.addByHand')}</Link>
        <br />
        <span className="hint">{t('recipients.addByHandHint')}</span>
      </p>

      <form noValidate onSubmit={onContinue}>
        <Button type="submit">{t('app.continue')}</Button>
      </form>
    </Page>
  )
}

/** Bodies offered with one line each on why, and a button to add each: nothing when there are none. */
function Offers({ id, title, hint, offers, onAdd }: { id: string; title: string; hint?: string; offers: { record: Recipient; reason: string }[]; onAdd: (id: string) => void }) {
  if (offers.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 className="heading-m" id={id}>
        {title}
      </h2>
      {hint ? <p className="hint">{hint}</p> : null}
      <ul className="list result-list">
        {offers.map(({ record, reason }) => (
          <li key={record.id} className="result-list__item">
            <span>
              <span className="result-list__name">{record.officialName || record.name}</span>
              <span className="result-list__kind">{reason}</span>
            </span>
            <Button variant="secondary" onClick={() => onAdd(record.id)}>
              {t('recipients.add')}{' '}
              <span className="visually-hidden">{record.officialName || record.name}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  )
}

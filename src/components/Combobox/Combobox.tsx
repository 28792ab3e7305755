/* oxlint-disable jsx-a11y/prefer-tag-over-role, jsx-a11y/interactive-supports-focus, jsx-a11y/click-events-have-key-events */
/*
 * Lint rules off for this file because of the WAI-ARIA combobox pattern: a native <select> or <datalist> cannot show two lines per option or
 * stay a free-text box, and the options are never focused (focus stays in the text box and
 * aria-activedescendant points at the highlighted option), so they need only a click handler.
 */
import { useMemo, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react'
import { t } from '../../i18n/text.ts'
import { describedBy } from '../ErrorMessage/ErrorMessage.tsx'

export interface ComboboxOption {
  id: string
  label: string
  /** A second line: what kind of body it is. Read out with the label. */
  description?: string
  /** Already chosen: shown, but cannot be chosen again. */
  disabled?: boolean
  disabledNote?: string
}

interface Props {
  id: string
  label: ReactNode
  hint?: ReactNode
  /** Suggestions for what is typed so far. Return [] while the list is still loading. */
  search: (query: string) => readonly ComboboxOption[]
  onChoose: (option: ComboboxOption) => void
  /** The plain-text route: the Search button (or Enter with nothing highlighted) sends the query. */
  onSubmit: (query: string) => void
  submitLabel: string
  /** Called when the box first gets focus or input: a chance to load the list. */
  onActivate?: () => void
  /** The id of an error message shown for this box. */
  errorId?: string
}

/**
 * A text box with suggestions (WAI-ARIA 1.2 combobox with a listbox popup). Arrow keys move through
 * the suggestions, Enter chooses, Escape closes. Focus never leaves the text box: the highlighted
 * option is announced through aria-activedescendant. For assistive technology that does not handle
 * comboboxes it is still a plain search form: type, press Search, choose from the results list.
 */
export function Combobox({ id, label, hint, search, onChoose, onSubmit, submitLabel, onActivate, errorId }: Props) {
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const options = useMemo(() => (query.trim() === '' ? [] : search(query)), [search, query])
  const expanded = open && options.length > 0
  const listId = `${id}-listbox`
  const hintId = hint ? `${id}-hint` : undefined
  const instructionsId = `${id}-instructions`
  const optionId = (i: number) => `${id}-option-${i}`

  function choose(option: ComboboxOption | undefined) {
    if (!option || option.disabled) return
    onChoose(option)
    setQuery('')
    setOpen(false)
    setActive(-1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        if (options.length === 0) return
        event.preventDefault()
        if (!expanded) {
          setOpen(true)
          setActive(0)
        } else {
          setActive((a) => Math.min(a + 1, options.length - 1))
        }
        return
      case 'ArrowUp':
        if (!expanded) return
        event.preventDefault()
        setActive((a) => (a <= 0 ? -1 : a - 1))
        return
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault()
          choose(options[active])
        }
        return
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        }
        return
      case 'Tab':
        setOpen(false)
        setActive(-1)
        return
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setOpen(false)
    setActive(-1)
    onSubmit(query)
  }

  const status = query.trim() === '' ? '' : options.length === 0 ? t('combobox.status.none') : t('combobox.status.count', { count: options.length })

  return (
    <form className="combobox" onSubmit={handleSubmit} noValidate>
      <div className="form-group">
        <label className="label label--bold" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <div className="hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <span id={instructionsId} className="visually-hidden">
          {t('combobox.instructions')}
        </span>
        <div className="combobox__row">
          <div className="combobox__wrapper">
            <input
              id={id}
              className="input combobox__input"
              type="text"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
              aria-describedby={describedBy(hintId, errorId, instructionsId)}
              aria-invalid={errorId ? true : undefined}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value)
                setOpen(e.target.value.trim() !== '')
                setActive(-1)
              }}
              onFocus={() => onActivate?.()}
              onKeyDown={onKeyDown}
              onBlur={() => {
                setOpen(false)
                setActive(-1)
              }}
            />
            <div id={listId} role="listbox" className="combobox__listbox" hidden={!expanded} aria-label={typeof label === 'string' ? label : undefined}>
              {options.map((option, i) => (
                <div
                  key={option.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  aria-disabled={option.disabled ? true : undefined}
                  className={['combobox__option', i === active ? 'combobox__option--active' : '', option.disabled ? 'combobox__option--disabled' : ''].filter(Boolean).join(' ')}
                  // Keep focus in the text box so the choice does not close the list first.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(option)}
                >
                  <span className="combobox__option-label">{option.label}</span>
                  {option.description || option.disabled ? (
                    <span className="combobox__option-description">
                      {[option.description, option.disabled ? option.disabledNote : undefined].filter(Boolean).join(' · ')}
                    </span>
                  ) : null}
                </div>
              ))}
            </div>
          </div>
          <button type="submit" className="button button--secondary combobox__submit">
            {submitLabel}
          </button>
        </div>
        <output className="visually-hidden" aria-live="polite">
          {status}
        </output>
      </div>
    </form>
  )
}

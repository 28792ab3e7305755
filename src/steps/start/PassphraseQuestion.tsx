/**
 * "This file is locked": asked on the start page only once a locked answers file is chosen, so it is
 * loaded then, keeping the first page light. It takes focus when it appears; after a wrong passphrase
 * the page's error summary does.
 */
import { useEffect, useRef, type FormEvent } from 'react'
import { t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'

interface Props {
  id: string
  problem?: string
  opening: boolean
  value: string
  onChange: (value: string) => void
  onSubmit: () => void
}

export function PassphraseQuestion({ id, problem, opening, value, onChange, onSubmit }: Props) {
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    box.current?.focus()
  }, [])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    onSubmit()
  }

  return (
    <form className="card" aria-labelledby={`${id}-title`} noValidate onSubmit={submit}>
      <h3 className="heading-s" id={`${id}-title`}>
        {t('start.lockedTitle')}
      </h3>
      <TextInput
        ref={box}
        id={id}
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        width="three-quarters"
        label={t('start.passphraseLabel')}
        hint={t('start.passphraseHint')}
        error={problem}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <Button type="submit" variant="secondary">
        {t('start.openLocked')}
      </Button>
      <output className="body status">{opening ? t('start.opening') : ''}</output>
    </form>
  )
}

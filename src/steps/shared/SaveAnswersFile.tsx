/**
 * "Save your answers to a file", with an optional passphrase that locks the file (issue 10 §5). The
 * plain file stays the default: the passphrase boxes appear only when the person ticks the box.
 * Errors show beside the boxes, and focus moves to the first, when Save is pressed (never while typing).
 */
import { useRef, useState } from 'react'
import { t } from '../../i18n/text.ts'
import { Button } from '../../components/Button/Button.tsx'
import { TextInput } from '../../components/TextInput/TextInput.tsx'
import { saveAnswersFile, saveLockedAnswersFile } from '../../flow/save-file.ts'
import { message } from '../../request/errors.ts'
import type { Request } from '../../request/schema.ts'

/** Short passphrases are guessed quickly whatever the key derivation costs. */
export const MIN_PASSPHRASE_LENGTH = 8

type Status = 'idle' | 'locking' | 'saved' | 'lockedSaved'

interface Problems {
  passphrase?: string
  again?: string
}

function problemsWith(passphrase: string, again: string): Problems {
  const problems: Problems = {}
  if (passphrase === '') problems.passphrase = message('passphraseEmpty')
  else if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) problems.passphrase = message('passphraseShort', { min: MIN_PASSPHRASE_LENGTH })
  if (again === '') problems.again = message('passphraseAgainEmpty')
  else if (passphrase !== '' && again !== passphrase) problems.again = message('passphraseMismatch')
  return problems
}

/**
 * `id` keeps the boxes' ids unique on the page. `getRequest` gives the whole request, or undefined
 * when the page has shown why it cannot be saved yet.
 */
export function SaveAnswersFile({ id, getRequest }: { id: string; getRequest: () => Promise<Request | undefined> | Request | undefined }) {
  const [lock, setLock] = useState(false)
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const [status, setStatus] = useState<Status>('idle')
  const first = useRef<HTMLInputElement>(null)
  const second = useRef<HTMLInputElement>(null)
  const ids = { lock: `${id}-lock`, passphrase: `${id}-passphrase`, again: `${id}-passphrase-again` }

  async function save() {
    // Locking is under way: a second press would only make a second file.
    if (status === 'locking') return
    if (lock) {
      const found = problemsWith(passphrase, again)
      setProblems(found)
      if (found.passphrase) first.current?.focus()
      else if (found.again) second.current?.focus()
      if (found.passphrase || found.again) return
    }
    const request = await getRequest()
    if (!request) return
    if (!lock) {
      saveAnswersFile(request, t('saveFile.fileName'))
      setStatus('saved')
      return
    }
    setStatus('locking')
    try {
      await saveLockedAnswersFile(request, t('saveFile.lockedFileName'), passphrase)
      setStatus('lockedSaved')
    } catch {
      setStatus('idle')
      setProblems({ passphrase: t('app.loadFailed') })
    }
  }

  return (
    <form
      className="save-answers"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <div className="choice choice--checkbox">
        <input
          className="choice__input"
          id={ids.lock}
          type="checkbox"
          checked={lock}
          aria-describedby={`${ids.lock}-hint`}
          aria-controls={lock ? `${ids.lock}-reveal` : undefined}
          aria-expanded={lock}
          onChange={(event) => {
            setLock(event.target.checked)
            setProblems({})
            setStatus('idle')
          }}
        />
        <label className="choice__label" htmlFor={ids.lock}>
          {t('saveFile.lock')}
        </label>
        <div className="hint choice__hint" id={`${ids.lock}-hint`}>
          {t('saveFile.lockHint')}
        </div>
      </div>
      {lock ? (
        <div className="choice__conditional" id={`${ids.lock}-reveal`}>
          <p className="body">{t('saveFile.lockWarning')}</p>
          <TextInput
            ref={first}
            id={ids.passphrase}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            width="three-quarters"
            label={t('saveFile.passphrase')}
            hint={t('saveFile.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
            error={problems.passphrase}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <TextInput
            ref={second}
            id={ids.again}
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            width="three-quarters"
            label={t('saveFile.passphraseAgain')}
            error={problems.again}
            value={again}
            onChange={(event) => setAgain(event.target.value)}
          />
        </div>
      ) : null}
      <Button variant="secondary" type="submit">
        {t('letters.save')}
      </Button>
      <output className="body status">
        {status === 'locking' ? t('saveFile.locking') : status === 'saved' ? t('saveFile.saved') : status === 'lockedSaved' ? t('saveFile.lockedSaved') : ''}
      </output>
    </form>
  )
}

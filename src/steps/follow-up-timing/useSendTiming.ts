/** The follow-up's timing for a page, once the directory is loaded (only where the draft names directory bodies). */
import { useEffect, useState } from 'react'
import type { IsoDate } from '../../dates/iso.ts'
import { getDirectory, type Directory } from '../../flow/directory.ts'
import type { Draft } from '../../draft/draft.ts'
import { needsDirectory, sendTiming, type SendTiming } from './timing.ts'

export type TimingState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; timing: SendTiming | undefined }

export function useSendTiming(draft: Draft, today: IsoDate, options: { assumeNothing?: boolean } = {}): TimingState {
  const needed = needsDirectory(draft)
  const [directory, setDirectory] = useState<Directory | 'failed' | undefined>(undefined)
  useEffect(() => {
    if (!needed) return
    let live = true
    getDirectory().then(
      (d) => live && setDirectory(d),
      () => live && setDirectory('failed'),
    )
    return () => {
      live = false
    }
  }, [needed])
  if (needed && directory === undefined) return { status: 'loading' }
  if (needed && directory === 'failed') return { status: 'failed' }
  return { status: 'ready', timing: sendTiming(draft, today, directory === 'failed' ? undefined : directory, options) }
}

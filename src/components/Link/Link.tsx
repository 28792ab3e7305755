import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate } from '../../flow/router.ts'

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }

/** A link to another page of the app: a real <a href>, so it opens in a new tab too; a plain click stays in the app. */
export function Link({ to, onClick, children, ...rest }: Props) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  )
}

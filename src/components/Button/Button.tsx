import type { ButtonHTMLAttributes } from 'react'

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'warning' | 'link' }

/** A button that looks like one: at least 44px tall, left-aligned, words that say what it does. */
export function Button({ variant = 'primary', className, type = 'button', ...rest }: Props) {
  return <button type={type} className={['button', `button--${variant}`, className ?? ''].filter(Boolean).join(' ')} {...rest} />
}

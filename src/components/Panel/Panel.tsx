import type { ReactNode } from 'react'

/** The confirmation box: what has been done. Nothing to click inside (style.md, confirmation pages). */
export function Panel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="panel">
      <h2 className="panel__title">{title}</h2>
      {children ? <div className="panel__body">{children}</div> : null}
    </div>
  )
}

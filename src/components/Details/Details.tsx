import type { ReactNode } from 'react'

/** Extra help that most people do not need, folded away (native <details>: works without script). */
export function Details({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  return (
    <details className="details">
      <summary className="details__summary">
        <span className="details__summary-text">{summary}</span>
      </summary>
      <div className="details__text">{children}</div>
    </details>
  )
}

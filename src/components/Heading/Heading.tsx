import type { ReactNode } from 'react'

/** The page's h1. It takes focus when the page changes (see app/Page.tsx), so it has tabIndex -1. */
export const HEADING_ID = 'main-heading'

export function Heading({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <>
      {caption ? <span className="caption">{caption}</span> : null}
      <h1 id={HEADING_ID} tabIndex={-1} className="heading-xl">
        {children}
      </h1>
    </>
  )
}

import { createContext, useContext, type ReactNode } from 'react'

/** The page's h1. It takes focus when the page changes (see app/Page.tsx), so it has tabIndex -1. */
export const HEADING_ID = 'main-heading'
const CAPTION_ID = 'main-heading-caption'

/**
 * A caption every page's heading shows unless the page gives its own: which letter the questions are
 * about, during a follow-up (steps/StepPages.tsx sets it).
 */
export const HeadingCaption = createContext<string | undefined>(undefined)

/** The caption over the page's heading, where there is one. */
export function PageCaption({ caption }: { caption?: string }) {
  const fromPage = useContext(HeadingCaption)
  const shown = caption ?? fromPage
  return shown ? (
    <span className="caption" id={CAPTION_ID}>
      {shown}
    </span>
  ) : null
}

interface Props {
  children: ReactNode
  caption?: string
  className?: string
  /**
   * The caption is shown outside, by the caller (a legend that is the heading: inside the legend
   * the caption would become part of the question's name).
   */
  captionOutside?: boolean
}

/**
 * The page's one h1, with the caption over it. Also the heading of a page whose one question's label
 * or legend is its h1 (FormField, Fieldset), with their `className`. Focus lands on the heading, after
 * the caption, so the caption is its description: read with it.
 */
export function Heading({ children, caption, className = 'heading-xl', captionOutside = false }: Props) {
  const fromPage = useContext(HeadingCaption)
  const shown = caption ?? fromPage
  return (
    <>
      {captionOutside ? null : <PageCaption caption={caption} />}
      <h1 id={HEADING_ID} tabIndex={-1} className={className} aria-describedby={shown ? CAPTION_ID : undefined}>
        {children}
      </h1>
    </>
  )
}

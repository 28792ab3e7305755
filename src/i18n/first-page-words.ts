/**
 * Which of the interface's words the first page shows: the shell (header, footer, notices, the quick
 * exit, language links), the start, privacy and not-found pages. In the built app only these are in
 * the first bundle (scripts/vite-first-page-words.ts); every other word loads with the question pages
 * (loadEveryWord in load.browser.ts), so a new page's words never weigh on the first page.
 * A key ending in '.' stands for every key that starts with it. test/unit/first-page-words.test.ts
 * fails when a module the first page loads uses a word that is not listed here.
 */
export const FIRST_PAGE_WORDS: readonly string[] = [
  'app.',
  'start.',
  'privacy.',
  'notFound.',
  'offline.',
  'language.',
  'error.',
  'errorSummary.',
  // The "save your answers to a file" notice when this device cannot keep them.
  'saveFile.',
  'letters.save',
  // The start page's link to an advice worker's clients.
  'clients.title',
]

export function isFirstPageWord(key: string): boolean {
  return FIRST_PAGE_WORDS.some((word) => (word.endsWith('.') ? key.startsWith(word) : key === word))
}

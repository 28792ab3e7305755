/** Names that read as "the …" in a sentence: "I am asking the Metropolitan Police Service". */
const NEEDS_THE = /^(metropolitan|london borough|royal borough|home office|ministry|civil nuclear|british transport|police service|city of|council of|information commissioner|royal|national|office)\b/i

/** Whether an organisation's name takes "the" in an English sentence. */
export function needsThe(name: string): boolean {
  return NEEDS_THE.test(name.trim())
}

/** An organisation's name as it reads in the middle of a sentence. */
export function inSentence(name: string): string {
  return NEEDS_THE.test(name.trim()) ? `the ${name.trim()}` : name.trim()
}

/** The request format as JSON Schema, generated from the zod schema so the two cannot drift. */
import { z } from 'zod'
import { requestSchema } from './schema.ts'

export function requestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(requestSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>
  return {
    $id: 'https://what-they-hold.example/request.schema.json',
    title: 'What They Hold request file (format version 1)',
    description: 'Everything a person answered: who the records are about, who is asking, what they want and who to send it to. See shared/reference/request-format.md. Optional additions to version 1: recipients[].id, .webForm, .nation and .sendBy; sender.parentalResponsibility; followUp.kind "complaint", "missing-parts" and "ico-check", followUp.originalSentBy, .events, .whatWentWrong, .howItAffected, .noComplaintReason, .received and .withheld; a country on any address (for an address outside the UK). Each is described where it stands.',
    ...schema,
  }
}

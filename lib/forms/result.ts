import type { z } from 'zod'

// What a server action tells its form: success with an optional message, or what to fix (per field, in Dutch).
export type FormResult =
  | { ok: true; message?: string }
  | {
      ok: false
      message?: string
      fieldErrors?: Record<string, string>
      /** Where to go instead, e.g. to change what already exists; shown under the message. */
      links?: { href: string; label: string }[]
    }

/** The first message per field of a failed zod parse. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message
  return errors
}

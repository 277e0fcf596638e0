/** What the afspraak form gets back from its action when saving failed: the messages, and what was typed. */
export type AgreementFormState = null | {
  ok: false
  message?: string
  fieldErrors?: Record<string, string>
  values: Record<string, string>
}

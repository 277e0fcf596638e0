// What was typed in a form whose session had ended, kept in this tab (sessionStorage) until the person has signed in
// again and is back on the page (WCAG 2.2.1: no data lost when a time limit ends). Passwords are never kept, nor
// hidden or file fields. One draft at a time, for one page and one form (by its submit label).

const KEY = 'deelwijs-formulier'
/** A draft older than this is not offered any more. */
const KEEP_MS = 2 * 60 * 60 * 1000

export type Draft = { path: string; form: string; fields: [string, string][]; savedAt: number }

const SKIPPED = new Set(['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image'])

function currentPath() {
  return `${window.location.pathname}${window.location.search}`
}

export function saveDraft(form: HTMLFormElement, formKey: string): void {
  const fields: [string, string][] = []
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement) {
      if (!element.name || SKIPPED.has(element.type)) continue
      if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) continue
      fields.push([element.name, element.value])
    } else if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
      if (element.name) fields.push([element.name, element.value])
    }
  }
  const draft: Draft = { path: currentPath(), form: formKey, fields, savedAt: Date.now() }
  try {
    sessionStorage.setItem(KEY, JSON.stringify(draft))
  } catch {}
}

export function readDraft(path: string): Draft | null {
  try {
    const draft = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Draft | null
    if (!draft || draft.path !== path || Date.now() - draft.savedAt > KEEP_MS) return null
    return draft
  } catch {
    return null
  }
}

/** Puts a draft for this page and form back into the form, once. True when it did. */
export function restoreDraft(form: HTMLFormElement, formKey: string): boolean {
  const draft = readDraft(currentPath())
  if (!draft || draft.form !== formKey) return false
  const values = new Map<string, string[]>()
  for (const [name, value] of draft.fields) values.set(name, [...(values.get(name) ?? []), value])
  for (const [name, kept] of values) {
    const field = form.elements.namedItem(name)
    const elements = field instanceof RadioNodeList ? Array.from(field) : field ? [field] : []
    for (const element of elements) {
      if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
        element.checked = kept.includes(element.value)
      } else if (element instanceof HTMLInputElement && SKIPPED.has(element.type)) {
        // never restored: a password, hidden or file field
      } else if (
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      ) {
        element.value = kept[0] ?? ''
      }
    }
  }
  try {
    sessionStorage.removeItem(KEY)
  } catch {}
  return true
}

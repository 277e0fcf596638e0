import { ActionForm } from '@/components/forms/action-form'
import type { FormResult } from '@/lib/forms/result'
import { getCatalog } from '@/lib/scenarios/catalog.server'

/** Choose a dilemma and start: the form on a class's Klassikaal tab and on the docent's own page. */
export function StartLiveForm({
  action,
}: {
  action: (previous: FormResult | null, formData: FormData) => Promise<FormResult>
}) {
  const cases = getCatalog().cases
  return (
    <ActionForm action={action} submitLabel="Sessie starten" className="card space-y-4">
      <div>
        <label htmlFor="live-dilemma" className="field-label">
          Dilemma
        </label>
        <select id="live-dilemma" name="dilemma" required className="field-input">
          {cases.map((c) => (
            <optgroup key={c.id} label={c.frontmatter.title}>
              {c.dilemmas.map((d) => (
                <option key={d.id} value={`${c.id}/${d.id}`}>
                  {d.frontmatter.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <p>
        Het dilemma verschijnt op het scherm met een code. Deelnemers stemmen met hun telefoon, zonder account. Na
        afloop blijft alleen de verdeling per beslismoment bewaard (vanaf 5 stemmen).
      </p>
    </ActionForm>
  )
}

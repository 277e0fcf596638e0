import { CODE_VALIDITY, DEFAULT_CODE_VALIDITY } from '@/lib/classes/schemas'

// How long a new or renewed class code admits students.
export function ValiditySelect({ id = 'validity' }: { id?: string }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        Klascode geldig
      </label>
      <select id={id} name="validity" className="field-input" defaultValue={DEFAULT_CODE_VALIDITY}>
        {Object.entries(CODE_VALIDITY).map(([days, label]) => (
          <option key={days} value={days}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}

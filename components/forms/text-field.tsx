// A labelled input with its error tied to it (aria-describedby), so screen readers read the error with the field.
export function TextField({
  name,
  label,
  error,
  hint,
  ...inputProps
}: {
  name: string
  label: string
  error?: string
  hint?: string
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(' ')
  return (
    <div>
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="field-input"
        {...inputProps}
      />
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-bad">
          {error}
        </p>
      ) : null}
    </div>
  )
}

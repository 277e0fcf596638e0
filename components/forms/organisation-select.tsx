// The labelled organisation picker of admin and docent forms; it posts `organisationId`.
export function OrganisationSelect({
  organisations,
  required = true,
}: {
  organisations: { id: string; name: string }[]
  required?: boolean
}) {
  return (
    <div>
      <label htmlFor="organisationId" className="field-label">
        Organisatie
      </label>
      <select id="organisationId" name="organisationId" className="field-input" required={required}>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
    </div>
  )
}

import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'
import { ActionForm } from '@/components/forms/action-form'
import { ReportFrame } from '@/components/reports/report-frame'
import { hasPermission } from '@/lib/auth/permissions'
import { reportPageContext } from '@/lib/reports/page-context.server'
import { allModules } from '@/lib/reports/required.server'
import { setRequiredModulesAction } from './actions'

export const metadata: Metadata = { title: 'Rapportage: verplichte modules' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function RequiredModulesPage({ searchParams }: Props) {
  // Only the organisation is taken from the link: this page has no filters.
  const { organisatie } = await searchParams
  const { user, organisation, organisations, filters, teams, modules, chosen } = await reportPageContext(
    { organisatie },
    '/rapportage/verplicht',
  )
  if (!hasPermission(user.memberships, 'manage:report-settings:org', organisation.id)) forbidden()
  const required = new Set(chosen ? modules.map((m) => `${m.caseId}/${m.dilemmaId}`) : [])
  return (
    <ReportFrame
      current="/rapportage/verplicht"
      organisation={organisation}
      organisations={organisations}
      input={filters.input}
      teams={teams}
      showFilters={false}
      intro="Kies welke dilemma’s jullie medewerkers moeten afronden. Kies je niets, dan tellen alle dilemma’s."
    >
      <ActionForm
        action={setRequiredModulesAction.bind(null, organisation.id)}
        submitLabel="Verplichte modules opslaan"
        className="card max-w-2xl space-y-4"
      >
        <fieldset className="space-y-2">
          <legend className="field-label">Verplichte dilemma’s</legend>
          {allModules().map((m) => {
            const key = `${m.caseId}/${m.dilemmaId}`
            return (
              <label key={key} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="modules"
                  value={key}
                  defaultChecked={required.has(key)}
                  className="size-5"
                />
                {m.title}
              </label>
            )
          })}
        </fieldset>
      </ActionForm>
    </ReportFrame>
  )
}

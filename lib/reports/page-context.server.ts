import { requireReportOrganisation } from './access.server'
import { reportFiltersFor } from './filters.server'
import { requiredModules } from './required.server'

/**
 * What every report page starts with: the guard (organisation from ?organisatie=), the filters checked against that
 * organisation, its required modules, and the query string to keep in links and exports.
 */
export async function reportPageContext(params: Record<string, string | string[] | undefined>, returnTo: string) {
  const { user, organisation, organisations } = await requireReportOrganisation(params.organisatie, returnTo)
  const [{ filters, teams }, { modules, chosen }] = await Promise.all([
    reportFiltersFor(organisation.id, params),
    requiredModules(organisation.id),
  ])
  return {
    user,
    organisation,
    organisations,
    filters,
    teams,
    modules,
    chosen,
    /** For the table builders in tables.server.ts. */
    context: { organisationId: organisation.id, filters, required: modules },
    /** The filters (and the organisation, when the user has several) for links and exports. */
    query: { ...filters.input, organisatie: organisations.length > 1 ? organisation.id : undefined },
  }
}

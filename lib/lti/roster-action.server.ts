import { audit } from '@/lib/audit/log.server'
import type { FormResult } from '@/lib/forms/result'
import { syncClassRoster } from './roster.server'

// The class page's "Synchroniseer deelnemers": the docent fills their class from the LMS course roster now, rather
// than waiting for the next launch. Audited, as every change to who is in a class is.

export async function syncRosterForDocent(
  actorId: string,
  group: { id: string; organisationId: string },
): Promise<FormResult> {
  const result = await syncClassRoster(group.id)
  if (!result.ok) {
    return {
      ok: false,
      message:
        result.error === 'no-roster'
          ? 'Deze klas hoort niet bij een cursus met een deelnemerslijst in de leeromgeving.'
          : 'De leeromgeving gaf de deelnemerslijst nu niet. Probeer het later opnieuw.',
    }
  }
  await audit({
    actorId,
    action: 'lti-roster.sync',
    organisationId: group.organisationId,
    detail: { groupId: group.id, members: result.members, joined: result.joined, left: result.left },
  })
  const left =
    result.left > 0 ? ` ${result.left} ${result.left === 1 ? 'student is' : 'studenten zijn'} uit de klas gehaald.` : ''
  return {
    ok: true,
    message: `De deelnemers zijn gesynchroniseerd: ${result.members} in de cursus, ${result.joined} nieuw in de klas.${left}`,
  }
}

import { hasPermission, type MembershipLike } from '@/lib/auth/permissions'

// The one rule for who may use a class. Pure, so the unit tests pin it down and every guard (pages, the export route,
// server actions) asks the same question through lib/classes/access.server.ts.
//
// - Staff of another organisation: 'forbidden' (403), as for every other organisation-bound page.
// - A docent of the class's organisation who is not one of its owners: 'hidden' (404). The class does not exist for
//   them; answering 403 would confirm that it does.
// - An owner, or an admin of the organisation (manage:all-groups:org): 'allowed'.

export type ClassPermission = 'manage:group:org' | 'read:group-progress:org'
export type ClassVerdict = 'allowed' | 'hidden' | 'forbidden'

export function classVerdict(
  viewer: { id: string; memberships: readonly MembershipLike[] },
  group: { organisationId: string; ownerIds: readonly string[] },
  permission: ClassPermission,
): ClassVerdict {
  if (!hasPermission(viewer.memberships, permission, group.organisationId)) return 'forbidden'
  if (group.ownerIds.includes(viewer.id)) return 'allowed'
  return hasPermission(viewer.memberships, 'manage:all-groups:org', group.organisationId) ? 'allowed' : 'hidden'
}

/** Whether the viewer sees every class of the organisation, not only their own (the class list, hand-over). */
export function seesAllClasses(memberships: readonly MembershipLike[], organisationId: string): boolean {
  return hasPermission(memberships, 'manage:all-groups:org', organisationId)
}

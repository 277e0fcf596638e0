// The one permission table of Deelwijs. Roles are held per organisation (a membership); a permission is granted in
// the organisation where the user holds a role that includes it. Used by the server guards (the real check) and by the
// UI to hide what a user cannot do (a convenience only).

export const ROLES = ['learner', 'docent', 'coordinator', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'play:scenario:own', // play dilemmas and see one's own progress
  'manage:data:own', // export or erase one's own data
  'manage:group:org', // create classes; join codes, assignments and co-docents of the classes one owns
  'read:group-progress:org', // see progress of the classes one owns (lib/classes/ownership.ts)
  'manage:all-groups:org', // see and manage every class of the organisation, and hand classes over to other docents
  'read:report:org', // read aggregate completion and insight reports of the organisation
  'export:report:org', // download report tables (audited)
  'manage:report-settings:org', // choose which modules the organisation requires
  'manage:agreement:org', // write, change and withdraw the organisation's lokale afspraken (audited)
  'read:scenario-graph:any', // see the author graph view of dilemmas
  'edit:scenario-graph:any', // preview any scene, see validator findings in full
  'manage:user:any', // invite, deactivate and manage users and organisations
  'read:audit-log:any',
] as const
export type Permission = (typeof PERMISSIONS)[number]

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  learner: ['play:scenario:own', 'manage:data:own'],
  docent: [
    'play:scenario:own',
    'manage:data:own',
    'manage:group:org',
    'read:group-progress:org',
    'read:scenario-graph:any',
  ],
  coordinator: [
    'play:scenario:own',
    'manage:data:own',
    'read:report:org',
    'export:report:org',
    'manage:report-settings:org',
    'manage:agreement:org',
  ],
  admin: [
    'play:scenario:own',
    'manage:data:own',
    'manage:group:org',
    'read:group-progress:org',
    'manage:all-groups:org',
    'read:report:org',
    'export:report:org',
    'manage:report-settings:org',
    'manage:agreement:org',
    'read:scenario-graph:any',
    'edit:scenario-graph:any',
    'manage:user:any',
    'read:audit-log:any',
  ],
}

export type MembershipLike = { organisationId: string; role: Role }

/** Organisation ids in which the memberships grant the permission. */
export function organisationsWith(memberships: readonly MembershipLike[], permission: Permission): string[] {
  const ids = memberships.filter((m) => ROLE_PERMISSIONS[m.role].includes(permission)).map((m) => m.organisationId)
  return [...new Set(ids)]
}

/** Whether the memberships grant the permission, in the given organisation or (without one) in any. */
export function hasPermission(
  memberships: readonly MembershipLike[],
  permission: Permission,
  organisationId?: string,
): boolean {
  const orgs = organisationsWith(memberships, permission)
  return organisationId === undefined ? orgs.length > 0 : orgs.includes(organisationId)
}

/** The home page of the user's most capable role, where sign-in lands. */
export function homeFor(memberships: readonly MembershipLike[]): string {
  const roles = new Set(memberships.map((m) => m.role))
  if (roles.has('admin')) return '/beheer'
  if (roles.has('coordinator')) return '/rapportage'
  if (roles.has('docent')) return '/klas'
  return '/leren'
}

export const ROLE_LABELS: Record<Role, string> = {
  learner: 'Deelnemer',
  docent: 'Docent',
  coordinator: 'Coördinator',
  admin: 'Beheerder',
}

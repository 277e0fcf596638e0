import { hasPermission, type MembershipLike } from '@/lib/auth/permissions'

// The header shows only what the user may open; the pages check again on the server.
export function navigationFor(memberships: readonly MembershipLike[]) {
  const links: { href: string; label: string }[] = [{ href: '/leren', label: 'Leren' }]
  links.push({ href: '/achtergrond', label: 'Achtergrond' })
  if (hasPermission(memberships, 'manage:group:org')) links.push({ href: '/klas', label: 'Mijn klassen' })
  if (hasPermission(memberships, 'read:report:org')) links.push({ href: '/rapportage', label: 'Rapportage' })
  if (hasPermission(memberships, 'read:scenario-graph:any')) links.push({ href: '/scenarios', label: 'Scenario’s' })
  if (hasPermission(memberships, 'manage:user:any')) links.push({ href: '/beheer', label: 'Beheer' })
  return links
}

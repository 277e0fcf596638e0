import { formatDate } from '@/lib/format/dates'

// How a class's code stands, in words a docent reads at a glance.
export function joinCodeStatus(
  group: { joinCode: string | null; joinCodeEnabled: boolean; joinCodeExpiresAt: Date | null; archivedAt: Date | null },
  now = new Date(),
): { open: boolean; text: string } {
  if (!group.joinCode) return { open: false, text: 'Deze klas heeft geen klascode.' }
  if (group.archivedAt) return { open: false, text: 'Gesloten: de klas is gearchiveerd.' }
  if (!group.joinCodeEnabled) return { open: false, text: 'Uitgezet: niemand kan met deze code meedoen.' }
  if (group.joinCodeExpiresAt && group.joinCodeExpiresAt <= now) {
    return { open: false, text: `Verlopen op ${formatDate(group.joinCodeExpiresAt)}.` }
  }
  return {
    open: true,
    text: group.joinCodeExpiresAt
      ? `Geldig tot en met ${formatDate(group.joinCodeExpiresAt)}.`
      : 'Geldig, zonder einddatum.',
  }
}

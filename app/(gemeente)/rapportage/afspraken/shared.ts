import { formatDateTime } from '@/lib/format/dates'

// Words shared by the afspraken pages.

export const STATUS_LABELS = { active: 'Geldt', withdrawn: 'Ingetrokken' } as const
export const CHANGE_LABELS = { created: 'Gemaakt', edited: 'Gewijzigd', withdrawn: 'Ingetrokken' } as const

export function changeLine(change: { createdAt: Date; authorName: string | null }): string {
  return `${formatDateTime(change.createdAt)} door ${change.authorName ?? 'een verwijderd account'}`
}

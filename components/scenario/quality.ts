import type { Quality } from '@/lib/scenarios/schema'

// How a choice's quality is named and shown. Shown with a word and a symbol, never by colour alone.
export const QUALITY_DISPLAY: Record<Quality, { heading: string; label: string; symbol: string; tone: string }> = {
  passend: { heading: 'Goede keuze', label: 'passend', symbol: '✓', tone: 'border-good bg-good-soft' },
  twijfelachtig: {
    heading: 'Dit kan, maar let op',
    label: 'twijfelachtig',
    symbol: '!',
    tone: 'border-warn bg-warn-soft',
  },
  onjuist: { heading: 'Geen goede keuze', label: 'onjuist', symbol: '✗', tone: 'border-bad bg-bad-soft' },
}

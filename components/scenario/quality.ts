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

/**
 * What the ending screen says about the outcome, in words that match it: praise only for a passend ending, and then
 * only without reservation when every choice on the way was passend too (the score tells the rest).
 */
export function endingVerdict(outcome: Quality, nonPassendChoices: number): string {
  if (outcome === 'onjuist') return 'Dit liep niet goed af: je handelde niet zoals de wet en de beroepsregels vragen.'
  if (outcome === 'twijfelachtig') return 'Deels goed: het einde is te verdedigen, maar het kon zorgvuldiger.'
  return nonPassendChoices === 0
    ? 'Je hebt zorgvuldig gehandeld: elke keuze was passend.'
    : 'Het einde is passend, maar niet elke keuze onderweg was dat.'
}

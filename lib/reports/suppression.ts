// Small-cell suppression for insight reports, so a coordinator cannot learn what one colleague chose.
//
// 1. A distribution is shown only when at least MIN_RESPONDENTS people answered (after filters).
// 2. Primary suppression: a cell with 1 to CELL_MINIMUM − 1 answers is hidden ("minder dan 5").
// 3. Complementary suppression: the total is published, so if exactly one cell were hidden, it could be computed as
//    total − the rest. Then the smallest visible cell is hidden too. With two or more hidden cells only their sum can
//    be derived, which is at least as coarse as the rule asks.

export const MIN_RESPONDENTS = 10
export const CELL_MINIMUM = 5

export type Cell = { id: string; count: number }
export type SuppressedCell = { id: string; count: number | null; hidden: boolean }
export type Distribution =
  | { shown: false; respondents: number }
  | { shown: true; respondents: number; cells: SuppressedCell[] }

export function suppress(cells: readonly Cell[], respondents: number): Distribution {
  if (respondents < MIN_RESPONDENTS) return { shown: false, respondents }
  const hidden = new Set(cells.filter((c) => c.count > 0 && c.count < CELL_MINIMUM).map((c) => c.id))
  if (hidden.size === 1) {
    const smallestVisible = cells
      .filter((c) => !hidden.has(c.id))
      .sort((a, b) => a.count - b.count || a.id.localeCompare(b.id))[0]
    if (smallestVisible) hidden.add(smallestVisible.id)
  }
  return {
    shown: true,
    respondents,
    cells: cells.map((c) => (hidden.has(c.id) ? { id: c.id, count: null, hidden: true } : { ...c, hidden: false })),
  }
}

import type { LabelBox } from './label-layout'

// The levenswiel's geometry in SVG units (the drawing scales to its container). Eight nodes on the ring leave about
// 174 units between node centres, so a node's radius stays well under 87.
export const SIZE = 640
export const CENTRE = SIZE / 2
export const HUB = 96
export const RING = 228
export const NODE = 74
/** The status mark sits low in a node; the labels fill the band above it. */
export const MARK_Y = 46

/** Where the case title and the family's names go in the hub. */
export const HUB_BOX: LabelBox = { radius: HUB, top: -HUB + 14, bottom: HUB - 14, padding: 8 }
/** Where a spoke's domain and professional go in its node, above the status mark. */
export const NODE_BOX: LabelBox = { radius: NODE, top: -NODE + 10, bottom: MARK_Y - 18, padding: 7 }

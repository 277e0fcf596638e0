// A box that scrolls sideways when its content (a wide table) does not fit, as on a phone. It is a named region that
// takes focus, so keyboard users can scroll it with the arrow keys and screen readers announce what it holds (WCAG
// 2.1.1 and 1.4.10: the page itself never scrolls sideways). Name it after the table's caption (labelledBy) or
// with a label.
// relative: visually hidden text (sr-only, absolutely positioned) inside stays inside the box, not the page.
const BOX = 'relative max-w-full overflow-x-auto'

export function ScrollRegion({
  labelledBy,
  label,
  children,
}: {
  labelledBy?: string
  label?: string
  children: React.ReactNode
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard
    <section aria-labelledby={labelledBy} aria-label={label} tabIndex={0} className={BOX} data-scroll-region>
      {children}
    </section>
  )
}

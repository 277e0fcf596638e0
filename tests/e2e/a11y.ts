import type { Page } from '@playwright/test'

// Measurements in the browser for the WCAG checks that axe does not make: reflow (1.4.10), target size (2.5.8),
// references between elements (1.3.1/4.1.2) and text spacing (1.4.12). Each returns a list of problems, empty when
// the page passes, so a failing test names every element at once.

/** WCAG 1.4.12's override: what a user's own style sheet may set without anything getting lost. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`

/**
 * 1.4.10 and 2.1.1: the page does not scroll sideways, and every box that does scroll sideways can take focus
 * (tabindex 0) and has a name (aria-label, or aria-labelledby that resolves), so keyboard users can scroll it.
 */
export function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth + 1) {
      const wide = Array.from(document.body.querySelectorAll<HTMLElement>('*'))
        .filter((el) => {
          const box = el.getBoundingClientRect()
          return box.width > 0 && box.right > root.clientWidth + 1 && !el.closest('[data-scroll-region]')
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`)
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} (${wide.join(' | ')})`)
    }
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const overflowX = getComputedStyle(el).overflowX
      if (!['auto', 'scroll'].includes(overflowX) || el.scrollWidth <= el.clientWidth + 1) continue
      const labelledBy = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
      const named =
        Boolean(el.getAttribute('aria-label')?.trim()) ||
        (labelledBy.length > 0 && labelledBy.every((id) => document.getElementById(id)?.textContent?.trim()))
      if (el.tabIndex < 0 || !named) {
        problems.push(
          `scroll box not ${el.tabIndex < 0 ? 'focusable' : 'named'}: ${el.tagName.toLowerCase()}.${el.className}`,
        )
      }
    }
    return problems
  })
}

/**
 * 2.5.8: every target is at least 24×24 CSS px, or a 24 px circle on its centre touches no other target (the spacing
 * exception), or it is a link inside a sentence (the inline exception).
 */
export function targetSizeProblems(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const selector =
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab]'
    const targets = Array.from(document.querySelector(scope)?.querySelectorAll<HTMLElement>(selector) ?? []).filter(
      (el) => {
        const box = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        // Visually hidden (sr-only) and not shown: no target for a pointer.
        return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && !el.closest('[hidden]')
      },
    )
    const inlineInText = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false
      let block = el.parentElement
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement
      const own = el.textContent?.trim().length ?? 0
      const all = block?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0
      return all > own + 1
    }
    const boxes = targets.map((el) => ({ el, box: el.getBoundingClientRect() }))
    const small = (b: DOMRect) => b.width < 24 - 0.01 || b.height < 24 - 0.01
    const centre = (b: DOMRect) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 })
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right)
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom)
      return Math.hypot(dx, dy)
    }
    const problems: string[] = []
    for (const { el, box } of boxes) {
      if (!small(box) || inlineInText(el)) continue
      const c = centre(box)
      const crowded = boxes.some(({ el: other, box: otherBox }) => {
        if (other === el || other.contains(el) || el.contains(other)) return false
        if (distanceToRect(c, otherBox) < 12) return true
        if (!small(otherBox) || inlineInText(other)) return false
        const o = centre(otherBox)
        return Math.hypot(c.x - o.x, c.y - o.y) < 24
      })
      if (crowded) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)
        problems.push(
          `${el.tagName.toLowerCase()} "${name}" is ${Math.round(box.width)}×${Math.round(box.height)} px and too close to another target`,
        )
      }
    }
    return problems
  }, within)
}

/** 1.3.1 / 4.1.2: every id named in aria-describedby, aria-labelledby or aria-controls exists in the page. */
export function brokenReferences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    for (const attribute of ['aria-describedby', 'aria-labelledby', 'aria-controls']) {
      for (const el of Array.from(document.querySelectorAll(`[${attribute}]`))) {
        for (const id of (el.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id))
            problems.push(`${attribute}="${id}" on ${el.tagName.toLowerCase()}: no such id`)
        }
      }
    }
    return problems
  })
}

/**
 * 1.4.12: with the text-spacing override, no text box that hides its overflow cuts text off. Visually hidden text
 * (the sr-only pattern, 1×1 px) is not shown in the first place and is left out.
 */
export async function clippedTextProblems(page: Page): Promise<string[]> {
  await page.addStyleTag({ content: TEXT_SPACING_CSS })
  return page.evaluate(() => {
    const problems: string[] = []
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(el)
      const hides = (value: string) => value === 'hidden' || value === 'clip'
      if (!hides(style.overflowX) && !hides(style.overflowY)) continue
      if (el.clientWidth <= 2 || el.clientHeight <= 2 || !el.textContent?.trim()) continue
      const cutX = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1
      const cutY = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1
      if (cutX || cutY) {
        problems.push(
          `${el.tagName.toLowerCase()}.${el.className} cuts text: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        )
      }
    }
    return problems
  })
}

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { BarChart } from '@/components/charts/bar-chart'
import { textWidth } from '@/components/levenswiel/label-layout'

// The class discussion chart on a projector (large): the value after the longest bar used to run past the edge of
// the drawing and was cut off. Every value text must end inside the viewBox.
test('the value after the longest bar fits inside the chart, at projector size', () => {
  const data = [
    { label: 'Je belt Veilig Thuis voor advies en noemt nog geen namen van het gezin', value: 12, note: '12 (100%)' },
    { label: 'Je wacht af', value: 0, note: '0 (0%)' },
  ]
  const markup = renderToStaticMarkup(createElement(BarChart, { title: 'Beslismoment 1', data, large: true }))
  const svg = markup.match(/<svg viewBox="0 0 (\d+) \d+"[^>]*>([\s\S]*?)<\/svg>/)
  expect(svg).not.toBeNull()
  const width = Number(svg?.[1])
  const values = [...(svg?.[2] ?? '').matchAll(/<text x="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>(\d+ \(\d+%\))<\/text>/g)]
  expect(values).toHaveLength(2)
  for (const [, x, size, text] of values) {
    expect(Number(x) + textWidth(text ?? '', Number(size))).toBeLessThanOrEqual(width)
  }
})

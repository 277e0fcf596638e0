import { expect, test } from 'vitest'
import { lookUpJoinCodeFrom } from '@/lib/classes/join.server'

// /meedoen/<code> tells whether a code is open and names the class: guessing codes there must be rate limited per
// client address, like joining is (RATE_LIMIT_JOIN_CODE, 20 per hour by default).
test('looking up join codes is limited per client address, with a Dutch message instead of an error', async () => {
  for (let i = 0; i < 20; i++) expect(await lookUpJoinCodeFrom(`GOK-${i}`, '203.0.113.50')).toEqual({ kind: 'unknown' })
  const limited = await lookUpJoinCodeFrom('GOK-21', '203.0.113.50')
  expect(limited).toMatchObject({ kind: 'limited', message: expect.stringMatching(/^Te veel pogingen/) })
  // Another address is counted apart.
  expect(await lookUpJoinCodeFrom('GOK-22', '203.0.113.51')).toEqual({ kind: 'unknown' })
})

import { describe, expect, it } from 'vitest'
import { AGREEMENT_TEXT_MAX, agreementContentSchema, newAgreementSchema, parseTargetKey, targetKey } from './schema'

const messages = (input: unknown) => {
  const parsed = newAgreementSchema.safeParse(input)
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
}

describe('afspraak schema', () => {
  it('accepts a text with an optional link and contact, trimmed; empty fields mean none', () => {
    const parsed = newAgreementSchema.parse({
      doel: 'kramer/huisarts/spreekkamer',
      tekst: '  Bel eerst het Zorg- en Veiligheidshuis.  ',
      link: '',
      contact: ' ',
    })
    expect(parsed).toEqual({
      doel: { caseId: 'kramer', dilemmaId: 'huisarts', sceneId: 'spreekkamer' },
      tekst: 'Bel eerst het Zorg- en Veiligheidshuis.',
      link: undefined,
      contact: undefined,
    })
    expect(
      agreementContentSchema.parse({ tekst: 'x', link: 'https://demodorp.nl/zvh', contact: 'Team ZVH, 14 0123' }),
    ).toEqual({ tekst: 'x', link: 'https://demodorp.nl/zvh', contact: 'Team ZVH, 14 0123' })
  })

  it('says in Dutch what is missing or too long', () => {
    expect(messages({ doel: 'kramer/huisarts', tekst: '   ' })).toEqual({ tekst: 'Schrijf de afspraak.' })
    expect(messages({ tekst: 'x' })).toEqual({ doel: 'Kies het dilemma of beslismoment.' })
    expect(messages({ doel: 'kramer/huisarts', tekst: 'x'.repeat(AGREEMENT_TEXT_MAX + 1) }).tekst).toMatch(
      /te lang: schrijf hem in hoogstens 1000 tekens/,
    )
    expect(messages({ doel: 'kramer/huisarts', tekst: 'x', contact: 'c'.repeat(201) }).contact).toMatch(/te lang/)
  })

  it('takes only https links', () => {
    for (const link of ['http://demodorp.nl', 'javascript:alert(1)', 'demodorp.nl', 'https://', 'data:text/html,x']) {
      expect(messages({ doel: 'kramer/huisarts', tekst: 'x', link }).link, link).toMatch(/begint met https:\/\//)
    }
  })

  it('refuses a malformed target', () => {
    for (const doel of ['kramer', 'a/b/c/d', '../x/y', 'Kramer/Huisarts', 'kramer/<b>']) {
      expect(messages({ doel, tekst: 'x' }).doel, doel).toBe('Kies het dilemma of beslismoment.')
    }
  })
})

describe('target keys', () => {
  it('round-trip a dilemma and a decision point', () => {
    for (const key of ['kramer/huisarts', 'kramer/huisarts/spreekkamer']) {
      const target = parseTargetKey(key)
      expect(target).not.toBeNull()
      if (target) expect(targetKey(target)).toBe(key)
    }
    expect(parseTargetKey('kramer/huisarts')).toEqual({ caseId: 'kramer', dilemmaId: 'huisarts', sceneId: null })
  })
})

import { expect, test } from 'vitest'
import { findLawRef, isStatute, LAWS, TERMS, VUISTREGELS } from './register'

test('a listed article is found with its law; anything else is not', () => {
  expect(findLawRef('wmo2015', '5.2.6')?.article?.title).toBeTruthy()
  expect(findLawRef('wmo2015')?.law.name).toBe('Wmo 2015')
  expect(findLawRef('wmo2015', '9.9.9')).toBeUndefined()
  expect(findLawRef('constructor')).toBeUndefined()
  expect(findLawRef('wmo2015', 'toString')).toBeUndefined()
})

test('every entry has a B1 explanation and an official https link', () => {
  for (const law of Object.values(LAWS)) {
    expect(law.url).toMatch(/^https:\/\//)
    for (const article of Object.values(law.articles)) {
      expect(article.explanation.length).toBeGreaterThan(20)
      expect(article.url).toMatch(/^https:\/\//)
    }
  }
  for (const rule of Object.values(VUISTREGELS)) expect(rule.text.length).toBeGreaterThan(10)
  for (const term of Object.values(TERMS)) expect(term.definition.length).toBeGreaterThan(10)
})

test('laws and regulations count as statutes, the handreiking as guidance', () => {
  expect(isStatute('avg')).toBe(true)
  expect(isStatute('wgbo')).toBe(true)
  expect(isStatute('handreiking')).toBe(false)
  expect(isStatute('bestaat-niet')).toBe(false)
  expect(isStatute('constructor')).toBe(false)
})

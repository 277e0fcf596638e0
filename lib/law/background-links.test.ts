import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import {
  BACKGROUND_INDEX,
  BACKGROUND_TOPICS,
  backgroundFor,
  glossaryHref,
  TOPIC_FOR_ARTICLE,
  TOPIC_FOR_LAW,
} from './background-links'
import { findLawRef, LAWS } from './register'

const slugs = new Set<string>(BACKGROUND_TOPICS.map((topic) => topic.slug))

test('every law in the register has a background page of its own', () => {
  for (const law of Object.keys(LAWS)) {
    const found = backgroundFor(law)
    expect(found.slug, `law "${law}" needs an entry in TOPIC_FOR_LAW`).toBeDefined()
    expect(slugs.has(found.slug ?? '')).toBe(true)
    expect(found.href).toBe(`${BACKGROUND_INDEX}/${found.slug}`)
  }
})

test('every article override names a real register entry and a real topic', () => {
  for (const [key, slug] of Object.entries(TOPIC_FOR_ARTICLE)) {
    // The law is the first word; an article key may itself contain spaces ("7.3.11 lid 4").
    const space = key.indexOf(' ')
    const law = key.slice(0, space)
    const article = key.slice(space + 1)
    expect(findLawRef(law, article), key).toBeDefined()
    expect(slugs.has(slug), key).toBe(true)
    expect(backgroundFor(law, article).slug).toBe(slug)
  }
  for (const slug of Object.values(TOPIC_FOR_LAW)) expect(slugs.has(slug)).toBe(true)
})

test('every topic has a page', () => {
  for (const slug of slugs) {
    const page = fileURLToPath(new URL(`../../app/(publiek)/achtergrond/${slug}/page.tsx`, import.meta.url))
    expect(existsSync(page), page).toBe(true)
  }
})

test('an unknown law, or an inherited key, falls back to the index', () => {
  expect(backgroundFor('onbekend')).toEqual({ href: BACKGROUND_INDEX, title: 'Achtergrond' })
  expect(backgroundFor('constructor').href).toBe(BACKGROUND_INDEX)
  expect(backgroundFor('wgbo', 'toString').slug).toBe('geheimhouding-doorbreken')
})

test('a term links to its anchor in the glossary', () => {
  expect(glossaryHref('beroepsgeheim')).toBe('/achtergrond/begrippen#begrip-beroepsgeheim')
})

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getMDXComponent } from 'mdx-bundler/client'
import { createElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { TEST_REGISTER } from '@/tests/fixtures/scenarios/register'
import { buildCatalog, writeCatalog } from './build.server'
import { CATALOG_PATH } from './catalog'
import { CatalogUnavailableError, getCase, getCatalog, getDilemma } from './catalog.server'
import { COMPILER_ID, compileMdx } from './compile.server'
import { fileCompileCache } from './compile-cache.server'
import { contentHash } from './content-hash'

const FIXTURES = path.resolve('tests/fixtures/scenarios')
let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'deelwijs-scenarios-'))
})
afterAll(() => {
  vi.restoreAllMocks()
  rmSync(workspace, { recursive: true, force: true })
})

function build(root: string) {
  return buildCatalog({
    root: path.join(FIXTURES, root),
    projectRoot: FIXTURES,
    cache: fileCompileCache(path.join(workspace, 'cache'), COMPILER_ID),
    compile: compileMdx,
    register: TEST_REGISTER,
  })
}

type Props = { children?: ReactNode; id?: string }

// Stand-ins for the page's components, as a page would render the start scene with no flags set.
const Hidden = () => null
const StartScene = (props: Props) => (props.id === 'intro' ? createElement('section', null, props.children) : null)
const Shown = (tag: string) => (props: Props) => createElement(tag, null, props.children)
const START_SCENE_COMPONENTS = {
  Scene: StartScene,
  Ending: Hidden,
  Choice: Shown('li'),
  Feedback: Hidden,
  When: Hidden,
  Unless: Shown('span'),
  LawRef: Hidden,
  Vuistregel: Hidden,
  Term: Shown('dfn'),
}

describe('buildCatalog', () => {
  it('compiles the valid fixture, then takes unchanged files from the cache', async () => {
    const first = await build('valid')
    if (!first.ok) throw new Error(JSON.stringify(first.problems))
    expect({ compiled: first.compiled, cached: first.cached }).toEqual({ compiled: 2, cached: 0 })
    const second = await build('valid')
    expect(second).toMatchObject({ ok: true, compiled: 0, cached: 2 })
    expect(second.ok && second.catalog).toEqual(first.catalog)

    const [demo] = first.catalog.cases
    expect(demo?.id).toBe('demo')
    expect(demo?.file).toBe(path.join('valid', 'demo', 'case.mdx'))
    const dilemma = demo?.dilemmas[0]
    expect(dilemma?.id).toBe('gesprek')
    expect(dilemma?.graph.start).toBe('intro')
    expect(dilemma?.contentHash).toMatch(/^[0-9a-f]{16}$/)
  }, 20_000)

  it('lists cases by their order, not by folder name; cases without one follow', async () => {
    // Three copies of the valid case: "aaa" without an order, "mmm" second, "zzz" first.
    const root = path.join(workspace, 'ordered')
    for (const [id, order] of [
      ['aaa', undefined],
      ['mmm', 2],
      ['zzz', 1],
    ] as const) {
      const folder = path.join(root, id)
      cpSync(path.join(FIXTURES, 'valid', 'demo'), folder, { recursive: true })
      const caseFile = path.join(folder, 'case.mdx')
      const header = `id: ${id}${order === undefined ? '' : `\norder: ${order}`}`
      writeFileSync(caseFile, readFileSync(caseFile, 'utf8').replace('id: demo', header))
    }
    const result = await buildCatalog({
      root,
      projectRoot: workspace,
      cache: fileCompileCache(path.join(workspace, 'cache'), COMPILER_ID),
      compile: compileMdx,
      register: TEST_REGISTER,
    })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.catalog.cases.map((item) => item.id)).toEqual(['zzz', 'mmm', 'aaa'])
  }, 20_000)

  it('produces code that renders with the components supplied at render time', async () => {
    const result = await build('valid')
    if (!result.ok) throw new Error('the valid fixture should build')
    const Content = getMDXComponent(result.catalog.cases[0]?.dilemmas[0]?.code as string)
    const html = renderToStaticMarkup(createElement(Content, { components: START_SCENE_COMPONENTS }))
    expect(html).toContain('Ilse vertelt dat het thuis niet goed gaat.')
    expect(html).toContain('Een score &lt; 5 is laag.')
    expect(html).toContain('<li><p>Vraag rustig door.')
    expect(html).not.toContain('Ilse ontspant')
  })

  it('refuses to build when any case has problems', async () => {
    const result = await build('cases')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual([
      'missing-dilemma',
      'missing-file',
      'spoke-mismatch',
    ])
  })
})

describe('the catalog reader', () => {
  it('tells to run the build when there is no catalog', () => {
    vi.spyOn(process, 'cwd').mockReturnValue(path.join(workspace, 'empty'))
    expect(() => getCatalog()).toThrow(CatalogUnavailableError)
    expect(() => getCatalog()).toThrow('npm run scenarios:build')
  })

  it('reads the written catalog and finds cases and dilemmas', async () => {
    const result = await build('valid')
    if (!result.ok) throw new Error('the valid fixture should build')
    const project = path.join(workspace, 'project')
    writeCatalog(result.catalog, path.join(project, CATALOG_PATH))
    vi.spyOn(process, 'cwd').mockReturnValue(project)
    expect(getCatalog()).toEqual(result.catalog)
    expect(getCase('demo')?.frontmatter.title).toBe('De familie Demo')
    expect(getDilemma('demo', 'gesprek')?.frontmatter.minutes).toBe(5)
    expect(getDilemma('demo', 'school')).toBeUndefined()
    expect(getCase('onbekend')).toBeUndefined()
  })
})

describe('fileCompileCache', () => {
  it('misses an entry made by another compiler version', () => {
    const directory = path.join(workspace, 'versions')
    fileCompileCache(directory, 'old').set('abc', 'code')
    expect(fileCompileCache(directory, 'old').get('abc')).toBe('code')
    expect(fileCompileCache(directory, 'new').get('abc')).toBeUndefined()
  })
})

describe('contentHash', () => {
  it('is the first 16 hex digits of the sha256 of the bytes', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c14')
    expect(contentHash(Buffer.from('abc'))).toBe(contentHash('abc'))
  })
})

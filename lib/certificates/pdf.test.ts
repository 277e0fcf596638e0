import { getDocumentProxy } from 'unpdf'
import { expect, test } from 'vitest'
import { renderCertificatePdf } from './pdf.server'

// The certificate is a tagged PDF (PDF/UA): read back with a PDF library (pdf.js through unpdf), it has its title,
// is marked, has a structure tree with a heading and a figure with alt text, and its language is Dutch.

type StructNode = { role?: string; alt?: string; children?: StructNode[] }

function roles(node: StructNode | null, found: StructNode[] = []): StructNode[] {
  if (!node) return found
  if (node.role) found.push(node)
  for (const child of node.children ?? []) roles(child, found)
  return found
}

test('the certificate PDF is tagged: title, language, structure tree, MarkInfo, alt text, embedded font', async () => {
  const bytes = await renderCertificatePdf(
    {
      code: 'DW-ABCD-EFGH',
      holderName: 'Sanne de Vries',
      moduleTitle: 'Familie Kramer',
      caseTitles: ['De familie Kramer'],
      dilemmaTitles: ['Maandag weer niet', 'Het spreekuur'],
      minutesSpent: 95,
      completedAt: new Date('2026-11-30T10:00:00Z'),
      criterion: 'behaald',
      issuedAt: new Date('2026-11-30T10:05:00Z'),
    },
    'https://deelwijs.example/verifieer/DW-ABCD-EFGH',
  )
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> }
  expect(info.Title).toBe('Certificaat Deelwijs — Familie Kramer')
  expect(info.Language).toBe('nl-NL')
  expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true })
  const page = await pdf.getPage(1)
  const tree = (await page.getStructTree()) as StructNode | null
  expect(tree, 'StructTreeRoot').not.toBeNull()
  const nodes = roles(tree)
  expect(nodes.map((n) => n.role)).toEqual(expect.arrayContaining(['Document', 'H1', 'P', 'Link', 'Figure']))
  expect(nodes.find((n) => n.role === 'Figure')?.alt).toMatch(/^QR-code .*DW-ABCD-EFGH$/)
  // The font file is embedded (not a built-in font).
  const raw = bytes.toString('latin1')
  expect(raw).toMatch(/\/FontFile2? /)
  expect(raw).not.toMatch(/\/BaseFont \/Helvetica/)
  const text = await page.getTextContent()
  expect(text.items.map((item) => ('str' in item ? item.str : '')).join(' ')).toContain('Sanne de Vries')
})

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderPrivacyDocs } from '@/lib/privacy/documents'
import { DECLARATIONS, loadInventory } from '@/lib/privacy/schema-inventory'

// npm run privacy:docs — writes docs/privacy/ from the data inventory in prisma/schema.prisma (ADR 028).
// lib/privacy/documents.test.ts fails when the committed files differ from what this writes.

const root = process.cwd()
const dir = path.join(root, 'docs', 'privacy')
mkdirSync(dir, { recursive: true })
for (const [name, text] of Object.entries(renderPrivacyDocs(loadInventory(root), DECLARATIONS, root))) {
  writeFileSync(path.join(dir, name), text)
  console.log(`docs/privacy/${name}`)
}

import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import {
  FG_AUDIT_ACTIONS,
  ORGANISATION_COUNTERS,
  organisationPrivacyExport,
} from '@/lib/privacy/organisation-export.server'
import { loadInventory } from '@/lib/privacy/schema-inventory'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'

test('every table with personal data has a counter (or is declared not attributable to one organisation)', () => {
  const personal = loadInventory()
    .models.filter((m) => m.fields.some((f) => f.entry.personal))
    .map((m) => m.name)
    .sort()
  expect(Object.keys(ORGANISATION_COUNTERS).sort()).toEqual(personal)
})

test('the FG export holds the inventory, only this organisation’s exports and role changes, and its counts', async () => {
  const org = await createOrganisation(db())
  const other = await createOrganisation(db())
  const admin = await createUser(db(), { organisationId: org.id, role: 'admin', name: 'Ada Beheer' })
  const learners = await Promise.all(
    [1, 2, 3].map((n) => createUser(db(), { organisationId: org.id, role: 'learner', name: `Leerling ${n}` })),
  )
  await createUser(db(), { organisationId: other.id, role: 'learner' })
  const klas = await createGroup(db(), { organisationId: org.id, name: 'Klas FG' })
  for (const learner of learners) await addToGroup(db(), klas.id, learner.id)
  await db().auditLog.createMany({
    data: [
      {
        actorId: admin.id,
        organisationId: org.id,
        action: 'user.role-change',
        detail: { userId: learners[0]?.id, from: 'learner', to: 'docent' },
      },
      { actorId: admin.id, organisationId: org.id, action: 'report.export', detail: { table: 'voltooiing' } },
      { actorId: admin.id, organisationId: org.id, action: 'class.archive', detail: { groupId: klas.id } },
      { actorId: admin.id, organisationId: other.id, action: 'report.export', detail: { table: 'voltooiing' } },
    ],
  })

  const data = await organisationPrivacyExport(org.id)
  expect(data.organisation.slug).toBe(org.slug)
  expect(FG_AUDIT_ACTIONS).toEqual(expect.arrayContaining(['report.export', 'user.role-change', 'privacy.export']))
  expect(data.auditLog.rows.map((r) => r.what).sort()).toEqual(['Rapportage gedownload (CSV)', 'Rol gewijzigd'])
  expect(data.auditLog.rows.find((r) => r.what === 'Rol gewijzigd')?.about).toContain('Leerling 1')

  expect(data.counts.people).toBe(4)
  expect(data.counts.peoplePerRole).toEqual({ admin: 1, learner: 3 })
  const table = (name: string) => data.counts.tables.find((t) => t.table === name)
  expect(table('GroupMember')?.records).toBe(3)
  expect(table('AuditLog')?.records).toBe(3)
  expect(table('OutgoingMail')?.records).toBeNull()
  const identity = data.counts.categories.find((c) => c.category === 'identity')
  expect(identity?.tables).toEqual(expect.arrayContaining(['User', 'Membership', 'GroupMember']))
  expect(identity?.records).toBeGreaterThanOrEqual(4 + 4 + 3)
  expect(data.counts.categories.find((c) => c.category === 'special')).toMatchObject({ records: 0, tables: [] })

  const email = data.inventory.find((t) => t.table === 'User')?.fields.find((f) => f.field === 'email')
  expect(email).toMatchObject({ personal: true, category: 'Contactgegevens', retentionRule: 'account' })
  expect(JSON.stringify(data)).not.toContain(learners[1]?.email)
})

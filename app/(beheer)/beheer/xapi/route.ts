import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { db } from '@/lib/db/client.server'
import { statementsPage } from '@/lib/xapi/record.server'

// GET /beheer/xapi?organisatie=<id> — every xAPI statement about the organisation's learners, as a JSON download in
// the shape of an LRS's StatementResult ({ "statements": [...] }), streamed page by page.
// Admins only: the statements are pseudonymous but hold every single choice, and in a small team a pseudonym's choices
// can point to a person; coordinators get aggregate, suppressed reports instead (docs/decisions/012, 015).
export async function GET(request: Request) {
  const guard = await requireApiPermission('manage:user:any')
  if ('response' in guard) return guard.response
  const id = z.string().min(1).max(64).safeParse(new URL(request.url).searchParams.get('organisatie'))
  const organisation = id.success
    ? await db().organisation.findUnique({ where: { id: id.data }, select: { id: true, slug: true } })
    : null
  if (!organisation) return apiError(404, 'not-found', 'Deze organisatie bestaat niet.')
  await audit({ actorId: guard.user.id, organisationId: organisation.id, action: 'xapi.export' })

  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode('{"statements":['))
      let after: { storedAt: Date; id: string } | null = null
      let first = true
      for (;;) {
        const page = await statementsPage(organisation.id, after)
        for (const row of page) {
          controller.enqueue(encoder.encode(`${first ? '' : ','}\n${JSON.stringify(row.statement)}`))
          first = false
        }
        if (page.length === 0) break
        const last = page[page.length - 1] as (typeof page)[number]
        after = { storedAt: last.storedAt, id: last.id }
      }
      controller.enqueue(encoder.encode('\n]}\n'))
      controller.close()
    },
  })
  return new Response(body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="deelwijs-xapi-${organisation.slug}.json"`,
      'cache-control': 'no-store',
    },
  })
}

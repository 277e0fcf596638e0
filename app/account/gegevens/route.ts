import { exportMyData, movesTable } from '@/lib/accounts/my-data.server'
import { apiError } from '@/lib/auth/api-guard.server'
import { getCurrentUser } from '@/lib/auth/session.server'
import { dutchDay } from '@/lib/classes/schemas'
import { csvResponse, separatorSchema, toCsv } from '@/lib/csv/csv'

// GET /account/gegevens?formaat=json|csv[&scheiding=puntkomma] — the signed-in person's own data (AVG art. 15/20).
export async function GET(request: Request) {
  const user = await getCurrentUser()
  if (!user) return apiError(401, 'unauthenticated', 'Log eerst in.')
  const params = new URL(request.url).searchParams
  const data = await exportMyData(user.id)
  const day = dutchDay(new Date())
  if (params.get('formaat') === 'csv') {
    const { header, rows } = movesTable(data)
    return csvResponse(
      toCsv(header, rows, separatorSchema.parse(params.get('scheiding') ?? undefined)),
      `deelwijs-mijn-keuzes-${day}`,
    )
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="deelwijs-mijn-gegevens-${day}.json"`,
      'Cache-Control': 'private, no-store',
    },
  })
}

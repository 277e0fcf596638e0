import { apiError, requireApiPermission } from '@/lib/auth/api-guard.server'
import { normaliseVerificationCode } from '@/lib/certificates/code'
import { findCertificate } from '@/lib/certificates/issue.server'
import { renderCertificatePdf } from '@/lib/certificates/pdf.server'
import { db } from '@/lib/db/client.server'
import { publicOrigin } from '@/lib/http/public-origin.server'

// GET /api/certificaten/<code> — the certificate as PDF, for its holder only. Anyone else (even with the code) gets
// 404: the public page /verifieer/<code> confirms a certificate without handing out the document.
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const guard = await requireApiPermission('play:scenario:own')
  if ('response' in guard) return guard.response
  const code = normaliseVerificationCode((await params).code)
  const owned = code ? await db().certificate.count({ where: { code, userId: guard.user.id } }) : 0
  const certificate = owned && code ? await findCertificate(code) : null
  if (!certificate) return apiError(404, 'not-found', 'Dit certificaat bestaat niet of is niet van jou.')
  const pdf = await renderCertificatePdf(certificate, `${await publicOrigin()}/verifieer/${certificate.code}`)
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="deelwijs-certificaat-${certificate.code}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  })
}

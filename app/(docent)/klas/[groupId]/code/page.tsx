import type { Metadata } from 'next'
import { requireClass } from '@/lib/classes/access.server'
import { joinCodeStatus } from '@/lib/classes/join-code-status'
import { qrSvg } from '@/lib/classes/qr.server'
import { publicOrigin } from '@/lib/http/public-origin.server'

export const metadata: Metadata = { title: 'Klascode op het scherm' }

// Made for a projector: the code in very large type, the link, and a QR code that opens the link.
export default async function ProjectCodePage({ params }: { params: Promise<{ groupId: string }> }) {
  const { group } = await requireClass((await params).groupId)
  const status = joinCodeStatus(group)
  if (!group.joinCode || !status.open) {
    return (
      <section aria-labelledby="code-titel" className="space-y-3">
        <h2 id="code-titel" className="text-2xl">
          Klascode op het scherm
        </h2>
        <p className="font-semibold">{status.text}</p>
        <p>Maak op het overzicht een nieuwe code of zet de code weer aan.</p>
      </section>
    )
  }
  const link = `${await publicOrigin()}/meedoen/${group.joinCode}`
  const svg = await qrSvg(link)
  return (
    <section aria-labelledby="code-titel" className="space-y-6 text-center">
      <h2 id="code-titel" className="text-3xl">
        Doe mee met {group.name}
      </h2>
      <p className="text-2xl">Ga naar de link of scan de QR-code, en vul deze klascode in:</p>
      <p className="font-mono text-7xl font-bold tracking-widest">{group.joinCode}</p>
      <p className="break-all font-mono text-2xl">{link}</p>
      <div
        role="img"
        aria-label={`QR-code met de link ${link}`}
        className="mx-auto w-72 max-w-full bg-white p-2"
        // The SVG comes from the qrcode library and contains only paths; no user text is inside it.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: generated QR markup, see above
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p className="text-xl">{status.text}</p>
    </section>
  )
}

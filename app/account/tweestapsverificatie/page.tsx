import type { Metadata } from 'next'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { enrolmentSecret } from '@/lib/auth/mfa/enrolment.server'
import { recoveryCodesLeft } from '@/lib/auth/mfa/recovery-codes.server'
import { REMEMBER_DAYS } from '@/lib/auth/mfa/remembered-device.server'
import { requireSecondFactorStep } from '@/lib/auth/mfa/step-guard.server'
import { formatSecret, otpauthUri } from '@/lib/auth/mfa/totp'
import { homeFor } from '@/lib/auth/permissions'
import { qrSvg } from '@/lib/classes/qr.server'
import { db } from '@/lib/db/client.server'
import { formatDate } from '@/lib/format/dates'
import { safeReturnPath } from '@/lib/http/safe-return-path'
import { confirmEnrolmentAction, forgetDevicesAction } from './actions'
import { EnrolForm } from './enrol-form'

export const metadata: Metadata = { title: 'Tweestapsverificatie' }

export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<{ terug?: string; herstelcode?: string; apparaten?: string }>
}) {
  const { terug, herstelcode, apparaten } = await searchParams
  const { user, step } = await requireSecondFactorStep(['enrol', 'none'], terug)
  const next = safeReturnPath(terug) ?? homeFor(user.memberships)
  const { mfaEnabledAt } = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { mfaEnabledAt: true } })
  const secret = mfaEnabledAt ? null : await enrolmentSecret(user.id)
  const qr = secret ? await qrSvg(otpauthUri(secret, user.email)) : null
  const left = mfaEnabledAt ? await recoveryCodesLeft(user.id) : 0

  return (
    <div className="max-w-prose space-y-6">
      <PageHeader
        title="Tweestapsverificatie"
        intro="Met tweestapsverificatie log je in met je wachtwoord én een code uit een app op je telefoon. Wie alleen je wachtwoord heeft, komt er dan niet in."
      />
      {step === 'enrol' ? (
        <Notice tone="warn" title="Stel eerst tweestapsverificatie in">
          Met jouw rol zie je gegevens van veel mensen. Daarom is tweestapsverificatie voor jou verplicht. Na het
          instellen ga je verder waar je heen wilde.
        </Notice>
      ) : null}
      {herstelcode ? (
        <Notice tone="warn" live="status" title="Je hebt een herstelcode gebruikt">
          Die code werkt nu niet meer. Je hebt nog {left} herstelcode{left === 1 ? '' : 's'}. Telefoon kwijt? Vraag de
          beheerder om je tweestapsverificatie te resetten en stel die daarna opnieuw in.
        </Notice>
      ) : null}
      {/* One component in one place for both states, so the recovery codes of a just-confirmed enrolment stay on
          screen when the page is rendered again with the second factor on (also without JavaScript). */}
      <EnrolForm action={confirmEnrolmentAction} next={next} enrolled={Boolean(mfaEnabledAt)}>
        {mfaEnabledAt ? (
          <section aria-labelledby="status" className="space-y-4">
            <h2 id="status" className="text-2xl">
              Tweestapsverificatie staat aan
            </h2>
            <p>
              Aangezet op {formatDate(mfaEnabledAt)}. Je hebt nog {left} ongebruikte herstelcode{left === 1 ? '' : 's'}.
            </p>
            {apparaten ? (
              <Notice tone="good" live="status">
                Alle onthouden apparaten zijn vergeten. Daar vragen we voortaan weer om een code.
              </Notice>
            ) : null}
            <p>
              Heb je bij het inloggen gekozen om een apparaat {REMEMBER_DAYS} dagen te onthouden? Vergeet dan alle
              onthouden apparaten als je er een kwijt bent of niet meer gebruikt.
            </p>
            <form action={forgetDevicesAction}>
              <button type="submit" className="btn-secondary">
                Onthouden apparaten vergeten
              </button>
            </form>
            <p>
              <a href={next}>Verder</a>
            </p>
          </section>
        ) : (
          <section aria-labelledby="instellen" className="space-y-4">
            <h2 id="instellen" className="text-2xl">
              Instellen in drie stappen
            </h2>
            <ol className="list-decimal space-y-4 pl-6">
              <li>
                Zet een app voor inlogcodes op je telefoon, bijvoorbeeld Microsoft Authenticator, Google Authenticator
                of FreeOTP. Heb je er al een, gebruik die dan.
              </li>
              <li>
                <p>Kies in de app voor een nieuw account en scan deze QR-code:</p>
                {qr ? (
                  <div
                    role="img"
                    aria-label="QR-code om Deelwijs aan je app toe te voegen. Kun je niet scannen? Gebruik de sleutel hieronder."
                    className="my-3 w-56 max-w-full bg-white p-2"
                    // The SVG comes from the qrcode library and contains only paths; no user text is inside it.
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: generated QR markup, see above
                    dangerouslySetInnerHTML={{ __html: qr }}
                  />
                ) : null}
                <p>
                  Lukt scannen niet? Kies in de app voor &lsquo;sleutel invoeren&rsquo; en typ deze sleutel over (op
                  tijd gebaseerd, 6 cijfers):
                </p>
                <p className="mt-2 break-all font-mono text-lg">
                  <span className="sr-only">Sleutel: </span>
                  {secret ? formatSecret(secret) : ''}
                </p>
              </li>
              <li>Vul hieronder de code van 6 cijfers in die de app nu laat zien.</li>
            </ol>
          </section>
        )}
      </EnrolForm>
    </div>
  )
}

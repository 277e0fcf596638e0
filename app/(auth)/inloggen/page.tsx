import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { Notice } from '@/components/ui/notice'
import { PageHeader } from '@/components/ui/page-header'
import { secondFactorPath } from '@/lib/auth/mfa/policy'
import { homeFor } from '@/lib/auth/permissions'
import { getSessionState } from '@/lib/auth/session.server'
import { safeReturnPath } from '@/lib/http/safe-return-path'
import { oidcButtonLabel } from '@/lib/sso/oidc.server'
import { KeptDraftNote } from './kept-draft-note'
import { SignInForm } from './sign-in-form'
import { SsoButton } from './sso-button'

// Why single sign-on was refused (lib/sso/oidc.server.ts), and next-auth's own error codes for it.
const SSO_MESSAGES: Record<string, string> = {
  'geen-organisatie':
    'Je organisatie is nog niet aangesloten op Deelwijs. Vraag je docent of beheerder om een klascode of uitnodiging.',
  'email-bestaat': 'Er is al een account met dit e-mailadres. Log hieronder in met je e-mailadres en wachtwoord.',
  // The linking rule of ADR 034: single sign-on joins an existing account only once its own address is confirmed.
  'email-bevestigen':
    'Er is al een account met dit e-mailadres, maar het e-mailadres van dat account is nog niet bevestigd. ' +
    'Log hieronder in met je e-mailadres en wachtwoord en bevestig je e-mailadres op de pagina Mijn account. ' +
    'Weet je het wachtwoord niet? Kies dan "Wachtwoord vergeten?". Daarna kun je ook via je organisatie inloggen. ' +
    'Lukt het niet? Vraag de beheerder van je organisatie om hulp.',
  'tenant-geweigerd':
    'Met dit Microsoft-account kun je niet inloggen: je organisatie is niet aangesloten op Deelwijs. ' +
    'Gebruik het account van je school of werk, of vraag de beheerder van je organisatie om hulp.',
  gedeactiveerd: 'Dit account is uitgeschakeld. Neem contact op met de beheerder van je organisatie.',
  onvolledig: 'Inloggen via je organisatie is niet gelukt: we kregen niet de gegevens die nodig zijn.',
  OAuthSignin: 'Inloggen via je organisatie lukt nu niet. Probeer het later opnieuw.',
  OAuthCallback: 'Inloggen via je organisatie is niet gelukt. Probeer het opnieuw.',
  AccessDenied: 'Inloggen via je organisatie is geweigerd.',
}

export const metadata: Metadata = { title: 'Inloggen' }

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ terug?: string; verlopen?: string; fout?: string; error?: string; wachtwoord?: string }>
}) {
  const [session, { terug, verlopen, fout, error, wachtwoord }] = await Promise.all([getSessionState(), searchParams])
  const ssoLabel = oidcButtonLabel()
  const problemCode = fout ?? error ?? ''
  const ssoProblem = Object.hasOwn(SSO_MESSAGES, problemCode) ? SSO_MESSAGES[problemCode] : undefined
  const returnTo = safeReturnPath(terug)
  // Signed in with a password but the second factor is still to come: that step, then the page asked for.
  if (session && session.step !== 'none') redirect(secondFactorPath(session.step, returnTo))
  if (session) redirect(returnTo ?? homeFor(session.user.memberships))
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Inloggen" />
      {verlopen ? (
        <div className="mb-6">
          <Notice tone="warn" live="status">
            Je sessie is verlopen. Log opnieuw in; je gaat daarna verder waar je was.
            <KeptDraftNote returnTo={returnTo} />
          </Notice>
        </div>
      ) : null}
      {wachtwoord === 'nieuw' ? (
        <div className="mb-6">
          <Notice tone="good" live="status">
            Je wachtwoord is gewijzigd en je bent overal uitgelogd. Log in met je nieuwe wachtwoord.
          </Notice>
        </div>
      ) : null}
      {ssoProblem ? (
        <div className="mb-6">
          <Notice tone="bad" live="alert">
            {ssoProblem}
          </Notice>
        </div>
      ) : null}
      {ssoLabel ? (
        <div className="mb-6 space-y-3">
          <SsoButton label={ssoLabel} returnTo={returnTo} />
          <p className="text-center text-sm text-muted">of log in met je e-mailadres</p>
        </div>
      ) : null}
      <SignInForm returnTo={returnTo} />
      <p className="mt-4 text-sm">
        <a href="/inloggen/wachtwoord-vergeten">Wachtwoord vergeten?</a>
      </p>
      <p className="mt-6 text-sm text-muted">
        Nog geen account? Je docent of organisatie geeft je een klascode of een uitnodiging.{' '}
        <a href="/aanmelden">Aanmelden met een klascode</a>
      </p>
    </div>
  )
}

import { NextResponse } from 'next/server'

// The LTI endpoints are visited by browsers coming from an LMS, not by our own pages: when something is wrong they
// answer with a small Dutch page and a 4xx status (and a machine-readable code in a header and the page).

const MESSAGES: Record<string, string> = {
  'invalid-request': 'De leeromgeving stuurde een onvolledige aanvraag.',
  'unknown-platform': 'Deze leeromgeving is niet aangemeld bij Deelwijs. Vraag de beheerder om haar te registreren.',
  'invalid-state': 'Deze link is verlopen of al gebruikt. Open de opdracht opnieuw vanuit je leeromgeving.',
  'invalid-token': 'We konden niet controleren dat deze aanvraag echt van je leeromgeving komt.',
  'invalid-claims': 'De leeromgeving stuurde gegevens die we niet begrijpen.',
  'wrong-deployment': 'Deze koppeling van de leeromgeving is niet aangemeld bij Deelwijs.',
  'wrong-target': 'De leeromgeving stuurde je naar een ander adres dan waarmee het openen begon. Probeer het opnieuw.',
  'state-mismatch':
    'Dit openen is in een andere browser begonnen dan deze. Open de opdracht opnieuw vanuit je eigen leeromgeving.',
  'state-unverified':
    'We konden niet controleren dat jij Deelwijs opende. Open de opdracht opnieuw vanuit je leeromgeving. Lukt het daar niet? Open de opdracht dan in een nieuw venster of tabblad.',
  inactive: 'Dit account is uitgeschakeld. Neem contact op met de beheerder van je organisatie.',
  'email-taken': 'Er bestaat al een account dat bij deze gegevens hoort. Neem contact op met de beheerder.',
  'not-staff': 'Alleen docenten kunnen opdrachten uit Deelwijs kiezen.',
  'invalid-ticket': 'Deze keuzesessie is verlopen. Begin opnieuw vanuit je leeromgeving.',
  'handoff-unknown':
    'Deze link om Deelwijs in een nieuw venster te openen kennen we niet. Open de opdracht opnieuw vanuit je leeromgeving.',
  'handoff-used':
    'Deze link om Deelwijs in een nieuw venster te openen is al gebruikt. Open de opdracht opnieuw vanuit je leeromgeving.',
  'handoff-expired':
    'Deze link om Deelwijs in een nieuw venster te openen is verlopen: hij werkt twee minuten. Open de opdracht opnieuw vanuit je leeromgeving.',
  'nothing-chosen': 'Kies minstens één dilemma.',
  'one-only': 'Je leeromgeving neemt hier maar één dilemma of casus tegelijk aan. Kies er één.',
  'type-not-accepted':
    'Deze plek in je leeromgeving neemt geen LTI-links aan, en alleen die kan Deelwijs toevoegen. Kies Annuleren.',
}

export function ltiErrorPage(code: keyof typeof MESSAGES | string, status = 400) {
  const message = MESSAGES[code] ?? 'Er ging iets mis bij het openen vanuit je leeromgeving.'
  return ltiPage({
    title: 'Openen lukt niet',
    main: `<h1>Openen vanuit je leeromgeving lukt niet</h1><p>${message}</p><p>Foutcode: <code>${code}</code></p>`,
    status,
    headers: { 'x-deelwijs-error': code },
  })
}

/** The small self-contained page every LTI endpoint answers with (no layout: it is shown inside the LMS's frame). */
export function ltiPage(page: {
  title: string
  main: string
  status?: number
  headers?: Record<string, string>
  /** Markup after <main>, such as a script with the request's CSP nonce. */
  tail?: string
}) {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${page.title} — Deelwijs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b2330">
<main>${page.main}</main>${page.tail ?? ''}
</body></html>`
  return new NextResponse(html, {
    status: page.status ?? 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers },
  })
}

/**
 * "Open Deelwijs in een nieuw venster": what the LMS's frame cannot do because the browser keeps no cookie of ours
 * there, a window of Deelwijs's own can (its cookies are first-party). One page for both cases: the login's state
 * cookie (ADR 035) and the session cookie after the launch (ADR 037).
 */
function newWindowPage(page: { explanation: string; opener: string; code: string; status: number }) {
  return ltiPage({
    title: 'Open in een nieuw venster',
    main: `<h1>Open Deelwijs in een nieuw venster</h1>
<p>${page.explanation}</p>
${page.opener}
<p>Foutcode: <code>${page.code}</code></p>`,
    status: page.status,
    headers: { 'x-deelwijs-error': page.code },
  })
}

/**
 * The browser kept no state cookie in the LMS's frame and the platform offers no storage: the launch cannot be tied
 * to this browser there, so we ask to open Deelwijs in a window of its own, where the cookie works. The link starts
 * the login again (a new state); whoever opens it gets the identity of the LMS session in their own browser.
 */
export function relaunchPage(loginUrl: string) {
  return newWindowPage({
    explanation: `Je browser bewaart geen gegevens van Deelwijs in je leeromgeving. Daardoor kunnen we hier niet
controleren dat jij het bent die Deelwijs opent. In een nieuw venster lukt dat wel.`,
    opener: `<p><a href="${escapeAttribute(loginUrl)}" target="_blank" rel="noopener">Open in een nieuw venster</a></p>`,
    code: 'cookies-blocked',
    status: 403,
  })
}

/**
 * The launch succeeded but its session cookie did not come back in the frame: a button that posts the single-use
 * hand-off (lib/lti/handoff.server.ts) to a new window, where it signs the person in. A plain form: no script needed.
 */
export function handoffPage(token: string) {
  return newWindowPage({
    explanation: `Je browser bewaart geen gegevens van Deelwijs in je leeromgeving. Daardoor blijf je hier niet
ingelogd. In een nieuw venster lukt dat wel: daar ga je verder waar je heen wilde. De knop werkt twee minuten en één
keer.`,
    opener: `<form method="post" action="/api/lti/handoff" target="_blank">${hiddenInputs({ overdracht: token })}
<button type="submit">Open in een nieuw venster</button></form>`,
    code: 'session-cookie-blocked',
    status: 200,
  })
}

export function escapeAttribute(value: string) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Hidden form fields, escaped. */
export function hiddenInputs(fields: Record<string, string>) {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeAttribute(name)}" value="${escapeAttribute(value)}">`)
    .join('')
}

/** An inline script allowed by the request's CSP nonce (proxy.ts); never 'unsafe-inline'. */
export function nonceScript(code: string, nonce: string | null) {
  return `<script${nonce ? ` nonce="${escapeAttribute(nonce)}"` : ''}>${code}</script>`
}

/**
 * A page that posts a form to another site (OIDC form_post style), sent on by a script with the request's CSP nonce,
 * and by a button when scripts do not run.
 */
export function autoPostPage(action: string, fields: Record<string, string>, nonce: string | null) {
  return ltiPage({
    title: 'Terug naar je leeromgeving',
    main: `<h1>Terug naar je leeromgeving</h1>
<form id="terug" method="post" action="${escapeAttribute(action)}">${hiddenInputs(fields)}<button type="submit">Verder</button></form>`,
    tail: nonceScript("document.getElementById('terug').submit()", nonce),
  })
}

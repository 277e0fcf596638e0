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
  inactive: 'Dit account is uitgeschakeld. Neem contact op met de beheerder van je organisatie.',
  'email-taken': 'Er bestaat al een account dat bij deze gegevens hoort. Neem contact op met de beheerder.',
  'not-staff': 'Alleen docenten kunnen opdrachten uit Deelwijs kiezen.',
  'invalid-ticket': 'Deze keuzesessie is verlopen. Begin opnieuw vanuit je leeromgeving.',
  'nothing-chosen': 'Kies minstens één dilemma.',
  'one-only': 'Je leeromgeving neemt hier maar één dilemma of casus tegelijk aan. Kies er één.',
  'type-not-accepted':
    'Deze plek in je leeromgeving neemt geen LTI-links aan, en alleen die kan Deelwijs toevoegen. Kies Annuleren.',
}

export function ltiErrorPage(code: keyof typeof MESSAGES | string, status = 400) {
  const message = MESSAGES[code] ?? 'Er ging iets mis bij het openen vanuit je leeromgeving.'
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Openen lukt niet — Deelwijs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b2330">
<main><h1>Openen vanuit je leeromgeving lukt niet</h1><p>${message}</p><p>Foutcode: <code>${code}</code></p></main>
</body></html>`
  return new NextResponse(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-deelwijs-error': code },
  })
}

function escapeAttribute(value: string) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * A page that posts a form to another site (OIDC form_post style), sent on by a script with the request's CSP nonce,
 * and by a button when scripts do not run.
 */
export function autoPostPage(action: string, fields: Record<string, string>, nonce: string | null) {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeAttribute(name)}" value="${escapeAttribute(value)}">`)
    .join('')
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Terug naar je leeromgeving — Deelwijs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b2330">
<main><h1>Terug naar je leeromgeving</h1>
<form id="terug" method="post" action="${escapeAttribute(action)}">${inputs}<button type="submit">Verder</button></form></main>
<script${nonce ? ` nonce="${escapeAttribute(nonce)}"` : ''}>document.getElementById('terug').submit()</script>
</body></html>`
  return new NextResponse(html, {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  })
}

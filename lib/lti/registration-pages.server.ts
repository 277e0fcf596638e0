import type { RegistrationError } from './dynamic-registration.server'
import { escapeAttribute, ltiPage, nonceScript } from './responses.server'

// The pages the LMS admin sees in the LMS's window or frame at the end of a dynamic registration (ADR 038).

const ERRORS: Record<RegistrationError, { status: number; message: string }> = {
  'invalid-request': {
    status: 400,
    message:
      'Open deze link vanuit je leeromgeving (bij het registreren van een LTI-tool), niet los in de browser. De leeromgeving stuurt dan de gegevens mee die Deelwijs nodig heeft.',
  },
  'unknown-link': {
    status: 404,
    message: 'Deze registratielink bestaat niet. Vraag de beheerder van Deelwijs om een nieuwe registratielink.',
  },
  'link-expired': {
    status: 410,
    message: 'Deze registratielink is verlopen. Vraag de beheerder van Deelwijs om een nieuwe registratielink.',
  },
  'link-used': {
    status: 409,
    message:
      'Deze registratielink is al gebruikt. Een registratielink werkt maar één keer. Vraag de beheerder van Deelwijs om een nieuwe.',
  },
  'insecure-url': {
    status: 400,
    message:
      'De leeromgeving gaf een adres dat niet met https:// begint. Deelwijs haalt alleen gegevens op via een beveiligde verbinding.',
  },
  'blocked-address': {
    status: 400,
    message:
      'De leeromgeving staat op een intern netwerkadres. Deelwijs haalt daar geen gegevens op, tenzij de beheerder van Deelwijs dat toestaat (LTI_REGISTRATION_PRIVATE_NETWORKS).',
  },
  'configuration-unreachable': {
    status: 502,
    message:
      'We konden de gegevens van je leeromgeving niet ophalen: geen antwoord op tijd, een foutmelding, of een te groot antwoord. Probeer het later opnieuw.',
  },
  'invalid-configuration': {
    status: 400,
    message:
      'De gegevens van je leeromgeving zijn niet volledig. Ondersteunt je leeromgeving LTI Dynamic Registration? Registreer Deelwijs anders met de hand.',
  },
  'issuer-mismatch': {
    status: 400,
    message:
      'De gegevens van je leeromgeving horen bij een ander adres dan waar ze vandaan kwamen. Daarom registreren we niets.',
  },
  'registration-refused': {
    status: 502,
    message:
      'Je leeromgeving weigerde de registratie van Deelwijs, of antwoordde niet op tijd. Probeer het opnieuw vanuit je leeromgeving.',
  },
  'invalid-registration-response': {
    status: 502,
    message: 'Je leeromgeving gaf een antwoord op de registratie dat we niet begrijpen. Er is niets opgeslagen.',
  },
  'no-deployment': {
    status: 502,
    message:
      'Je leeromgeving gaf geen deployment ID terug. Er is niets opgeslagen. Registreer Deelwijs met de hand (zie de handleiding voor beheerders).',
  },
  'already-registered': {
    status: 409,
    message: 'Deze koppeling met je leeromgeving is al geregistreerd in Deelwijs.',
  },
}

export function registrationErrorPage(code: RegistrationError, detail?: string) {
  const { status, message } = ERRORS[code]
  return ltiPage({
    title: 'Registreren lukt niet',
    main: `<h1>Deelwijs registreren lukt niet</h1><p>${message}</p>
${detail ? `<p>Details voor de beheerder: <code>${escapeAttribute(detail.slice(0, 300))}</code></p>` : ''}
<p>Foutcode: <code>${code}</code></p>`,
    status,
    headers: { 'x-deelwijs-error': code },
  })
}

/**
 * Done: tell the LMS to close its registration window or frame (Dynamic Registration §3.7: a postMessage
 * { subject: 'org.imsglobal.lti.close' } to window.opener or window.parent). Without scripts, the text says what to do.
 */
export function registrationDonePage(
  platform: { name: string; issuer: string; clientId: string; deploymentId: string },
  nonce: string | null,
) {
  const close = `(() => {
  const target = window.opener || (window.parent !== window ? window.parent : null)
  const send = () => target && target.postMessage({ subject: 'org.imsglobal.lti.close' }, '*')
  document.getElementById('sluiten').addEventListener('click', (event) => { event.preventDefault(); send(); window.close() })
  send()
})()`
  return ltiPage({
    title: 'Deelwijs is geregistreerd',
    main: `<h1>Deelwijs is geregistreerd</h1>
<p>Je leeromgeving is gekoppeld aan Deelwijs als <strong>${escapeAttribute(platform.name)}</strong>.</p>
<ul><li>Issuer: <code>${escapeAttribute(platform.issuer)}</code></li>
<li>Client ID: <code>${escapeAttribute(platform.clientId)}</code></li>
<li>Deployment ID: <code>${escapeAttribute(platform.deploymentId)}</code></li></ul>
<p>Dit venster sluit vanzelf. Gebeurt dat niet, sluit het dan zelf en ga verder in je leeromgeving.</p>
<p><a id="sluiten" href="#" role="button">Terug naar je leeromgeving</a></p>
<noscript><p>Sluit dit venster of tabblad en ga verder in je leeromgeving.</p></noscript>`,
    tail: nonceScript(close, nonce),
  })
}

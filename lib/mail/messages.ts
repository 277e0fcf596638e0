// The texts of the mails Deelwijs sends, in plain Dutch (B1). Plain text first: it reads well in every mail program
// and screen reader; the HTML part only makes the link a button. Values are escaped before they enter the HTML.

export type MailContent = { subject: string; text: string; html: string }

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function layout(paragraphs: string[], link: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
  return `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b2330">
${body}
<p><a href="${escapeHtml(link.href)}" style="display:inline-block;padding:.6em 1.2em;background:#1d4ed8;color:#fff;border-radius:.4em;text-decoration:none">${escapeHtml(link.label)}</a></p>
<p>Werkt de knop niet? Kopieer dan deze link naar je browser:<br>${escapeHtml(link.href)}</p>
</body></html>`
}

export function passwordResetMail(name: string, link: string, minutes: number): MailContent {
  const paragraphs = [
    `Hallo ${name},`,
    'Je vroeg om een nieuw wachtwoord voor Deelwijs. Met de link hieronder kies je een nieuw wachtwoord.',
    `De link werkt ${minutes} minuten en maar één keer. Daarna word je overal uitgelogd en log je in met je nieuwe wachtwoord.`,
    'Heb je dit niet zelf gevraagd? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
  ]
  return {
    subject: 'Nieuw wachtwoord voor Deelwijs',
    text: `${paragraphs.slice(0, 2).join('\n\n')}\n\n${link}\n\n${paragraphs.slice(2).join('\n\n')}\n`,
    html: layout(paragraphs, { href: link, label: 'Nieuw wachtwoord kiezen' }),
  }
}

export function emailVerificationMail(name: string, link: string, hours: number): MailContent {
  const paragraphs = [
    `Hallo ${name},`,
    'Je hebt een account gemaakt bij Deelwijs. Bevestig met de link hieronder dat dit jouw e-mailadres is.',
    `De link werkt ${hours} uur en maar één keer. Je kunt ook een nieuwe link vragen op de pagina Mijn account.`,
    'Heb jij geen account gemaakt? Dan heeft iemand anders jouw e-mailadres gebruikt. Klik dan niet op de link en laat het weten aan de beheerder van je organisatie.',
  ]
  return {
    subject: 'Bevestig je e-mailadres voor Deelwijs',
    text: `${paragraphs.slice(0, 2).join('\n\n')}\n\n${link}\n\n${paragraphs.slice(2).join('\n\n')}\n`,
    html: layout(paragraphs, { href: link, label: 'E-mailadres bevestigen' }),
  }
}

export function invitationMail(organisation: string, role: string, link: string, days: number): MailContent {
  const paragraphs = [
    'Hallo,',
    `Je bent uitgenodigd voor Deelwijs als ${role} bij ${organisation}. Met de link hieronder maak je je account.`,
    `De link werkt ${days} dagen en maar één keer.`,
    'Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
  ]
  return {
    subject: `Uitnodiging voor Deelwijs (${organisation})`,
    text: `${paragraphs.slice(0, 2).join('\n\n')}\n\n${link}\n\n${paragraphs.slice(2).join('\n\n')}\n`,
    html: layout(paragraphs, { href: link, label: 'Account maken' }),
  }
}

export function coDocentMail(className: string, addedBy: string, link: string): MailContent {
  const paragraphs = [
    'Hallo,',
    `${addedBy} heeft je als docent toegevoegd aan de klas ${className} in Deelwijs. Je ziet de klas nu in je lijst met klassen.`,
    'Hoorde je dit niet te krijgen? Vraag het dan na bij je collega of bij de beheerder van je organisatie.',
  ]
  return {
    subject: `Je bent docent van ${className} (Deelwijs)`,
    text: `${paragraphs.slice(0, 2).join('\n\n')}\n\n${link}\n\n${paragraphs.slice(2).join('\n\n')}\n`,
    html: layout(paragraphs, { href: link, label: 'Naar de klas' }),
  }
}

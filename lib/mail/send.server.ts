import nodemailer, { type Transporter } from 'nodemailer'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'

// The one way Deelwijs sends mail. With SMTP_URL set, mail goes to that server; without it (the embedded demo, a
// first try-out), it is kept in the OutgoingMail table and an admin reads it at /beheer/mail. The table lives in the
// database, so this works the same with several app instances. See docs/decisions/022-outgoing-mail.md.

export type MailKind = 'password-reset' | 'email-verification' | 'invitation' | 'co-docent'
export type Mail = { kind: MailKind; to: string; subject: string; text: string; html?: string }
export type MailOutcome = { delivery: 'smtp' | 'database' }

/** Kept mail older than this is removed when new mail is kept: reset links in it expired long before. */
const KEEP_DAYS = 30

const globalForMail = globalThis as unknown as { deelwijsMailer?: { url: string; transport: Transporter } }

function transport(url: string): Transporter {
  if (globalForMail.deelwijsMailer?.url !== url) {
    // Short timeouts: a request waiting on a dead mail server should fail, not hang.
    const transport = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
    globalForMail.deelwijsMailer = { url, transport }
  }
  return globalForMail.deelwijsMailer.transport
}

/** Whether mail leaves the building (SMTP) or is kept for an admin to read. */
export function mailDelivery(): MailOutcome['delivery'] {
  return env().SMTP_URL ? 'smtp' : 'database'
}

export async function sendMail(mail: Mail): Promise<MailOutcome> {
  const { SMTP_URL, MAIL_FROM } = env()
  if (SMTP_URL) {
    await transport(SMTP_URL).sendMail({
      from: MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    })
    return { delivery: 'smtp' }
  }
  await db().outgoingMail.create({
    data: { kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html },
  })
  await db().outgoingMail.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - KEEP_DAYS * 24 * 60 * 60 * 1000) } },
  })
  return { delivery: 'database' }
}

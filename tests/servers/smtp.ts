import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

// A real SMTP server for tests: it accepts every message over a real socket, parses it with mailparser as a mail
// program would, and keeps it in memory. The app sends to it through its normal path (lib/mail, nodemailer).

export type TestSmtpServer = {
  url: string
  messages: ParsedMail[]
  /**
   * The first message to this address received from now on (or already received and not yet taken); with `subject`,
   * the first with that subject (a new account also gets a confirmation mail, ADR 034).
   */
  nextMessageTo: (address: string, options?: { subject?: string; timeoutMs?: number }) => Promise<ParsedMail>
  close: () => Promise<void>
}

export async function startTestSmtpServer(port = 0): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = []
  const taken = new Set<ParsedMail>()
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: STARTTLS would need a certificate the client trusts, which is not what is tested here.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail)
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const { port: actual } = server.server.address() as AddressInfo

  async function nextMessageTo(
    address: string,
    { subject, timeoutMs = 15_000 }: { subject?: string; timeoutMs?: number } = {},
  ) {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const found = messages.find(
        (m) =>
          !taken.has(m) &&
          m.to &&
          JSON.stringify(m.to).includes(address) &&
          (subject === undefined || m.subject === subject),
      )
      if (found) {
        taken.add(found)
        return found
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`No mail to ${address} within ${timeoutMs} ms (received: ${messages.length})`)
  }

  return {
    url: `smtp://127.0.0.1:${actual}`,
    messages,
    nextMessageTo,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The first link into the app in a message's plain text. */
export function linkIn(mail: ParsedMail, path: string): string {
  const match = mail.text?.match(new RegExp(`https?://\\S+${path.replace(/\//g, '\\/')}\\S*`))
  if (!match) throw new Error(`No ${path} link in: ${mail.text}`)
  return match[0]
}

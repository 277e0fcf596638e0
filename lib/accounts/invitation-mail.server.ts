import { ROLE_LABELS, type Role } from '@/lib/auth/permissions'
import { db } from '@/lib/db/client.server'
import { appLink } from '@/lib/mail/links.server'
import { invitationMail } from '@/lib/mail/messages'
import { mailDelivery, sendMail } from '@/lib/mail/send.server'
import { INVITATION_DAYS } from './admin.server'

/**
 * Mails an invitation link when an SMTP server is configured. Without one the admin passes the link on, as before:
 * keeping it in the database's mail table as well would store a usable link where the invitation keeps only a hash.
 * Returns whether the mail went out; a failing mail server never loses the invitation, whose link is still shown.
 */
export async function mailInvitation(invitation: { token: string; email: string; organisationId: string; role: Role }) {
  if (mailDelivery() !== 'smtp') return false
  const organisation = await db().organisation.findUnique({
    where: { id: invitation.organisationId },
    select: { name: true },
  })
  const link = appLink(`/aanmelden/uitnodiging/${invitation.token}`)
  const role = ROLE_LABELS[invitation.role].toLowerCase()
  try {
    await sendMail({
      kind: 'invitation',
      to: invitation.email,
      ...invitationMail(organisation?.name ?? 'Deelwijs', role, link, INVITATION_DAYS),
    })
    return true
  } catch (error) {
    console.error('[deelwijs] invitation mail failed:', error instanceof Error ? error.message : error)
    return false
  }
}

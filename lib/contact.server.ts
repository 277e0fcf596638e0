import { env } from '@/lib/env.server'

/** Where people send questions and AVG requests: the configured address, or the operator's own privacy officer. */
export function contactLine(): { email?: string; text: string } {
  const email = env().DEELWIJS_CONTACT_EMAIL
  return email
    ? { email, text: `Mail naar ${email}.` }
    : {
        text: 'Neem contact op met de functionaris gegevensbescherming van de organisatie die Deelwijs voor jou beschikbaar stelt.',
      }
}

import { audit } from '@/lib/audit/log.server'
import type { FormResult } from '@/lib/forms/result'
import { RETIRED_GRACE_DAYS, rotateToolKeys } from './keys.server'

// "Sleutel vernieuwen" at /beheer/lti: the tool key rollover (ADR 036) on an admin's request, audited. The key is the
// tool's, shared by every organisation; a rotation breaks nothing, so every admin may start one.

export async function rotateToolKeysAsAdmin(actorId: string): Promise<FormResult> {
  const kids = await rotateToolKeys()
  await audit({ actorId, action: 'lti-tool-key.rotate', detail: kids })
  return {
    ok: true,
    message: `De sleutel is vernieuwd. Deelwijs ondertekent nu met de volgende sleutel; de vorige blijft nog ${RETIRED_GRACE_DAYS} dagen gepubliceerd.`,
  }
}

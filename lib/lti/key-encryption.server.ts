import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { type Env, env } from '@/lib/env.server'

// Envelope encryption of the LTI tool's private keys (ADR 036): AES-256-GCM from node:crypto, with a key from the
// environment (LTI_KEY_ENCRYPTION_KEY), so a database dump or backup alone does not give away the key that signs our
// deep linking responses and grade requests. The key's id (kid) is the additional authenticated data: a sealed key
// copied onto another row does not open there. Format: "v1.<iv>.<tag>.<ciphertext>", each part base64url.

const VERSION = 'v1'
const IV_BYTES = 12
// Fixed, so a shortened tag is refused (Node otherwise accepts GCM tags down to 4 bytes).
const TAG_BYTES = 16

export class KeyEncryptionError extends Error {}

let warned = false

/**
 * The encryption key. In production it must be set (npm start generates one into the data folder when it is not);
 * elsewhere (tests, tools run by hand) a key derived from NEXTAUTH_SECRET stands in, with a warning, so development
 * needs no setup. The derived key is never used in production.
 */
export function encryptionKey(
  settings: Pick<Env, 'LTI_KEY_ENCRYPTION_KEY' | 'NODE_ENV' | 'NEXTAUTH_SECRET'> = env(),
): Buffer {
  if (settings.LTI_KEY_ENCRYPTION_KEY) return Buffer.from(settings.LTI_KEY_ENCRYPTION_KEY, 'base64')
  if (settings.NODE_ENV === 'production') {
    throw new KeyEncryptionError(
      'LTI_KEY_ENCRYPTION_KEY is not set: the LTI tool key cannot be used. Set it to 32 random bytes in base64 (openssl rand -base64 32), the same on every instance.',
    )
  }
  if (!warned) {
    warned = true
    console.warn(
      '[lti] LTI_KEY_ENCRYPTION_KEY is not set: using a key derived from NEXTAUTH_SECRET, for development only. Production refuses this.',
    )
  }
  const secret = settings.NEXTAUTH_SECRET ?? 'deelwijs-development-only'
  return Buffer.from(hkdfSync('sha256', secret, 'deelwijs', 'lti-key-encryption', 32))
}

export function sealPrivateKey(plaintext: string, kid: string, key: Buffer = encryptionKey()): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(kid, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** The plaintext, or a KeyEncryptionError when the envelope was changed, belongs to another kid or another key. */
export function openPrivateKey(sealed: string, kid: string, key: Buffer = encryptionKey()): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length > 0) {
    throw new KeyEncryptionError(`the sealed key ${kid} is not in the ${VERSION} format`)
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES })
    decipher.setAAD(Buffer.from(kid, 'utf8'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    throw new KeyEncryptionError(
      `the LTI tool key ${kid} does not decrypt: it was changed, or LTI_KEY_ENCRYPTION_KEY is not the key it was sealed with`,
    )
  }
}

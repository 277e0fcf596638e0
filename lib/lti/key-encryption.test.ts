import { randomBytes } from 'node:crypto'
import { expect, test, vi } from 'vitest'
import { parseEnv } from '@/lib/env.server'
import { encryptionKey, KeyEncryptionError, openPrivateKey, sealPrivateKey } from './key-encryption.server'

// The envelope around the LTI tool's private keys (ADR 036): AES-256-GCM, the kid as authenticated data.

const key = randomBytes(32)
const jwk = JSON.stringify({ kty: 'RSA', d: 'secret-exponent', n: 'modulus', e: 'AQAB' })

test('a sealed key opens with the same key and kid, and shows nothing of the plaintext', () => {
  const sealed = sealPrivateKey(jwk, 'kid-1', key)
  expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
  expect(sealed).not.toContain('secret-exponent')
  expect(openPrivateKey(sealed, 'kid-1', key)).toBe(jwk)
  // A fresh IV every time: the same key sealed twice looks different.
  expect(sealPrivateKey(jwk, 'kid-1', key)).not.toBe(sealed)
})

test('any change to the envelope, another kid or another key fails to open', () => {
  const sealed = sealPrivateKey(jwk, 'kid-1', key)
  const [version, iv, tag, ciphertext] = sealed.split('.') as [string, string, string, string]
  const flip = (part: string) => {
    const bytes = Buffer.from(part, 'base64url')
    bytes[0] = (bytes[0] ?? 0) ^ 1
    return bytes.toString('base64url')
  }
  const attempts = [
    [version, iv, tag, flip(ciphertext)],
    [version, iv, flip(tag), ciphertext],
    [version, flip(iv), tag, ciphertext],
    // A shortened tag: Node would accept 4 bytes if the length were not fixed.
    [version, iv, Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url'), ciphertext],
    ['v2', iv, tag, ciphertext],
    [version, iv, tag],
  ]
  for (const parts of attempts) {
    expect(() => openPrivateKey(parts.join('.'), 'kid-1', key)).toThrow(KeyEncryptionError)
  }
  expect(() => openPrivateKey(sealed, 'kid-2', key)).toThrow(KeyEncryptionError)
  expect(() => openPrivateKey(sealed, 'kid-1', randomBytes(32))).toThrow(KeyEncryptionError)
})

test('the encryption key: 32 bytes of base64 from the environment; in production never a stand-in', () => {
  const value = key.toString('base64')
  expect(parseEnv({ LTI_KEY_ENCRYPTION_KEY: value }).LTI_KEY_ENCRYPTION_KEY).toBe(value)
  expect(() => parseEnv({ LTI_KEY_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toThrow(
    /LTI_KEY_ENCRYPTION_KEY/,
  )
  expect(() => parseEnv({ LTI_KEY_ENCRYPTION_KEY: 'not base64 at all!' })).toThrow(/LTI_KEY_ENCRYPTION_KEY/)
  expect(encryptionKey({ LTI_KEY_ENCRYPTION_KEY: value, NODE_ENV: 'production' }).equals(key)).toBe(true)
  expect(() => encryptionKey({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(40) })).toThrow(KeyEncryptionError)

  // Development and tests: a key derived from the session secret, stable, with a loud warning.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const derived = encryptionKey({ NODE_ENV: 'development', NEXTAUTH_SECRET: 'x'.repeat(40) })
  expect(derived).toHaveLength(32)
  expect(encryptionKey({ NODE_ENV: 'test', NEXTAUTH_SECRET: 'x'.repeat(40) }).equals(derived)).toBe(true)
  expect(encryptionKey({ NODE_ENV: 'test', NEXTAUTH_SECRET: 'y'.repeat(40) }).equals(derived)).toBe(false)
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('LTI_KEY_ENCRYPTION_KEY is not set'))
  warn.mockRestore()
})

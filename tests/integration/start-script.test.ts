import { spawnSync } from 'node:child_process'
import { expect, test } from 'vitest'

// `npm start` must refuse bad settings with one clear line and a non-zero exit, and never print a password.
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

test('an unreachable database stops the start with one line naming the setting, without the password', () => {
  const { status, output } = start({ DATABASE_URL: 'postgresql://deelwijs:geheim-wachtwoord@127.0.0.1:1/nergens' })
  expect(status).toBe(1)
  expect(output).toMatch(
    /Cannot reach the database in DATABASE_URL \(postgresql:\/\/deelwijs@127\.0\.0\.1:1\/nergens\)/,
  )
  expect(output).not.toContain('geheim-wachtwoord')
  expect(output).not.toMatch(/\n\s+at /) // no stack trace
})

test('an invalid setting is refused at start with the variable name', () => {
  const port = start({ PORT: 'abc' })
  expect(port.status).toBe(1)
  expect(port.output).toContain('PORT')
  const secret = start({ NEXTAUTH_SECRET: 'te-kort' })
  expect(secret.status).toBe(1)
  expect(secret.output).toContain('NEXTAUTH_SECRET')
})

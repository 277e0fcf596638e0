import { expect, test } from 'vitest'
import { describeDatabaseUrl, withDatabase } from './connection.server'

test('a printed connection string never shows the password', () => {
  const described = describeDatabaseUrl('postgresql://app:s3cret@db.example:6543/deelwijs?sslmode=require')
  expect(described).toBe('postgresql://app@db.example:6543/deelwijs')
  expect(described).not.toContain('s3cret')
})

test('another database on the same server keeps the credentials and options', () => {
  expect(withDatabase('postgresql://postgres@127.0.0.1:5432/test?sslmode=disable', 'other')).toBe(
    'postgresql://postgres@127.0.0.1:5432/other?sslmode=disable',
  )
})

import Link from 'next/link'
import { getSessionState } from '@/lib/auth/session.server'
import { sessionRemaining } from '@/lib/auth/session-extend.server'
import { navigationFor } from './navigation'
import { SessionWarning } from './session-warning'
import { SignOutButton } from './sign-out-button'

export async function SiteHeader() {
  const session = await getSessionState()
  // Between the password and the second factor a session is not signed in yet: no menu, but a way out.
  const user = session?.step === 'none' ? session.user : null
  const links = user ? navigationFor(user.memberships) : []
  const remaining = user ? await sessionRemaining() : null
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand no-underline">
          Deelwijs
        </Link>
        <nav aria-label="Hoofdmenu" className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="no-underline hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {user ? (
          <div className="flex items-center gap-3">
            <Link href="/account" className="text-sm">
              {user.name}
            </Link>
            <SignOutButton />
          </div>
        ) : session ? (
          <SignOutButton />
        ) : (
          <Link href="/inloggen" className="btn-secondary">
            Inloggen
          </Link>
        )}
      </div>
      {remaining ? <SessionWarning remaining={remaining} /> : null}
    </header>
  )
}

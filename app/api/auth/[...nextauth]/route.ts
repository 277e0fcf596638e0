import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth/options.server'

// next-auth's own endpoints (sign-in, sign-out, session, CSRF token). They carry their own CSRF protection.
const handler = NextAuth(authOptions)

export { handler as GET, handler as POST }

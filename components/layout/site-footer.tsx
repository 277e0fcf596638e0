import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted">
        <p>Deelwijs — oefenen met zorgvuldig gegevens delen. Open source.</p>
        <nav aria-label="Voettekst">
          {/* Each link is at least 24 px high (WCAG 2.5.8), whatever sits next to it when the list wraps. */}
          <ul className="flex flex-wrap gap-x-4 gap-y-1 [&_a]:inline-block [&_a]:py-1">
            <li>
              <Link href="/achtergrond">Achtergrond</Link>
            </li>
            <li>
              <Link href="/over">Over Deelwijs</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy</Link>
            </li>
            <li>
              <Link href="/toegankelijkheid">Toegankelijkheid</Link>
            </li>
            <li>
              <Link href="/verifieer">Certificaat controleren</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}

'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

// The tabs of one class. The current one carries aria-current, so screen readers announce where you are.
export function ClassNav({ groupId }: { groupId: string }) {
  const pathname = usePathname()
  const base = `/klas/${groupId}`
  const tabs = [
    { href: base, label: 'Overzicht' },
    { href: `${base}/opdrachten`, label: 'Opdrachten' },
    { href: `${base}/voortgang`, label: 'Voortgang' },
    { href: `${base}/bespreken`, label: 'Bespreken' },
    { href: `${base}/certificaten`, label: 'Certificaten' },
    { href: `${base}/live`, label: 'Klassikaal' },
    { href: `${base}/docenten`, label: 'Docenten' },
  ]
  return (
    <nav aria-label="Onderdelen van de klas" className="border-b border-line">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const current = tab.href === base ? pathname === base : pathname.startsWith(tab.href)
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block rounded-t-md px-4 py-2 font-medium no-underline ${
                  current ? 'border-b-4 border-brand text-ink' : 'text-brand underline'
                }`}
              >
                {tab.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

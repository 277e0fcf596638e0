import Link from 'next/link'
import { ClassNav } from '@/components/classes/class-nav'
import { Notice } from '@/components/ui/notice'
import { requireClass } from '@/lib/classes/access.server'
import { formatDate } from '@/lib/format/dates'

// The frame of every class page: name, organisation, the tabs. Each page below runs its own guard as well; this one
// keeps a docent of another organisation from seeing even the class name.
export default async function ClassLayout({
  params,
  children,
}: {
  params: Promise<{ groupId: string }>
  children: React.ReactNode
}) {
  const { group } = await requireClass((await params).groupId, 'read:group-progress:org')
  return (
    <div className="space-y-6">
      <p>
        <Link href="/klas">← Mijn klassen</Link>
      </p>
      <div>
        <h1 className="text-3xl">{group.name}</h1>
        <p className="text-muted">{group.organisationName}</p>
      </div>
      {group.archivedAt ? (
        <Notice tone="warn" title="Deze klas is gearchiveerd">
          <p>
            Sinds {formatDate(group.archivedAt)}. Studenten kunnen niet meer meedoen en je kunt geen opdrachten
            klaarzetten. De voortgang blijft zichtbaar.
          </p>
        </Notice>
      ) : null}
      <ClassNav groupId={group.id} />
      <div>{children}</div>
    </div>
  )
}

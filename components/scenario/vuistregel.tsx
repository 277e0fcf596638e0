import { VUISTREGELS } from '@/lib/law/register'

export function Vuistregel({ id }: { id: string }) {
  const rule = Object.hasOwn(VUISTREGELS, id) ? VUISTREGELS[id] : undefined
  if (!rule) return null
  return (
    // A note, not a landmark: several can stand on one page, and landmarks with one and the same name confuse.
    <div role="note" className="my-3 rounded-md border-l-4 border-accent bg-white p-3 text-sm">
      <p className="font-semibold">Vuistregel</p>
      <p className="mt-1">{rule.text}</p>
      <p className="mt-1 text-muted">Bron: {rule.url ? <a href={rule.url}>{rule.source}</a> : rule.source}</p>
    </div>
  )
}

import { VUISTREGELS } from '@/lib/law/register'

export function Vuistregel({ id }: { id: string }) {
  const rule = VUISTREGELS[id]
  if (!rule) return null
  return (
    <aside aria-label="Vuistregel" className="my-3 rounded-md border-l-4 border-accent bg-white p-3 text-sm">
      <p className="font-semibold">Vuistregel</p>
      <p className="mt-1">{rule.text}</p>
      <p className="mt-1 text-muted">Bron: {rule.url ? <a href={rule.url}>{rule.source}</a> : rule.source}</p>
    </aside>
  )
}

export function PageHeader({ title, intro }: { title: string; intro?: React.ReactNode }) {
  return (
    <div className="mb-8">
      <h1 className="text-3xl">{title}</h1>
      {intro ? <p className="mt-2 max-w-prose text-lg text-muted">{intro}</p> : null}
    </div>
  )
}

import { LawRef } from './law-ref'
import { mdxComponent } from './mdx-runtime.server'
import { Term } from './term'
import { Vuistregel } from './vuistregel'

// The introduction of a case (the prose of case.mdx), compiled at build time. A case may only use the register's
// components (lib/scenarios validates that), so those are the only ones it gets.
export function CaseView({ contentHash, code }: { contentHash: string; code: string }) {
  const Content = mdxComponent(contentHash, code)
  return (
    <div className="prose-deelwijs space-y-3">
      <Content components={{ LawRef, Vuistregel, Term } as never} />
    </div>
  )
}

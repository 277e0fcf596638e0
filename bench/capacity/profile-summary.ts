// Summarises a V8 .cpuprofile (from `npm run bench:capacity -- --profile`): self time per function and per package,
// so the cost of a request can be traced to the code that spends it.
// `tsx bench/capacity/profile-summary.ts <file> [--last=<seconds>]`: --last keeps only the samples of the profile's last
// seconds (the calibration requests), leaving out the start-up that precedes them.
import { readFileSync } from 'node:fs'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const file = process.argv.find((a, i) => i > 1 && !a.startsWith('--'))
const last = Number(process.argv.find((a) => a.startsWith('--last='))?.slice('--last='.length) ?? Infinity)
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile>')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

const self = new Map<number, number>()
const elapsed = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1e6
let at = 0
profile.samples.forEach((id, i) => {
  at += (profile.timeDeltas[i] ?? 0) / 1e6
  if (elapsed - at > last) return
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
})
const total = [...self.values()].reduce((a, b) => a + b, 0)

/** The package a script belongs to (node_modules/<pkg>), or the app's own file. */
function owner(url: string) {
  if (!url) return '(native/idle)'
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (m) return m[1] as string
  return url.replace(/^file:\/\//, '').replace(process.cwd(), '.')
}

const perFunction = new Map<string, number>()
const perOwner = new Map<string, number>()
// Inclusive time per function name with the app's own frames, to see which of our calls lead to the cost.
const inclusive = new Map<string, number>()
for (const [id, ms] of self) {
  const node = byId.get(id) as Node
  const key = `${node.callFrame.functionName || '(anonymous)'} ${owner(node.callFrame.url)}:${node.callFrame.lineNumber}`
  perFunction.set(key, (perFunction.get(key) ?? 0) + ms)
  perOwner.set(owner(node.callFrame.url), (perOwner.get(owner(node.callFrame.url)) ?? 0) + ms)
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = (byId.get(at) as Node).callFrame
    const k = `${f.functionName || '(anonymous)'} ${owner(f.url)}:${f.lineNumber}`
    if (seen.has(k)) continue
    seen.add(k)
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms)
  }
}
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n')
console.log(`total ${total.toFixed(0)} ms\n\n== self time per package\n${top(perOwner, 25)}`)
console.log(`\n== self time per function\n${top(perFunction, 40)}`)
console.log(`\n== inclusive time per function\n${top(inclusive, 60)}`)

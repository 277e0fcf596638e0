// Page weight benchmark: the gzipped first-load JavaScript of the dilemma player against a bare page built with the
// same config (same root layout), and their ratio. Target: ratio ≤ 1.15. Run: npm run bench:page-weight
// It adds a bare route for the duration of the build (app/(bench)/, git-ignored), builds, serves the build on a
// fresh embedded database, signs in as the demo learner and sums the gzipped size of every script each page loads.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { run, signIn, waitForServer } from './support'

const PORT = 3199
const base = `http://localhost:${PORT}`
const benchRoute = path.join('app', '(bench)')

async function firstLoadJs(pathname: string, cookie: string) {
  const html = await (await fetch(`${base}${pathname}`, { headers: { cookie } })).text()
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1] as string))]
  let gzipped = 0
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    gzipped += gzipSync(body, { level: 9 }).length
  }
  return { path: pathname, scripts: scripts.length, gzipBytes: gzipped }
}

async function main() {
  mkdirSync(path.join(benchRoute, 'bench-bare'), { recursive: true })
  writeFileSync(
    path.join(benchRoute, 'bench-bare', 'page.tsx'),
    'export default function BarePage() {\n  return <p>Bare page</p>\n}\n',
  )
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(PORT),
    DEELWIJS_DATA_DIR: '.data/bench',
  }
  delete env.DATABASE_URL
  let server: ReturnType<typeof spawn> | undefined
  try {
    await run('npm', ['run', 'build'], env)
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--fresh-db'], { stdio: 'ignore', env })
    await waitForServer(base)
    const cookie = await signIn(base, 'deelnemer@demo.deelwijs.nl', 'deelwijs-demo')
    const player = await firstLoadJs('/leren/kramer/huisarts', cookie)
    const bare = await firstLoadJs('/bench-bare', cookie)
    const result = {
      date: new Date().toISOString(),
      player,
      bare,
      ratio: Number((player.gzipBytes / bare.gzipBytes).toFixed(3)),
      target: 1.15,
    }
    mkdirSync(path.join('bench', 'results'), { recursive: true })
    writeFileSync(path.join('bench', 'results', 'page-weight.json'), `${JSON.stringify(result, null, 2)}\n`)
    console.log(JSON.stringify(result, null, 2))
  } finally {
    server?.kill('SIGTERM')
    rmSync(benchRoute, { recursive: true, force: true })
    // That build contains the bench route: remove it so the next `npm start` builds the real app again.
    rmSync('.next', { recursive: true, force: true })
  }
}

await main()

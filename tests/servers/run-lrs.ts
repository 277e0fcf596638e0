// The test LRS as a standalone server, for the e2e suite (playwright.config.ts starts it).
import { startTestLrs } from './lrs'

const port = Number(process.env.LRS_TEST_PORT ?? 3140)
const lrs = await startTestLrs({ port, username: 'e2e-lrs', password: 'e2e-lrs-secret' })
console.log(`[lrs] listening on ${lrs.url}`)

// The test LTI platform as a standalone server, for the e2e suite (playwright.config.ts starts it).
import { startTestPlatform } from './lti-platform'

const port = Number(process.env.LTI_TEST_PORT ?? 3130)
const toolOrigin = process.env.LTI_TEST_TOOL_ORIGIN ?? 'http://localhost:3100'
const platform = await startTestPlatform({ port, toolOrigin })
console.log(`[lti-platform] listening on ${platform.url}`)

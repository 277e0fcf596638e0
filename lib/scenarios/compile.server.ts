import { createRequire } from 'node:module'
import { version as esbuildVersion } from 'esbuild'
import { bundleMDX } from 'mdx-bundler'

// Turns one file's MDX into a code string for getMDXComponent from 'mdx-bundler/client'. Components are not
// bundled: the page passes them at render time (<Content components={{ Scene, Choice, … }} />), so the compiled
// code stays small and the components can use the learner's state. Only validated content is compiled; the
// validator has already refused imports and code expressions, so the bundle contains nothing but this file.

const mdxBundlerVersion = (createRequire(import.meta.url)('mdx-bundler/package.json') as { version: string }).version

/** Changes whenever compiled output could change, so cached compilations of older tools are not reused. */
export const COMPILER_ID = `mdx-bundler@${mdxBundlerVersion} esbuild@${esbuildVersion} options@1`

export async function compileMdx(source: string): Promise<string> {
  const result = await bundleMDX({
    source,
    esbuildOptions: (options) => ({
      ...options,
      // The same output whatever NODE_ENV the build runs under, so the cache and the catalog are reproducible.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    }),
  })
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.text).join('; '))
  return result.code
}

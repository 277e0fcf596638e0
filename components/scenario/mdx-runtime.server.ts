import type { ComponentType } from 'react'
import * as React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import * as ReactDOM from 'react-dom'

// Turns the code mdx-bundler compiled at build time into a component, with the app's own React (what
// mdx-bundler/client's getMDXComponent does, but without pulling a second copy of React into the server bundle).
// Cached by content hash: a dilemma's code is evaluated once per server process.

export type MdxContentProps = { components: Record<string, ComponentType<never>> }

const cache = new Map<string, ComponentType<MdxContentProps>>()

export function mdxComponent(contentHash: string, code: string): ComponentType<MdxContentProps> {
  let component = cache.get(contentHash)
  if (!component) {
    const scope = { React, ReactDOM, _jsx_runtime: jsxRuntime }
    const run = new Function(...Object.keys(scope), code)
    component = (run(...Object.values(scope)) as { default: ComponentType<MdxContentProps> }).default
    cache.set(contentHash, component)
  }
  return component
}

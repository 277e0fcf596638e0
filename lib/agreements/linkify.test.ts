import { describe, expect, it } from 'vitest'
import { linkify, safeHref } from './linkify'

describe('linkify', () => {
  it('keeps text without URLs as one text part', () => {
    expect(linkify('Bel het Zorg- en Veiligheidshuis.')).toEqual([
      { kind: 'text', text: 'Bel het Zorg- en Veiligheidshuis.' },
    ])
  })

  it('turns plain http(s) URLs into links and keeps the text around them', () => {
    expect(linkify('Zie https://demodorp.nl/convenant en http://zvh.example/meldcode voor meer.')).toEqual([
      { kind: 'text', text: 'Zie ' },
      { kind: 'link', href: 'https://demodorp.nl/convenant', text: 'https://demodorp.nl/convenant' },
      { kind: 'text', text: ' en ' },
      { kind: 'link', href: 'http://zvh.example/meldcode', text: 'http://zvh.example/meldcode' },
      { kind: 'text', text: ' voor meer.' },
    ])
  })

  it('leaves sentence punctuation after a URL out of the link', () => {
    const parts = linkify('Lees https://demodorp.nl/afspraak. Of (https://demodorp.nl/b), toch?')
    expect(parts.filter((p) => p.kind === 'link').map((p) => p.text)).toEqual([
      'https://demodorp.nl/afspraak',
      'https://demodorp.nl/b',
    ])
    expect(parts.map((p) => p.text).join('')).toBe(
      'Lees https://demodorp.nl/afspraak. Of (https://demodorp.nl/b), toch?',
    )
  })

  it('never makes markup of hostile text: tags stay text', () => {
    const hostile = '<script>alert(1)</script><a href="javascript:alert(1)">klik</a><img src=x onerror=alert(1)>'
    expect(linkify(hostile)).toEqual([{ kind: 'text', text: hostile }])
  })

  it('does not make javascript:, data: or other schemes into links', () => {
    for (const text of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.nl/x',
    ]) {
      expect(
        linkify(text).every((p) => p.kind === 'text'),
        text,
      ).toBe(true)
    }
  })

  it('stops a URL at quotes and angle brackets, so an attribute cannot be smuggled in', () => {
    const parts = linkify('https://ok.example/"onmouseover="alert(1)<script>')
    const links = parts.filter((p) => p.kind === 'link')
    expect(links).toEqual([{ kind: 'link', href: 'https://ok.example/', text: 'https://ok.example/' }])
    expect(parts.map((p) => p.text).join('')).toBe('https://ok.example/"onmouseover="alert(1)<script>')
  })

  it('keeps a URL without a host as text', () => {
    expect(linkify('https:// en verder').every((p) => p.kind === 'text')).toBe(true)
  })
})

describe('safeHref', () => {
  it('accepts http(s) URLs and refuses every other scheme', () => {
    expect(safeHref('https://demodorp.nl')).toBe('https://demodorp.nl/')
    expect(safeHref('javascript:alert(1)')).toBeUndefined()
    expect(safeHref('geen url')).toBeUndefined()
  })
})

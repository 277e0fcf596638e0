import { escapeAttribute, hiddenInputs, ltiPage, nonceScript } from './responses.server'

// The fallback for browsers that keep no cookie of ours inside the LMS's frame (Safari, or any browser set to block
// third-party cookies without partitioned ones): the 1EdTech LTI Client Side postMessages and postMessage Storage
// (lti-cs-pm, lti-pm-s, and the OIDC login guide lti-cs-oidc). A platform that offers it names a frame in
// `lti_storage_target` ('_parent', or a frame of the parent window such as Canvas's `post_message_forwarding`).
// - At login, our page asks that frame to keep the state (`lti.put_data`), then goes on to the platform.
// - At launch, our page asks it back (`lti.get_data`) and posts what it got to /api/lti/launch/storage, which accepts
//   only a same-origin post: a page on another site cannot send that request, and cannot read the platform's storage.
// Messages go to the platform's origin (that of its OIDC authorisation endpoint, as lti-pm-s requires), never '*', so
// only the platform receives the state; answers count only from that origin, with our message id and subject.

/** The key the state is kept under; the platform keeps each tool's values apart. */
export function storageKey(state: string) {
  return `lti_state_${state}`
}

/** The script of both pages. Plain ES2017 (no build step), configured by the JSON block before it. */
const CLIENT = `(() => {
  const config = JSON.parse(document.getElementById('lti-storage').textContent)
  function platformFrame() {
    const host = window.opener || window.parent
    if (!host || host === window) return null
    if (config.target !== '_parent') {
      try {
        const named = host.frames[config.target]
        if (named) return named
      } catch (error) {}
    }
    return host
  }
  function ask(message) {
    return new Promise((resolve) => {
      const frame = platformFrame()
      if (!frame) return resolve(null)
      const id = 'deelwijs-' + Array.from(crypto.getRandomValues(new Uint32Array(4))).join('-')
      let timer
      const listen = (event) => {
        if (event.origin !== config.platformOrigin) return
        const data = event.data
        if (!data || data.message_id !== id || data.subject !== message.subject + '.response') return
        done(data.error || (data.key !== undefined && data.key !== config.key) ? null : data)
      }
      const done = (answer) => {
        clearTimeout(timer)
        window.removeEventListener('message', listen)
        resolve(answer)
      }
      window.addEventListener('message', listen)
      timer = setTimeout(() => done(null), 3000)
      try {
        frame.postMessage(Object.assign({ message_id: id }, message), config.platformOrigin)
      } catch (error) {
        done(null)
      }
    })
  }
  if (config.mode === 'put') {
    ask({ subject: 'lti.put_data', key: config.key, value: config.value }).then((answer) => {
      if (answer) window.location.replace(config.next)
      else document.getElementById('lti-storage-failed').hidden = false
    })
  } else {
    ask({ subject: 'lti.get_data', key: config.key }).then((answer) => {
      const form = document.getElementById('lti-storage-form')
      form.elements.stored_state.value = answer && typeof answer.value === 'string' ? answer.value : ''
      form.submit()
    })
  }
})()`

/** The configuration as a JSON data block (not run, so no nonce); `<` escaped so nothing in it closes the tag. */
function configBlock(config: Record<string, string>) {
  return `<script type="application/json" id="lti-storage">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`
}

/**
 * Login: keep the state in the platform's frame, then go on to the platform's authorisation endpoint. When the
 * platform does not answer, the page offers a new window instead (where the state cookie works).
 */
export function storePage(page: {
  state: string
  platformOrigin: string
  target: string
  authorisationUrl: string
  relaunchUrl: string
  nonce: string | null
}) {
  const config = {
    mode: 'put',
    key: storageKey(page.state),
    value: page.state,
    platformOrigin: page.platformOrigin,
    target: page.target,
    next: page.authorisationUrl,
  }
  const newWindow = `<p>Je browser bewaart geen gegevens van Deelwijs in je leeromgeving, en je leeromgeving kan dat nu
ook niet voor ons doen. Open Deelwijs daarom in een nieuw venster.</p>
<p><a href="${escapeAttribute(page.relaunchUrl)}" target="_blank" rel="noopener">Open in een nieuw venster</a></p>`
  return ltiPage({
    title: 'Deelwijs openen',
    main: `<h1>Deelwijs wordt geopend</h1>
<div id="lti-storage-failed" hidden>${newWindow}</div><noscript>${newWindow}</noscript>`,
    tail: configBlock(config) + nonceScript(CLIENT, page.nonce),
  })
}

/**
 * Launch: read the state back from the platform's frame and post it, with the launch, to /api/lti/launch/storage.
 * An empty value (no answer, or nothing kept) is posted too: the server then refuses in Dutch.
 */
export function checkPage(page: {
  state: string
  idToken: string
  platformOrigin: string
  target: string
  action: string
  nonce: string | null
}) {
  const config = {
    mode: 'get',
    key: storageKey(page.state),
    platformOrigin: page.platformOrigin,
    target: page.target,
  }
  const fields = hiddenInputs({ id_token: page.idToken, state: page.state, stored_state: '' })
  return ltiPage({
    title: 'Deelwijs openen',
    main: `<h1>Deelwijs wordt geopend</h1>
<form id="lti-storage-form" method="post" action="${escapeAttribute(page.action)}">${fields}</form>
<noscript><p>Zet JavaScript aan, of open de opdracht in een nieuw venster vanuit je leeromgeving.</p></noscript>`,
    tail: configBlock(config) + nonceScript(CLIENT, page.nonce),
  })
}

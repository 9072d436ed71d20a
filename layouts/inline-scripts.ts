// The one registry of inline executable `<script>`s: the CSP lists the sha256 of each entry, and a
// build test fails on any inline script in the output that is not here.

/**
 * The exact source text of every inline executable `<script>` the site may emit, by name. Render
 * each one from here (`<script dangerouslySetInnerHTML={{ __html: INLINE_SCRIPTS.x }} />`) so the
 * bytes served are the bytes hashed; change the text only here. JSON-LD blocks
 * (`type="application/ld+json"`) are data the browser never runs, so they need no entry.
 */
export const INLINE_SCRIPTS: Readonly<Record<string, string>> = {
  /**
   * Before first paint: the reader's saved theme (the toggle in site.js) as `data-theme`, and the
   * `js` / `can-share` classes that show the script-only buttons without moving the page (CLS 0).
   */
  theme:
    '(function(d){d.classList.add("js");if(navigator.share)d.classList.add("can-share");try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")d.setAttribute("data-theme",t)}catch(e){}})(document.documentElement)',
};

/**
 * Development only: a plain inline script (no client module, so nothing of it can reach a build's
 * JavaScript) that listens to `npm run dev`'s content watcher and reloads the page on a change.
 * The player's variant, OS and step live in the URL, so the reader stays where they were.
 */
export function ContentReload({ port }: { port: number }) {
  const code = `(() => {
  const events = new EventSource('http://127.0.0.1:${Number(port)}/');
  events.onopen = () => document.documentElement.setAttribute('data-content-reload', 'on');
  events.onmessage = () => location.reload();
})();`;
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}

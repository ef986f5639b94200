// What the post-build step adds for readers beyond the pages: each version's long picture to save
// or forward (scripts/path-images.ts) and the service worker that keeps opened guides readable
// offline (scripts/service-worker.ts). One call from scripts/postbuild.ts, before precompressing.
import { renderPathImages } from './path-images';
import { writeServiceWorker } from './service-worker';

export async function readerExtras(root: string): Promise<void> {
  const pics = await renderPathImages(root);
  const kb = (n: number) => (n / 1024).toFixed(0);
  console.log(
    `✓ long pictures: ${pics.drawn} drawn, ${pics.cached} unchanged (from .cache/path), ${kb(pics.bytes / (pics.drawn + pics.cached))} KB each on average, the largest ${pics.largest.image} ${kb(pics.largest.bytes)} KB (${pics.largest.width}×${pics.largest.height}), in ${pics.seconds.toFixed(1)} s`,
  );
  const sw = writeServiceWorker(root);
  console.log(`✓ service worker: /sw.js, cache ${sw.cache}`);
}

import fs from 'node:fs/promises';
import { reportIndexSchema, type ReportIndexData } from '../../lib/shared/report-contract.schemas';

/**
 * The built site's report index (out/report-index.json, written by the site's build): which
 * guides, versions and steps exist, each step's current content hash, and which
 * `variant/os/step` pages were published. Reports are checked against it, and the editors'
 * view compares each report's rev with the step's current one.
 */

export { reportIndexSchema as indexSchema, type ReportIndexData };
export type IndexGuide = ReportIndexData['guides'][string];

export interface LoadedIndex {
  data: ReportIndexData;
  /** Per guide, its `variant/os/step` pages. */
  pages: Map<string, Set<string>>;
}

export type PageCheck = { ok: true } | { ok: false; field: 'guide' | 'variant' | 'step'; message: string };

export function loadIndexData(data: ReportIndexData): LoadedIndex {
  return { data, pages: new Map(Object.entries(data.guides).map(([slug, g]) => [slug, new Set(g.pages)])) };
}

/** Whether a report about `variant/os/step` of `guide` names a page the site publishes; else which id is unknown. */
export function checkPage(index: LoadedIndex, guide: string, variant: string, os: string, step: string): PageCheck {
  // hasOwn: "constructor" is a valid id, and a plain object has one.
  const g = Object.hasOwn(index.data.guides, guide) ? index.data.guides[guide] : undefined;
  if (!g) return { ok: false, field: 'guide', message: `guide "${guide}" is not on the site` };
  if (!Object.hasOwn(g.variants, variant))
    return { ok: false, field: 'variant', message: `variant "${variant}" is not a version of guide "${guide}"` };
  if (!index.pages.get(guide)?.has(`${variant}/${os}/${step}`)) {
    return { ok: false, field: 'step', message: `step "${step}" is not in guide "${guide}" for ${variant} on ${os}` };
  }
  return { ok: true };
}

interface Log {
  info(msg: string): void;
  warn(msg: string): void;
}

/**
 * The index file, reread when it changes: each `current()` compares the file's mtime, size and
 * inode with the last read (one stat, no watcher: fs.watch misses a file replaced by rename on
 * some systems, and a deploy usually does exactly that). A missing or broken file keeps the last
 * good index, so a half-written file during a deploy never turns reports away.
 */
export class IndexFile {
  #loaded: LoadedIndex | null = null;
  #stamp = '';
  #reading: Promise<void> | null = null;

  constructor(
    readonly path: string,
    private readonly log: Log,
  ) {}

  async current(): Promise<LoadedIndex | null> {
    // Concurrent requests share one stat and one read.
    this.#reading ??= this.#refresh().finally(() => (this.#reading = null));
    await this.#reading;
    return this.#loaded;
  }

  async #refresh(): Promise<void> {
    let stamp: string;
    try {
      const st = await fs.stat(this.path);
      stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch {
      if (this.#stamp !== 'missing') {
        this.log.warn(
          this.#loaded
            ? `report index ${this.path} is gone: keeping the one loaded`
            : `report index ${this.path} not found: reports are answered 503 until it exists`,
        );
      }
      this.#stamp = 'missing';
      return;
    }
    if (stamp === this.#stamp) return;
    this.#stamp = stamp;
    try {
      const data = reportIndexSchema.parse(JSON.parse(await fs.readFile(this.path, 'utf8')));
      this.#loaded = loadIndexData(data);
      this.log.info(`report index loaded from ${this.path} (generated ${data.generated}, ${Object.keys(data.guides).length} guides)`);
    } catch (e) {
      this.log.warn(
        `report index ${this.path} could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): ${this.#loaded ? 'keeping the one loaded' : 'reports are answered 503'}`,
      );
    }
  }
}

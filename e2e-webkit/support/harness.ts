import type { Tab } from './tab';

/** What a spec gets: the tab, and the run's addresses (the site, and the report service behind it). */
export interface Context {
  tab: Tab;
  baseURL: string;
  reportsURL: string;
  reportsToken: string;
  shotsDir: string;
}

export interface Test {
  name: string;
  fn: (ctx: Context) => Promise<void>;
}

export const tests: Test[] = [];

/** Registers a test; the runner (run.ts) runs them in order, one browser, no retries. */
export function test(name: string, fn: Test['fn']): void {
  if (tests.some((t) => t.name === name)) throw new Error(`two WebKit tests named ${name}`);
  tests.push({ name, fn });
}

export function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REASON_VALUES as REASONS } from '../../lib/shared/report-contract';

/** The fixture index the tests and fault scripts run against, and valid reports drawn from it at random. */
export const FIXTURE_INDEX = fileURLToPath(new URL('../test/fixtures/report-index.json', import.meta.url));

interface Fixture {
  guides: Record<string, { steps: Record<string, { rev: string }>; pages: string[] }>;
}
const fixture = JSON.parse(fs.readFileSync(FIXTURE_INDEX, 'utf8')) as Fixture;
const PAGES = Object.entries(fixture.guides).flatMap(([guide, g]) => g.pages.map((p) => ({ guide, page: p, steps: g.steps })));
const LABELS = ['找不到“服务”', '按钮在右上角', '是“支付与服务”', '没有这一页', 'Wallet', '字是英文的'];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

export function randomReport(): Record<string, unknown> {
  const { guide, page, steps } = pick(PAGES);
  const [variant, os, step] = page.split('/') as [string, string, string];
  const base = { guide, variant, os, step, rev: steps[step]!.rev, source: 'reader' };
  const app = Math.random() < 0.8 ? { appVersion: `8.0.${Math.floor(Math.random() * 60)}` } : {};
  if (Math.random() < 0.7) return { ...base, answer: 'same', ...app };
  return { ...base, answer: 'different', reason: pick(REASONS), ...(Math.random() < 0.5 ? { text: pick(LABELS) } : {}), ...app };
}

const byte = () => Math.floor(Math.random() * 256);
/** A random address from the benchmarking range (198.18.0.0/15): many readers behind nginx, each under the per-address limit. */
export const randomIp = () => `198.${18 + Math.floor(Math.random() * 2)}.${byte()}.${byte()}`;

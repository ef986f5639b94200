import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/server/content/load/content';
import { stepRevs } from '@/lib/server/content/pages/step-revs';
import { confirmationsSchema } from '@/lib/server/content/schema/confirmations';
import { guideMeta } from '@/lib/server/views/guide-meta';
import { minorOf, reportsApi } from '@/lib/shared/reports-api';
import { reportIndex } from '../../scripts/report-index';
import { indexSchema } from '../../service/src/index-file';

/** The site's side of the report loop: the index the service checks against, and the counts it shows. */
const content = loadContent();

describe('the report index (out/report-index.json)', () => {
  const index = reportIndex(content, '2026-11-30');

  it('is what the report service reads', () => {
    expect(() => indexSchema.parse(index)).not.toThrow();
  });

  it('lists every published step page and each step’s current revision', () => {
    const g = index.guides['view-real-name']!;
    expect(g.pages).toContain('v8/ios/tap-services');
    expect(g.pages).toContain('v7/android/tap-pay');
    expect(g.steps['tap-services']!.rev).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('step revisions', () => {
  it('change when what a reader compares changes, and only then', () => {
    const guide = content.guides.find((g) => g.slug === 'view-real-name')!;
    const before = stepRevs(guide, content.screens);
    expect(stepRevs(guide, content.screens)).toEqual(before);
    const retitled = {
      ...guide,
      flow: { steps: guide.flow.steps.map((s) => (s.id === 'tap-services' ? { ...s, title: `${s.title}！` } : s)) },
    };
    const after = stepRevs(retitled, content.screens);
    expect(after['tap-services']).not.toBe(before['tap-services']);
    expect(after['open-me']).toBe(before['open-me']);
  });
});

describe('confirmations exported into the content', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-confirm-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
  const guide = content.guides.find((g) => g.slug === 'view-real-name')!;
  const revs = stepRevs(guide, content.screens);
  fs.writeFileSync(
    path.join(root, 'confirmations.json'),
    JSON.stringify({
      guides: {
        'view-real-name': {
          'v8/tap-services': { rev: revs['tap-services'], same: 3, different: 1, apps: { '8.0': 3 }, lastSame: '2026-11' },
          'v8/open-me': { rev: '0000000000ab', same: 9, different: 0, apps: {} },
        },
      },
    }),
  );

  it('reach the page for the steps as they are now, and not for a step that changed since', () => {
    const withCounts = loadContent(root);
    expect(withCounts.problems).toEqual([]);
    const meta = guideMeta(
      withCounts.guides.find((g) => g.slug === 'view-real-name')!,
      withCounts,
    );
    expect(meta.confirmations?.['v8/tap-services']).toMatchObject({ same: 3, different: 1, lastSame: '2026-11' });
    expect(meta.confirmations?.['v8/open-me']).toBeUndefined();
  });

  it('are refused with a clear problem when the file is malformed', () => {
    fs.writeFileSync(
      path.join(root, 'confirmations.json'),
      '{ "guides": { "view-real-name": { "v8/tap-services": { "rev": "zz", "same": -1 } } } }',
    );
    const problems = loadContent(root).problems.filter((p) => p.file.endsWith('confirmations.json'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(1);
    expect(() =>
      confirmationsSchema.parse({ guides: { g: { 'v8/s': { rev: 'abcdef12', same: 1, different: 0, apps: {} } } } }),
    ).not.toThrow();
  });
});

describe('reports API setting', () => {
  it('posts to the site’s own /api/ unless told otherwise, and `off` removes the question', () => {
    const was = process.env.NEXT_PUBLIC_REPORTS_API;
    delete process.env.NEXT_PUBLIC_REPORTS_API;
    expect(reportsApi()).toBe('/api/');
    process.env.NEXT_PUBLIC_REPORTS_API = 'off';
    expect(reportsApi()).toBeUndefined();
    process.env.NEXT_PUBLIC_REPORTS_API = '/reports';
    expect(reportsApi()).toBe('/reports/');
    if (was === undefined) delete process.env.NEXT_PUBLIC_REPORTS_API;
    else process.env.NEXT_PUBLIC_REPORTS_API = was;
    expect(minorOf('8.0.50.2600')).toBe('8.0');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/shared/i18n/en';
import { format } from '@/lib/shared/i18n/format';
import { zh } from '@/lib/shared/i18n/zh';

/** Keys the English edition leaves empty on purpose: its footer names no editors' gallery (it is Chinese). */
const EMPTY_IN_EN = new Set(['footerForEditors', 'footerScreens']);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the editions’ dictionaries', () => {
  it('English has every key of the Chinese dictionary, and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every English string is filled in and uses only {placeholders} its Chinese one is given', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      if (!EMPTY_IN_EN.has(key)) expect(en[key].trim(), key).not.toBe('');
      // An edition may leave a value out (English step titles drop the app, which the version label names); never invent one.
      for (const name of placeholders(en[key])) expect(placeholders(zh[key]), key).toContain(name);
    }
  });

  it('the English words are English: no Han characters but the language switch', () => {
    const han = Object.entries(en).filter(([k, v]) => /\p{Script=Han}/u.test(v) && !['otherEdition', 'otherEditionName'].includes(k));
    expect(han).toEqual([]);
  });

  it('format fills placeholders and leaves unknown ones', () => {
    expect(format(en.stepOf, { index: 2, total: 9 })).toBe('Step 2 of 9');
    expect(format(zh.stepOf, { index: 2, total: 9 })).toBe('第 2 / 9 步');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('no client component imports a dictionary (they read the page’s through useDict)', () => {
    const files = fs
      .readdirSync('components', { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.client.tsx'));
    const offenders = files.filter((f) =>
      /from '@\/lib\/shared\/i18n(?:\/(?:zh|en|index))?'/.test(
        fs.readFileSync(path.join('components', f), 'utf8').replace(/import type [^;]+;/g, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

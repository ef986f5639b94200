import { describe, expect, it } from 'vitest';
import { readGuideUrl, shorten, writeGuideUrl } from '@/lib/shared/url-state';

const known = { variants: ['v8', 'v7'], steps: ['open-me', 'tap-pay'] };
const fallback = { variant: 'v8', os: 'ios' as const };

describe('guide URL state', () => {
  it('reads variant, OS and step', () => {
    expect(readGuideUrl('?v=v7&os=android', '#tap-pay', known, fallback)).toEqual({
      state: { variant: 'v7', os: 'android', step: 'tap-pay' },
      notices: [],
    });
  });

  it('falls back on unknown values with a notice for each', () => {
    const { state, notices } = readGuideUrl('?v=v9&os=symbian', '#nope', known, fallback);
    expect(state).toEqual(fallback);
    expect(notices.map((n) => n.kind)).toEqual(['unknown-variant', 'unknown-os', 'unknown-step']);
  });

  it('shortens hostile values and keeps them as plain text', () => {
    const evil = `<img src=x onerror=alert(1)>${'x'.repeat(100)}`;
    const { notices } = readGuideUrl(`?v=${encodeURIComponent(evil)}`, '', known, fallback);
    expect(notices[0]).toEqual({ kind: 'unknown-variant', value: '<img src=x onerror=alert…' });
  });

  it('strips direction and formatting controls from an echoed value', () => {
    // U+202E (right-to-left override), the isolates U+2066–U+2069, the marks U+200E/U+200F, U+061C, a zero-width space, a BOM, a C0 control.
    const evil = '\u202Egnp.exe\u2066a\u2067b\u2068c\u2069\u200E\u200F\u061C\u200B\uFEFF\u0007d';
    const { notices } = readGuideUrl(`?os=${encodeURIComponent(evil)}`, '', known, fallback);
    expect(notices).toEqual([{ kind: 'unknown-os', value: 'gnp.exeabcd' }]);
    expect(readGuideUrl('', `#${encodeURIComponent('\u202Eevil')}`, known, fallback).notices).toEqual([
      { kind: 'unknown-step', value: 'evil' },
    ]);
    expect(shorten('\u202A\u202B\u202C\u202D')).toBe('');
  });

  it('cuts long values without splitting a character', () => {
    expect(shorten('😀'.repeat(30))).toBe(`${'😀'.repeat(24)}…`);
    expect(shorten('你好'.repeat(5))).toBe('你好'.repeat(5));
  });

  it('treats a repeated parameter as unknown, even when one of its values is known', () => {
    const { state, notices } = readGuideUrl('?v=v7&v=v8&os=android&os=ios', '', known, fallback);
    expect(state).toEqual(fallback);
    expect(notices).toEqual([
      { kind: 'unknown-variant', value: 'v7 / v8' },
      { kind: 'unknown-os', value: 'android / ios' },
    ]);
  });

  it('names a parameter that is not ours, like an unknown value, but not what WeChat adds to a shared link', () => {
    expect(readGuideUrl('?v=v7&foo=1&bar=2&foo=3', '', known, fallback)).toEqual({
      state: { variant: 'v7', os: 'ios' },
      notices: [{ kind: 'unknown-param', value: 'foo / bar' }],
    });
    expect(readGuideUrl('?v=v7&from=singlemessage&isappinstalled=0', '', known, fallback).notices).toEqual([]);
  });

  it('survives a malformed percent-encoding in the hash', () => {
    expect(readGuideUrl('', '#%E0%A4%A', known, fallback).notices[0]?.kind).toBe('unknown-step');
  });

  it('writes the state back in the same format', () => {
    const url = writeGuideUrl({ variant: 'v7', os: 'android', step: 'tap-pay' });
    expect(url).toBe('?v=v7&os=android#tap-pay');
    const [search, hash] = url.split('#');
    expect(readGuideUrl(search!, `#${hash}`, known, fallback).state).toEqual({ variant: 'v7', os: 'android', step: 'tap-pay' });
  });

  it('leaves ?v= out on a version’s own page while the reader stays on that version', () => {
    expect(writeGuideUrl({ variant: 'v7', os: 'ios', step: 'tap-pay' }, { inline: 'v7' })).toBe('?os=ios#tap-pay');
    expect(writeGuideUrl({ variant: 'v8', os: 'ios' }, { inline: 'v7' })).toBe('?v=v8&os=ios');
    expect(readGuideUrl('?os=ios', '#tap-pay', known, { variant: 'v7', os: 'android' }).state).toEqual({
      variant: 'v7',
      os: 'ios',
      step: 'tap-pay',
    });
  });
});

describe('aliases', () => {
  it('send an old #step to the step that replaced it, without a notice', () => {
    const known = { variants: ['v8', 'v7'], steps: ['open-me', 'tap-pay-v7'], aliases: { 'tap-pay': 'tap-pay-v7' } };
    expect(readGuideUrl('?v=v7', '#tap-pay', known, { variant: 'v8', os: 'ios' })).toEqual({
      state: { variant: 'v7', os: 'ios', step: 'tap-pay-v7' },
      notices: [],
    });
  });
});

describe('step links', () => {
  it('are absolute, with variant, OS and step', async () => {
    const { guideStatePath, stepLink } = await import('@/lib/shared/links');
    expect(stepLink('https://tapguide.example/', { slug: 'view-real-name', variant: 'v7', os: 'android', step: 'tap-pay' })).toBe(
      'https://tapguide.example/guides/view-real-name/v7/android/tap-pay/',
    );
    expect(guideStatePath({ slug: 'view-real-name', variant: 'v7', os: 'android', step: 'tap-pay', firstVariant: 'v7' })).toBe(
      '/guides/view-real-name/?v=v7&os=android#tap-pay',
    );
    // Another version's steps are only in its own page's HTML: the link goes there, so it works without JavaScript.
    expect(guideStatePath({ slug: 'view-real-name', variant: 'v6', os: 'ios', step: 'tap-pay-v6', firstVariant: 'v7' })).toBe(
      '/guides/view-real-name/v6/?os=ios#tap-pay-v6',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readGuideUrl, writeGuideUrl } from '@/lib/shared/url-state';

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

  it('survives a malformed percent-encoding in the hash', () => {
    expect(readGuideUrl('', '#%E0%A4%A', known, fallback).notices[0]?.kind).toBe('unknown-step');
  });

  it('writes the state back in the same format', () => {
    const url = writeGuideUrl({ variant: 'v7', os: 'android', step: 'tap-pay' });
    expect(url).toBe('?v=v7&os=android#tap-pay');
    const [search, hash] = url.split('#');
    expect(readGuideUrl(search!, `#${hash}`, known, fallback).state).toEqual({ variant: 'v7', os: 'android', step: 'tap-pay' });
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
    expect(guideStatePath({ slug: 'view-real-name', variant: 'v7', os: 'android', step: 'tap-pay' })).toBe(
      '/guides/view-real-name/?v=v7&os=android#tap-pay',
    );
  });
});

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPersonalDataInTyping } from '@/lib/shared/personal-data';
import { typedTextRefusal } from '@/lib/shared/report-contract';
import { HARMLESS, HOSTILE } from '../fixtures/personal-data-corpus';
import { reportIndexSchema } from '@/lib/shared/report-contract.schemas';
import { loadIndexData } from '../../service/src/index-file';
import { checkDeviceCheck, checkReport } from '../../service/src/validate';

/**
 * The one personal-data rule, held to its corpus twice: by the page's check (what the question
 * under each step and 核对模式 run before sending) and by the service's (what it refuses before
 * storing). Hostile texts must be refused by both, as the kind they are; harmless ones must pass both.
 */
const index = loadIndexData(reportIndexSchema.parse(JSON.parse(fs.readFileSync('service/test/fixtures/report-index.json', 'utf8'))));
const report = (text: string) => ({
  guide: 'view-real-name',
  variant: 'v8',
  os: 'ios',
  step: 'tap-services',
  rev: '9a0b1c2d',
  answer: 'different',
  reason: 'other',
  text,
  source: 'reader',
});
const check = (says: string) => ({
  guide: 'view-real-name',
  variant: 'v8',
  os: 'android',
  appVersion: '8.0.50',
  role: '编辑',
  steps: [{ step: 'open-me', rev: '3f2a9c1b', matches: false, says }],
});

describe('the personal-data corpus', () => {
  it('holds at least 100 hostile and 100 harmless texts, none twice', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(100);
    expect(HARMLESS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(HOSTILE.map(([t]) => t)).size).toBe(HOSTILE.length);
    expect(new Set(HARMLESS).size).toBe(HARMLESS.length);
  });

  describe('the page’s check', () => {
    it.each(HOSTILE)('refuses %s (%s)', (text, kind) => {
      expect(findPersonalDataInTyping(text)?.kind).toBe(kind);
      expect(typedTextRefusal(text)).toBe('personal_data');
    });
    it.each(HARMLESS.map((t) => [t]))('passes %s', (text) => {
      expect(findPersonalDataInTyping(text)).toBeUndefined();
      expect(typedTextRefusal(text)).toBeUndefined();
    });
  });

  describe('the service’s check', () => {
    it.each(HOSTILE)('refuses %s in a report’s text and a device check’s says', (text) => {
      expect(checkReport(report(text), index)).toMatchObject({ ok: false, status: 422, code: 'personal_data', field: 'text' });
      expect(checkDeviceCheck(check(text), index)).toMatchObject({ ok: false, status: 422, code: 'personal_data', field: 'steps[0].says' });
    });
    it.each(HARMLESS.map((t) => [t]))('stores %s', (text) => {
      expect(checkReport(report(text), index)).toMatchObject({ ok: true });
      expect(checkDeviceCheck(check(text), index)).toMatchObject({ ok: true });
    });
  });
});

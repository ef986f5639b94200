import { describe, expect, it } from 'vitest';
import { DICTS } from '@/lib/shared/i18n';
import { clientDict } from '@/lib/shared/i18n/client-dict';

describe('the client dictionary', () => {
  for (const [lang, t] of Object.entries(DICTS)) {
    it(`${lang}: keeps the words client components show and leaves out the server's`, () => {
      const c = clientDict(t);
      expect(c.next).toBe(t.next);
      expect(c.phoneFailed).toBe(t.phoneFailed);
      expect(c.readAloudIos).toBe(t.readAloudIos);
      expect('provenanceTitle' in c).toBe(false);
      expect('footerUnofficial' in c).toBe(false);
      expect(Object.keys(c).length).toBeLessThan(Object.keys(t).length);
      expect(t.provenanceTitle).toBeTruthy(); // the server's dictionary is untouched
    });
  }
});

import { describe, expect, it } from 'vitest';
import { guideFrontmatterSchema } from '@/lib/server/content/schema/guide';

/** Pages write the app's name before a variant's label, so a label that starts with it reads twice. */
const guide = (label: string) => ({
  title: 'Set up WeChat Pay',
  summary: 'One line.',
  app: 'wechat',
  task: 'view',
  variants: [{ id: 'en', label, match: { version: '>=8.0.0', lang: 'en' } }],
  sources: ['a-source'],
  confidence: 'low',
});

describe('a variant label', () => {
  it('is the version or interface alone', () => {
    expect(guideFrontmatterSchema.safeParse(guide('English interface')).success).toBe(true);
    expect(guideFrontmatterSchema.safeParse(guide('8.0 及以上')).success).toBe(true);
  });

  it.each(['WeChat in English', 'wechat 8.0', '微信 8.0 及以上'])('“%s” repeats the app’s name and says where', (label) => {
    const parsed = guideFrontmatterSchema.safeParse(guide(label));
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues[0]!;
    expect(issue.path).toEqual(['variants', 0, 'label']);
    expect(issue.message).toMatch(/starts with the app's name/);
  });
});

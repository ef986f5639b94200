import { describe, expect, it } from 'vitest';
import { checkSampleData } from '@/lib/server/content/check/sample-data';

const flagged = (text: string) => checkSampleData('x.mdx', text).map((p) => p.message.replace(/ \([^()]*\)$/, ''));

describe('real-looking sample data', () => {
  it.each([
    ['身份证号 110101199003071234 是真的样子', 'this looks like a real 18-digit ID number'],
    ['ID 11010119900307123X.', 'this looks like a real 18-digit ID number'],
    ['旧身份证 110101900307123', 'this looks like a real 15-digit (old format) ID number'],
    ['打 13812345678 问问', 'this looks like a full mobile number'],
    ['Call 13812345678.', 'this looks like a full mobile number'],
    ['+86 138 1234 5678', 'this looks like a full mobile number'],
    ['+8613812345678', 'this looks like a full mobile number'],
    ['138-1234-5678', 'this looks like a full mobile number'],
    ['卡号 6222 0212 3456 7890 123', 'this looks like a full bank card number'],
    ['卡号 6222021234567890', 'this looks like a full bank card number'],
    ['4111-1111-1111-1111', 'this looks like a full bank card number'],
  ])('flags %s', (text, message) => {
    expect(flagged(text)).toEqual([message]);
  });

  it.each([
    ['masked phone 138****0000'],
    ['masked ID 1****************X or 1101**********002X'],
    ['the standard samples 11010519491231002X and 440524188001010014'],
    ['card 尾号 0000 and **** **** **** 0000'],
    ['https://g.pconline.com.cn/x/1851/18511130.html and https://example.com/p?id=13812345678'],
    ['dates 2025-05-19, versions 8.0.50 and 9.0.50.12345'],
    ['years 2024 2025 2026 2027'],
    ['wxid_13812345678 and abc13812345678'],
  ])('leaves %s alone', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkToken, parseAuthLimit, weakTokenProblem } from '../src/auth';
import { clientIp, limitKey, parseTrustedProxies } from '../src/client-ip';
import { describeError, permanentFault } from '../src/db-error';
import { readConfig } from '../src/config';
import { migrationFiles } from '../src/migrate';
import { personalDataIn } from '../src/personal-data';
import { parseRateLimit, RateLimiter } from '../src/rate-limit';
import { daysBefore, sortKeys } from '../src/summary';

describe('rate limiter', () => {
  it('allows `limit` per window per key, then says when to come back, and forgets after the window', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('b')).toEqual({ ok: true });
    now += 15_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 45 });
    now += 45_000;
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('holds at most maxKeys addresses, dropping the oldest', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 3 });
    for (const k of ['a', 'b', 'c', 'd']) limiter.take(k);
    expect(limiter.size).toBe(3);
    expect(limiter.take('a')).toEqual({ ok: true }); // forgotten
    expect(limiter.take('d').ok).toBe(false);
  });

  it('sweeps expired windows', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    for (let i = 0; i < 50; i++) limiter.take(`k${i}`);
    now = 5000;
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('reads REPORTS_RATE_LIMIT', () => {
    expect(parseRateLimit(undefined)).toEqual({ limit: 30, windowMs: 600_000 });
    expect(parseRateLimit('5/60')).toEqual({ limit: 5, windowMs: 60_000 });
    expect(parseRateLimit('off')).toBeNull();
    expect(() => parseRateLimit('lots')).toThrow(/REPORTS_RATE_LIMIT/);
  });
});

describe('client address', () => {
  it('is the socket’s, unless the socket is loopback (nginx): then X-Real-IP', () => {
    expect(clientIp('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    expect(clientIp('127.0.0.1', '198.51.100.1')).toBe('198.51.100.1');
    expect(clientIp('::1', '2001:db8::1')).toBe('2001:db8::1');
    expect(clientIp('::ffff:127.0.0.1', '198.51.100.1')).toBe('198.51.100.1');
    expect(clientIp('::ffff:203.0.113.9', undefined)).toBe('203.0.113.9');
    expect(clientIp('127.0.0.1', 'not an address')).toBe('127.0.0.1');
    expect(clientIp('127.0.0.1', ['198.51.100.1', '198.51.100.2'])).toBe('127.0.0.1');
  });

  it('believes forwarded headers only from REPORTS_TRUSTED_PROXY (default loopback)', () => {
    const proxy = parseTrustedProxies('10.0.0.5, 10.1.0.0/16');
    expect(clientIp('10.0.0.5', '198.51.100.1', undefined, proxy)).toBe('198.51.100.1');
    expect(clientIp('10.1.2.3', undefined, '198.51.100.9, 198.51.100.2', proxy)).toBe('198.51.100.2');
    expect(clientIp('10.0.0.5', undefined, '198.51.100.2, 10.1.0.7', proxy)).toBe('198.51.100.2'); // a chain of our own proxies
    expect(clientIp('10.0.0.5', undefined, 'junk, 198.51.100.2', proxy)).toBe('198.51.100.2');
    expect(clientIp('10.0.0.5', undefined, '198.51.100.2, junk', proxy)).toBe('10.0.0.5');
    expect(clientIp('127.0.0.1', '198.51.100.1', undefined, proxy)).toBe('127.0.0.1'); // loopback not listed: not believed
    expect(clientIp('203.0.113.9', '198.51.100.1', '198.51.100.1')).toBe('203.0.113.9');
    const none = parseTrustedProxies('none');
    expect(clientIp('127.0.0.1', '198.51.100.1', undefined, none)).toBe('127.0.0.1');
    expect(parseTrustedProxies(undefined).setting).toBe('loopback');
    expect(() => parseTrustedProxies('nginx')).toThrow(/REPORTS_TRUSTED_PROXY/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/REPORTS_TRUSTED_PROXY/);
  });

  it('limits IPv6 by /64', () => {
    expect(limitKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:0db8:0001:0002:ffff::9')).toBe('2001:db8:1:2::/64');
    expect(limitKey('::1')).toBe('0:0:0:0::/64');
    expect(limitKey('203.0.113.9')).toBe('203.0.113.9');
  });
});

describe('editor token', () => {
  it('no token configured: 503, whatever is sent', () => {
    expect(checkToken(undefined, 'Bearer x')).toMatchObject({ ok: false, status: 503 });
    expect(checkToken('', 'Bearer ')).toMatchObject({ ok: false, status: 503 });
  });
  it('only the exact bearer token passes', () => {
    expect(checkToken('s3cret', 'Bearer s3cret')).toEqual({ ok: true });
    for (const h of [
      undefined,
      '',
      'Bearer',
      'Bearer s3cre',
      'Bearer s3cretx',
      'bearer s3cret',
      's3cret',
      'Basic s3cret',
      'Bearer  s3cret',
    ]) {
      expect(checkToken('s3cret', h), String(h)).toMatchObject({ ok: false, status: 401 });
    }
  });
});

describe('editor token strength and guessing limits', () => {
  it('refuses a short or repetitive token, saying how to make a good one', () => {
    expect(weakTokenProblem('x'.repeat(31))).toMatch(/31 characters long.*openssl rand -base64 32/);
    expect(weakTokenProblem('ab'.repeat(16))).toMatch(/too few characters/);
    expect(weakTokenProblem('Zk3v9Qw0pL7sT2xN8mB4rY6uH1cJ5eGa')).toBeUndefined();
    expect(() => readConfig({ REPORTS_TOKEN: 'secret' })).toThrow(/REPORTS_TOKEN is 6 characters long/);
    expect(readConfig({ REPORTS_TOKEN: 'Zk3v9Qw0pL7sT2xN8mB4rY6uH1cJ5eGa' }).token).toBe('Zk3v9Qw0pL7sT2xN8mB4rY6uH1cJ5eGa');
  });
  it('reads REPORTS_AUTH_LIMIT', () => {
    expect(parseAuthLimit(undefined)).toEqual({ perAddress: { limit: 10, windowMs: 600_000 }, total: { limit: 100, windowMs: 600_000 } });
    expect(parseAuthLimit('3/60,20')).toEqual({ perAddress: { limit: 3, windowMs: 60_000 }, total: { limit: 20, windowMs: 60_000 } });
    expect(() => parseAuthLimit('off')).toThrow(/REPORTS_AUTH_LIMIT/);
  });
});

describe('database errors in the log', () => {
  it('always say their message and code, never [object Object]', () => {
    expect(describeError({ errno: 51 })).toBe('Object: no space left on the disk (code ENOSPC)');
    expect(describeError(Object.assign(new Error('could not extend file'), { code: '53100' }))).toBe('could not extend file (code 53100)');
    expect(describeError({ some: 'thing' })).toBe('Object {"some":"thing"}');
    expect(describeError(new Error('outer', { cause: Object.assign(new Error('inner'), { code: 'EROFS' }) }))).toBe(
      'outer; caused by inner (code EROFS)',
    );
  });
  it('tell a fault no wait will mend, and what to do', () => {
    expect(permanentFault({ errno: 51 })).toMatchObject({ todo: expect.stringContaining('free space') });
    expect(permanentFault(new Error('x', { cause: Object.assign(new Error('denied'), { code: 'EACCES' }) }))).toMatchObject({
      cause: expect.stringContaining('permission denied'),
    });
    expect(permanentFault(Object.assign(new Error('password authentication failed'), { code: '28P01' }))).toMatchObject({
      todo: expect.stringContaining('DATABASE_URL'),
    });
    expect(permanentFault(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBeNull();
  });
});

describe('personal data in free text, as the server reads it', () => {
  it.each([
    ['13812345678', 'a phone number'],
    ['１３８１２３４５６７８', 'a phone number'],
    ['138-1234-5678', 'a phone number'],
    ['1 3 8 1 2 3 4 5 6 7 8', 'a phone number'],
    ['11010519900307123X', 'an ID number'],
    ['6222.0212.3456.7890', 'a card number'],
    ['建国路88号', 'an address'],
    ['tel13812345678', 'a phone number'],
    ['一三八一二三四五六七八', 'a phone number'],
    ['li.ming@example.com', 'an email address'],
    ['我的QQ 123456789', 'a QQ number'],
    ['微信号 wxid_abc123def', 'a WeChat id'],
  ])('%s → %s', (text, what) => expect(personalDataIn(text)).toBe(what));

  it.each([['找不到“服务”'], ['版本 8.0.50'], ['第 3 步 的 按钮'], ['尾号 0000'], ['11010519491231002X']])('%s → nothing', (text) => {
    expect(personalDataIn(text)).toBeNull();
  });
});

describe('config', () => {
  it('has no token and no CORS by default, and the embedded database', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 4174,
      token: undefined,
      siteOrigin: undefined,
      databaseUrl: undefined,
      testHooks: false,
    });
    expect(c.dataDir).toMatch(/service\/data$/);
    expect(c.indexPath).toMatch(/out\/report-index\.json$/);
  });
  it('refuses settings that would silently do the wrong thing', () => {
    expect(() => readConfig({ SITE_ORIGIN: 'https://tapguide.example/' })).toThrow(/SITE_ORIGIN/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ PORT: 'http' })).toThrow(/PORT/);
  });
});

describe('small helpers', () => {
  it('migrations are numbered files in order', () => {
    expect(migrationFiles().map((m) => m.file)[0]).toBe('001_init.sql');
  });
  it('days and keys', () => {
    expect(daysBefore('2026-03-01', 90)).toBe('2025-12-01');
    expect(JSON.stringify(sortKeys({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 2 } }))).toBe('{"a":{"c":2,"d":[{"y":2,"z":1}]},"b":1}');
  });
});

import net from 'node:net';

/**
 * Who is asking, for the rate limits only (never stored or logged). The socket's address, unless
 * that is a trusted proxy (REPORTS_TRUSTED_PROXY; by default loopback, as nginx on the same
 * machine runs in deploy/site.conf): then X-Real-IP, or else the last address in X-Forwarded-For
 * that is not itself a trusted proxy. A client cannot name another address from anywhere else.
 */

export interface TrustedProxies {
  /** As written, for the log. */
  setting: string;
  has(ip: string): boolean;
}

/** REPORTS_TRUSTED_PROXY: `loopback` (the default), `none`, or addresses and CIDR ranges, comma-separated (`10.0.0.5, 10.1.0.0/16, loopback`). */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const setting = (value ?? 'loopback').trim() || 'loopback';
  const list = new net.BlockList();
  if (setting !== 'none') {
    for (const part of setting.split(',').map((s) => s.trim())) {
      if (part === 'loopback') {
        list.addSubnet('127.0.0.0', 8, 'ipv4');
        list.addAddress('::1', 'ipv6');
        continue;
      }
      const [addr = '', bits] = part.split('/');
      const family = net.isIPv4(addr) ? 'ipv4' : net.isIPv6(addr) ? 'ipv6' : null;
      const prefix = bits === undefined ? undefined : Number(bits);
      if (!family || (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv4' ? 32 : 128))))
        throw new Error(
          `REPORTS_TRUSTED_PROXY must be "loopback", "none", or addresses and ranges like 10.0.0.5, 10.1.0.0/16 (comma-separated), not "${part}"`,
        );
      if (prefix === undefined) list.addAddress(addr, family);
      else list.addSubnet(addr, prefix, family);
    }
  }
  return {
    setting,
    has: (ip) => {
      const a = unmap(ip);
      return net.isIP(a) !== 0 && list.check(a, net.isIPv4(a) ? 'ipv4' : 'ipv6');
    },
  };
}

const LOOPBACK = parseTrustedProxies('loopback');

export function clientIp(
  socketAddress: string | undefined,
  realIp: string | string[] | undefined,
  forwardedFor?: string | string[],
  trusted: TrustedProxies = LOOPBACK,
): string {
  const peer = unmap(socketAddress ?? '');
  if (!peer || !trusted.has(peer)) return peer || 'unknown';
  if (typeof realIp === 'string' && net.isIP(realIp.trim())) return unmap(realIp.trim());
  if (typeof forwardedFor === 'string') {
    const hops = forwardedFor.split(',').map((s) => unmap(s.trim()));
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i]!;
      if (!net.isIP(hop)) break; // a malformed hop: nothing before it can be believed
      if (!trusted.has(hop)) return hop;
    }
  }
  return peer;
}

function unmap(ip: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip) ? ip.slice(7) : ip;
}

export function isLoopback(ip: string): boolean {
  return ip === '::1' || /^127\./.test(unmap(ip));
}

/**
 * The key an address is limited under: IPv4 as is, IPv6 by its /64 (one household or phone
 * usually holds a whole /64, so counting single addresses would let it walk around the limit).
 */
export function limitKey(ip: string): string {
  if (net.isIPv6(ip)) return `${expandV6(ip).slice(0, 4).join(':')}::/64`;
  return ip;
}

function expandV6(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const a = head ? head.split(':') : [];
  const b = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - a.length - b.length).fill('0');
  return [...a, ...zeros, ...b].map((h) => h.toLowerCase().replace(/^0+(?=.)/, ''));
}

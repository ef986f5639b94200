import net from 'node:net';

/**
 * Who is asking, for the rate limit only (never stored or logged). The socket's address, unless
 * that is loopback: then the request came through nginx on the same machine, which sets
 * X-Real-IP (deploy/site.conf). A client cannot fake it from outside, because only loopback
 * peers are believed.
 */
export function clientIp(socketAddress: string | undefined, realIp: string | string[] | undefined): string {
  const peer = unmap(socketAddress ?? '');
  if (isLoopback(peer) && typeof realIp === 'string' && net.isIP(realIp.trim())) return unmap(realIp.trim());
  return peer || 'unknown';
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

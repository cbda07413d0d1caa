// IP: strict IPv4 / IPv6 syntax; private, loopback, link-local, documentation and other reserved ranges warn,
// because a filing lists the public address of the server.
import { type At, error, type Problem, warning } from './problem';

/** Four octets without leading zeros, or null. */
export function parseIpv4(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return null;
    out.push(Number(p));
  }
  return out;
}

/** Eight 16-bit groups (handles `::` and a trailing dotted IPv4), or null. */
export function parseIpv6(s: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return null;
  let tail: number[] = [];
  let body = s;
  if (s.includes('.')) {
    const i = s.lastIndexOf(':');
    const v4 = parseIpv4(s.slice(i + 1));
    if (!v4) return null;
    tail = [(v4[0] ?? 0) * 256 + (v4[1] ?? 0), (v4[2] ?? 0) * 256 + (v4[3] ?? 0)];
    body = s.slice(0, i + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const groups = (t: string) =>
    t === '' ? [] : t.split(':').map((g) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? Number.parseInt(g, 16) : Number.NaN));
  const head = groups(halves[0] ?? '');
  const rest = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const want = 8 - tail.length;
  let all: number[];
  if (halves.length === 1) {
    if (head.length !== want) return null;
    all = head;
  } else {
    if (head.length + rest.length > want - 1) return null;
    all = [...head, ...new Array<number>(want - head.length - rest.length).fill(0), ...rest];
  }
  all = [...all, ...tail];
  return all.some(Number.isNaN) ? null : all;
}

type Range = [prefix: number[], bits: number, zh: string];
const V4_RANGES: Range[] = [
  [[0], 8, '“本网络”保留地址'],
  [[10], 8, '私有地址'],
  [[100, 64], 10, '运营商级 NAT 共享地址'],
  [[127], 8, '回环地址'],
  [[169, 254], 16, '链路本地地址'],
  [[172, 16], 12, '私有地址'],
  [[192, 0, 0], 24, 'IETF 协议保留地址'],
  [[192, 0, 2], 24, '文档示例地址'],
  [[192, 168], 16, '私有地址'],
  [[198, 18], 15, '基准测试保留地址'],
  [[198, 51, 100], 24, '文档示例地址'],
  [[203, 0, 113], 24, '文档示例地址'],
  [[224], 4, '组播地址'],
  [[240], 4, '保留地址'],
];

const inRange = (addr: number[], prefix: number[], bits: number, width: number) => {
  for (let i = 0; bits > 0; i++, bits -= width) {
    const mask = bits >= width ? (1 << width) - 1 : ((1 << width) - 1) ^ ((1 << (width - bits)) - 1);
    if (((addr[i] ?? 0) & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
};

export function ipv4Reserved(a: number[]): string | null {
  for (const [p, bits, zh] of V4_RANGES) if (inRange(a, p, bits, 8)) return zh;
  return null;
}

export function ipv6Reserved(g: number[]): string | null {
  if (g.every((x) => x === 0)) return '未指定地址';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return '回环地址';
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    const v4 = [(g[6] ?? 0) >> 8, (g[6] ?? 0) & 255, (g[7] ?? 0) >> 8, (g[7] ?? 0) & 255];
    return `IPv4 映射地址${ipv4Reserved(v4) ? `（${ipv4Reserved(v4)}）` : ''}，请直接填写 IPv4`;
  }
  if (inRange(g, [0xfc00], 7, 16)) return '唯一本地地址（私有）';
  if (inRange(g, [0xfe80], 10, 16)) return '链路本地地址';
  if (inRange(g, [0xff00], 8, 16)) return '组播地址';
  if (inRange(g, [0x2001, 0x0db8], 32, 16)) return '文档示例地址';
  if (inRange(g, [0x2001, 0], 32, 16)) return 'Teredo 隧道地址';
  if (!inRange(g, [0x2000], 3, 16)) return '保留地址（不在全球单播范围 2000::/3）';
  return null;
}

export function checkIp(value: string, at: At): Problem[] {
  if (value === '') return [];
  const v4 = parseIpv4(value);
  const v6 = v4 ? null : parseIpv6(value);
  if (!v4 && !v6) {
    return [error(at, `${at.field}“${value}”不是有效的 IPv4 或 IPv6 地址`, `${at.field}: not an IP address`)];
  }
  const why = v4 ? ipv4Reserved(v4) : ipv6Reserved(v6 ?? []);
  if (why === null) return [];
  return [
    warning(
      at,
      `${at.field}“${value}”是${why}，备案应填写服务器的公网 IP`,
      `${at.field}: ${value} is not a public address`,
    ),
  ];
}

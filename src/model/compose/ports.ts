// A service's ports and expose.
import { Segment } from '../app-spec-file';
import { PortSpec, Protocol, WorkloadSpec } from '../workload-spec';
import { Context, Data, Dict, Mutable, onlyKeys } from './context';
import { dropUndefined, isDict, values } from './values';

export function mapPorts(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  const v = values(ctx);
  const ports: PortSpec[] = [];
  const names = new Set<string>();
  const add = (p: Omit<PortSpec, 'name'> & { name?: string }) => {
    let name = p.name ?? `${p.protocol ?? Protocol.TCP}-${p.containerPort}`;
    if (p.name === undefined) for (let n = 2; names.has(name); n++) name = `${p.protocol ?? Protocol.TCP}-${p.containerPort}-${n}`;
    names.add(name);
    ports.push(dropUndefined({ ...p, name }));
  };
  const protocolOf = (where: Segment[], text: string | undefined): Protocol | undefined => {
    if (text === undefined || text === 'tcp') return undefined;
    if (text === 'udp') return Protocol.UDP;
    ctx.unsupported(where, `the protocol ${JSON.stringify(text)} is not honoured (tcp and udp are)`);
    return undefined;
  };
  const address = (ip: string | undefined) => (ip !== undefined && ip !== '' ? { bindAddress: ip } : ctx.publishOnAllAddresses ? { public: true } : {});
  (body.ports === undefined ? [] : v.list(at('ports'), body.ports) ?? []).forEach((item, i) => {
    const where = at('ports', i);
    if (isDict(item)) {
      onlyKeys(ctx, where, item, ['target', 'published', 'host_ip', 'protocol', 'app_protocol', 'mode', 'name'],
        (key) => `the port's ${key} is not honoured`);
      if (item.mode !== undefined && item.mode !== 'host' && item.mode !== 'ingress') ctx.report([...where, 'mode'], 'must be host or ingress');
      const target = v.num([...where, 'target'], item.target);
      const published = item.published === undefined ? undefined : portRange(ctx, [...where, 'published'], item.published);
      if (target === undefined || published === null) return;
      if (published && published.length > 1) {
        ctx.unsupported([...where, 'published'], 'a range of host ports for one container port lets the runtime pick one; publish one host port');
        return;
      }
      add({
        containerPort: target, hostPort: published?.[0], protocol: protocolOf([...where, 'protocol'], item.protocol === undefined ? undefined : v.str([...where, 'protocol'], item.protocol)),
        ...(published ? address(item.host_ip === undefined ? undefined : v.str([...where, 'host_ip'], item.host_ip)) : {}),
        urlScheme: item.app_protocol === undefined ? undefined : v.str([...where, 'app_protocol'], item.app_protocol),
        name: item.name === undefined ? undefined : v.str([...where, 'name'], item.name),
      });
      return;
    }
    const text = typeof item === 'number' ? String(item) : v.str(where, item);
    if (text === undefined) return;
    const short = parseShortPort(text);
    if (typeof short === 'string') {
      ctx.report(where, `${JSON.stringify(text)} ${short}`);
      return;
    }
    if (short.host === '' || (short.host !== undefined && short.host.length !== short.container.length)) {
      ctx.unsupported(where, `${JSON.stringify(text)} lets the runtime pick the host port; give one host port for each container port`);
      return;
    }
    const protocol = protocolOf(where, short.protocol);
    short.container.forEach((containerPort, k) => {
      const hostPort = short.host === undefined ? undefined : (short.host as number[])[k];
      add({ containerPort, hostPort, protocol, ...(hostPort !== undefined ? address(short.ip) : {}) });
    });
  });
  (body.expose === undefined ? [] : v.list(at('expose'), body.expose) ?? []).forEach((item, i) => {
    const where = at('expose', i);
    const text = typeof item === 'number' ? String(item) : v.str(where, item);
    const m = text === undefined ? null : /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(text);
    if (!m) {
      if (text !== undefined) ctx.report(where, `${JSON.stringify(text)} is not a port or range, e.g. "8080" or "8000-8010/udp"`);
      return;
    }
    const protocol = protocolOf(where, m[3]);
    for (let port = Number(m[1]); port <= Number(m[2] ?? m[1]); port++) {
      if (!ports.some((p) => p.containerPort === port && (p.protocol ?? Protocol.TCP) === (protocol ?? Protocol.TCP))) add({ containerPort: port, protocol });
    }
  });
  if (ports.length) spec.ports = ports;
}

/** A port or range ("8080", "8080-8081", 8080) as its ports; null when reported. */
export function portRange(ctx: Context, where: Segment[], v: Data): number[] | null {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : undefined;
  const m = text === undefined ? null : /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) {
    ctx.report(where, `${JSON.stringify(v)} is not a port or range of ports, e.g. 8080 or "8080-8081"`);
    return null;
  }
  return range(Number(m[1]), Number(m[2] ?? m[1]));
}

export function range(from: number, to: number): number[] {
  return to < from || to - from > 65535 ? [] : Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * A port of the short syntax, `[[ip:]host:]container[/protocol]` (ip may be `[v6]`, ports may be
 * ranges), as ports; `host` is "" when the host part names an address but no port. A string says what is wrong.
 */
export function parseShortPort(text: string): { ip?: string; host?: number[] | ''; container: number[]; protocol?: string } | string {
  let rest = text;
  let protocol: string | undefined;
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  let ip: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']:');
    if (close < 0) return 'has an IPv6 address without "]:" after it; write it as "[::1]:8080:80"';
    ip = rest.slice(1, close);
    rest = rest.slice(close + 2);
  }
  const parts = rest.split(':');
  if (parts.length > 3 || (ip !== undefined && parts.length > 2)) return 'is not [ip:][host:]container[/protocol]; write an IPv6 address in brackets, e.g. "[::1]:8080:80"';
  if (parts.length === 3) ip = parts.shift();
  const ports = (s: string) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(s);
    return m ? range(Number(m[1]), Number(m[2] ?? m[1])) : undefined;
  };
  const container = ports(parts[parts.length - 1]);
  if (!container?.length) return 'has no container port (or range) after its last ":"';
  if (parts.length === 1) return { container, protocol, ip };
  if (parts[0] === '') return { ip, host: '', container, protocol };
  const host = ports(parts[0]);
  if (!host?.length) return `has the host port ${JSON.stringify(parts[0])}, which is not a port or range`;
  return { ip, host, container, protocol };
}

import { TerraformProvider, TerraformResource, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { appMemo, hasStackMembers, stackIndex } from './stack-index';

/** Marks a host the check across stacks reads; Symbol.for, so that two copies of the package agree. */
const HOST_MARK = Symbol.for('cdktf-workloads.hostOnMachine');

/** A created network's subnet, as address numbers. */
export interface SubnetRange {
  readonly first: number;
  readonly last: number;
  readonly cidr: string;
  /** The network's name, for messages. */
  readonly network: string;
}

/** What the check across an App's stacks reads of a Docker or libvirt host. */
export interface HostOnMachine extends IConstruct {
  /** How messages name the host, with its url. */
  readonly label: string;
  /** The provider configuration every resource of the host names. */
  readonly provider: TerraformProvider;
  /** The engine or libvirt the host stands for: its kind, as messages say it ("Docker engine", "libvirt"), and url. */
  _machine(): { kind: string; url: string };
  /** The setting that renames `resource`, a resource of this host, as "DockerHostProps.namePrefix". */
  _nameSettingOf(resource: TerraformResource): string;
  /** The subnet of the network the host creates, if it creates one. */
  _subnetRange(): SubnetRange | undefined;
}

/** Lets the check across an App's stacks find `host`. */
export function markHostOnMachine(host: HostOnMachine): void {
  Object.defineProperty(host, HOST_MARK, { value: true });
}

function isHostOnMachine(x: any): x is HostOnMachine {
  return x !== null && typeof x === 'object' && HOST_MARK in x;
}

/**
 * The cdktf context key that says the stacks are applied on machines of their own: set to true on
 * the App (or a stack), the local Docker engine and libvirt (a url without a host, or localhost) of
 * one stack are not those of another, and the check across stacks compares only remote hosts.
 */
export const SEPARATE_MACHINES_CONTEXT = 'separateMachines';

/**
 * Where a host's engine or libvirt is: the key of its url (scheme and host lowercased, without
 * user, query or a trailing "/", so `ssh://a@Box` and `ssh://b@box/` are one engine, and
 * `qemu:///system` and `qemu:///session` stay two: the system's libvirt and a user's), and whether
 * it is the local one (no host in the url, or localhost).
 */
function machineOf(host: HostOnMachine): { key: string; local: boolean } {
  const { kind, url } = host._machine();
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?]*@)?([^/?]*)([^?]*)/i.exec(url);
  if (!m) return { key: `${kind} ${url}`, local: false };
  const where = m[2].toLowerCase();
  return {
    key: `${kind} ${m[1].toLowerCase()}${where}${m[3].replace(/\/+$/, '')}`,
    local: where === '' || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(where),
  };
}

/** True when the host's stack is applied on a machine of its own (SEPARATE_MACHINES_CONTEXT). */
function onOwnMachine(host: HostOnMachine): boolean {
  return host.node.tryGetContext(SEPARATE_MACHINES_CONTEXT) === true;
}

/**
 * The kinds of resources whose names are one namespace on their engine or libvirt, by Terraform
 * type. Images are not among them: two stacks that pull one image share it by design.
 */
const NAME_KINDS: { [type: string]: string } = {
  docker_container: 'container', docker_volume: 'volume', docker_network: 'network',
  docker_service: 'service', docker_config: 'config', docker_secret: 'secret',
  libvirt_domain: 'domain', libvirt_network: 'network', libvirt_pool: 'pool', libvirt_volume: 'volume',
};

function isNamedResource(x: any): x is TerraformResource {
  return TerraformResource.isTerraformResource(x) && NAME_KINDS[x.terraformResourceType] !== undefined;
}

/** The resource's name on its host and what it is, as messages say it; undefined when not known at synth. */
function nameOf(resource: TerraformResource): { key: string; what: string } | undefined {
  const r = resource as TerraformResource & { nameInput?: unknown; poolInput?: unknown };
  const name = r.nameInput;
  if (typeof name !== 'string' || Token.isUnresolved(name)) return undefined;
  const kind = NAME_KINDS[resource.terraformResourceType];
  if (resource.terraformResourceType !== 'libvirt_volume') return { key: `${kind}\0${name}`, what: `${kind} ${JSON.stringify(name)}` };
  // A libvirt volume's name is unique within its pool only.
  const pool = typeof r.poolInput === 'string' ? r.poolInput : '';
  return { key: `${kind}\0${pool}\0${name}`, what: `volume ${JSON.stringify(name)} in pool ${JSON.stringify(pool)}` };
}

interface Claim {
  readonly stack: TerraformStack;
  readonly host: HostOnMachine;
}

/** A host and the key of its machine; hosts on a machine of their own stack's are left out. */
interface Placed {
  readonly host: HostOnMachine;
  readonly machine: string;
}

/** What two hosts of different stacks on one machine both claim: names, or the subnet of their networks. */
interface Clash {
  readonly first: Claim;
  readonly names: Array<{ what: string; setting: string }>;
  subnet?: { mine: SubnetRange; theirs: SubnetRange };
}

/** The stacks under `root` in construct order; a stack holds no stack, so the walk stops at each. */
function stacksOf(root: IConstruct): TerraformStack[] {
  const out: TerraformStack[] = [];
  const visit = (c: IConstruct) => {
    if (TerraformStack.isStack(c)) out.push(c);
    else c.node.children.forEach(visit);
  };
  visit(root);
  return out;
}

/**
 * For each host, by the host of an earlier stack it clashes with: the names both would create on
 * one machine, and an overlap of their networks' subnets. One pass over every stack's index, once
 * per App (until a workload, host or VM joins a stack); an App of one stack has nothing to compare.
 */
function clashesOfApp(root: IConstruct): Map<HostOnMachine, Map<HostOnMachine, Clash>> {
  const clashes = new Map<HostOnMachine, Map<HostOnMachine, Clash>>();
  const stacks = stacksOf(root).filter(hasStackMembers)
    .map((stack) => ({ stack, hosts: stackIndex(stack).of(isHostOnMachine).flatMap((host): Placed[] => {
      const machine = machineOf(host);
      return machine.local && onOwnMachine(host) ? [] : [{ host, machine: machine.key }];
    }) }))
    .filter((s) => s.hosts.length > 0);
  if (stacks.length < 2) return clashes;
  const clashOf = (host: HostOnMachine, first: Claim): Clash => {
    let byFirst = clashes.get(host);
    if (byFirst === undefined) clashes.set(host, byFirst = new Map());
    let clash = byFirst.get(first.host);
    if (clash === undefined) byFirst.set(first.host, clash = { first, names: [] });
    return clash;
  };

  const claims = new Map<string, Claim>();
  const subnets = new Map<string, Array<{ claim: Claim; range: SubnetRange; order: number }>>();
  for (const { stack, hosts } of stacks) {
    const byProvider = new Map(hosts.map((h) => [h.host.provider, h]));
    for (const resource of stackIndex(stack).of(isNamedResource)) {
      const placed = resource.provider === undefined ? undefined : byProvider.get(resource.provider);
      const name = placed && nameOf(resource);
      if (!placed || !name) continue;
      const key = `${placed.machine}\0${name.key}`;
      const first = claims.get(key);
      if (first === undefined) claims.set(key, { stack, host: placed.host });
      else if (first.stack !== stack) clashOf(placed.host, first).names.push({ what: name.what, setting: placed.host._nameSettingOf(resource) });
    }
    for (const { host, machine } of hosts) {
      const range = host._subnetRange();
      if (range === undefined) continue;
      const list = subnets.get(machine) ?? [];
      subnets.set(machine, list);
      list.push({ claim: { stack, host }, range, order: list.length });
    }
  }
  // Subnets are CIDR blocks: two overlap when one holds the other. Sorted by start, the wider
  // first, the blocks holding the current one are a chain (at most one per prefix length); each
  // block clashes with the earliest (in App order) of them from another stack.
  for (const list of subnets.values()) {
    list.sort((a, b) => a.range.first - b.range.first || b.range.last - a.range.last || a.order - b.order);
    const chain: typeof list = [];
    for (const entry of list) {
      while (chain.length && chain[chain.length - 1].range.last < entry.range.first) chain.pop();
      const other = chain.filter((c) => c.claim.stack !== entry.claim.stack).sort((a, b) => a.order - b.order)[0];
      if (other !== undefined) {
        const [first, later] = other.order < entry.order ? [other, entry] : [entry, other];
        clashOf(later.claim.host, first.claim).subnet ??= { mine: later.range, theirs: first.range };
      }
      chain.push(entry);
    }
  }
  return clashes;
}

/** How many colliding names a message lists before it counts the rest. */
const LISTED = 3;

/**
 * The problems of `host` with the hosts of other stacks of its App on the same machine (the same
 * engine or libvirt): names both would create there, and networks on overlapping subnets. Reported
 * by the host of the later stack, naming both.
 */
export function machineClashProblems(host: HostOnMachine): string[] {
  const clashes = appMemo(host, clashesOfApp, () => clashesOfApp(host.node.root)).get(host);
  if (clashes === undefined) return [];
  const { kind, url } = host._machine();
  const apart = machineOf(host).local ? ` (or, if the stacks are never applied on one machine, set the cdktf context "${SEPARATE_MACHINES_CONTEXT}": true)` : '';
  const out: string[] = [];
  for (const clash of clashes.values()) {
    const other = clash.first.host;
    const stacks = `stacks ${JSON.stringify(clash.first.stack.node.id)} and ${JSON.stringify(TerraformStack.of(host).node.id)}`;
    const hosts = `their hosts ${JSON.stringify(other.node.id)} and ${JSON.stringify(host.node.id)}`;
    if (clash.names.length) {
      const listed = clash.names.slice(0, LISTED).map((n) => n.what);
      const more = clash.names.length > LISTED ? [`${clash.names.length - LISTED} more`] : [];
      const settings = [...new Set(clash.names.map((n) => n.setting))].join(' or ');
      out.push(`${stacks} both create ${joinAnd([...listed, ...more])} on the ${kind} ${url} (${hosts}): the second would take over the first one's (a volume with its data) or fail to apply; give each stack its own ${settings}${apart}`);
    }
    if (clash.subnet) {
      const { mine: m, theirs: t } = clash.subnet;
      const where = m.cidr === t.cidr ? `on ${m.cidr}` : `on overlapping subnets ${t.cidr} and ${m.cidr}`;
      out.push(`${stacks} both create a network ${where} on the ${kind} ${url} (${hosts}; networks ${JSON.stringify(t.network)} and ${JSON.stringify(m.network)}): libvirt refuses to start the second; give each stack its own LibvirtHostProps.networkCidr, e.g. one /24 of 192.168.0.0/16 per stack${apart}`);
    }
  }
  return out;
}

function joinAnd(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

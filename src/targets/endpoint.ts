import { ResolvedPort } from '../model/defaults';

/** How to reach one named port of a workload. The same shape on every target. */
export interface WorkloadEndpoint {
  /** The port's name in the spec. */
  readonly name: string;
  /** Host name or address clients connect to (may be a Terraform token). */
  readonly host: string;
  /** Port clients connect to. */
  readonly port: number;
  /** `scheme://host:port`. */
  readonly url: string;
  /** True when published on the host; false when reachable only from the stack's network. */
  readonly published: boolean;
}

/** Where one persistent volume of a workload keeps its data. The same shape on every target. */
export interface WorkloadVolume {
  /** The volume's name in the spec. */
  readonly name: string;
  /** Name of the storage resource (Docker volume, libvirt volume). */
  readonly storageName: string;
  /** Where the workload sees it. */
  readonly mountPath: string;
  /** Where the data lives on the host (may be a Terraform token resolved at apply). */
  readonly location: string;
  /**
   * The volume is the app's (`volumes[].shared`): every workload in the same place that mounts a
   * shared volume of this name sees this storage.
   * @default false
   */
  readonly shared?: boolean;
}

/** `scheme://host:port`, with IPv6 addresses in brackets. */
export function endpointUrl(scheme: string, host: string, port: number): string {
  const shownHost = host.includes(':') && !host.startsWith('${') ? `[${host}]` : host;
  return `${scheme}://${shownHost}:${port}`;
}

/**
 * The endpoint of one port: a published port on its bind address (or the host's name when bound
 * to all addresses) and host port; an unpublished one at `internalHost` and `internalPort`.
 */
export function portEndpoint(p: ResolvedPort, hostAddress: string, internalHost: string, internalPort = p.containerPort): WorkloadEndpoint {
  const published = p.hostPort !== undefined;
  const wildcard = p.bindAddress === '0.0.0.0' || p.bindAddress === '::';
  const host = !published ? internalHost : wildcard ? hostAddress : p.bindAddress;
  const port = published ? p.hostPort! : internalPort;
  return { name: p.name, host, port, url: endpointUrl(p.urlScheme, host, port), published };
}

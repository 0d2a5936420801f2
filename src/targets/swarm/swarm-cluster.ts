import { Network } from '@cdktf/provider-docker/lib/network';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { Secret } from '@cdktf/provider-docker/lib/secret';
import { Fn } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DEFAULTS, HOST_DEFAULTS, SWARM_DEFAULTS } from '../../model/defaults';
import { defaultNamePrefix, namePrefixProblems, scopedName, stackPrefix } from '../host-names';
import { defaultHost, remoteHostName } from '../hosts';
import { secretVariable } from '../secrets';
import { joinStackIndex, stackIndex } from '../stack-index';
import { tfLiteral } from '../terraform-text';

export interface SwarmClusterProps {
  /**
   * The Docker engine of a manager of the swarm: a unix socket, `tcp://…`, or `ssh://user@host`.
   * Terraform creates the services, secrets, configs and networks there; the swarm places the
   * tasks on its nodes.
   * @default "unix:///var/run/docker.sock"
   */
  readonly url?: string;
  /**
   * Provider alias. Every Docker provider of a stack needs its own: a DockerHost's and each
   * other cluster's.
   * @default "swarm"
   */
  readonly alias?: string;
  /**
   * Extra ssh options for an `ssh://` url.
   * @default - none
   */
  readonly sshOpts?: string[];
  /**
   * Name of the overlay network of the workloads that name no other (the spec's "default").
   * @default "<stack name>-swarm"
   */
  readonly networkName?: string;
  /**
   * Host name clients use to reach the ports the cluster publishes.
   * @default - the host of an ssh:// or tcp:// url, else "localhost"
   */
  readonly address?: string;
  /**
   * Prefix of the names of the services, secrets, configs, networks and volumes this cluster's
   * workloads create, so two apps or stacks on one swarm never share one. "" keeps the bare names.
   * @default - the stack's name, lowercase (other characters become "-")
   */
  readonly namePrefix?: string;
  /**
   * Encrypt the traffic between nodes on the workloads' overlay networks (IPsec ESP: the nodes must
   * let IP protocol 50 through). Within one node traffic never leaves the host.
   * @default false
   */
  readonly encryptedNetworks?: boolean;
  /**
   * Host name of the node that keeps the workloads' local volumes. A local volume lives on one
   * node, so a workload with volumes is pinned to it (a placement constraint).
   * @default - the swarm's manager (`node.role == manager`): the one node of a swarm with one manager
   */
  readonly volumeNode?: string;
}

const SWARM_CLUSTER_SYMBOL = Symbol.for('cdktf-workloads.SwarmCluster');

/** A node host name as Docker's placement constraints accept it (a DNS name). */
const NODE_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/**
 * A Docker Swarm, reached through one of its managers: the docker provider configuration, the
 * overlay network its workloads share, so they reach each other by workload name, and one
 * docker_secret per secret variable its workloads read.
 */
export class SwarmCluster extends Construct {
  /**
   * The stack's default swarm (the local engine, a manager): the stack's child `swarm-cluster`,
   * created on first use. A cluster you create with that id is not the default: a workload that
   * names no cluster next to it is a validation error (pass the cluster to it instead).
   */
  public static defaultFor(scope: IConstruct): SwarmCluster {
    return defaultHost(scope, {
      id: 'swarm-cluster', kind: 'swarm', className: 'SwarmCluster', appProp: 'swarmCluster',
      is: SwarmCluster.isSwarmCluster, create: (stack, id) => new SwarmCluster(stack, id),
    });
  }

  /** True if `x` is a SwarmCluster (of any copy of this package). */
  public static isSwarmCluster(x: any): x is SwarmCluster {
    return x !== null && typeof x === 'object' && SWARM_CLUSTER_SYMBOL in x;
  }

  /** Escape hatch: the provider configuration. */
  public readonly provider: DockerProvider;
  /** Escape hatch: the overlay network of the workloads that name no other (the spec's "default" network). */
  public readonly network: Network;
  /** The manager's engine url. */
  public readonly url: string;
  /** Host name clients use for the published ports. */
  public readonly address: string;
  /** Prefix of the names of the resources of this cluster's workloads ("" for none). */
  public readonly namePrefix: string;
  /** Whether the overlay networks encrypt the traffic between nodes. */
  public readonly encryptedNetworks: boolean;
  /** The placement constraint that pins a workload with volumes to the node that keeps them. */
  public readonly volumeConstraint: string;

  private readonly volumeNode?: string;
  private readonly extraNetworks = new Map<string, Network>();
  private readonly secrets = new Map<string, Secret>();

  constructor(scope: Construct, id: string, props: SwarmClusterProps = {}) {
    super(scope, id);
    Object.defineProperty(this, SWARM_CLUSTER_SYMBOL, { value: true });
    this.url = props.url ?? HOST_DEFAULTS.dockerUrl;
    this.address = props.address ?? remoteHostName(this.url) ?? HOST_DEFAULTS.address;
    this.namePrefix = props.namePrefix ?? defaultNamePrefix(this);
    this.encryptedNetworks = props.encryptedNetworks ?? false;
    this.volumeNode = props.volumeNode;
    this.volumeConstraint = props.volumeNode === undefined ? 'node.role == manager' : `node.hostname == ${tfLiteral(props.volumeNode)}`;
    this.provider = new DockerProvider(this, 'provider', {
      host: this.url,
      alias: props.alias ?? SWARM_DEFAULTS.alias,
      sshOpts: props.sshOpts,
    });
    this.network = this.overlay(this, 'network', props.networkName ?? `${stackPrefix(this)}-swarm`);
    this.node.addValidation({ validate: () => [...this.validateAliases(), ...namePrefixProblems(this.label, this.namePrefix), ...this.validateVolumeNode()] });
    joinStackIndex(this);
  }

  /**
   * The overlay network of a spec's network name, created on first use: "default" is `network`;
   * any other is `<namePrefix>_<name>`, with the construct id `networks/<name>`, so its address
   * does not depend on which workload asked first.
   */
  public networkFor(name: string): Network {
    if (name === DEFAULTS.network) return this.network;
    let network = this.extraNetworks.get(name);
    if (network === undefined) {
      const group = this.node.tryFindChild('networks') as Construct | undefined ?? new Construct(this, 'networks');
      network = this.overlay(group, name, this.scopedName(name));
      this.extraNetworks.set(name, network);
    }
    return network;
  }

  /** The name of a resource of this cluster's workloads: the prefix and `parts`, joined by "_". */
  public scopedName(...parts: string[]): string {
    return scopedName(this.namePrefix, ...parts);
  }

  /**
   * The docker_secret that holds the sensitive variable `variable`: one per variable on this
   * cluster, with the construct id `secrets/<variable>`. Swarm secrets cannot change, so its name
   * ends with a hash Terraform computes of the value: a new value is a new secret, created before
   * the old one is destroyed (`create_before_destroy`), and the services that mount it move to it
   * in a rolling update; the old one goes once none uses it. Never a failed apply.
   * @internal
   */
  public _secret(variable: string): Secret {
    let secret = this.secrets.get(variable);
    if (secret === undefined) {
      const group = this.node.tryFindChild('secrets') as Construct | undefined ?? new Construct(this, 'secrets');
      const value = secretVariable(this, variable).stringValue;
      const base = hashedName(this.scopedName(variable));
      secret = new Secret(group, variable, {
        provider: this.provider,
        name: `${base}_${Fn.substr(Fn.sha256(Fn.join(":", [base, value])), 0, 12)}`,
        data: Fn.base64encode(value),
        lifecycle: { createBeforeDestroy: true },
      });
      this.secrets.set(variable, secret);
    }
    return secret;
  }

  /** How messages name this cluster. */
  public get label(): string {
    return `swarm cluster "${this.node.id}" (${this.url})`;
  }

  private overlay(scope: Construct, id: string, name: string): Network {
    return new Network(scope, id, {
      provider: this.provider,
      name,
      driver: 'overlay',
      // So that a plain `docker run --network` can join it too (debugging, one-off tasks).
      attachable: true,
      // Docker reads the option's presence; the CLI's `--opt encrypted` writes it empty.
      options: this.encryptedNetworks ? { encrypted: '' } : undefined,
    });
  }

  /**
   * Every Docker provider of a stack needs its own alias. A DockerHost checks the hosts among
   * themselves; a cluster checks itself against every other Docker provider of the stack, and of
   * two clusters with one alias the later one reports.
   */
  private validateAliases(): string[] {
    const alias = this.provider.alias;
    const providers = stackIndex(this).of(isDockerProvider);
    const own = providers.indexOf(this.provider);
    const clash = providers.find((p, i) => p !== this.provider && p.alias === alias
      && (i < own || !SwarmCluster.isSwarmCluster(p.node.scope)));
    if (clash === undefined) return [];
    return [`${this.label}: alias ${alias === undefined ? '(none)' : JSON.stringify(alias)} is already used by the Docker provider at ${clash.node.path}; give every Docker host and swarm cluster of a stack its own alias`];
  }

  private validateVolumeNode(): string[] {
    if (this.volumeNode === undefined || NODE_NAME_PATTERN.test(this.volumeNode)) return [];
    return [`${this.label}: volumeNode ${JSON.stringify(this.volumeNode)} is not a host name; give the node's host name as \`docker node ls\` shows it`];
  }
}

function isDockerProvider(x: unknown): x is DockerProvider {
  return x instanceof DockerProvider;
}

/** Swarm's longest secret and config name. */
export const MAX_SWARM_OBJECT_NAME = 64;

/**
 * The part of a secret's or config's name before its hash: only the characters Swarm allows,
 * starting with a letter or digit, short enough for the hash to follow (the hash is of the whole
 * name, so a shortened one never meets another).
 */
export function hashedName(base: string): string {
  const clean = base.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return (clean === '' ? 'x' : clean).slice(0, MAX_SWARM_OBJECT_NAME - 13);
}

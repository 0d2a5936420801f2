import { Network } from '@cdktf/provider-docker/lib/network';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { defaultNamePrefix, duplicateAliasProblems, namePrefixProblems, remoteHostName, scopedName, stackPrefix } from '../hosts';

export interface DockerHostProps {
  /**
   * The Docker engine: a unix socket, `tcp://…`, or `ssh://user@host` for a remote engine.
   * @default "unix:///var/run/docker.sock"
   */
  readonly url?: string;
  /**
   * Provider alias. Needed when a stack has more than one Docker host: each extra host becomes a
   * provider alias.
   * @default - the default (unaliased) docker provider
   */
  readonly alias?: string;
  /**
   * Extra ssh options for an `ssh://` url.
   * @default - none
   */
  readonly sshOpts?: string[];
  /**
   * Name of the user-defined bridge network the stack's workloads share on this host.
   * @default "<stack name>-workloads"
   */
  readonly networkName?: string;
  /**
   * Host name clients use to reach ports published on all addresses (0.0.0.0).
   * @default - the host of an ssh:// or tcp:// url, else "localhost"
   */
  readonly address?: string;
  /**
   * Prefix of the names of the containers and volumes (Docker) or domains and volumes (libvirt)
   * this host's workloads create, so two apps or stacks on one host never share one: a Docker
   * volume handed to the wrong app hands it the other app's data. "" keeps the bare names.
   * @default - the stack's name, lowercase (other characters become "-")
   */
  readonly namePrefix?: string;
}

const DEFAULT_HOST_ID = 'docker-host';

/**
 * A Docker engine: the docker provider configuration and the bridge network its workloads share,
 * so they reach each other by workload name.
 */
export class DockerHost extends Construct {
  /** The stack's default Docker host (the local engine), created on first use. */
  public static defaultFor(scope: IConstruct): DockerHost {
    const stack = TerraformStack.of(scope);
    return (stack.node.tryFindChild(DEFAULT_HOST_ID) as DockerHost | undefined) ?? new DockerHost(stack, DEFAULT_HOST_ID);
  }

  /** True if `x` is a DockerHost. */
  public static isDockerHost(x: any): x is DockerHost {
    return x instanceof DockerHost;
  }

  /** Escape hatch: the provider configuration. */
  public readonly provider: DockerProvider;
  /** Escape hatch: the shared bridge network. */
  public readonly network: Network;
  /** The engine's url. */
  public readonly url: string;
  /** Host name clients use for ports published on all addresses. */
  public readonly address: string;
  /** Prefix of the names of the resources of this host's workloads ("" for none). */
  public readonly namePrefix: string;

  constructor(scope: Construct, id: string, props: DockerHostProps = {}) {
    super(scope, id);
    this.url = props.url ?? 'unix:///var/run/docker.sock';
    this.address = props.address ?? remoteHostName(this.url) ?? 'localhost';
    this.namePrefix = props.namePrefix ?? defaultNamePrefix(this);
    this.provider = new DockerProvider(this, 'provider', {
      host: this.url,
      alias: props.alias,
      sshOpts: props.sshOpts,
    });
    this.network = new Network(this, 'network', {
      provider: this.provider,
      name: props.networkName ?? `${stackPrefix(this)}-workloads`,
      driver: 'bridge',
    });
    this.node.addValidation({ validate: () => [...this.validateAliases(), ...namePrefixProblems(this.label, this.namePrefix)] });
  }

  /** The name of a resource of this host's workloads: the prefix and `parts`, joined by "_". */
  public scopedName(...parts: string[]): string {
    return scopedName(this.namePrefix, ...parts);
  }

  /** How messages name this host. */
  public get label(): string {
    return `docker host "${this.node.id}" (${this.url})`;
  }

  private validateAliases(): string[] {
    const hosts = TerraformStack.of(this).node.findAll().filter(DockerHost.isDockerHost);
    return duplicateAliasProblems(this, hosts, (h) => h.provider.alias, 'docker');
  }
}


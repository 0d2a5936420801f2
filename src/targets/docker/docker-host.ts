import { Image } from '@cdktf/provider-docker/lib/image';
import { Network } from '@cdktf/provider-docker/lib/network';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { DockerProvider } from '@cdktf/provider-docker/lib/provider';
import { TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { SHARED_VOLUME_LABEL } from '../../model/contracts';
import { DEFAULTS, HOST_DEFAULTS } from '../../model/defaults';
import { defaultNamePrefix, namePrefixProblems, scopedName, stackPrefix } from '../host-names';
import { machineClashProblems, markHostOnMachine, SubnetRange } from '../host-collisions';
import { defaultHost, duplicateAliasProblems, remoteHostName } from '../hosts';
import { escapedConstructId } from '../construct-id';
import { joinStackIndex, stackIndex } from '../stack-index';
import { tfLiteral } from '../terraform-text';

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
   * @default "<stack name>-workloads", the stack's name as in the README's "Names on a host"
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
   * @default - the stack's name where it is a valid prefix (up to 40 lowercase letters, digits, "."
   * and "-"), else the name lowercased and cut, with a hash of it: `web_app` → `web-app-<8 hex>`
   */
  readonly namePrefix?: string;
}

const DOCKER_HOST_SYMBOL = Symbol.for('cdktf-workloads.DockerHost');

/**
 * A Docker engine: the docker provider configuration, the bridge network its workloads share, so
 * they reach each other by workload name, and one docker_image per image reference they run.
 */
export class DockerHost extends Construct {
  /**
   * The stack's default Docker host (the local engine): the stack's child `docker-host`, created
   * on first use. A host you create with that id is not the default: a workload that names no
   * host next to it is a validation error (pass the host to it instead).
   */
  public static defaultFor(scope: IConstruct): DockerHost {
    return defaultHost(scope, {
      id: 'docker-host', kind: 'Docker', className: 'DockerHost', appProp: 'dockerHost',
      is: DockerHost.isDockerHost, create: (stack, id) => new DockerHost(stack, id),
    });
  }

  /** True if `x` is a DockerHost (of any copy of this package). */
  public static isDockerHost(x: any): x is DockerHost {
    return x !== null && typeof x === 'object' && DOCKER_HOST_SYMBOL in x;
  }

  /** Escape hatch: the provider configuration. */
  public readonly provider: DockerProvider;
  /** Escape hatch: the bridge network of the workloads that name no other (the spec's "default" network). */
  public readonly network: Network;
  /** The engine's url. */
  public readonly url: string;
  /** Host name clients use for ports published on all addresses. */
  public readonly address: string;
  /** Prefix of the names of the resources of this host's workloads ("" for none). */
  public readonly namePrefix: string;

  private readonly extraNetworks = new Map<string, Network>();
  private readonly images = new Map<string, Image>();

  constructor(scope: Construct, id: string, props: DockerHostProps = {}) {
    super(scope, id);
    Object.defineProperty(this, DOCKER_HOST_SYMBOL, { value: true });
    this.url = props.url ?? HOST_DEFAULTS.dockerUrl;
    this.address = props.address ?? remoteHostName(this.url) ?? HOST_DEFAULTS.address;
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
    this.node.addValidation({ validate: () => [...this.validateAliases(), ...namePrefixProblems(this.label, this.namePrefix), ...machineClashProblems(this)] });
    markHostOnMachine(this);
    joinStackIndex(this);
  }

  /**
   * The bridge network of a spec's network name, created on first use: "default" is `network`;
   * any other is `<namePrefix>_<name>` (Compose names its networks `<project>_<name>` alike), with
   * the construct id `networks/<name>`, so its address does not depend on which workload asked first.
   */
  public networkFor(name: string): Network {
    if (name === DEFAULTS.network) return this.network;
    let network = this.extraNetworks.get(name);
    if (network === undefined) {
      const group = this.node.tryFindChild('networks') as Construct | undefined ?? new Construct(this, 'networks');
      network = new Network(group, name, { provider: this.provider, name: this.scopedName(name), driver: 'bridge' });
      this.extraNetworks.set(name, network);
    }
    return network;
  }

  /**
   * The docker_image of the image reference `ref`: one per reference on this host, shared by every
   * workload that runs it, with the construct id `images/<imageConstructId(ref)>`, so its address
   * depends neither on which workload came first nor on their order.
   * @internal
   */
  public _image(ref: string): Image {
    let image = this.images.get(ref);
    if (image === undefined) {
      const group = this.node.tryFindChild('images') as Construct | undefined ?? new Construct(this, 'images');
      image = new Image(group, imageConstructId(ref), { provider: this.provider, name: tfLiteral(ref), keepLocally: true });
      this.images.set(ref, image);
    }
    return image;
  }

  /** The name of a resource of this host's workloads: the prefix and `parts`, joined by "_". */
  public scopedName(...parts: string[]): string {
    return scopedName(this.namePrefix, ...parts);
  }

  /**
   * The Docker volume of the shared volume `name` (`volumes[].shared`): one per name on this host,
   * created by its first user, at an address that does not depend on which workload that is. Its
   * name has a "." where private volumes have a workload's name, which never holds one, so the two
   * never meet. Protected from destruction when any user asks for it (disagreement is an error).
   * @internal
   */
  public _sharedVolume(name: string, preventDestroy: boolean): Volume {
    const group = (this.node.tryFindChild('shared-volumes') as Construct | undefined) ?? new Construct(this, 'shared-volumes');
    const existing = group.node.tryFindChild(name) as Volume | undefined;
    const volume = existing ?? new Volume(group, name, {
      provider: this.provider,
      name: this.scopedName(`shared.${name}`),
      labels: [{ label: SHARED_VOLUME_LABEL, value: name }],
      lifecycle: { preventDestroy },
    });
    if (preventDestroy) volume.lifecycle = { preventDestroy: true };
    return volume;
  }

  /** How messages name this host. */
  public get label(): string {
    return `docker host "${this.node.id}" (${this.url})`;
  }

  /** @internal */
  public _machine(): { kind: string; url: string } {
    return { kind: 'Docker engine', url: this.url };
  }

  /** @internal */
  public _nameSettingOf(resource: TerraformResource): string {
    return resource === this.network ? 'DockerHostProps.networkName' : 'DockerHostProps.namePrefix';
  }

  /** @internal */
  public _subnetRange(): SubnetRange | undefined {
    return undefined;
  }

  private validateAliases(): string[] {
    const hosts = stackIndex(this).of(DockerHost.isDockerHost);
    return duplicateAliasProblems(this, hosts, (h) => h.provider.alias, 'docker');
  }
}

/**
 * The construct id of an image reference's docker_image under its host's `images`: the reference
 * escaped (`escapedConstructId`), so two references never share an id; "%" alone, which that never
 * yields, for none (a missing image, an error).
 */
export function imageConstructId(ref: string): string {
  return ref === '' ? '%' : escapedConstructId(ref);
}

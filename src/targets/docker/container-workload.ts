import { Container } from '@cdktf/provider-docker/lib/container';
import { Image } from '@cdktf/provider-docker/lib/image';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { DockerHost } from './docker-host';
import { dockerHealthcheck } from './healthcheck';
import { commandLine, ResolvedSpec, resolveSpec, uniqueByName } from '../../spec/defaults';
import { WorkloadSpec } from '../../spec/workload-spec';
import { Problems } from '../../spec/problems';
import { portEndpoint, WorkloadEndpoint, WorkloadVolume } from '../endpoint';
import { capabilityProblems } from '../capabilities';
import { envEntries } from '../secrets';
import { WorkloadTarget } from '../../spec/target';
import { addDependsOn, PublishedPort, publishedPorts, Workload, WORKLOAD_LABEL } from '../workload';

export interface ContainerWorkloadProps {
  /** What to run. */
  readonly spec: WorkloadSpec;
  /**
   * The Docker engine to run it on.
   * @default - the stack's default host, the local engine (`DockerHost.defaultFor`)
   */
  readonly host?: DockerHost;
}

/**
 * A workload as Docker containers: one image, one container per replica on the host's shared
 * network, one Docker volume per persistent volume. Secure defaults: never privileged, no host
 * namespaces, no-new-privileges, a memory limit, loopback-bound ports unless the spec says public.
 */
export class ContainerWorkload extends Workload {
  /** The Docker host it runs on. */
  public readonly host: DockerHost;
  /** Escape hatch: the image. */
  public readonly image: Image;
  /** Escape hatch: one container per replica. */
  public readonly containers: Container[];
  /** Escape hatch: one Docker volume per persistent volume, by the volume's name in the spec. */
  public readonly dockerVolumes: { [name: string]: Volume };

  private readonly resolved: ResolvedSpec;

  constructor(scope: Construct, id: string, props: ContainerWorkloadProps) {
    super(scope, id, props.spec, WorkloadTarget.CONTAINER);
    const spec = (this.resolved = resolveSpec(props.spec));
    this.host = props.host ?? DockerHost.defaultFor(this);
    const provider = this.host.provider;
    const labels = sortedLabels({ ...spec.labels, [WORKLOAD_LABEL]: spec.name });

    this.image = new Image(this, 'image', { provider, name: spec.image ?? '', keepLocally: true });

    const volumeGroup = new Construct(this, 'volumes');
    this.dockerVolumes = {};
    for (const v of uniqueByName(spec.volumes)) {
      this.dockerVolumes[v.name] = new Volume(volumeGroup, v.name, {
        provider,
        name: `${spec.name}-${v.name}`,
        labels,
        lifecycle: { preventDestroy: v.preventDestroy },
      });
    }

    const containerGroup = new Construct(this, 'containers');
    const replicas = Number.isInteger(spec.replicas) ? Math.max(0, spec.replicas) : 1;
    this.containers = [];
    for (let i = 1; i <= replicas; i++) {
      this.containers.push(new Container(containerGroup, String(i), {
        provider,
        name: `${spec.name}-${i}`,
        hostname: `${spec.name}-${i}`,
        image: this.image.imageId,
        entrypoint: spec.entrypoint,
        command: commandLine(spec),
        env: envEntries(this, spec.env, spec.secretEnv),
        user: spec.user,
        workingDir: spec.workingDir,
        memory: spec.memoryMiB,
        memorySwap: spec.memoryMiB, // no swap beyond the memory limit
        cpus: spec.cpus === undefined ? undefined : String(spec.cpus),
        restart: spec.restartPolicy,
        maxRetryCount: spec.maxRetries,
        healthcheck: dockerHealthcheck(spec),
        ports: spec.ports.filter((p) => p.hostPort !== undefined).map((p) => ({
          internal: p.containerPort,
          external: p.hostPort,
          ip: p.bindAddress,
          protocol: p.protocol,
        })),
        volumes: uniqueByName(spec.volumes).map((v) => ({
          volumeName: this.dockerVolumes[v.name].name,
          containerPath: v.mountPath,
          readOnly: v.readOnly,
        })),
        tmpfs: spec.tmpfs.length ? Object.fromEntries(spec.tmpfs.map((t) => [t.mountPath, `rw,nosuid,nodev,size=${t.sizeMiB}m`])) : undefined,
        labels,
        networkMode: this.host.network.name,
        networksAdvanced: [{ name: this.host.network.name, aliases: [spec.name] }],
        privileged: false,
        ipcMode: 'private',
        securityOpts: ['no-new-privileges:true'],
        mustRun: true,
      }));
    }
    this.addOutputs();
  }

  public get endpoints(): WorkloadEndpoint[] {
    return this.resolved.ports.map((p) => portEndpoint(p, this.host.address, this.name));
  }

  public get volumes(): WorkloadVolume[] {
    return uniqueByName(this.resolved.volumes).map((v) => ({
      name: v.name,
      storageName: this.dockerVolumes[v.name].name,
      mountPath: v.mountPath,
      location: this.dockerVolumes[v.name].mountpoint,
    }));
  }

  /** @internal */
  public _publishedPorts(): PublishedPort[] {
    return publishedPorts(this.host, this.resolved.ports);
  }

  /** @internal */
  public _dependables(): ITerraformDependable[] {
    return this.containers;
  }

  protected wireDependency(other: Workload): void {
    addDependsOn(this.containers, other);
  }

  protected validateForTarget(): string[] {
    const spec = this.resolved;
    const p = new Problems(spec.name);
    if (spec.image === undefined) {
      p.add('image', undefined, 'is missing', 'the container target runs an image: set image, e.g. "nginx:1.27"');
    }
    const published = spec.ports.filter((port) => port.hostPort !== undefined);
    if (spec.replicas > 1 && published.length > 0) {
      p.add('replicas', spec.replicas, `cannot share host port ${published[0].hostPort} (every replica would publish it)`,
        'run one replica, or leave hostPort unset and put a reverse proxy workload in front');
    }
    return [...capabilityProblems(spec, WorkloadTarget.CONTAINER), ...p.all];
  }
}

function sortedLabels(labels: { [key: string]: string }) {
  return Object.keys(labels).sort().map((label) => ({ label, value: labels[label] }));
}

import { Container } from '@cdktf/provider-docker/lib/container';
import { Image } from '@cdktf/provider-docker/lib/image';
import { Volume } from '@cdktf/provider-docker/lib/volume';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { DockerHost } from './docker-host';
import { containerSettings } from '../../containers/container-settings';
import { healthWaitSeconds } from '../../containers/health-probe';
import { loadConfigFiles } from '../../model/config-files';
import { ResolvedSpec, resolveSpec, uniqueByName } from '../../model/defaults';
import { isNetworkName } from '../../model/validate';
import { WorkloadSpec } from '../../model/workload-spec';
import { Problems } from '../../model/problems';
import { portEndpoint, WorkloadEndpoint, WorkloadVolume } from '../endpoint';
import { capabilityProblems } from '../capabilities';
import { secretVariable } from '../secrets';
import { WorkloadTarget } from '../../model/target';
import { DependencyEnd } from '../dependency-conditions';
import { attributeOf, tfLiteral, tfLiterals } from '../terraform-text';
import { PublishedPort, publishedPorts } from '../stack-checks';
import { registerSharedVolumes, replicaVolumeProblems, SharedVolumePlace, sharedVolumeProblems } from '../shared-volumes';
import { addDependsOn, Workload } from '../workload';

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
 * A workload as Docker containers: its image (one docker_image per image reference on the host,
 * shared by the workloads that run it), one container per replica on the host's shared network,
 * one Docker volume per persistent volume. Secure defaults: never privileged, no host namespaces,
 * no-new-privileges, a memory limit, loopback-bound ports unless the spec says public.
 */
export class ContainerWorkload extends Workload {
  /** The Docker host it runs on. */
  public readonly host: DockerHost;
  /** Escape hatch: the image, shared by the host's workloads that run the same image reference. */
  public readonly image: Image;
  /** Escape hatch: one container per replica. */
  public readonly containers: Container[];
  /** Escape hatch: one Docker volume per persistent volume, by the volume's name in the spec. */
  public readonly dockerVolumes: { [name: string]: Volume };

  private readonly resolved: ResolvedSpec;
  private readonly configFileProblems: string[];

  constructor(scope: Construct, id: string, props: ContainerWorkloadProps) {
    super(scope, id, props.spec, WorkloadTarget.CONTAINER);
    const spec = (this.resolved = resolveSpec(props.spec));
    this.host = props.host ?? DockerHost.defaultFor(this);
    const provider = this.host.provider;
    const settings = containerSettings(spec);
    const configFiles = loadConfigFiles(spec);
    this.configFileProblems = configFiles.problems;
    // Every string below that comes from the spec goes through tfLiteral (the Terraform boundary).
    const labels = settings.labels.map(([label, value]) => ({ label: tfLiteral(label), value: tfLiteral(value) }));

    this.image = this.host._image(settings.image);

    const volumeGroup = new Construct(this, 'volumes');
    this.dockerVolumes = {};
    for (const v of uniqueByName(spec.volumes)) {
      if (v.shared) {
        this.dockerVolumes[v.name] = this.host._sharedVolume(v.name, v.preventDestroy);
        continue;
      }
      this.dockerVolumes[v.name] = new Volume(volumeGroup, v.name, {
        provider,
        name: this.host.scopedName(spec.name, v.name),
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
        name: this.host.scopedName(`${spec.name}-${i}`),
        hostname: `${spec.name}-${i}`,
        image: attributeOf(this.image, 'imageId'),
        entrypoint: tfLiterals(settings.entrypoint),
        command: tfLiterals(settings.command),
        env: envEntries(this, settings.env, settings.secretEnv),
        user: settings.user === undefined ? undefined : tfLiteral(settings.user),
        workingDir: settings.workingDir === undefined ? undefined : tfLiteral(settings.workingDir),
        memory: settings.memoryMiB,
        memorySwap: settings.memorySwapMiB,
        cpus: settings.cpus === undefined ? undefined : String(settings.cpus),
        restart: settings.restart,
        maxRetryCount: settings.maxRetries,
        healthcheck: settings.health && {
          test: settings.health.test.map(tfLiteral),
          interval: `${settings.health.intervalSeconds}s`,
          timeout: `${settings.health.timeoutSeconds}s`,
          retries: settings.health.retries,
          startPeriod: `${settings.health.startPeriodSeconds}s`,
        },
        ports: spec.ports.filter((p) => p.hostPort !== undefined).map((p) => ({
          internal: p.containerPort,
          external: p.hostPort,
          ip: p.bindAddress,
          protocol: p.protocol,
        })),
        volumes: uniqueByName(spec.volumes).map((v) => ({
          volumeName: attributeOf(this.dockerVolumes[v.name], 'name'),
          containerPath: tfLiteral(v.mountPath),
          readOnly: v.readOnly,
        })),
        // Copied into the container between its creation and its start; base64, so the text arrives
        // byte for byte (no template, no NFC). A changed text re-creates the container.
        upload: configFiles.files.length ? configFiles.files.map((f) => ({
          file: tfLiteral(f.mountPath),
          contentBase64: Buffer.from(f.content, 'utf8').toString('base64'),
          permissions: f.mode,
        })) : undefined,
        tmpfs: settings.tmpfs.length ? Object.fromEntries(settings.tmpfs.map((t) => [tfLiteral(t.path), t.options])) : undefined,
        labels,
        // Only networks_advanced: with network_mode set too, the provider creates the container on
        // that network without its aliases, and the later connect cannot add them (found on the
        // runtime lab's engine), so the workload would not be reachable by name.
        networksAdvanced: spec.networks.filter(isNetworkName).map((n) => ({ name: attributeOf(this.host.networkFor(n), 'name'), aliases: [spec.name] })),
        // Stopped gracefully, not killed: a database gets to shut down cleanly. stop_timeout is
        // what `docker stop` and the engine's own shutdown wait; destroy_grace_seconds what the
        // provider waits when it replaces or destroys the container.
        stopTimeout: settings.stopGraceSeconds,
        destroyGraceSeconds: settings.stopGraceSeconds,
        capabilities: settings.capAdd.length || settings.capDrop.length ? {
          add: settings.capAdd.length ? settings.capAdd : undefined,
          drop: settings.capDrop.length ? settings.capDrop : undefined,
        } : undefined,
        readOnly: settings.readOnlyRootfs,
        // Names and values are validated to plain ASCII without "${" or "%{"; tfLiteral all the same.
        sysctls: settings.sysctls.length ? Object.fromEntries(settings.sysctls.map(([k, v]) => [tfLiteral(k), tfLiteral(v)])) : undefined,
        ulimit: settings.ulimits.length ? settings.ulimits.map((u) => ({ name: u.name, soft: u.soft, hard: u.hard })) : undefined,
        shmSize: settings.shmSizeMiB, // the provider's unit is MiB (it multiplies by 1024 * 1024)
        init: settings.init,
        host: settings.extraHosts.length ? settings.extraHosts.map((h) => ({ host: h.host, ip: h.ip })) : undefined,
        logDriver: settings.logDriver,
        logOpts: Object.fromEntries(settings.logOpts),
        privileged: false,
        ipcMode: settings.ipcMode,
        securityOpts: settings.securityOpts,
        mustRun: !spec.job,
        // A run-once job: Terraform waits for the run to end (attach) and then checks its exit
        // status, so a failed run fails the apply and nothing that depends on it is created.
        ...(spec.job ? {
          attach: true,
          lifecycle: {
            postcondition: [{
              condition: '${self.exit_code == 0}',
              errorMessage: tfLiteral(`Job ${spec.name} failed: its container exited with a non-zero status; see \`docker logs ${this.host.scopedName(`${spec.name}-${i}`)}\`.`),
            }],
          },
        } : {}),
      }));
    }
    registerSharedVolumes(this, spec.volumes);
    this.addOutputs();
  }

  /** @internal */
  public _sharedVolumePlace(): SharedVolumePlace {
    return { key: this.host.node.path, label: this.host.label };
  }

  public get endpoints(): WorkloadEndpoint[] {
    return this.resolved.ports.map((p) => portEndpoint(p, this.host.address, this.name));
  }

  public get volumes(): WorkloadVolume[] {
    return uniqueByName(this.resolved.volumes).map((v) => ({
      name: v.name,
      storageName: attributeOf(this.dockerVolumes[v.name], 'name'),
      mountPath: v.mountPath,
      location: attributeOf(this.dockerVolumes[v.name], 'mountpoint'),
      shared: v.shared || undefined,
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

  /** @internal */
  public _dependencyEnd(): DependencyEnd {
    return { spec: this.resolved, target: this.target };
  }

  /** Terraform creates the dependents only once the provider has seen the containers healthy. @internal */
  public _waitedForHealthy(): void {
    const h = this.resolved.healthCheck;
    if (!h) return; // reported by validation: the provider would fail without a health check
    for (const c of this.containers) {
      c.wait = true;
      c.waitTimeout = healthWaitSeconds(h);
    }
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
    replicaVolumeProblems(p, spec);
    if (spec.readOnlyRootFilesystem && spec.configFiles.length > 0) {
      // The provider copies uploads through the engine's archive API, which refuses a read-only rootfs.
      p.add('configFiles', spec.configFiles.map((f) => f.mountPath), 'cannot be copied into a container with readOnlyRootFilesystem: Docker refuses to write into a read-only root file system',
        'drop readOnlyRootFilesystem on the container target, or use the vm or hybrid target, which bind-mount config files');
    }
    // The spec as given: a resolved job has a timeoutSeconds even when the spec sets none.
    return [...capabilityProblems(this.spec, WorkloadTarget.CONTAINER), ...p.all, ...this.configFileProblems, ...sharedVolumeProblems(this)];
  }
}

/**
 * Env entries `NAME=value` for plain and secret variables, sorted by name for stable output; plain
 * values are Terraform literals, secrets references to their sensitive variables.
 */
function envEntries(scope: Construct, env: Array<[string, string]>, secretEnv: Array<[string, string]>): string[] {
  const plain = env.map(([k, v]) => [k, `${k}=${tfLiteral(v)}`]);
  const secret = secretEnv.map(([k, variable]) => [k, `${k}=${secretVariable(scope, variable).stringValue}`]);
  return [...plain, ...secret].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

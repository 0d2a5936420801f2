import * as crypto from 'crypto';
import { Config } from '@cdktf/provider-docker/lib/config';
import { Secret } from '@cdktf/provider-docker/lib/secret';
import { Service, ServiceTaskSpecContainerSpecMounts } from '@cdktf/provider-docker/lib/service';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import {
  convergeTimeoutSeconds, endpointModeOf, fileMode, mebibyteBytes, nanoCpus, publishModeOf, restartCondition, serviceUpdate,
} from './service-settings';
import { hashedName, SwarmCluster } from './swarm-cluster';
import { containerSettings } from '../../containers/container-settings';
import { LoadedConfigFile, loadConfigFiles } from '../../model/config-files';
import { SHARED_VOLUME_LABEL, WORKLOAD_LABEL } from '../../model/contracts';
import { DEFAULTS, ResolvedSpec, resolveSpec, SWARM_DEFAULTS, uniqueByName } from '../../model/defaults';
import { Problems } from '../../model/problems';
import { WorkloadTarget } from '../../model/target';
import { ENV_NAME_PATTERN, isNetworkName, VARIABLE_NAME_PATTERN } from '../../model/validate';
import { EndpointMode, PublishMode, RestartPolicy, WorkloadSpec } from '../../model/workload-spec';
import { capabilityProblems } from '../capabilities';
import { escapedConstructId } from '../construct-id';
import { DependencyEnd } from '../dependency-conditions';
import { portEndpoint, WorkloadEndpoint, WorkloadVolume } from '../endpoint';
import { registerSharedVolumes, replicaVolumeProblems, SharedVolumePlace, sharedVolumeProblems } from '../shared-volumes';
import { PublishedPort, publishedPorts } from '../stack-checks';
import { attributeOf, tfLiteral, tfLiterals } from '../terraform-text';
import { addDependsOn, Workload } from '../workload';

export interface SwarmWorkloadProps {
  /** What to run. */
  readonly spec: WorkloadSpec;
  /**
   * The swarm to run it on.
   * @default - the stack's default cluster, the local engine as a manager (`SwarmCluster.defaultFor`)
   */
  readonly cluster?: SwarmCluster;
}

/** Docker's longest service name (a DNS label). */
const MAX_SERVICE_NAME = 63;
/** Where Docker puts a container's shared memory. */
const SHM_PATH = '/dev/shm';
/** Mode of a tmpfs for everyone, as Docker's own /dev/shm (sticky, world-writable). */
const SHARED_TMPFS_MODE = 0o1777;

/**
 * A workload as a Docker Swarm service (docker_service): its replicas placed by the swarm, kept
 * running (replaced when they stop or turn unhealthy) and updated in rolling steps that start the
 * new task first and roll back when it does not become healthy; secrets as docker_secrets mounted
 * under /run/secrets, config files as docker_configs, the workload's networks as overlay networks
 * on which its name resolves, published ports in the routing mesh unless a port asks for host
 * mode. Terraform waits until every replica runs (healthy, with a health check).
 */
export class SwarmWorkload extends Workload {
  /** The swarm it runs on. */
  public readonly cluster: SwarmCluster;
  /** Escape hatch: the service. */
  public readonly service: Service;
  /** Escape hatch: one docker_config per config file, by its mount path. */
  public readonly configs: { [mountPath: string]: Config };
  /** Escape hatch: the docker_secrets it mounts (shared on the cluster by variable), by variable. */
  public readonly secrets: { [variable: string]: Secret };

  private readonly resolved: ResolvedSpec;
  private readonly configFileProblems: string[];

  constructor(scope: Construct, id: string, props: SwarmWorkloadProps) {
    super(scope, id, props.spec, WorkloadTarget.SWARM);
    const spec = (this.resolved = resolveSpec(props.spec));
    this.cluster = props.cluster ?? SwarmCluster.defaultFor(this);
    const cluster = this.cluster;
    const settings = containerSettings(spec);
    const loaded = loadConfigFiles(spec);
    this.configFileProblems = loaded.problems;
    // Every string below that comes from the spec goes through tfLiteral (the Terraform boundary).
    const labels = settings.labels.map(([label, value]) => ({ label: tfLiteral(label), value: tfLiteral(value) }));

    // Secrets only as files: each variable once, at /run/secrets/<variable>; NAME_FILE points there.
    const secretFiles = spec.readsSecretEnvFiles === true ? settings.secretEnv.filter(([, v]) => VARIABLE_NAME_PATTERN.test(v)) : [];
    this.secrets = {};
    for (const [, variable] of secretFiles) this.secrets[variable] ??= cluster._secret(variable);
    const env: { [name: string]: string } = {};
    for (const [k, v] of settings.env) env[k] = tfLiteral(v);
    for (const [k, variable] of secretFiles) if (ENV_NAME_PATTERN.test(k)) env[`${k}_FILE`] = `${SWARM_DEFAULTS.secretsDir}/${variable}`;

    this.configs = {};
    const configGroup = new Construct(this, 'configs');
    for (const f of loaded.files) this.configs[f.mountPath] = this.config(configGroup, f);

    const update = serviceUpdate(spec);
    const updateSettings = {
      parallelism: update.parallelism,
      delay: `${update.delaySeconds}s`,
      order: update.order,
      monitor: `${update.monitorSeconds}s`,
    };
    const volumes = uniqueByName(spec.volumes);
    const replicas = Number.isInteger(spec.replicas) ? Math.max(0, spec.replicas) : DEFAULTS.replicas;
    const reservations = spec.reservations;
    this.service = new Service(this, 'service', {
      provider: cluster.provider,
      name: cluster.scopedName(spec.name),
      labels,
      mode: { replicated: { replicas } },
      taskSpec: {
        containerSpec: {
          image: tfLiteral(settings.image),
          // A service's `command` is the container's entrypoint and `args` its command, as the Docker CLI maps them.
          command: tfLiterals(settings.entrypoint),
          args: tfLiterals(settings.command),
          env: Object.keys(env).length ? env : undefined,
          user: settings.user === undefined ? undefined : tfLiteral(settings.user),
          dir: settings.workingDir === undefined ? undefined : tfLiteral(settings.workingDir),
          // A Go template the swarm fills in per task: web-1, web-2, … as the container target names them.
          hostname: `${spec.name}-{{.Task.Slot}}`,
          labels,
          healthcheck: settings.health && {
            test: settings.health.test.map(tfLiteral),
            interval: `${settings.health.intervalSeconds}s`,
            timeout: `${settings.health.timeoutSeconds}s`,
            retries: settings.health.retries,
            startPeriod: `${settings.health.startPeriodSeconds}s`,
          },
          mounts: this.mounts(spec, volumes),
          configs: loaded.files.length ? loaded.files.map((f) => ({
            configId: attributeOf(this.configs[f.mountPath], 'id'),
            configName: attributeOf(this.configs[f.mountPath], 'name'),
            fileName: tfLiteral(f.mountPath),
            fileMode: fileMode(f.mode),
          })) : undefined,
          secrets: Object.keys(this.secrets).length ? Object.keys(this.secrets).sort().map((variable) => ({
            secretId: attributeOf(this.secrets[variable], 'id'),
            secretName: attributeOf(this.secrets[variable], 'name'),
            fileName: variable,
            fileMode: fileMode(DEFAULTS.configFileMode),
          })) : undefined,
          readOnly: settings.readOnlyRootfs,
          capAdd: settings.capAdd.length ? settings.capAdd : undefined,
          capDrop: settings.capDrop.length ? settings.capDrop : undefined,
          // Names and values are validated to plain ASCII without "${" or "%{"; tfLiteral all the same.
          sysctl: settings.sysctls.length ? Object.fromEntries(settings.sysctls.map(([k, v]) => [tfLiteral(k), tfLiteral(v)])) : undefined,
          hosts: settings.extraHosts.length ? settings.extraHosts.map((h) => ({ host: h.host, ip: h.ip })) : undefined,
          stopGracePeriod: `${settings.stopGraceSeconds}s`,
        },
        resources: {
          limits: { memoryBytes: mebibyteBytes(settings.memoryMiB), nanoCpus: settings.cpus === undefined ? undefined : nanoCpus(settings.cpus) },
          reservation: reservations && (reservations.cpus !== undefined || reservations.memoryMiB !== undefined) ? {
            memoryBytes: reservations.memoryMiB === undefined ? undefined : mebibyteBytes(reservations.memoryMiB),
            nanoCpus: reservations.cpus === undefined ? undefined : nanoCpus(reservations.cpus),
          } : undefined,
        },
        restartPolicy: {
          condition: restartCondition(settings.restart),
          maxAttempts: settings.restart === RestartPolicy.ON_FAILURE ? settings.maxRetries : undefined,
          delay: `${spec.restart?.delaySeconds ?? SWARM_DEFAULTS.restartDelaySeconds}s`,
        },
        // A local volume lives on one node: the service stays there, or it would start with an empty one elsewhere.
        placement: volumes.length ? { constraints: [cluster.volumeConstraint] } : undefined,
        networksAdvanced: spec.networks.filter(isNetworkName).map((n) => ({ name: attributeOf(cluster.networkFor(n), 'name'), aliases: [spec.name] })),
        logDriver: { name: settings.logDriver, options: Object.fromEntries(settings.logOpts) },
      },
      updateConfig: { ...updateSettings, failureAction: update.failureAction },
      // A rollback that fails too stops where it is: an operator decides.
      rollbackConfig: { ...updateSettings, failureAction: 'pause' },
      endpointSpec: {
        mode: endpointModeOf(spec),
        ports: spec.ports.filter((p) => p.hostPort !== undefined).map((p) => ({
          name: p.name,
          protocol: p.protocol,
          targetPort: p.containerPort,
          publishedPort: p.hostPort,
          publishMode: publishModeOf(p),
        })),
      },
      // Terraform waits until every replica runs; a task with a health check runs once it is healthy.
      convergeConfig: { delay: `${SWARM_DEFAULTS.convergeDelaySeconds}s`, timeout: `${convergeTimeoutSeconds(spec, update)}s` },
    });
    registerSharedVolumes(this, spec.volumes);
    this.addOutputs();
  }

  /** @internal */
  public _sharedVolumePlace(): SharedVolumePlace {
    return { key: this.cluster.node.path, label: this.cluster.label };
  }

  public get endpoints(): WorkloadEndpoint[] {
    return this.resolved.ports.map((p) => portEndpoint(p, this.cluster.address, this.name));
  }

  public get volumes(): WorkloadVolume[] {
    const node = this.cluster.volumeConstraint;
    return uniqueByName(this.resolved.volumes).map((v) => ({
      name: v.name,
      storageName: this.volumeName(v.name, v.shared),
      mountPath: v.mountPath,
      location: `local volume ${this.volumeName(v.name, v.shared)} on the swarm node where ${node}`,
      shared: v.shared || undefined,
    }));
  }

  /** @internal */
  public _publishedPorts(): PublishedPort[] {
    return publishedPorts(this.cluster, this.resolved.ports);
  }

  /** @internal */
  public _dependables(): ITerraformDependable[] {
    return [this.service];
  }

  /** @internal */
  public _dependencyEnd(): DependencyEnd {
    return { spec: this.resolved, target: this.target };
  }

  protected wireDependency(other: Workload): void {
    addDependsOn([this.service], other);
  }

  protected validateForTarget(): string[] {
    const spec = this.resolved;
    const p = new Problems(spec.name);
    if (spec.image === undefined) {
      p.add('image', undefined, 'is missing', 'the swarm target runs an image: set image, e.g. "nginx:1.27"');
    }
    const serviceName = this.cluster.scopedName(spec.name);
    if (serviceName.length > MAX_SERVICE_NAME) {
      p.add('name', spec.name, `gives the service name "${serviceName}" (${serviceName.length} characters), longer than the ${MAX_SERVICE_NAME} Docker allows`,
        `shorten the name, or the cluster's namePrefix, to at most ${MAX_SERVICE_NAME} characters together`);
    }
    replicaVolumeProblems(p, spec, ' (on the one node that keeps it)');
    if (endpointModeOf(spec) === EndpointMode.DNSRR) {
      spec.ports.forEach((port, i) => {
        if (port.hostPort !== undefined && publishModeOf(port) === PublishMode.INGRESS) {
          p.add(`ports[${i}].publishMode`, PublishMode.INGRESS, 'cannot go with endpointMode "dnsrr": Docker publishes in the routing mesh only for a virtual IP',
            'set publishMode: "host", or endpointMode: "vip"');
        }
      });
    }
    if (this.spec.shmSizeMiB !== undefined && spec.tmpfs.some((t) => t.mountPath === SHM_PATH)) {
      p.add('shmSizeMiB', spec.shmSizeMiB, `sizes ${SHM_PATH}, which tmpfs also mounts`, `set the size in one place: tmpfs's sizeMiB, or shmSizeMiB`);
    }
    if (spec.readsSecretEnvFiles === true) {
      for (const name of Object.keys(spec.secretEnv)) {
        if (`${name}_FILE` in spec.env) {
          p.add(`env.${name}_FILE`, spec.env[`${name}_FILE`], `is set, but the swarm target sets it to the file of secretEnv.${name}`, `remove env.${name}_FILE`);
        }
      }
    }
    return [...capabilityProblems(this.spec, WorkloadTarget.SWARM), ...p.all, ...this.configFileProblems, ...sharedVolumeProblems(this)];
  }

  /** The name of a volume on the swarm's nodes: a shared one has a "." where a private one has the workload's name. */
  private volumeName(volume: string, shared: boolean): string {
    return shared ? this.cluster.scopedName(`shared.${volume}`) : this.cluster.scopedName(this.name, volume);
  }

  /** Volumes (local, created by the engine of the node at the task's first start), tmpfs and /dev/shm. */
  private mounts(spec: ResolvedSpec, volumes: ResolvedSpec['volumes']): ServiceTaskSpecContainerSpecMounts[] | undefined {
    const mounts: ServiceTaskSpecContainerSpecMounts[] = [
      ...volumes.map((v) => ({
        type: 'volume',
        source: this.volumeName(v.name, v.shared),
        target: tfLiteral(v.mountPath),
        readOnly: v.readOnly,
        volumeOptions: {
          driverName: 'local',
          labels: [v.shared ? { label: SHARED_VOLUME_LABEL, value: v.name } : { label: WORKLOAD_LABEL, value: spec.name }],
        },
      })),
      ...spec.tmpfs.map((t) => ({
        type: 'tmpfs',
        target: tfLiteral(t.mountPath),
        tmpfsOptions: { sizeBytes: mebibyteBytes(t.sizeMiB), mode: SHARED_TMPFS_MODE },
      })),
      // A service has no shm_size: a tmpfs of that size takes /dev/shm's place (Docker then mounts none of its own).
      ...(this.spec.shmSizeMiB === undefined || spec.tmpfs.some((t) => t.mountPath === SHM_PATH) ? [] : [{
        type: 'tmpfs',
        target: SHM_PATH,
        tmpfsOptions: { sizeBytes: mebibyteBytes(spec.shmSizeMiB), mode: SHARED_TMPFS_MODE },
      }]),
    ];
    return mounts.length ? mounts : undefined;
  }

  /**
   * A config file as a docker_config, with the construct id `configs/<mount path, escaped>`. A
   * config cannot change either, so its name ends with a hash of the file (and of the names it
   * belongs to): a new text is a new config, created before the old one goes, and a rolling update.
   */
  private config(scope: Construct, f: LoadedConfigFile): Config {
    const base = hashedName(this.cluster.scopedName(this.name));
    const hash = crypto.createHash('sha256').update(JSON.stringify([base, f.mountPath, f.content])).digest('hex').slice(0, 12);
    return new Config(scope, escapedConstructId(f.mountPath), {
      provider: this.cluster.provider,
      name: `${base}_${hash}`,
      // base64 of the bytes: the text arrives byte for byte, and base64 holds no "${".
      data: Buffer.from(f.content, 'utf8').toString('base64'),
      lifecycle: { createBeforeDestroy: true },
    });
  }
}

import { ITerraformDependable, Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { LibvirtHost } from './libvirt-host';
import { VirtualMachine } from './virtual-machine';
import { guestProblems, needsBaseImage } from './vm-settings';
import { Pool } from '../../generated/providers/libvirt/pool';
import { RenderedCloudConfig, renderCloudConfig, unsafeInCloudConfig } from '../../cloudinit/cloud-config';
import { diskSerial, guestOwnedPath, guestPort, guestPortClashes, GuestRuntime, READINESS_PORT, RemoteWait, sharedVolumeTag } from '../../cloudinit/guest';
import { guestApp } from '../../cloudinit/guest-app';
import { remoteWaitSeconds } from '../../cloudinit/readiness';
import { LoadedConfigFile, loadConfigFiles } from '../../model/config-files';
import { ResolvedSpec, resolveSpec, ResolvedVm, resolveVm, uniqueByName, VM_DEFAULTS, volumeSizeGiB } from '../../model/defaults';
import { Problems } from '../../model/problems';
import { validateSpec } from '../../model/validate';
import { isNamespacedSysctl, isSysctlName, NAMESPACED_SYSCTLS_TEXT } from '../../model/hardening';
import { WorkloadTarget } from '../../model/target';
import { DependencyCondition, OperatingSystem, RestartPolicy, VmSpec, WorkloadSpec } from '../../model/workload-spec';
import { isSystemdProgram } from '../../encoding/systemd';
import { capabilityProblems } from '../capabilities';
import { portEndpoint, WorkloadEndpoint, WorkloadVolume } from '../endpoint';
import { DependencyEnd } from '../dependency-conditions';
import { attributeOf, instanceId, userDataText } from '../terraform-text';
import { PublishedPort, publishedPorts } from '../stack-checks';
import { registerSharedVolumes, SharedVolumePlace, sharedVolumeProblems } from '../shared-volumes';
import { addDependsOn, Workload } from '../workload';
import { stackIndex } from '../stack-index';
import { WORKLOAD_LABEL } from '../../model/contracts';

/** What a VM's guest is told of the other VMs: whether any waits for it, and what it waits for. */
interface GuestLinks {
  readonly answersReadiness: boolean;
  readonly remoteWaits: RemoteWait[];
}

const NO_LINKS: GuestLinks = { answersReadiness: false, remoteWaits: [] };

/** A rendered cloud-config and what the seed takes of it, as Terraform text. */
interface GuestText {
  readonly rendered: RenderedCloudConfig;
  readonly instanceId: string;
  readonly userData: string;
}

export interface VmWorkloadProps {
  /** What to run. */
  readonly spec: WorkloadSpec;
  /**
   * The libvirt host to run it on.
   * @default - the stack's default host, the local qemu:///system (`LibvirtHost.defaultFor`)
   */
  readonly host?: LibvirtHost;
  /**
   * Guest settings shared by the app's VMs (an app file's `vm`); the spec's own `vm` fields win.
   * @default - the spec's own `vm`, else the VM_DEFAULTS
   */
  readonly vm?: VmSpec;
}

/**
 * A workload as a libvirt/KVM virtual machine of its own. A Linux guest is configured by
 * cloud-init: the spec's native recipe runs as a systemd service, or else its image runs in the
 * guest's Docker engine; persistent volumes are data disks, formatted on first boot and mounted.
 * Other operating systems boot their given base image as is.
 */
export class VmWorkload extends Workload {
  /** The libvirt host it runs on. */
  public readonly host: LibvirtHost;
  /** The VM (disks, cloud-init seed, domain): its L1 resources are its public fields. */
  public readonly vm: VirtualMachine;
  /** The host directories of its shared volumes, by volume name (libvirt dir pools, one per name on the host). */
  public readonly sharedPools: { [volume: string]: Pool };

  private readonly resolved: ResolvedSpec;
  private readonly guest: ResolvedVm;
  private readonly runtime?: GuestRuntime;
  private readonly configFiles: LoadedConfigFile[];
  private readonly configFileProblems: string[];
  private readonly renders = new Map<string, GuestText>();
  /** The host directory of each shared volume (a reference to its pool's path, made once). */
  private readonly sharedPaths: { [volume: string]: string };

  constructor(scope: Construct, id: string, props: VmWorkloadProps) {
    super(scope, id, props.spec, WorkloadTarget.VM);
    const spec = (this.resolved = resolveSpec(props.spec));
    const guest = (this.guest = resolveVm(props.spec.vm, props.vm));
    this.host = props.host ?? LibvirtHost.defaultFor(this);
    const linux = spec.os === OperatingSystem.LINUX;
    const volumes = uniqueByName(spec.volumes);
    const loaded = loadConfigFiles(spec);
    this.configFiles = loaded.files;
    this.configFileProblems = loaded.problems;
    this.runtime = linux ? (spec.native ? GuestRuntime.NATIVE : GuestRuntime.DOCKER) : undefined;

    let userData: string | undefined;
    let seedInstanceId: string | undefined;
    if (linux) {
      // Turned into Terraform text once now, which creates the secret variables it references
      // (constructs cannot be added while the stack resolves); what the guest receives is rendered
      // again at synth, when the stack tells which other VMs wait for this one and which this one
      // waits for (waits across VMs, see cloudinit/readiness.ts). Links never change the secrets.
      this.guestText(NO_LINKS);
      userData = Lazy.stringValue({ produce: () => this.guestText().userData });
      seedInstanceId = Lazy.stringValue({ produce: () => this.guestText().instanceId });
    }

    // A shared volume is a directory on the host, one per name, shared into each VM that mounts it
    // with virtiofs; a private volume is a data disk of the VM.
    this.sharedPools = {};
    const sharedPaths: { [volume: string]: string } = {};
    for (const v of volumes.filter((x) => x.shared)) {
      const pool = this.sharedPools[v.name] = this.host._sharedVolume(v.name, v.preventDestroy);
      sharedPaths[v.name] = attributeOf(pool.target, 'path');
    }
    this.sharedPaths = sharedPaths;
    this.vm = new VirtualMachine(this, 'vm', {
      host: this.host,
      name: this.host.scopedName(spec.name),
      hostname: spec.name,
      memoryMiB: spec.memoryMiB + guest.memoryOverheadMiB,
      vcpus: Math.max(1, Math.ceil(spec.cpus ?? VM_DEFAULTS.vcpus)),
      vm: guest,
      userData,
      instanceId: seedInstanceId,
      dataDisks: volumes.filter((v) => !v.shared).map((v) => ({
        name: v.name,
        serial: diskSerial(spec.name, v.name),
        sizeGiB: volumeSizeGiB(v),
        preventDestroy: v.preventDestroy,
      })),
      sharedDirectories: volumes.filter((v) => v.shared).map((v) => ({
        hostPath: sharedPaths[v.name],
        tag: sharedVolumeTag(v.name),
        readOnly: v.readOnly && this.host.virtiofsReadOnly,
      })),
      portForwards: spec.ports.filter((p) => p.hostPort !== undefined).map((p) => ({
        protocol: p.protocol, bindAddress: p.bindAddress, hostPort: p.hostPort!, guestPort: this.guestPortOf(p.containerPort),
      })),
      autostart: spec.restartPolicy !== RestartPolicy.NO,
      // replicas: 0 keeps the disks (and data) but does not run the VM.
      running: spec.replicas !== 0,
      labels: { ...spec.labels, [WORKLOAD_LABEL]: spec.name },
    });
    registerSharedVolumes(this, spec.volumes);
    this.addOutputs();
  }

  /** The guest's cloud-config as Terraform text (undefined for guests without cloud-init), as the stack now stands. */
  public get userData(): string | undefined {
    return this.runtime === undefined ? undefined : this.guestText().userData;
  }

  /**
   * The cloud-config for the given links to other VMs (by default as the stack now stands) and its
   * Terraform text, made once per distinct links (most VMs have none, so synth reuses the text
   * made at construction).
   */
  private guestText(links: GuestLinks = this.links()): GuestText {
    const key = JSON.stringify(links);
    const cached = this.renders.get(key);
    if (cached) return cached;
    const rendered = renderCloudConfig({
      hostname: this.resolved.name,
      adminUser: this.guest.adminUser,
      sshAuthorizedKeys: this.guest.sshAuthorizedKeys,
      apps: [guestApp({
        spec: this.resolved,
        configFiles: this.configFiles,
        runtime: this.runtime!,
        publishAllPorts: true,
        virtiofsVolumes: true,
        answersReadiness: links.answersReadiness,
        readinessAllow: links.answersReadiness ? this.host._privateSubnet() : undefined,
        remoteWaits: links.remoteWaits,
      })],
    });
    const text = { rendered, instanceId: instanceId(this, this.resolved.name, rendered), userData: userDataText(this, rendered) };
    this.renders.set(key, text);
    return text;
  }

  /**
   * Waits across VMs: whether a VM workload on this host waits for this one to be healthy or
   * completed, and what this one waits for in other VMs on this host. Other pairs are refused by
   * validation (dependency-conditions.ts), so they add nothing here.
   */
  private links(): GuestLinks {
    const { byName, waitedFor } = vmWaits(this);
    const remoteWaits: RemoteWait[] = [];
    for (const [name, condition] of Object.entries(this.resolved.dependencyConditions).sort(([a], [b]) => (a < b ? -1 : 1))) {
      const dep = byName.get(name);
      if (!waitsAcrossVms(this, name, condition, dep)) continue;
      const timeout = remoteWaitSeconds(dep.resolved, condition);
      if (timeout !== undefined) remoteWaits.push({ app: name, condition, timeoutSeconds: timeout });
    }
    return { answersReadiness: waitedFor.has(this), remoteWaits };
  }

  /** @internal */
  public static _isVm(w: Workload | undefined): w is VmWorkload {
    return w !== undefined && w.target === WorkloadTarget.VM && w instanceof VmWorkload;
  }

  /** A VM of its own: a volume it marks shared is its own disk, which no other VM can mount. @internal */
  public _sharedVolumePlace(): SharedVolumePlace {
    return { key: `${this.host.node.path}#vm`, label: `the VMs of ${this.host.label}` };
  }

  /**
   * Published ports on the host's address; the others on the VM's address, at the port the guest
   * publishes them on (a container's 22 answers on 10022: the guest's sshd keeps 22).
   */
  public get endpoints(): WorkloadEndpoint[] {
    return this.resolved.ports.map((p) => portEndpoint(p, this.host.address, this.vm.address, this.guestPortOf(p.containerPort)));
  }

  /** Where the guest listens for a container port: remapped for containers, as is for native services. */
  private guestPortOf(port: number): number {
    return this.runtime === GuestRuntime.DOCKER ? guestPort(port) : port;
  }

  public get volumes(): WorkloadVolume[] {
    return uniqueByName(this.resolved.volumes).map((v) => (v.shared ? {
      name: v.name,
      storageName: attributeOf(this.sharedPools[v.name], 'name'),
      mountPath: v.mountPath,
      location: this.sharedPaths[v.name],
      shared: true,
    } : {
      name: v.name,
      storageName: attributeOf(this.vm.dataVolumes[v.name], 'name'),
      mountPath: v.mountPath,
      location: attributeOf(this.vm.dataVolumes[v.name], 'path'),
    }));
  }

  /** @internal */
  public _publishedPorts(): PublishedPort[] {
    return publishedPorts(this.host, this.resolved.ports);
  }

  /** @internal */
  public _dependables(): ITerraformDependable[] {
    return [this.vm.domain];
  }

  /** @internal */
  public _dependencyEnd(): DependencyEnd {
    return { spec: this.resolved, target: this.target, vmHost: this.host.node.path, linux: this.resolved.os === OperatingSystem.LINUX };
  }

  protected wireDependency(other: Workload): void {
    addDependsOn([this.vm.domain], other);
  }

  protected validateForTarget(): string[] {
    const spec = this.resolved;
    const p = new Problems(spec.name);
    const linux = spec.os === OperatingSystem.LINUX;
    guestProblems(p, this.guest, 'vm', this.host, linux);
    this.host._addHostPortProblems(p, spec.ports.flatMap((port, i) => (port.hostPort === undefined ? [] : [{ field: `ports[${i}].hostPort`, hostPort: port.hostPort }])));
    const total = spec.memoryMiB + this.guest.memoryOverheadMiB;
    if (total < VM_DEFAULTS.minGuestMemoryMiB) {
      p.add('memoryMiB', spec.memoryMiB, `leaves the VM ${total} MiB with the guest overhead of ${this.guest.memoryOverheadMiB} MiB, below the ${VM_DEFAULTS.minGuestMemoryMiB} MiB a guest needs`,
        `use at least ${VM_DEFAULTS.minGuestMemoryMiB - this.guest.memoryOverheadMiB}`);
    }
    if (linux) {
      linuxProblems(spec, p);
      guestPortClashes(spec.ports.map((port, i) => ({ field: `ports[${i}].containerPort`, port: this.guestPortOf(port.containerPort) })), p);
      if (this.links().answersReadiness) {
        spec.ports.forEach((port, i) => {
          if (this.guestPortOf(port.containerPort) !== READINESS_PORT) return;
          p.add(`ports[${i}].containerPort`, port.containerPort, `is the port on which this VM tells the VMs that wait for it whether "${spec.name}" is ready (${READINESS_PORT})`,
            'use another port, or let the dependents wait for "started"');
        });
      }
    } else {
      otherOsProblems(spec, this.guest, p, this.spec);
    }
    const found = [...capabilityProblems(this.spec, WorkloadTarget.VM), ...p.all, ...this.configFileProblems, ...sharedVolumeProblems(this)];
    // The last guard, reported only when no field's own check explains it.
    if (found.length === 0 && validateSpec(spec).length === 0) {
      const last = new Problems(spec.name);
      if (this.runtime !== undefined) unsafeInCloudConfig(last, this.guestText().rendered.unsafeCharacters);
      return last.all;
    }
    return found;
  }
}

/** The stack index key of the waits across VMs. */
const vmWaitsKey = Symbol('vmWaits');

/** Whether `self` waits for `name` across VMs: a healthy or completed dependency in a VM of its own on the same host. */
function waitsAcrossVms(self: VmWorkload, name: string, condition: unknown, dep: Workload | undefined): dep is VmWorkload {
  return (condition === DependencyCondition.HEALTHY || condition === DependencyCondition.COMPLETED)
    && dep !== self && VmWorkload._isVm(dep) && dep.host === self.host && (self.spec.dependsOn ?? []).includes(name);
}

/**
 * The stack's workloads by name (the first of a name) and the VM workloads some other VM waits
 * for, found once per stack index: linear in the workloads and their conditions.
 */
function vmWaits(scope: VmWorkload): { byName: ReadonlyMap<string, Workload>; waitedFor: ReadonlySet<Workload> } {
  const index = stackIndex(scope);
  return index.memo(vmWaitsKey, () => {
    const byName = new Map<string, Workload>();
    for (const w of index.of(Workload.isWorkload)) if (!byName.has(w.name)) byName.set(w.name, w);
    const waitedFor = new Set<Workload>();
    for (const w of index.of(Workload.isWorkload)) {
      if (!VmWorkload._isVm(w)) continue;
      const conditions = w.spec.dependencyConditions;
      if (conditions === null || typeof conditions !== 'object') continue;
      for (const [name, condition] of Object.entries(conditions)) {
        const dep = byName.get(name);
        if (waitsAcrossVms(w, name, condition, dep)) waitedFor.add(dep);
      }
    }
    return { byName, waitedFor };
  });
}

function linuxProblems(spec: ResolvedSpec, p: Problems): void {
  if (spec.native) {
    if (!spec.command || spec.command.length === 0) {
      p.add('command', undefined, 'is missing for the native recipe', 'give the program the systemd service runs, e.g. ["/usr/sbin/nginx", "-g", "daemon off;"]');
    } else if (!isSystemdProgram(spec.command[0])) {
      p.add('command[0]', spec.command[0], 'is not the absolute path of a program as systemd reads it (a leading "-", "+", "!", "@" or ":" is a prefix that changes how, and as whom, it runs; blanks, quotes, "\\" and ";" split or end the word)',
        'give the program\'s absolute path, e.g. "/usr/bin/python3"');
    }
    if (spec.entrypoint) {
      p.add('entrypoint', spec.entrypoint, 'has no meaning for a native recipe (it belongs to images)', 'put the program in command instead');
    }
    (spec.native.packages ?? []).forEach((pkg, i) => {
      if (!/^[a-z0-9][a-z0-9+.-]+$/.test(pkg)) p.add(`native.packages[${i}]`, pkg, 'is not a Debian package name', 'use the name apt knows, e.g. "apache2"');
    });
    (spec.native.installCommands ?? []).forEach((cmd, i) => {
      if (typeof cmd !== 'string' || cmd.trim() === '') p.add(`native.installCommands[${i}]`, cmd, 'is empty', 'give a shell command, or remove the entry');
    });
    spec.configFiles.forEach((f, i) => {
      // ReadOnlyPaths= unquotes its words: a quote in a path cannot be written there.
      if (typeof f.mountPath === 'string' && /["']/.test(f.mountPath)) {
        p.add(`configFiles[${i}].mountPath`, f.mountPath, 'contains a quote, which systemd\'s ReadOnlyPaths= (that keeps a native service from writing the file) cannot hold', 'use a path without quotes');
      }
      const clash = (spec.native!.files ?? []).findIndex((file) => file.path === f.mountPath);
      if (clash >= 0) p.add(`configFiles[${i}].mountPath`, f.mountPath, `is also written by native.files[${clash}]`, 'write each file once: as a config file or as a native file');
    });
    (spec.native.files ?? []).forEach((f, i) => {
      if (!f.path || !f.path.startsWith('/')) p.add(`native.files[${i}].path`, f.path, 'is not an absolute path', 'start it with "/"');
      if (f.mode !== undefined && !/^0?[0-7]{3,4}$/.test(f.mode)) p.add(`native.files[${i}].mode`, f.mode, 'is not an octal mode', 'write it like "0644"');
    });
    guestOwnedProblems(spec, p);
    if (spec.readOnlyRootFilesystem) {
      // ReadWritePaths= unquotes its words, as ReadOnlyPaths= does.
      const writable: Array<[string, unknown]> = [
        ...spec.volumes.map((v, i): [string, unknown] => [`volumes[${i}].mountPath`, v.readOnly ? undefined : v.mountPath]),
        ...spec.tmpfs.map((t, i): [string, unknown] => [`tmpfs[${i}].mountPath`, t.mountPath]),
      ];
      for (const [field, mountPath] of writable) {
        if (typeof mountPath === 'string' && /["']/.test(mountPath)) {
          p.add(field, mountPath, 'contains a quote, which systemd\'s ReadWritePaths= (that keeps it writable under readOnlyRootFilesystem) cannot hold', 'use a path without quotes');
        }
      }
    }
  } else {
    if (spec.image === undefined) {
      p.add('image', undefined, 'is missing', 'the vm target runs an image in the guest\'s container engine, or a native recipe: set image or native');
    }
    for (const name of Object.keys(spec.sysctls)) {
      if (isNamespacedSysctl(name) || !isSysctlName(name)) continue;
      p.add(`sysctls.${name}`, undefined, `is not a sysctl of the container's own namespaces (${NAMESPACED_SYSCTLS_TEXT}), and the vm target runs an image in a container, where Docker refuses it`,
        'install the workload with a native recipe (its VM is its own, and any sysctl is set there), or remove it');
    }
  }
}

/**
 * A native workload's files and mounts are at its own paths in its guest: none may take a path
 * the OS or the library owns (guestOwnedPath), or it would replace the guest's login, units or
 * the library's env file and scripts.
 */
function guestOwnedProblems(spec: ResolvedSpec, p: Problems): void {
  const fix = {
    file: 'write it where the program reads its own configuration (e.g. under /etc/<program>/ or /srv), never over the guest\'s or the library\'s files',
    mount: 'mount it at a directory of its own, e.g. /srv/<name> or /var/lib/<program>',
  };
  const paths: Array<[string, unknown, keyof typeof fix]> = [
    ...spec.configFiles.map((f, i): [string, unknown, 'file'] => [`configFiles[${i}].mountPath`, f.mountPath, 'file']),
    ...(spec.native?.files ?? []).map((f, i): [string, unknown, 'file'] => [`native.files[${i}].path`, f.path, 'file']),
    ...spec.volumes.map((v, i): [string, unknown, 'mount'] => [`volumes[${i}].mountPath`, v.mountPath, 'mount']),
    ...spec.tmpfs.map((t, i): [string, unknown, 'mount'] => [`tmpfs[${i}].mountPath`, t.mountPath, 'mount']),
  ];
  for (const [field, value, kind] of paths) {
    if (typeof value !== 'string' || !value.startsWith('/')) continue;
    const why = guestOwnedPath(value);
    if (why) p.add(field, value, `${why}: a native workload's ${kind === 'file' ? 'file' : 'mount'} there would replace or hide it in the guest`, fix[kind]);
  }
}

/** Without cloud-init nothing inside the guest can be configured: the image is the app. */
function otherOsProblems(spec: ResolvedSpec, vm: ResolvedVm, p: Problems, given: WorkloadSpec): void {
  const why = `needs cloud-init, which the vm target only uses for Linux guests (os is "${spec.os}")`;
  const fix = 'configure it inside the base image, or remove it';
  const fields: Array<[string, unknown]> = [
    ['image', spec.image], ['native', spec.native], ['command', spec.command], ['args', spec.args],
    ['entrypoint', spec.entrypoint], ['user', spec.user], ['workingDir', spec.workingDir], ['healthCheck', spec.healthCheck],
    ['vm.adminUser', vm.adminUser], ['vm.ipAddress', vm.ipAddress],
  ];
  for (const [field, value] of fields) if (value !== undefined) p.add(field, undefined, why, fix);
  if (Object.keys(spec.env).length) p.add('env', undefined, why, fix);
  if (Object.keys(spec.secretEnv).length) p.add('secretEnv', undefined, why, fix);
  if (spec.volumes.length) p.add('volumes', undefined, `${why} to format and mount them`, 'attach and format disks inside the guest yourself, or remove them');
  if (spec.tmpfs.length) p.add('tmpfs', undefined, why, fix);
  // cloud-init writes config files and the units that run a job: without it both were dropped.
  if (spec.configFiles.length) {
    p.add('configFiles', undefined, why, 'use a Linux guest (os: linux; every target writes config files there), or put the files into the base image');
  }
  if (given.job !== undefined) {
    p.add('job', undefined, `${why}, which would run it`, 'run the job in a Linux guest (os: linux), a container or the hybrid VM, or schedule it inside the base image');
  }
  if (vm.sshAuthorizedKeys.length) p.add('vm.sshAuthorizedKeys', undefined, why, fix);
  // The hardening fields as the spec gives them (their defaults, e.g. log rotation, are cloud-init's work too).
  for (const field of ['capAdd', 'capDrop', 'readOnlyRootFilesystem', 'sysctls', 'ulimits', 'shmSizeMiB', 'init', 'stopGraceSeconds', 'extraHosts', 'logging'] as const) {
    if (given[field] !== undefined) p.add(field, undefined, why, fix);
  }
  if (needsBaseImage(spec, vm)) {
    p.add('vm.baseImageUrl', undefined, `is missing: there is no default image for os "${spec.os}"`, 'set vm.baseImageUrl or vm.baseImagePath to a bootable qcow2 image');
  }
}


import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { LibvirtHost } from './libvirt-host';
import { VirtualMachine } from './virtual-machine';
import { guestProblems, needsBaseImage } from './vm-settings';
import { renderCloudConfig, unsafeInCloudConfig } from '../../cloudinit/cloud-config';
import { diskSerial, guestPort, guestPortClashes, GuestRuntime } from '../../cloudinit/guest';
import { guestApp } from '../../cloudinit/guest-app';
import { loadConfigFiles } from '../../model/config-files';
import { ResolvedSpec, resolveSpec, ResolvedVm, resolveVm, uniqueByName, VM_DEFAULTS, volumeSizeGiB } from '../../model/defaults';
import { Problems } from '../../model/problems';
import { validateSpec } from '../../model/validate';
import { isNamespacedSysctl, isSysctlName, NAMESPACED_SYSCTLS_TEXT } from '../../model/hardening';
import { WorkloadTarget } from '../../model/target';
import { OperatingSystem, RestartPolicy, VmSpec, WorkloadSpec } from '../../model/workload-spec';
import { isSystemdProgram } from '../../encoding/systemd';
import { capabilityProblems } from '../capabilities';
import { portEndpoint, WorkloadEndpoint, WorkloadVolume } from '../endpoint';
import { DependencyEnd } from '../dependency-conditions';
import { attributeOf, instanceId, userDataText } from '../terraform-text';
import { PublishedPort, publishedPorts } from '../stack-checks';
import { registerSharedVolumes, SharedVolumePlace, sharedVolumeProblems } from '../shared-volumes';
import { addDependsOn, Workload } from '../workload';
import { WORKLOAD_LABEL } from '../../model/contracts';

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
  /** The guest's cloud-config as Terraform text (undefined for guests without cloud-init). */
  public readonly userData?: string;

  private readonly resolved: ResolvedSpec;
  private readonly guest: ResolvedVm;
  private readonly runtime?: GuestRuntime;
  private unsafeCharacters: string[] = [];
  private readonly configFileProblems: string[];

  constructor(scope: Construct, id: string, props: VmWorkloadProps) {
    super(scope, id, props.spec, WorkloadTarget.VM);
    const spec = (this.resolved = resolveSpec(props.spec));
    const guest = (this.guest = resolveVm(props.spec.vm, props.vm));
    this.host = props.host ?? LibvirtHost.defaultFor(this);
    const linux = spec.os === OperatingSystem.LINUX;
    const volumes = uniqueByName(spec.volumes);
    const configFiles = loadConfigFiles(spec);
    this.configFileProblems = configFiles.problems;

    let userData: string | undefined;
    let seedInstanceId: string | undefined;
    const runtime = spec.native ? GuestRuntime.NATIVE : GuestRuntime.DOCKER;
    this.runtime = linux ? runtime : undefined;
    if (linux) {
      const cloudConfig = renderCloudConfig({
        hostname: spec.name,
        adminUser: guest.adminUser,
        sshAuthorizedKeys: guest.sshAuthorizedKeys,
        apps: [guestApp({
          spec,
          configFiles: configFiles.files,
          runtime,
          publishAllPorts: true,
        })],
      });
      this.unsafeCharacters = cloudConfig.unsafeCharacters;
      userData = userDataText(this, cloudConfig);
      seedInstanceId = instanceId(this, spec.name, cloudConfig);
    }
    this.userData = userData;

    this.vm = new VirtualMachine(this, 'vm', {
      host: this.host,
      name: this.host.scopedName(spec.name),
      hostname: spec.name,
      memoryMiB: spec.memoryMiB + guest.memoryOverheadMiB,
      vcpus: Math.max(1, Math.ceil(spec.cpus ?? VM_DEFAULTS.vcpus)),
      vm: guest,
      userData,
      instanceId: seedInstanceId,
      dataDisks: volumes.map((v) => ({
        name: v.name,
        serial: diskSerial(spec.name, v.name),
        sizeGiB: volumeSizeGiB(v),
        preventDestroy: v.preventDestroy,
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

  /** A VM of its own: a volume it marks shared is its own disk, which no other VM can mount. @internal */
  public _sharedVolumePlace(): SharedVolumePlace {
    return { key: this.node.path, label: `its own VM "${this.vm.vmName}"` };
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
    return uniqueByName(this.resolved.volumes).map((v) => ({
      name: v.name,
      storageName: attributeOf(this.vm.dataVolumes[v.name], 'name'),
      mountPath: v.mountPath,
      location: attributeOf(this.vm.dataVolumes[v.name], 'path'),
      shared: v.shared || undefined,
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
    return { spec: this.resolved, target: this.target };
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
    } else {
      otherOsProblems(spec, this.guest, p, this.spec);
    }
    const found = [...capabilityProblems(this.spec, WorkloadTarget.VM), ...p.all, ...this.configFileProblems, ...sharedVolumeProblems(this)];
    // The last guard, reported only when no field's own check explains it.
    if (found.length === 0 && validateSpec(spec).length === 0) {
      const last = new Problems(spec.name);
      unsafeInCloudConfig(last, this.unsafeCharacters);
      return last.all;
    }
    return found;
  }
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
  if (vm.sshAuthorizedKeys.length) p.add('vm.sshAuthorizedKeys', undefined, why, fix);
  // The hardening fields as the spec gives them (their defaults, e.g. log rotation, are cloud-init's work too).
  for (const field of ['capAdd', 'capDrop', 'readOnlyRootFilesystem', 'sysctls', 'ulimits', 'shmSizeMiB', 'init', 'stopGraceSeconds', 'extraHosts', 'logging'] as const) {
    if (given[field] !== undefined) p.add(field, undefined, why, fix);
  }
  if (needsBaseImage(spec, vm)) {
    p.add('vm.baseImageUrl', undefined, `is missing: there is no default image for os "${spec.os}"`, 'set vm.baseImageUrl or vm.baseImagePath to a bootable qcow2 image');
  }
}


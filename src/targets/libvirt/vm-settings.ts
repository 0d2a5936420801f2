import * as path from 'path';
import { LibvirtHost } from './libvirt-host';
import { ResolvedSpec, ResolvedVm, VM_DEFAULTS } from '../../model/defaults';
import { formatValue, Problems } from '../../model/problems';
import { checkVmLines, checkWhole, fitsOnOneLine, SPEC_LIMITS } from '../../model/validate';
import { OperatingSystem } from '../../model/workload-spec';

const USER_PATTERN = /^[a-z_][a-z0-9_-]{0,31}$/;
const SSH_KEY_PATTERN = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/=]+( .*)?$/;
const ADDRESS_PATTERN = /^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/;

/** Checks of the guest settings that any VM (own or shared) needs. `field` prefixes the paths. */
export function guestProblems(p: Problems, vm: ResolvedVm, field: string, host: LibvirtHost, linux: boolean): void {
  checkWhole(p, `${field}.diskGiB`, vm.diskGiB, VM_DEFAULTS.minDiskGiB, SPEC_LIMITS.diskGiB, 'GiB',
    () => p.add(`${field}.diskGiB`, vm.diskGiB, 'is too small for a root disk', `use a whole number of at least ${VM_DEFAULTS.minDiskGiB}`));
  checkWhole(p, `${field}.memoryOverheadMiB`, vm.memoryOverheadMiB, 0, SPEC_LIMITS.memoryMiB, 'MiB',
    () => p.add(`${field}.memoryOverheadMiB`, vm.memoryOverheadMiB, 'is not a whole number of MiB', `use 0 or more (default ${VM_DEFAULTS.memoryOverheadMiB})`));
  // A value with a line break is reported once, here, and not checked further.
  checkVmLines(p, vm, field);
  if (vm.baseImageUrl !== undefined && vm.baseImagePath !== undefined) {
    p.add(`${field}.baseImagePath`, vm.baseImagePath, 'is given together with baseImageUrl', 'set only one of them');
  }
  if (vm.baseImageUrl !== undefined && fitsOnOneLine(vm.baseImageUrl) && !/^(https?|file):\/\/\S+$/.test(vm.baseImageUrl)) {
    p.add(`${field}.baseImageUrl`, vm.baseImageUrl, 'is not an http(s) or file URL', 'give the URL of a qcow2 image');
  }
  if (vm.baseImagePath !== undefined && fitsOnOneLine(vm.baseImagePath) && !path.posix.isAbsolute(vm.baseImagePath)) {
    p.add(`${field}.baseImagePath`, vm.baseImagePath, 'is not an absolute path', 'give the image\'s path on the libvirt host, starting with "/"');
  }
  if (!linux) return;
  if (vm.adminUser !== undefined && fitsOnOneLine(vm.adminUser) && (!USER_PATTERN.test(vm.adminUser) || vm.adminUser === 'root')) {
    p.add(`${field}.adminUser`, vm.adminUser, 'is not a valid login name', 'use a lowercase name other than root, e.g. "admin"');
  }
  if (vm.adminUser !== undefined && vm.sshAuthorizedKeys.length === 0) {
    p.add(`${field}.sshAuthorizedKeys`, undefined, `is empty but adminUser ${formatValue(vm.adminUser)} is asked for`,
      'add at least one public SSH key (passwords are never set), or remove adminUser');
  }
  if (vm.adminUser === undefined && vm.sshAuthorizedKeys.length > 0) {
    p.add(`${field}.adminUser`, undefined, 'is missing but sshAuthorizedKeys are given', 'name the login user the keys are for, e.g. "admin"');
  }
  vm.sshAuthorizedKeys.forEach((key, i) => {
    if (fitsOnOneLine(key) && !SSH_KEY_PATTERN.test(key)) {
      p.add(`${field}.sshAuthorizedKeys[${i}]`, key.length > 40 ? `${key.slice(0, 40)}…` : key, 'is not an OpenSSH public key',
        'paste one line of a .pub file, e.g. "ssh-ed25519 AAAA… you@host"');
    }
  });
  if (vm.ipAddress !== undefined && fitsOnOneLine(vm.ipAddress)) {
    if (!ADDRESS_PATTERN.test(vm.ipAddress)) {
      p.add(`${field}.ipAddress`, vm.ipAddress, 'is not an IPv4 address with prefix', 'write it as e.g. "192.168.150.10/24"');
    } else if (vm.gateway === undefined) {
      const why = host._staticAddressProblem(vm.ipAddress);
      if (why === 'outside') {
        p.add(`${field}.ipAddress`, vm.ipAddress, `is not in the subnet of the network created by ${host.label}`,
          'choose an address in that subnet, or set gateway for an existing network');
      } else if (why !== undefined) {
        p.add(`${field}.ipAddress`, vm.ipAddress, why === 'gateway' ? 'is the network\'s gateway' : `is in the DHCP range of the network created by ${host.label} (its upper half)`,
          'choose an address in the lower half of the subnet, above the gateway');
      }
    }
  }
}

/** The root disk's base image: a URL to download, an existing path, or the default Debian image. */
export function needsBaseImage(spec: ResolvedSpec, vm: ResolvedVm): boolean {
  return spec.os !== OperatingSystem.LINUX && vm.baseImageUrl === undefined && vm.baseImagePath === undefined;
}

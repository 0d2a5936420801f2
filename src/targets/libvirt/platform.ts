/**
 * The libvirt a host runs, as far as the library needs to know it: whether it can forward host
 * ports into a VM with the passt backend (libvirt ≥ 9.2 built with passt).
 */
export enum LibvirtPlatform {
  /** Debian 12 "bookworm": libvirt 9.0, built without passt. */
  DEBIAN_12 = 'debian-12',
  /** Debian 12 with libvirt 11.3 from bookworm-backports (its QEMU driver recommends passt). */
  DEBIAN_12_BACKPORTS = 'debian-12-backports',
  /** Debian 13 "trixie": libvirt 11.3 with passt. */
  DEBIAN_13 = 'debian-13',
  /** Ubuntu 24.04 LTS: libvirt 10.0 with passt. */
  UBUNTU_24_04 = 'ubuntu-24.04',
  /** RHEL, AlmaLinux or Rocky Linux 9: libvirt 10 with passt from AppStream. */
  RHEL_9 = 'rhel-9',
  /** Fedora (current releases): libvirt 10 or newer with passt. */
  FEDORA = 'fedora',
}

/** What each platform's libvirt offers; see the README's host requirements for the sources. */
export const PLATFORM_FACTS: { readonly [platform: string]: { readonly libvirt: string; readonly passt: boolean; readonly virtiofsReadOnly: boolean } } = {
  // virtiofsReadOnly: libvirt 9.0's QEMU driver refuses <readonly/> on virtiofs ("virtiofs does not
  // yet support read-only mode"); 11.3's has no such refusal and passes --readonly to virtiofsd.
  // Releases not checked (10.x) count as without it: a refused domain would not start.
  [LibvirtPlatform.DEBIAN_12]: { libvirt: 'Debian 12\'s libvirt 9.0', passt: false, virtiofsReadOnly: false },
  [LibvirtPlatform.DEBIAN_12_BACKPORTS]: { libvirt: 'libvirt 11.3 from bookworm-backports', passt: true, virtiofsReadOnly: true },
  [LibvirtPlatform.DEBIAN_13]: { libvirt: 'Debian 13\'s libvirt 11.3', passt: true, virtiofsReadOnly: true },
  [LibvirtPlatform.UBUNTU_24_04]: { libvirt: 'Ubuntu 24.04\'s libvirt 10.0', passt: true, virtiofsReadOnly: false },
  [LibvirtPlatform.RHEL_9]: { libvirt: 'RHEL 9\'s libvirt', passt: true, virtiofsReadOnly: false },
  [LibvirtPlatform.FEDORA]: { libvirt: 'Fedora\'s libvirt', passt: true, virtiofsReadOnly: false },
};

/** How to get host ports without passt, for messages. */
export const WITHOUT_PASST_FIX = 'on Debian 12 install libvirt 11.3 from bookworm-backports (apt install -t bookworm-backports '
  + 'libvirt-daemon-system passt) and set platform: DEBIAN_12_BACKPORTS, or leave hostPort unset and reach the port at the VM\'s address';

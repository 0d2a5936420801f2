export * from './model/workload-spec';
export * from './model/target';
export * from './targets/endpoint';
export * from './targets/workload';
export * from './targets/docker/docker-host';
export * from './targets/docker/container-workload';
// The typed libvirt 0.9.7 bindings (generated) — the escape hatch's types for the vm and hybrid
// targets. `npm run build` makes this namespace load its members on first use.
export * as libvirt from './generated/providers/libvirt';
export * from './model/app-spec';
export * from './targets/libvirt/libvirt-host';
export { LibvirtPlatform } from './targets/libvirt/platform';
export * from './targets/libvirt/virtual-machine';
export * from './targets/libvirt/vm-workload';
export * from './model/app-spec-file';
export * from './targets/hybrid/hybrid-container';
export * from './targets/hybrid/hybrid-workload';
export * from './app/target-choice';
export * from './app/workload-app';
export * from './targets/support-table';

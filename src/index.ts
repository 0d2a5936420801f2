export * from './spec/workload-spec';
export * from './targets/target';
export * from './targets/endpoint';
export * from './targets/workload';
export * from './targets/docker/docker-host';
export * from './targets/docker/container-workload';
// The typed libvirt 0.9.7 bindings (generated) — the escape hatch's types for the vm and hybrid
// targets. `npm run build` makes this namespace load its members on first use.
export * as libvirt from './generated/providers/libvirt';

export * from './spec/workload-spec';
export * from './targets/target';
export * from './targets/endpoint';
export * from './targets/workload';
export * from './targets/docker/docker-host';
export * from './targets/docker/container-workload';

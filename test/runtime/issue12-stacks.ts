// Test-only stacks for issue 12's fields on the runtime lab, synthesized once per run by
// test-app.ts (see global-setup.ts). The examples do not use every field, and the lab has
// stand-ins only for the images the examples name (nginx, redis, postgres, http-echo: Debian
// underneath, with bash and python3), so these stacks use those images.
import { App, TerraformStack } from 'cdktf';
import { SWITCH_TARGET_APP } from '../../examples/switch-target/stack';
import { ContainerWorkload, DependencyCondition, loadAppSpec, WorkloadApp, WorkloadSpec, WorkloadTarget } from '../../src';

// ------------------------------------------------------------------ container target: hardening

/**
 * One container with every hardening field set, each to a value that differs from Docker's own
 * default, so that seeing it inside the running container proves it was applied. Capabilities are
 * spelled as users write them (lower case, without "CAP_"): the writer normalizes them.
 */
export const HARDENED: WorkloadSpec = {
  name: 'hardened',
  image: 'hashicorp/http-echo:1.0',
  // Port 80 as root with every capability dropped but NET_BIND_SERVICE: binding it proves the one
  // added capability is effective.
  args: ['-listen=:80', '-text=hardened'],
  ports: [{ name: 'http', containerPort: 80, urlScheme: 'http' }],
  memoryMiB: 64,
  capDrop: ['all'],
  capAdd: ['net_bind_service'],
  readOnlyRootFilesystem: true,
  tmpfs: [{ mountPath: '/scratch', sizeMiB: 8 }],
  sysctls: { 'net.core.somaxconn': '511' },
  ulimits: [{ name: 'nofile', soft: 1000, hard: 2000 }],
  shmSizeMiB: 16,
  init: true,
  stopGraceSeconds: 3,
  extraHosts: [{ host: 'ledger.internal', ip: '192.0.2.7' }],
  logging: { maxSizeMiB: 1, maxFiles: 2 },
};

/** The stack ids test-app.ts synthesizes. */
export const TEST_STACKS = { hardened: 'runtime-hardened', hybrid: 'runtime-hybrid' } as const;

export class HardenedContainerStack extends TerraformStack {
  constructor(scope: App, id: string) {
    super(scope, id);
    new ContainerWorkload(this, HARDENED.name, { spec: HARDENED });
  }
}

// ------------------------------------------------------------------ hybrid target: jobs, shared volume, config file, networks

/** What the run-once job writes into the shared volume; the service serves it from there. */
export const JOB_MESSAGE = 'written by the seed job';

/** The service's nginx configuration (a config file the hybrid target writes in the VM and bind-mounts). */
export const READER_CONFIG = [
  'server {',
  '    listen 8081;',
  '    location = /config { default_type text/plain; return 200 "served as the config file says\\n"; }',
  '    location /exchange/ { root /srv; default_type text/plain; }',
  '}',
  '',
].join('\n');

/**
 * Issue 12's guest-side fields, added to switch-target-hybrid's app (web, api, db on the default
 * network, unchanged) so that they share its one boot:
 * - `seed`, a run-once job on network "side", writes into the shared volume "exchange";
 * - `reader` waits for it to complete, mounts the same volume read-only, reads its nginx config
 *   from a config file, and is on "side" only;
 * - `bridge` is on both networks: it reaches api and reader; api and reader do not reach each other.
 */
export const HYBRID_EXTRAS: WorkloadSpec[] = [
  {
    name: 'seed',
    image: 'nginx:1.27',
    entrypoint: ['/bin/sh', '-c'],
    // Nanoseconds since the epoch, then the message: the dependent checks it came later.
    command: [`date +%s%N > /exchange/seeded-at && printf '%s\\n' '${JOB_MESSAGE}' > /exchange/message`],
    volumes: [{ name: 'exchange', mountPath: '/exchange', shared: true, preventDestroy: false }],
    memoryMiB: 64,
    job: { timeoutSeconds: 300 },
    networks: ['side'],
  },
  {
    name: 'reader',
    image: 'nginx:1.27',
    ports: [{ name: 'http', containerPort: 8081, urlScheme: 'http' }],
    volumes: [{ name: 'exchange', mountPath: '/srv/exchange', shared: true, preventDestroy: false, readOnly: true }],
    configFiles: [{ mountPath: '/etc/nginx/conf.d/reader.conf', content: READER_CONFIG }],
    memoryMiB: 64,
    dependsOn: ['seed'],
    dependencyConditions: { seed: DependencyCondition.COMPLETED },
    networks: ['side'],
  },
  {
    name: 'bridge',
    image: 'hashicorp/http-echo:1.0',
    args: ['-listen=:5678', '-text=bridge'],
    ports: [{ name: 'http', containerPort: 5678, urlScheme: 'http' }],
    memoryMiB: 64,
    networks: ['default', 'side'],
  },
];

/** switch-target-hybrid's app with HYBRID_EXTRAS, on the hybrid target. */
export class Issue12HybridStack extends TerraformStack {
  constructor(scope: App, id: string) {
    super(scope, id);
    const app = loadAppSpec(SWITCH_TARGET_APP);
    // The example's VM shape (3 vCPUs): by default each extra workload would add one, and under
    // TCG on two shared cores more vCPU threads only contend with the other guests.
    new WorkloadApp(this, 'app', {
      app: { ...app, workloads: [...app.workloads, ...HYBRID_EXTRAS], hybrid: { ...app.hybrid, vcpus: 3 } },
      target: WorkloadTarget.HYBRID,
    });
  }
}

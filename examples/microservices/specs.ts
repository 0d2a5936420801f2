import { Risk, WorkloadSpec } from '../../src';

/**
 * A gateway in front of two APIs and a cache, started in dependency order, on two networks: the
 * gateway reaches the APIs on "edge", only orders reaches the cache on "data".
 */
export const microserviceSpecs: WorkloadSpec[] = [
  {
    name: 'gateway',
    image: 'nginx:1.27-alpine',
    ports: [{ name: 'http', containerPort: 80, hostPort: 8000, urlScheme: 'http', public: true }],
    tmpfs: [{ mountPath: '/var/cache/nginx' }],
    memoryMiB: 128,
    healthCheck: { http: { port: 'http', path: '/' } },
    dependsOn: ['users', 'orders'],
    networks: ['edge'],
    // On purpose: the gateway is the app's front door, and nginx's Alpine image has wget (busybox).
    acceptRisks: [Risk.PUBLIC_PORT, Risk.HTTP_PROBE_TOOLS],
  },
  {
    name: 'users',
    image: 'hashicorp/http-echo:1.0',
    args: ['-listen=:5678', '-text=users'],
    ports: [{ name: 'http', containerPort: 5678, urlScheme: 'http' }],
    memoryMiB: 64,
    cpus: 0.25,
    replicas: 2,
    user: '65534',
    networks: ['edge'],
  },
  {
    name: 'orders',
    image: 'hashicorp/http-echo:1.0',
    args: ['-listen=:5678', '-text=orders'],
    env: { CACHE_URL: 'redis://cache:6379' },
    ports: [{ name: 'http', containerPort: 5678, urlScheme: 'http' }],
    memoryMiB: 64,
    cpus: 0.25,
    user: '65534',
    dependsOn: ['cache'],
    networks: ['edge', 'data'],
  },
  {
    name: 'cache',
    image: 'redis:7.4',
    command: ['redis-server', '--appendonly', 'yes'],
    ports: [{ name: 'redis', containerPort: 6379, urlScheme: 'redis' }],
    volumes: [{ name: 'data', mountPath: '/data' }],
    memoryMiB: 256,
    healthCheck: { command: ['redis-cli', 'ping'], intervalSeconds: 10 },
    labels: { tier: 'cache' },
    networks: ['data'],
  },
];

import { RestartPolicy, Risk, WorkloadSpec } from '../../src';

/** nginx in front of PostgreSQL; the database password comes from the sensitive variable db_password. */
export const webAndDbSpecs: WorkloadSpec[] = [
  {
    name: 'db',
    image: 'postgres:16.4',
    env: { POSTGRES_USER: 'app', POSTGRES_DB: 'app', PGDATA: '/var/lib/postgresql/data/pgdata' },
    secretEnv: { POSTGRES_PASSWORD: 'db_password' },
    ports: [{ name: 'postgres', containerPort: 5432, urlScheme: 'postgres' }],
    volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
    memoryMiB: 1024,
    cpus: 1,
    healthCheck: { command: ['pg_isready', '-U', 'app', '-d', 'app'], intervalSeconds: 10, startPeriodSeconds: 30 },
    restart: { policy: RestartPolicy.UNLESS_STOPPED },
  },
  {
    name: 'web',
    image: 'nginx:1.27',
    ports: [{ name: 'http', containerPort: 80, hostPort: 8080, urlScheme: 'http' }],
    tmpfs: [{ mountPath: '/var/cache/nginx', sizeMiB: 64 }],
    memoryMiB: 256,
    cpus: 0.5,
    healthCheck: { http: { port: 'http', path: '/' } },
    dependsOn: ['db'],
    acceptRisks: [Risk.HTTP_PROBE_TOOLS], // nginx's Debian image has curl
  },
];

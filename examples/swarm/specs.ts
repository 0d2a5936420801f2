import { RestartPolicy, Risk, UpdateOrder, WorkloadSpec } from '../../src';

/** The web front's nginx.conf: the whole file, so it means the same in every nginx image. */
export const WEB_NGINX_CONF = `events {}
http {
  # Docker's DNS, asked again every second: a rolling update changes the api's addresses.
  resolver 127.0.0.11 valid=1s ipv6=off;
  server {
    listen 80;
    location = /healthz { return 200 "ok\\n"; }
    location /api/ {
      set $api http://api:5678;
      proxy_pass $api;
      proxy_next_upstream error timeout http_502 http_503;
    }
    location / { return 200 "web\\n"; }
  }
}
`;

/**
 * A web front, an API and its database as swarm services: replicas spread by the swarm, rolling
 * updates that start each new task first, the database password as a Docker secret the image
 * reads from a file, nginx's configuration as a Docker config, and two overlay networks (web
 * reaches the api on "edge", only the api reaches the database on "data").
 */
export const swarmSpecs: WorkloadSpec[] = [
  {
    name: 'web',
    image: 'nginx:1.27',
    replicas: 2,
    ports: [{ name: 'http', containerPort: 80, hostPort: 8088, public: true, urlScheme: 'http' }],
    configFiles: [{ mountPath: '/etc/nginx/nginx.conf', content: WEB_NGINX_CONF }],
    memoryMiB: 128,
    reservations: { memoryMiB: 64 },
    healthCheck: { http: { port: 'http', path: '/healthz' }, intervalSeconds: 5, retries: 3 },
    update: { parallelism: 1, delaySeconds: 5 },
    dependsOn: ['api'],
    networks: ['edge'],
    // The app's front door, published on every node; nginx's Debian image has curl.
    acceptRisks: [Risk.PUBLIC_PORT, Risk.HTTP_PROBE_TOOLS],
  },
  {
    name: 'api',
    image: 'hashicorp/http-echo:1.0',
    args: ['-listen=:5678', '-text=hello from the swarm'],
    replicas: 3,
    env: { DATABASE_HOST: 'db', DATABASE_USER: 'app' },
    ports: [{ name: 'http', containerPort: 5678, urlScheme: 'http' }],
    memoryMiB: 64,
    cpus: 0.25,
    reservations: { cpus: 0.1, memoryMiB: 32 },
    user: '65534',
    dependsOn: ['db'],
    networks: ['edge', 'data'],
  },
  {
    name: 'db',
    image: 'postgres:16.4',
    env: { POSTGRES_USER: 'app', POSTGRES_DB: 'app', PGDATA: '/var/lib/postgresql/data/pgdata' },
    // The official image reads POSTGRES_PASSWORD_FILE: the swarm mounts the secret there.
    secretEnv: { POSTGRES_PASSWORD: 'db_password' },
    readsSecretEnvFiles: true,
    ports: [{ name: 'postgres', containerPort: 5432, urlScheme: 'postgres' }],
    volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
    memoryMiB: 512,
    reservations: { memoryMiB: 256 },
    healthCheck: { command: ['pg_isready', '-U', 'app', '-d', 'app'], intervalSeconds: 10, startPeriodSeconds: 30 },
    restart: { policy: RestartPolicy.ALWAYS, delaySeconds: 10 },
    // One database: stop it before its replacement starts, so two never write one volume.
    update: { order: UpdateOrder.STOP_FIRST },
    networks: ['data'],
  },
];

// Test-only swarm stacks for the runtime suite (swarm.runtime.ts), synthesized once per run by
// test-app.ts. Three versions of one app, on one cluster prefix so that each applies over the
// last: v2 changes the api's image arguments (a rolling update), v3 gives it a health check that
// always fails (an update the swarm must roll back). The lab's kernel has no IPVS, so neither the
// routing mesh nor a virtual IP answers here: the stacks publish in host mode and resolve names
// to the tasks (dnsrr), which the swarm target supports on purpose (README, Host requirements).
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { WEB_NGINX_CONF } from '../../examples/swarm/specs';
import { EndpointMode, PublishMode, Risk, SwarmCluster, SwarmWorkload, WorkloadSpec } from '../../src';

/** The name prefix of every swarm object the runtime stacks create. */
export const SWARM_PREFIX = 'rtswarm';
/** The port web publishes (host mode) on the lab's engine. */
export const SWARM_WEB_PORT = 18180;
/** The stack ids, by version. */
export const SWARM_STACKS = { v1: 'runtime-swarm-v1', v2: 'runtime-swarm-v2', v3: 'runtime-swarm-v3' } as const;


/** The api's answer in each version. */
export const API_TEXT = { v1: 'api v1', v2: 'api v2', v3: 'api v3' } as const;

export function swarmRuntimeSpecs(version: keyof typeof SWARM_STACKS): WorkloadSpec[] {
  return [
    {
      name: 'web',
      image: 'nginx:1.27',
      ports: [{ name: 'http', containerPort: 80, hostPort: SWARM_WEB_PORT, public: true, publishMode: PublishMode.HOST, urlScheme: 'http' }],
      // The example's nginx.conf: Docker's DNS asked again every second, the next task tried on an error.
      configFiles: [{ mountPath: '/etc/nginx/nginx.conf', content: WEB_NGINX_CONF }],
      memoryMiB: 64,
      healthCheck: { http: { port: 'http', path: '/healthz' }, intervalSeconds: 2, timeoutSeconds: 2, retries: 3 },
      endpointMode: EndpointMode.DNSRR,
      networks: ['edge'],
      dependsOn: ['api'],
      acceptRisks: [Risk.PUBLIC_PORT, Risk.HTTP_PROBE_TOOLS],
    },
    {
      name: 'api',
      image: 'hashicorp/http-echo:1.0',
      args: ['-listen=:5678', `-text=${API_TEXT[version]}`],
      replicas: 2,
      secretEnv: { API_TOKEN: 'api_token' },
      readsSecretEnvFiles: true,
      ports: [{ name: 'http', containerPort: 5678, urlScheme: 'http' }],
      memoryMiB: 64,
      healthCheck: version === 'v3'
        ? { command: ['false'], intervalSeconds: 2, timeoutSeconds: 2, retries: 2 }
        : { http: { port: 'http' }, intervalSeconds: 2, timeoutSeconds: 2, retries: 2 },
      // Both replicas at once: without start-first that would leave no api at all for a moment.
      update: { parallelism: 2, delaySeconds: 1 },
      endpointMode: EndpointMode.DNSRR,
      networks: ['edge', 'back'],
      dependsOn: ['cache'],
      acceptRisks: [Risk.HTTP_PROBE_TOOLS],
    },
    {
      name: 'cache',
      image: 'redis:7.4',
      command: ['redis-server', '--bind', '0.0.0.0', '--protected-mode', 'no', '--appendonly', 'yes'],
      ports: [{ name: 'redis', containerPort: 6379, urlScheme: 'redis' }],
      volumes: [{ name: 'data', mountPath: '/data', preventDestroy: false }],
      memoryMiB: 64,
      healthCheck: { command: ['redis-cli', 'ping'], intervalSeconds: 2, timeoutSeconds: 2, retries: 3 },
      endpointMode: EndpointMode.DNSRR,
      networks: ['back'],
    },
  ];
}

/** One version of the runtime swarm app on the lab's engine (the local socket stands for it). */
export class SwarmRuntimeStack extends TerraformStack {
  constructor(scope: Construct, id: string, version: keyof typeof SWARM_STACKS) {
    super(scope, id);
    const cluster = new SwarmCluster(this, 'swarm', { namePrefix: SWARM_PREFIX, networkName: `${SWARM_PREFIX}-default` });
    for (const spec of swarmRuntimeSpecs(version)) new SwarmWorkload(this, spec.name, { spec, cluster });
  }
}

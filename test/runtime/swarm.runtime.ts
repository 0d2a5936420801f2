// Issue 20: the swarm target on a real Docker Swarm, the lab's engine as its one node
// (`docker swarm init --advertise-addr 127.0.0.1`). The lab applies docker_container stacks only:
// swarm-apply.ts stands in for the provider's apply of the swarm resources (it reads only what the
// stack says, Terraform evaluates the expressions). The stacks are swarm-stacks.ts, synthesized by
// global-setup.ts: web (nginx, publishing in host mode) in front of api (two replicas, a secret)
// and a cache with a volume, on two overlay networks. What this machine cannot show: the routing
// mesh and virtual IPs (no IPVS in its kernel, README), several nodes (one engine: draining a node
// is not exercised), encrypted overlays between nodes (one node has no peer to encrypt for).
//
// The tests run in order on one deployment. The engine leaves the swarm at the end, whatever
// happened, and what the swarm made (the gateway bridge, the cache's volume) is removed; the lab's
// dockerd keeps running. About 3 minutes.
import * as http from 'http';
import { lab } from './lab';
import { applySwarmStack, destroySwarmStack, engine, runningTasks, SwarmState } from './swarm-apply';
import { API_TEXT, SWARM_PREFIX, SWARM_STACKS, SWARM_WEB_PORT } from './swarm-stacks';
import { testStack } from './stacks';

const TOKEN = { first: `token one ${Date.now()} "q" $x`, second: `token two ${Date.now()}` };
const service = (name: string) => `${SWARM_PREFIX}_${name}`;

/** `docker …` on the lab's engine; throws unless it exits 0. */
function docker(...args: string[]): string {
  const r = lab(['docker', ...args], 120);
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The containers of a service's running tasks. */
async function containersOf(name: string): Promise<string[]> {
  const s = await engine('GET', `/services/${service(name)}`);
  return (await runningTasks(s.ID)).map((t) => t.Status.ContainerStatus.ContainerID as string);
}

function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: SWARM_WEB_PORT, path, timeout: 3000 }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: e.message }));
  });
}

/** Requests to the published port, one every 100 ms, until stopped (at most `seconds`): how many, which failed, which answers. */
function requestLoop(seconds: number) {
  let stop = false;
  const result = { requests: 0, failed: [] as string[], answers: new Map<string, number>() };
  const done = (async () => {
    const end = Date.now() + seconds * 1000;
    while (!stop && Date.now() < end) {
      const r = await get('/api/');
      result.requests++;
      if (r.status !== 200) result.failed.push(`${r.status} ${r.body.trim().slice(0, 80)}`);
      else result.answers.set(r.body.trim(), (result.answers.get(r.body.trim()) ?? 0) + 1);
      await new Promise((res) => setTimeout(res, 100));
    }
  })();
  return { stop: async () => { stop = true; await done; return result; }, result };
}

let state: SwarmState = {};
let swarmBefore = 'inactive';
let gatewayBefore = false;

beforeAll(async () => {
  swarmBefore = docker('info', '--format', '{{.Swarm.LocalNodeState}}').trim();
  // The engine must be as a fresh lab leaves it; someone else's swarm is not ours to change.
  if (swarmBefore !== 'inactive') throw new Error(`the lab's engine is already in a swarm (${swarmBefore}); leave it first`);
  gatewayBefore = docker('network', 'ls', '--format', '{{.Name}}').split('\n').includes('docker_gwbridge');
  docker('swarm', 'init', '--advertise-addr', '127.0.0.1');
}, 120_000);

afterAll(async () => {
  try {
    await destroySwarmStack(state);
  } finally {
    lab(['docker', 'swarm', 'leave', '--force'], 120);
    if (!gatewayBefore) lab(['docker', 'network', 'rm', 'docker_gwbridge'], 60);
    lab(['docker', 'volume', 'rm', `${service('cache')}_data`], 60);
  }
}, 300_000);

describe('a swarm of one node: the lab\'s engine', () => {
  test('applied, every replica of every service converges healthy', async () => {
    const r = await applySwarmStack(testStack(SWARM_STACKS.v1), { api_token: TOKEN.first });
    state = r.state;
    expect(r.error).toBeUndefined();
    process.stdout.write(`swarm v1 applied and converged in ${r.seconds.toFixed(0)} s\n`);
    for (const [name, replicas] of [['web', 1], ['api', 2], ['cache', 1]] as const) {
      const containers = await containersOf(name);
      expect([name, containers.length]).toEqual([name, replicas]);
      for (const id of containers) {
        const c = await engine('GET', `/containers/${id}/json`);
        expect([name, c.State.Health.Status]).toEqual([name, 'healthy']);
      }
    }
    // Pinned to the node that keeps its volume, and writing to it.
    const cache = await engine('GET', `/services/${service('cache')}`);
    expect(cache.Spec.TaskTemplate.Placement.Constraints).toEqual(['node.role == manager']);
    const [cacheContainer] = await containersOf('cache');
    expect(docker('exec', cacheContainer, 'redis-cli', 'set', 'k', 'v').trim()).toBe('OK');
  }, 300_000);

  test('the published port answers through web, which reaches the api by name on their overlay network; the api reaches the cache on another', async () => {
    expect(await get('/api/')).toEqual({ status: 200, body: `${API_TEXT.v1}\n` });
    const [web] = await containersOf('web');
    const [api] = await containersOf('api');
    expect(docker('exec', web, 'curl', '-fsS', 'http://api:5678/').trim()).toBe(API_TEXT.v1);
    expect(docker('exec', api, 'redis-cli', '-h', 'cache', 'get', 'k').trim()).toBe('v');
    // Only workloads that share a network reach each other: web is not on the cache's.
    const r = lab(['docker', 'exec', web, 'getent', 'hosts', 'cache'], 60);
    expect(r.status).not.toBe(0);
    // The name resolves to both api tasks (dnsrr), on the overlay network.
    const addresses = docker('exec', web, 'getent', 'ahostsv4', 'api').split('\n').map((l) => l.split(/\s+/)[0]).filter(Boolean);
    expect(new Set(addresses).size).toBe(2);
    const edge = await engine('GET', `/networks/${SWARM_PREFIX}_edge`);
    expect([edge.Driver, edge.Scope, edge.Attachable]).toEqual(['overlay', 'swarm', true]);
  }, 120_000);

  test('the secret is the file /run/secrets/<variable>, named by API_TOKEN_FILE, and in no environment or spec that inspect shows', async () => {
    for (const id of await containersOf('api')) {
      expect(docker('exec', id, 'cat', '/run/secrets/api_token')).toBe(TOKEN.first);
      expect(docker('exec', id, 'printenv', 'API_TOKEN_FILE').trim()).toBe('/run/secrets/api_token');
      const inspected = docker('inspect', id);
      expect(inspected).not.toContain(TOKEN.first);
      expect(JSON.parse(inspected)[0].Config.Env).toContain('API_TOKEN_FILE=/run/secrets/api_token');
    }
    expect(docker('service', 'inspect', service('api'))).not.toContain(TOKEN.first);
    const [, secret] = Object.entries(state).find(([a]) => a.startsWith('docker_secret.'))!;
    expect(docker('secret', 'inspect', secret.id)).not.toContain(TOKEN.first);
  }, 120_000);

  test('a rolling update of the api (new arguments, both replicas at once, each new task started first) keeps the published port answering: zero failed requests', async () => {
    const loop = requestLoop(240);
    const before = new Set(await containersOf('api'));
    const r = await applySwarmStack(testStack(SWARM_STACKS.v2), { api_token: TOKEN.first }, state);
    state = r.state;
    await new Promise((res) => setTimeout(res, 2000));
    const result = await loop.stop();
    expect(r.error).toBeUndefined();
    process.stdout.write(`rolling update: ${result.requests} requests in ${r.seconds.toFixed(0)} s, answers ${JSON.stringify([...result.answers])}\n`);
    expect(result.failed).toEqual([]);
    expect(result.requests).toBeGreaterThan(50);
    expect([...result.answers.keys()].sort()).toEqual([API_TEXT.v1, API_TEXT.v2]);
    const after = await containersOf('api');
    expect(after).toHaveLength(2);
    expect(after.filter((id) => before.has(id))).toEqual([]);
    expect(await get('/api/')).toEqual({ status: 200, body: `${API_TEXT.v2}\n` });
  }, 300_000);

  test('a new version whose health check fails is rolled back by the swarm, the apply fails, and the app keeps answering', async () => {
    const loop = requestLoop(240);
    const before = (await containersOf('api')).sort();
    const r = await applySwarmStack(testStack(SWARM_STACKS.v3), { api_token: TOKEN.first }, state);
    state = r.state;
    const result = await loop.stop();
    expect(r.error).toMatch(/service rollback completed/);
    const s = await engine('GET', `/services/${service('api')}`);
    expect(s.UpdateStatus.State).toBe('rollback_completed');
    // Back on v2's spec, on the tasks that never stopped (start-first: the new ones came up beside them).
    expect(s.Spec.TaskTemplate.ContainerSpec.Args).toEqual(['-listen=:5678', `-text=${API_TEXT.v2}`]);
    expect((await containersOf('api')).sort()).toEqual(before);
    expect(result.failed).toEqual([]);
    expect([...result.answers.keys()]).toEqual([API_TEXT.v2]);
  }, 300_000);

  test('a new secret value is a new docker_secret and a rolling update, the old secret goes, and the port answers throughout', async () => {
    const loop = requestLoop(240);
    const oldSecret = Object.entries(state).find(([a]) => a.startsWith('docker_secret.'))!;
    const r = await applySwarmStack(testStack(SWARM_STACKS.v2), { api_token: TOKEN.second }, state);
    state = r.state;
    const result = await loop.stop();
    expect(r.error).toBeUndefined();
    const newSecret = state[oldSecret[0]];
    expect(newSecret.name).not.toBe(oldSecret[1].name);
    expect(newSecret.name.startsWith(`${SWARM_PREFIX}_api_token_`)).toBe(true);
    for (const id of await containersOf('api')) expect(docker('exec', id, 'cat', '/run/secrets/api_token')).toBe(TOKEN.second);
    const secrets = docker('secret', 'ls', '--format', '{{.Name}}').split('\n').filter(Boolean);
    expect(secrets).toEqual([newSecret.name]);
    expect(result.failed).toEqual([]);
  }, 300_000);
});

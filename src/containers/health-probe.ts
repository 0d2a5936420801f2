import { DEFAULTS, ResolvedHealthCheck, ResolvedSpec } from '../model/defaults';
import { shellCommand, shellWord } from '../encoding/shell';

/**
 * The spec's health probe as a Docker/OCI HEALTHCHECK test (`["CMD", …]` or `["CMD-SHELL", "…"]`),
 * run inside the container. An HTTP probe needs wget or curl in the image, a TCP probe nc or bash.
 * Used by the container target and by the Docker engine inside VMs.
 */
export function containerHealthTest(spec: ResolvedSpec): string[] | undefined {
  const h = spec.healthCheck;
  if (!h) return undefined;
  if (h.command) return ['CMD', ...h.command];
  if (h.http) {
    const url = shellWord(probeUrl(spec, h.http.port, h.http.path));
    return ['CMD-SHELL', `wget -q -O /dev/null ${url} || curl -fsS -o /dev/null ${url} || exit 1`];
  }
  if (h.tcp) {
    const port = probePort(spec, h.tcp.port);
    return ['CMD-SHELL', `nc -z 127.0.0.1 ${port} || bash -c ${shellWord(`exec 3<>/dev/tcp/127.0.0.1/${port}`)} || exit 1`];
  }
  return undefined; // no probe: reported by validation
}

/** A HEALTHCHECK test as the one shell string `docker run --health-cmd` takes. */
export function healthCmdString(test: string[]): string {
  return test[0] === 'CMD-SHELL' ? test[1] : shellCommand(test.slice(1));
}

/** The container port of the named port a probe refers to. */
export function probePort(spec: ResolvedSpec, name: string): number | undefined {
  return spec.ports.find((p) => p.name === name)?.containerPort;
}

/** The URL an HTTP probe asks, on the workload's own loopback. */
export function probeUrl(spec: ResolvedSpec, port: string, path: string | undefined): string {
  return `http://127.0.0.1:${probePort(spec, port)}${path ?? DEFAULTS.httpProbePath}`;
}

/**
 * How long a dependent waits for a workload to become healthy (`DependencyCondition.HEALTHY`):
 * the start period and `retries + 1` probes, each up to an interval and a timeout apart: past that
 * Docker has declared it unhealthy.
 */
export function healthWaitSeconds(h: ResolvedHealthCheck): number {
  return h.startPeriodSeconds + (h.retries + 1) * (h.intervalSeconds + h.timeoutSeconds);
}

import { ContainerHealthcheck } from '@cdktf/provider-docker/lib/container';
import { ResolvedSpec } from '../../spec/defaults';

/**
 * The spec's health check as a Docker HEALTHCHECK. Docker runs probes inside the container, so an
 * HTTP probe needs wget or curl in the image and a TCP probe needs nc or bash.
 */
export function dockerHealthcheck(spec: ResolvedSpec): ContainerHealthcheck | undefined {
  const h = spec.healthCheck;
  if (!h) return undefined;
  const containerPort = (name: string) => spec.ports.find((p) => p.name === name)?.containerPort;
  let test: string[];
  if (h.command) {
    test = ['CMD', ...h.command];
  } else if (h.http) {
    const url = `http://127.0.0.1:${containerPort(h.http.port)}${h.http.path ?? '/'}`;
    test = ['CMD-SHELL', `wget -q -O /dev/null '${url}' || curl -fsS -o /dev/null '${url}' || exit 1`];
  } else if (h.tcp) {
    const port = containerPort(h.tcp.port);
    test = ['CMD-SHELL', `nc -z 127.0.0.1 ${port} || bash -c 'exec 3<>/dev/tcp/127.0.0.1/${port}' || exit 1`];
  } else {
    return undefined; // no probe: reported by validation
  }
  return {
    test,
    interval: `${h.intervalSeconds}s`,
    timeout: `${h.timeoutSeconds}s`,
    retries: h.retries,
    startPeriod: `${h.startPeriodSeconds}s`,
  };
}

import { ResolvedSpec } from '../spec/defaults';

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
    const url = `http://127.0.0.1:${probePort(spec, h.http.port)}${h.http.path ?? '/'}`;
    return ['CMD-SHELL', `wget -q -O /dev/null '${url}' || curl -fsS -o /dev/null '${url}' || exit 1`];
  }
  if (h.tcp) {
    const port = probePort(spec, h.tcp.port);
    return ['CMD-SHELL', `nc -z 127.0.0.1 ${port} || bash -c 'exec 3<>/dev/tcp/127.0.0.1/${port}' || exit 1`];
  }
  return undefined; // no probe: reported by validation
}

/** The container port of the named port a probe refers to. */
export function probePort(spec: ResolvedSpec, name: string): number | undefined {
  return spec.ports.find((p) => p.name === name)?.containerPort;
}

import { ContainerHealthcheck } from '@cdktf/provider-docker/lib/container';
import { ResolvedSpec } from '../../spec/defaults';
import { containerHealthTest } from '../probe';

/** The spec's health check as the docker_container healthcheck block. */
export function dockerHealthcheck(spec: ResolvedSpec): ContainerHealthcheck | undefined {
  const h = spec.healthCheck;
  const test = containerHealthTest(spec);
  if (!h || !test) return undefined;
  return {
    test,
    interval: `${h.intervalSeconds}s`,
    timeout: `${h.timeoutSeconds}s`,
    retries: h.retries,
    startPeriod: `${h.startPeriodSeconds}s`,
  };
}

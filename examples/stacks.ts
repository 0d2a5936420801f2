import { App } from 'cdktf';
import { SEPARATE_MACHINES_CONTEXT, WorkloadTarget } from '../src';
import { addComposeExampleStacks } from './compose/stack';
import { LegacyVmStack } from './legacy-vm/vm-stack';
import { MicroservicesContainerStack } from './microservices/container-stack';
import { SwarmStack } from './swarm/stack';
import { SwitchTargetStack } from './switch-target/stack';
import { WebAndDbContainerStack } from './web-and-db/container-stack';
import { WebAndDbVmStack } from './web-and-db/vm-stack';

/**
 * Adds every example stack to `app`; shared by `npm run synth` and the tests. The stacks are a
 * catalogue, not one deployment: each is applied on its own (several are one app on another
 * target), so the local Docker engine and libvirt of one are not another's (`oneAtATime`, the
 * context SEPARATE_MACHINES_CONTEXT). Applied together on one machine, the vm and hybrid stacks
 * would each need a libvirt networkCidr of their own.
 */
export function addExampleStacks(app: App, oneAtATime = true): void {
  if (oneAtATime) app.node.setContext(SEPARATE_MACHINES_CONTEXT, true);
  new WebAndDbContainerStack(app, 'web-and-db');
  new MicroservicesContainerStack(app, 'microservices');
  new WebAndDbVmStack(app, 'web-and-db-vm');
  new LegacyVmStack(app, 'legacy-vm');
  // One app file: its target from WORKLOADS_TARGET / cdktf.json context, and each target pinned.
  new SwitchTargetStack(app, 'switch-target');
  // The swarm publishes on every address of its nodes, and app.yaml keeps its ports on loopback:
  // it is not a swarm app as it stands (examples/swarm is one).
  for (const target of [WorkloadTarget.CONTAINER, WorkloadTarget.VM, WorkloadTarget.HYBRID]) {
    new SwitchTargetStack(app, `switch-target-${target}`, target);
  }
  // Compose files as apps: loadComposeFile, on each target.
  addComposeExampleStacks(app);
  // A web front, an API and a database as Docker Swarm services.
  new SwarmStack(app, 'swarm');
}

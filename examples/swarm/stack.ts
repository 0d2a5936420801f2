import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { swarmSpecs } from './specs';
import { SwarmCluster, WorkloadApp, WorkloadTarget } from '../../src';

/**
 * The web + api + database app on a Docker Swarm, through the local engine as its manager, with
 * encrypted overlay networks (the nodes must let IPsec ESP, IP protocol 50, through).
 */
export class SwarmStack extends TerraformStack {
  public readonly cluster: SwarmCluster;
  public readonly app: WorkloadApp;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cluster = new SwarmCluster(this, 'swarm', { encryptedNetworks: true });
    this.app = new WorkloadApp(this, 'app', { app: { workloads: swarmSpecs }, target: WorkloadTarget.SWARM, swarmCluster: this.cluster });
  }
}

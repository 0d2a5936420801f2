import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { microserviceSpecs } from './specs';
import { ContainerWorkload } from '../../src';

/** The microservices on the local Docker engine, reaching each other by name on the stack's network. */
export class MicroservicesContainerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const spec of microserviceSpecs) {
      new ContainerWorkload(this, spec.name, { spec });
    }
  }
}

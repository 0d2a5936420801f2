import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { webAndDbSpecs } from './specs';
import { ContainerWorkload } from '../../src';

/** web-and-db on the local Docker engine. */
export class WebAndDbContainerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const spec of webAndDbSpecs) {
      new ContainerWorkload(this, spec.name, { spec });
    }
  }
}

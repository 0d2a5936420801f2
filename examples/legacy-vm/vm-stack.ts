import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { legacySpecs } from './specs';
import { VmWorkload } from '../../src';
import { exampleGuest } from '../web-and-db/vm-stack';

/** legacy-vm: a native-recipe Linux VM and a Windows VM on the local qemu:///system. */
export class LegacyVmStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const spec of legacySpecs) {
      const linux = spec.os === undefined;
      new VmWorkload(this, spec.name, { spec, vm: linux ? exampleGuest : undefined });
    }
  }
}

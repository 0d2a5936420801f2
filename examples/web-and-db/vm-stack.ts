import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { webAndDbSpecs } from './specs';
import { VmSpec, VmWorkload } from '../../src';

/** Guest settings of the examples' VMs. Replace the key with your own public key. */
export const exampleGuest: VmSpec = {
  adminUser: 'admin',
  sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyReplaceWithYourOwnPublicKey000 admin@workstation'],
};

/** The same web-and-db specs, each in a libvirt VM of its own, on the local qemu:///system. */
export class WebAndDbVmStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const spec of webAndDbSpecs) {
      new VmWorkload(this, spec.name, { spec, vm: exampleGuest });
    }
  }
}

// Terraform strings: values a spec puts into cdk.tf.json, read back by `terraform console` (what
// apply would evaluate). The seed's meta_data is one (meta-data.ts reads it through Terraform
// first); here the sysctl values of issue 18 point 8 on the container target, where they are
// Terraform strings of docker_container.sysctls.
import { HostileCase, HostileTable, only } from './harness';
import { evaluateTemplates } from '../terraform-eval';

export const tables: HostileTable[] = [
  {
    destination: 'Terraform strings: sysctl values on the container target',
    cases: [
      { name: 'a sysctl value with a line break', field: 'sysctls.net.core.somaxconn', value: '1024\nkernel.core_pattern = |/tmp/x', expect: 'rejected' },
      { name: 'a sysctl value with a control character', field: 'sysctls.net.core.somaxconn', value: '1024\u0007', expect: 'rejected' },
      { name: 'an empty sysctl value', field: 'sysctls.net.core.somaxconn', value: '', expect: 'rejected' },
      { name: 'a sysctl value with a leading blank (sysctl.d strips it)', field: 'sysctls.net.core.somaxconn', value: ' 1024', expect: 'rejected' },
      { name: 'a sysctl value that is not ASCII', field: 'sysctls.net.core.somaxconn', value: '1024\u00a0', expect: 'rejected' },
      { name: 'a sysctl value with a Terraform template', field: 'sysctls.net.core.somaxconn', value: '${file("/etc/passwd")}', expect: 'inert' },
      { name: 'a sysctl value with a Terraform directive', field: 'sysctls.net.core.somaxconn', value: '%{ if true }1%{ endif }', expect: 'inert' },
    ] as HostileCase[],
    place: (c) => ({ target: 'container', specs: [{ name: 'app', image: 'nginx:1.27', sysctls: { 'net.core.somaxconn': c.value } }] }),
    readBack: (c, json) => {
      const container = only(json, 'docker_container');
      expect(evaluateTemplates([container.sysctls['net.core.somaxconn']])).toEqual([c.value]);
    },
  },
];

import { OperatingSystem, RestartPolicy, WorkloadSpec } from '../../src';

/**
 * Software that is not containerized: Apache from Debian's packages, installed and run as a
 * systemd service by a native recipe, with its site on a data disk. Next to it, a prepared
 * Windows image booted as is (no cloud-init), reachable by RDP on the host's loopback.
 */
export const legacySpecs: WorkloadSpec[] = [
  {
    name: 'intranet',
    native: {
      packages: ['apache2'],
      files: [{
        path: '/etc/apache2/sites-available/000-default.conf',
        content: [
          '<VirtualHost *:80>',
          '  DocumentRoot /srv/site',
          '  <Directory /srv/site>',
          '    Require all granted',
          '  </Directory>',
          '</VirtualHost>',
          '',
        ].join('\n'),
      }],
      installCommands: [
        // Our unit runs Apache; the package's own service would hold port 80.
        'systemctl disable --now apache2',
        'test -e /srv/site/index.html || echo "<h1>intranet</h1>" > /srv/site/index.html',
      ],
    },
    command: ['/usr/sbin/apachectl', '-D', 'FOREGROUND'],
    ports: [{ name: 'http', containerPort: 80, hostPort: 8081, urlScheme: 'http' }],
    volumes: [{ name: 'site', mountPath: '/srv/site', sizeGiB: 5 }],
    memoryMiB: 512,
    cpus: 1,
    healthCheck: { http: { port: 'http', path: '/' }, intervalSeconds: 30 },
    restart: { policy: RestartPolicy.ALWAYS },
    vm: { diskGiB: 8, ipAddress: '192.168.150.10/24' }, // a fixed address, in the network's DNS as "intranet"
  },
  {
    name: 'ledger',
    os: OperatingSystem.WINDOWS,
    ports: [{ name: 'rdp', containerPort: 3389, hostPort: 13389, urlScheme: 'rdp' }],
    memoryMiB: 4096,
    cpus: 2,
    vm: { baseImagePath: '/var/lib/libvirt/images/ledger-win2019.qcow2', diskGiB: 60, memoryOverheadMiB: 0 },
  },
];

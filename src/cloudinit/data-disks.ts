/**
 * Formatting of data disks, done by the library instead of cloud-init's `fs_setup`.
 *
 * cloud-init's disk_setup cannot be trusted with data: with `partition: none` it runs mkfs without
 * looking at the disk (cc_disk_setup.mkfs in 22.4), and its other forms reformat a disk whose
 * filesystem has another type or label. It also runs once per instance, and the instance-id
 * changes with the spec. So every boot, before cloud-init's mounts module, this step asks
 * `blkid -p` (a low-level probe: filesystems, partition tables, RAID and LVM members) and runs
 * mkfs only when the disk carries no signature at all. A disk that cannot be probed is left alone.
 */

import { shellCommand } from '../encoding/shell';

/** The filesystem created on a blank data disk. */
export const DATA_DISK_FILESYSTEM = 'ext4';

/** Name under which the step logs ($0 of the script). */
const STEP_NAME = 'cdktf-workloads-format-blank-disks';

// Devices arrive as positional arguments ("$@"), never inside the script text, so no device path
// is ever parsed as shell. blkid -p exits 0 when it found a signature, 2 when it found none.
const FORMAT_BLANK_DISKS_SCRIPT = [
  'status=0',
  'for dev in "$@"; do',
  '  n=0',
  '  while [ ! -b "$dev" ] && [ "$n" -lt 60 ]; do sleep 1; n=$((n + 1)); done',
  '  if [ ! -b "$dev" ]; then echo "$0: $dev is missing; nothing formatted" >&2; status=1; continue; fi',
  '  blkid -p "$dev" >/dev/null 2>&1',
  '  rc=$?',
  '  if [ "$rc" -eq 0 ]; then',
  '    echo "$0: $dev already holds a filesystem or partition table; kept as it is"',
  '  elif [ "$rc" -eq 2 ]; then',
  `    echo "$0: $dev is blank; creating ${DATA_DISK_FILESYSTEM}"`,
  `    mkfs.${DATA_DISK_FILESYSTEM} -q -F "$dev" || status=1`,
  '  else',
  '    echo "$0: blkid could not probe $dev (exit $rc); not formatted" >&2',
  '    status=1',
  '  fi',
  'done',
  'exit "$status"',
  '',
].join('\n');

/**
 * The cloud-init `bootcmd` entry that formats those of `devices` that are blank: one shell
 * command line, every word quoted; the script reads the devices as its arguments.
 */
export function formatBlankDisksCommand(devices: string[]): string {
  return shellCommand(['sh', '-c', FORMAT_BLANK_DISKS_SCRIPT, STEP_NAME, ...devices]);
}

/**
 * Units an earlier version of the library wrote under the app's bare name (`web.service`, before
 * the `cdktf-wl-` prefix): on a guest that keeps its root disk they would stay enabled beside the
 * new ones and run the app twice. At each new cloud-init instance, every such unit file in
 * /etc/systemd/system whose first line is the library's mark is disabled, stopped and removed; a
 * file without the mark (the guest's own, or an admin's) is left alone.
 */
import { legacyUnitNames, GUEST_PATHS } from './guest';
import { GENERATED_MARK } from './systemd-unit';
import { shellCommand } from '../encoding/shell';

/** Name under which the step logs ($0 of the script). */
const STEP_NAME = 'cdktf-workloads-legacy-units';

// The directory is $1 and the unit names follow, as arguments: no name is parsed as shell.
const SCRIPT = [
  'dir=$1; shift',
  'for unit in "$@"; do',
  '  file="$dir/$unit"',
  '  [ -f "$file" ] || continue',
  `  [ "$(head -n 1 "$file")" = ${shellCommand([GENERATED_MARK])} ] || continue`,
  '  echo "$0: removing $unit, which an earlier version of cdktf-workloads wrote"',
  '  systemctl disable --now "$unit" || true',
  '  rm -f "$file"',
  'done',
  '',
].join('\n');

/** The runcmd entry that removes the apps' units of earlier versions, or undefined without apps. */
export function legacyUnitsCommand(apps: string[], unitDirectory: string = GUEST_PATHS.units): string | undefined {
  if (apps.length === 0) return undefined;
  return shellCommand(['sh', '-c', SCRIPT, STEP_NAME, unitDirectory, ...apps.flatMap(legacyUnitNames)]);
}

// Names: what the spec calls the file's services, volumes and secrets.
import { NAME_PATTERN } from '../validate';

/** What is wrong with a service name as a workload name; undefined when it is one. */
export function serviceNameProblem(name: string): string | undefined {
  if (NAME_PATTERN.test(name)) return undefined;
  return `the service name ${JSON.stringify(name)} cannot be a workload name (lowercase letters, digits and "-", at most 63, starting with a letter or digit), and other services reach it by that name; rename the service${/^[A-Za-z0-9._-]+$/.test(name) ? ` (e.g. ${JSON.stringify(name.toLowerCase().replace(/[._]/g, '-'))}) and the places that name it` : ''}`;
}

/** A volume name the spec accepts: lowercase, with `_` and `.` as `-`. */
export function volumeName(name: string): string {
  return name.toLowerCase().replace(/[_.]/g, '-');
}

/** A Terraform variable name for a secret: lowercase, with what is not a letter, digit or `_` as `_`. */
export function variableName(name: string): string {
  const v = name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return /^[a-z_]/.test(v) ? v : `_${v}`;
}

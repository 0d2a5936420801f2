// Hostile inputs, one table per destination (issue 18 point 9). Each case is one value in one spec
// field, `{ name, field, value, expect }`: `rejected` means synth fails with a problem that names
// the field (and so the workload or VM) and says what to do; `inert` means the output, read back by
// the destination's real consumer, carries the value as data and nothing else.
//
// To add a case: put `{ name, field, value, expect }` into the table of its destination (the file
// named after it); the table's `place` puts the value into a spec and its `readBack` reads the
// output with the consumer (readback.ts, guest-checks.ts, terraform-eval.ts). A new destination is
// a new file exporting `tables: HostileTable[]` (harness.ts), imported below. A case belongs here
// when it once got through: write it so that it fails on the code it was found on.
// Destinations: Terraform strings (terraform.ts), cloud-config (cloud-config.ts), meta_data and
// network-config (meta-data.ts), systemd units (systemd.ts), shell (shell.ts), env files
// (env-file.ts). Host paths read at synth belong in a host-paths table (file confinement).
import { describeTable } from './harness';
import { tables as cloudConfig } from './cloud-config';
import { tables as envFile } from './env-file';
import { tables as metaData } from './meta-data';
import { tables as shell } from './shell';
import { tables as systemd } from './systemd';
import { tables as terraform } from './terraform';
import { cleanUp } from '../property-harness';

afterAll(() => cleanUp());

for (const table of [...terraform, ...cloudConfig, ...metaData, ...systemd, ...shell, ...envFile]) describeTable(table);

import type * as domainModule from '../../generated/providers/libvirt/domain';

/**
 * The libvirt_domain bindings, loaded on first use: they take ~190 ms to load, which a program
 * that only uses containers should not pay. Everything else imports them as types only.
 */
export function domainBindings(): typeof domainModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../generated/providers/libvirt/domain');
}

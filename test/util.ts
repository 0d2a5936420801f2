import { App, TerraformStack, Testing } from 'cdktf';

/** A fresh stack in a test app. */
export function newStack(id = 'test'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

/** Synthesizes with construct validations run; throws on any validation problem. */
export function synth(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack, true));
}

/** The validation problems of a stack, one string per problem (empty when it is valid). */
export function problems(stack: TerraformStack): string[] {
  try {
    Testing.synth(stack, true);
    return [];
  } catch (e) {
    const message = (e as Error).message;
    return [...message.matchAll(/^\s*\[[^\]]+\] (.*)$/gm)].map((m) => m[1]);
  }
}

/** The resources of one type in a synthesized stack, as a list. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** Every resource address (`type.name`) in a synthesized stack. */
export function addresses(json: any): string[] {
  return Object.entries(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName as object).map((n) => `${type}.${n}`)).sort();
}

/** JSON with object keys sorted, to compare content independent of declaration order. */
export function canonical(value: any): string {
  const sort = (v: any): any => (Array.isArray(v) ? v.map(sort)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v);
  return JSON.stringify(sort(value), null, 1);
}

export function stackJson(app: App, id: string): any {
  const stack = app.node.findChild(id) as TerraformStack;
  return synth(stack);
}

// resolveSpec builds its result with Object.assign instead of one spread literal (issue 11: the
// literal cost a tenth of a synth); these pin that it still means `{ ...spec, <defaults> }`.
import { resolveSpec } from '../src/model/defaults';
import { WorkloadSpec } from '../src';

describe('resolveSpec', () => {
  test('keeps every field of the spec, in its order, then the resolved ones, as a spread would', () => {
    const spec = { name: 'web', image: 'nginx:1.27', somethingNew: { a: 1 }, memoryMiB: 256 } as WorkloadSpec;
    const resolved = resolveSpec(spec);
    const spread = { ...spec, ...resolved };
    expect(Object.keys(resolved)).toEqual(Object.keys(spread));
    expect(resolved).toMatchObject({ name: 'web', image: 'nginx:1.27', somethingNew: { a: 1 }, memoryMiB: 256, replicas: 1 });
    expect(Object.keys(resolved).slice(0, 4)).toEqual(['name', 'image', 'somethingNew', 'memoryMiB']);
  });

  test('a parsed spec with a "__proto__" key keeps it as a field and the resolved spec keeps its prototype', () => {
    const spec = JSON.parse('{"name": "web", "__proto__": {"memoryMiB": 1}}') as WorkloadSpec;
    const resolved = resolveSpec(spec);
    expect(Object.getPrototypeOf(resolved)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(resolved, '__proto__')).toBe(true);
    expect(resolved.memoryMiB).toBe(512);
  });
});

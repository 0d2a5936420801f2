import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Counts the library's constructs that joined a stack; on the stack itself under a Symbol.for key,
 * so that two copies of the package in one program invalidate each other's indexes.
 */
const VERSION = Symbol.for('cdktf-workloads.stackVersion');

/**
 * What the stack-wide checks and the dependency wiring read of a whole stack, found by one walk
 * of its construct tree on first use and then shared: each workload, host and VM walking the tree
 * for itself made synth quadratic in the number of workloads. Built at synth (validation and
 * aspects), when every construct exists; rebuilt when a workload, host or VM joins the stack
 * later (a second synth of a grown stack), so it never answers from an older tree.
 */
export class StackIndex {
  private readonly nodes: IConstruct[];
  private readonly found = new Map<unknown, unknown>();

  constructor(stack: TerraformStack, public readonly version: number) {
    this.nodes = stack.node.findAll();
  }

  /** The constructs of the stack for which `is` holds, in construct-path order (the order of `findAll`). */
  public of<T extends IConstruct>(is: (x: any) => x is T): readonly T[] {
    return this.memo(is, () => this.nodes.filter(is));
  }

  /** The value `build` computes from this index, computed once per index; `key` tells them apart. */
  public memo<T>(key: unknown, build: () => T): T {
    if (!this.found.has(key)) this.found.set(key, build());
    return this.found.get(key) as T;
  }
}

const indexes = new WeakMap<TerraformStack, StackIndex>();

/** Records that `member` (a workload, host or VM) joined its stack: the stack's index is stale. */
export function joinStackIndex(member: IConstruct): void {
  const stack = TerraformStack.of(member) as TerraformStack & { [VERSION]?: number };
  const version = (stack[VERSION] ?? 0) + 1;
  Object.defineProperty(stack, VERSION, { value: version, configurable: true, enumerable: false, writable: true });
}

/** The index of the stack that holds `scope`, built now if none is current. */
export function stackIndex(scope: IConstruct): StackIndex {
  const stack = TerraformStack.of(scope) as TerraformStack & { [VERSION]?: number };
  const version = stack[VERSION] ?? 0;
  let index = indexes.get(stack);
  if (index === undefined || index.version !== version) {
    index = new StackIndex(stack, version);
    indexes.set(stack, index);
  }
  return index;
}

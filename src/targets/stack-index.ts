import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Counts the library's constructs that joined a stack; on the stack itself under a Symbol.for key,
 * so that two copies of the package in one program invalidate each other's indexes.
 */
const VERSION = Symbol.for('cdktf-workloads.stackVersion');
/** Counts the same for the whole construct tree, on its root (the App): any stack's index is stale. */
const APP_VERSION = Symbol.for('cdktf-workloads.appVersion');

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
  bump(TerraformStack.of(member), VERSION);
  bump(member.node.root, APP_VERSION);
}

function bump(on: IConstruct, key: symbol): void {
  const version = ((on as any)[key] ?? 0) + 1;
  Object.defineProperty(on, key, { value: version, configurable: true, enumerable: false, writable: true });
}

/** True when a workload, host or VM of the library joined `stack`: only such stacks have an index worth building. */
export function hasStackMembers(stack: TerraformStack): boolean {
  return ((stack as any)[VERSION] ?? 0) > 0;
}

const appMemos = new WeakMap<IConstruct, { version: number; found: Map<unknown, unknown> }>();

/**
 * The value `build` computes from the whole construct tree of `scope` (every stack of its App),
 * computed once until a workload, host or VM joins any stack; `key` tells values apart. Checks
 * across stacks read it, so each host's check costs a look-up, not a walk of the App.
 */
export function appMemo<T>(scope: IConstruct, key: unknown, build: () => T): T {
  const root = scope.node.root;
  const version = (root as any)[APP_VERSION] ?? 0;
  let memo = appMemos.get(root);
  if (memo === undefined || memo.version !== version) {
    memo = { version, found: new Map() };
    appMemos.set(root, memo);
  }
  if (!memo.found.has(key)) memo.found.set(key, build());
  return memo.found.get(key) as T;
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

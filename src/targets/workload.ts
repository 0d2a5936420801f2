import { Annotations, Aspects, IAspect, IResolveContext, ITerraformDependable, TerraformOutput, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { WorkloadEndpoint, WorkloadVolume } from './endpoint';
import { DependencyEnd, dependencyConditionProblems } from './dependency-conditions';
import { PublishedPort, StackChecks } from './stack-checks';
import { joinStackIndex, stackIndex } from './stack-index';
import { tfLiteral } from './terraform-text';
import { WorkloadTarget } from '../model/target';
import { validateSpec } from '../model/validate';
import { specWarnings } from '../model/warnings';
import { DependencyCondition, WorkloadSpec } from '../model/workload-spec';

const WORKLOAD_SYMBOL = Symbol.for('cdktf-workloads.Workload');

/**
 * What every target's workload has in common: the spec, its validation (target-neutral, target-
 * specific and stack-wide, all reported together at synth), dependencies by name, and the uniform
 * outputs.
 */
export abstract class Workload extends Construct {
  /** True if `x` is a Workload of any target (and of any copy of this package). */
  public static isWorkload(x: any): x is Workload {
    return x !== null && typeof x === 'object' && WORKLOAD_SYMBOL in x;
  }

  /** The spec as given. */
  public readonly spec: WorkloadSpec;
  /** The workload's name (the spec's name). */
  public readonly name: string;
  /** The target this workload synthesizes for. */
  public readonly target: WorkloadTarget;

  private readonly dependencies: Workload[] = [];

  protected constructor(scope: Construct, id: string, spec: WorkloadSpec, target: WorkloadTarget) {
    super(scope, id);
    Object.defineProperty(this, WORKLOAD_SYMBOL, { value: true });
    this.spec = spec;
    this.name = spec.name;
    this.target = target;
    this.node.addValidation({
      validate: () => [...validateSpec(this.spec), ...this.targetMismatch(), ...this.validateForTarget(), ...stackChecks(this).problemsOf(this), ...this.conditionProblems()],
    });
    joinStackIndex(this);
    // Only a stack with some dependsOn needs the wiring: an Aspect costs every node of the tree a visit.
    if ((spec.dependsOn ?? []).length > 0) DependencyWiring.ensure(TerraformStack.of(this));
    for (const warning of specWarnings(spec, target)) Annotations.of(this).addWarning(warning);
  }

  /** The endpoints of the workload's named ports. */
  public abstract get endpoints(): WorkloadEndpoint[];

  /** Where each persistent volume keeps its data. */
  public abstract get volumes(): WorkloadVolume[];

  /** Workloads this one waits for, from the spec's dependsOn and `addDependency`. */
  public get dependsOnWorkloads(): Workload[] {
    return [...this.dependencies];
  }

  /** Make this workload's resources wait for `other`'s. Idempotent. */
  public addDependency(other: Workload): void {
    if (other === this || this.dependencies.includes(other)) return;
    this.dependencies.push(other);
    this.wireDependency(other);
  }

  /** The host ports this workload publishes. @internal */
  public abstract _publishedPorts(): PublishedPort[];

  /** Resources others wait for when they depend on this workload. @internal */
  public abstract _dependables(): ITerraformDependable[];

  /** What the dependency-condition check reads of this workload. @internal */
  public abstract _dependencyEnd(): DependencyEnd;

  /**
   * Called when a workload of the stack waits for this one to be healthy: targets that can make
   * Terraform wait for health do so. @internal
   */
  public _waitedForHealthy(): void {
    // Only the container target can; the others' problems are reported by validation.
  }

  /** Problems of healthy and completed conditions; the stack is only read when the spec has one. */
  private conditionProblems(): string[] {
    const conditions = this.spec.dependencyConditions;
    if (conditions === null || typeof conditions !== 'object') return [];
    if (!Object.values(conditions).some((c) => c === DependencyCondition.HEALTHY || c === DependencyCondition.COMPLETED)) return [];
    const index = stackIndex(this);
    const byName = index.memo(dependencyEndsKey, () => {
      const ends = new Map<string, DependencyEnd>();
      for (const w of index.of(Workload.isWorkload)) if (!ends.has(w.name)) ends.set(w.name, w._dependencyEnd());
      return ends;
    });
    return dependencyConditionProblems(this._dependencyEnd(), byName);
  }

  private targetMismatch(): string[] {
    const wanted = this.spec.target;
    if (wanted === undefined || wanted === this.target || !Object.values(WorkloadTarget).includes(wanted)) return [];
    return [`workload "${this.name}": target "${wanted}" is set in the spec, but ${this.constructor.name} runs it on the ${this.target} target; `
      + `use the construct for the ${wanted} target, or WorkloadApp, which honours the spec's target`];
  }

  /** Problems only this target has with the spec. */
  protected abstract validateForTarget(): string[];

  /** Add Terraform dependencies on `other`'s resources. */
  protected abstract wireDependency(other: Workload): void;

  /** The uniform outputs: `endpoints_<name>` and `volumes_<name>`. Call at the end of the constructor. */
  protected addOutputs(): void {
    const outputs = new Construct(this, 'outputs');
    const endpoints: { [port: string]: any } = {};
    for (const e of this.endpoints) {
      endpoints[e.name] = { host: e.host, port: e.port, url: e.url, published: e.published };
    }
    const volumes: { [volume: string]: any } = {};
    for (const v of this.volumes) {
      // `shared` only where true, so the outputs of stacks without shared volumes stay as they were.
      volumes[v.name] = { storage_name: v.storageName, mount_path: tfLiteral(v.mountPath), location: v.location, ...(v.shared ? { shared: true } : {}) };
    }
    new TerraformOutput(outputs, 'endpoints', {
      value: endpoints,
      description: `How to reach the named ports of workload ${this.name}`,
    }).overrideLogicalId(`endpoints_${this.name}`);
    new TerraformOutput(outputs, 'volumes', {
      value: volumes,
      description: `Where workload ${this.name} keeps its persistent data`,
    }).overrideLogicalId(`volumes_${this.name}`);
  }
}

/** The workloads of the stack that holds `scope`, in construct-path order. */
export function workloadsOf(scope: IConstruct): readonly Workload[] {
  return stackIndex(scope).of(Workload.isWorkload);
}

/** The stack-wide checks of the stack that holds `scope`, computed once per stack index. */
function stackChecks(scope: IConstruct): StackChecks {
  const index = stackIndex(scope);
  return index.memo(StackChecks, () => new StackChecks(index.of(Workload.isWorkload)));
}

/** The index key of the first workload's DependencyEnd by name, for the dependency-condition check. */
const dependencyEndsKey = Symbol('dependencyEnds');

/**
 * Turns dependsOn names into Terraform dependencies once every workload of the stack exists, so
 * the order in which workloads are declared does not matter. Unknown names are left to validation.
 */
class DependencyWiring implements IAspect {
  private static readonly wired = new WeakSet<TerraformStack>();

  public static ensure(stack: TerraformStack) {
    if (DependencyWiring.wired.has(stack)) return;
    DependencyWiring.wired.add(stack);
    Aspects.of(stack).add(new DependencyWiring());
  }

  public visit(node: IConstruct): void {
    if (!Workload.isWorkload(node)) return;
    const byName = stackChecks(node).byName;
    for (const name of node.spec.dependsOn ?? []) {
      const other = byName.get(name);
      if (!other || !Workload.isWorkload(other)) continue;
      node.addDependency(other);
      if (node.spec.dependencyConditions?.[name] === DependencyCondition.HEALTHY) other._waitedForHealthy();
    }
  }
}

/**
 * A `depends_on` entry for `resource`: Terraform wants the bare address there, not an
 * interpolation, so the reference is resolved without braces.
 */
export function dependsOnEntry(resource: ITerraformDependable): string {
  return Token.asString({
    creationStack: [],
    resolve: (context: IResolveContext) => {
      context.suppressBraces = true;
      return resource.fqn;
    },
  });
}

/** Adds `other`'s resources to the depends_on of each of `resources`, once each. */
export function addDependsOn(resources: { dependsOn?: string[] }[], other: Workload): void {
  const entries = other._dependables().map(dependsOnEntry);
  for (const r of resources) {
    r.dependsOn = [...new Set([...(r.dependsOn ?? []), ...entries])];
  }
}

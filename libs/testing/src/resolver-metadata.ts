import 'reflect-metadata';
import type { DynamicModule, Type } from '@nestjs/common';
import {
  RESOLVER_NAME_METADATA,
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_REFERENCE_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql';
import { PUBLIC_KEY, ROLES_KEY, type Role } from '@app/auth';
import { ALL_CALLERS, AUTHORIZATION_POLICY, type Caller, type PolicySubgraph } from './authorization-policy.js';

/** One resolver method as Nest will wire it, with the access metadata RolesGuard reads. */
export interface ResolverHandler {
  /** `Query.ipAsset`, `IpAsset.owners`, or `_entities.IpAsset` for a reference resolver. */
  key: string;
  kind: 'root' | 'field' | 'reference';
  className: string;
  methodName: string;
  /** undefined when the method has no @Roles (and its class none either). */
  roles: readonly Role[] | undefined;
  public: boolean;
  /** The method takes the caller's identity: the answer may depend on who asks (row-level). */
  readsIdentity: boolean;
}

type ModuleRef = Type | DynamicModule | Promise<DynamicModule> | { forwardRef: () => Type };

/**
 * Every provider class reachable from a Nest module, the way Nest's own explorer finds
 * resolvers: module imports (static metadata and dynamic modules) and their providers.
 */
export function providerClasses(root: ModuleRef): Type[] {
  const seen = new Set<unknown>();
  const classes = new Set<Type>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (ref === undefined || ref instanceof Promise || seen.has(ref)) return;
    seen.add(ref);
    if ('forwardRef' in ref) return visit(ref.forwardRef());
    const dynamic = typeof ref === 'function' ? undefined : ref;
    const moduleClass = typeof ref === 'function' ? ref : ref.module;
    const imports = [
      ...((Reflect.getMetadata('imports', moduleClass) as ModuleRef[] | undefined) ?? []),
      ...((dynamic?.imports as ModuleRef[] | undefined) ?? []),
    ];
    const providers = [
      ...((Reflect.getMetadata('providers', moduleClass) as unknown[] | undefined) ?? []),
      ...(dynamic?.providers ?? []),
    ];
    for (const provider of providers) {
      if (typeof provider === 'function') classes.add(provider as Type);
      else if (typeof provider === 'object' && provider !== null && 'useClass' in provider)
        classes.add((provider as { useClass: Type }).useClass);
    }
    for (const imported of imports) visit(imported);
  };
  visit(root);
  return [...classes];
}

function methodNames(target: Type): string[] {
  const names = new Set<string>();
  for (let proto = target.prototype as object | null; proto !== null && proto !== Object.prototype;) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor') names.add(name);
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return [...names];
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Query, mutation, field and reference resolvers of these classes, with their @Roles / @Public. */
export function resolverHandlers(classes: readonly Type[]): ResolverHandler[] {
  const handlers: ResolverHandler[] = [];
  for (const target of classes) {
    const classType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, target) as string | undefined;
    for (const methodName of methodNames(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target.prototype, methodName);
      const method = descriptor?.value as object | undefined;
      if (typeof method !== 'function') continue;
      const methodType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
      const isField = Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) === true;
      const isReference = Reflect.getMetadata(RESOLVER_REFERENCE_METADATA, method) === true;
      let key: string;
      let kind: ResolverHandler['kind'];
      if (methodType !== undefined && ROOT_TYPES.has(methodType)) {
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
        key = `${methodType}.${name}`;
        kind = 'root';
      } else if (isReference) {
        key = `_entities.${classType ?? '?'}`;
        kind = 'reference';
      } else if (isField) {
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
        key = `${classType ?? '?'}.${name}`;
        kind = 'field';
      } else {
        continue;
      }
      const roles =
        (Reflect.getMetadata(ROLES_KEY, method) as Role[] | undefined) ??
        (Reflect.getMetadata(ROLES_KEY, target) as Role[] | undefined);
      const isPublic = (Reflect.getMetadata(PUBLIC_KEY, method) ?? Reflect.getMetadata(PUBLIC_KEY, target)) === true;
      const params = (Reflect.getMetadata('__routeArguments__', target, methodName) ?? {}) as Record<string, unknown>;
      // @CurrentIdentity is a custom param decorator: Nest keys it `<factory id>__customRouteArgs__:<index>`.
      const readsIdentity = Object.keys(params).some((k) => k.includes('__customRouteArgs__'));
      handlers.push({ key, kind, className: target.name, methodName, roles, public: isPublic, readsIdentity });
    }
  }
  return handlers.sort((a, b) => a.key.localeCompare(b.key));
}

/** The callers RolesGuard lets through for this handler's metadata (sorted). */
export function callersOf(handler: ResolverHandler): Caller[] {
  if (handler.public) return [...ALL_CALLERS].sort();
  return [...(handler.roles ?? [])].sort();
}

/**
 * Differences between one subgraph's policy table and its code: a resolver without an
 * entry or without any decorator, an entry without a resolver, or other roles.
 */
export function policyDrift(subgraph: PolicySubgraph, handlers: readonly ResolverHandler[]): string[] {
  const policy = AUTHORIZATION_POLICY[subgraph];
  const drift: string[] = [];
  const seen = new Set<string>();
  for (const handler of handlers) {
    const where = `${subgraph} ${handler.key} (${handler.className}.${handler.methodName})`;
    seen.add(handler.key);
    if (!handler.public && handler.roles === undefined) drift.push(`${where}: neither @Roles nor @Public`);
    const entry = policy[handler.key];
    if (entry === undefined) {
      drift.push(`${where}: no entry in AUTHORIZATION_POLICY`);
      continue;
    }
    const expected = [...entry.allow].sort().join(',');
    const actual = callersOf(handler).join(',');
    if (expected !== actual) drift.push(`${where}: policy allows [${expected}], code allows [${actual}]`);
  }
  for (const key of Object.keys(policy)) {
    if (!seen.has(key)) drift.push(`${subgraph} ${key}: policy entry without a resolver`);
  }
  return drift;
}

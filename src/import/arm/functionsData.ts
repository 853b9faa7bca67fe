/**
 * ARM's array, object and lambda functions
 * (https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-array,
 * .../template-functions-object, .../template-functions-lambda), on plain JSON values. Objects are
 * built without a prototype, so a key named `constructor` or `__proto__` is data. Every array or string
 * is measured before it is built (budget.ts).
 */
import { safeObject } from '../json';
import { checkLength } from './budget';
import { Unresolved, typeName } from './context';
import { Lambda } from './expressions';
import { arity, deepEqual, needInt, needString, type Fn } from './values';

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Lambda);

function needArray(v: unknown, fn: string): unknown[] {
  if (!Array.isArray(v)) throw new Unresolved(`${fn}() needs an array, got a ${typeName(v)}`);
  return v;
}

function needObject(v: unknown, fn: string): Record<string, unknown> {
  if (!isPlainObject(v)) throw new Unresolved(`${fn}() needs an object, got a ${typeName(v)}`);
  return v;
}

function needLambda(v: unknown, fn: string, params: number): Lambda {
  if (!(v instanceof Lambda)) throw new Unresolved(`${fn}() needs a lambda, got a ${typeName(v)}`);
  if (v.params.length !== params) throw new Unresolved(`${fn}() needs a lambda of ${params} variable${params === 1 ? '' : 's'}`);
  return v;
}

/** Copies an object's entries into a prototype-free object. */
function copyObject(from: Record<string, unknown>): Record<string, unknown> {
  const out = safeObject();
  for (const k of Object.keys(from)) out[k] = from[k];
  return out;
}

/** ARM compares keys case-insensitively: the key of `obj` equal to `key` ignoring case. */
function findKey(obj: Record<string, unknown>, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, key)) return key;
  const lower = key.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}

/** take / skip on a string or an array */
function slice(fn: 'take' | 'skip', a: unknown[]): unknown {
  arity(a, fn, 2);
  const n = Math.max(0, needInt(a[1], fn));
  const v = a[0];
  if (typeof v === 'string') return fn === 'take' ? v.slice(0, n) : v.slice(n);
  const arr = needArray(v, fn);
  return fn === 'take' ? arr.slice(0, n) : arr.slice(n);
}

/** `items(obj)`: `[{ key, value }]` sorted by key, as ARM returns them. */
function items(a: unknown[]): unknown[] {
  arity(a, 'items', 1);
  const obj = needObject(a[0], 'items');
  return Object.keys(obj)
    .sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0))
    .map((key) => ({ key, value: obj[key] }));
}

function flatten(a: unknown[]): unknown[] {
  arity(a, 'flatten', 1);
  const out: unknown[] = [];
  for (const inner of needArray(a[0], 'flatten')) {
    const list = needArray(inner, 'flatten');
    checkLength(out.length + list.length, 'flatten', 'array');
    for (const x of list) out.push(x);
  }
  return out;
}

/** `tryGet(value, key...)`: null instead of an error when a key or index is missing. */
function tryGet(a: unknown[]): unknown {
  if (a.length < 2) throw new Unresolved('tryGet() takes a value and at least one key');
  let v = a[0];
  for (const key of a.slice(1)) {
    if (Array.isArray(v) && typeof key === 'number') v = Number.isInteger(key) && key >= 0 && key < v.length ? v[key] : null;
    else if (isPlainObject(v) && typeof key === 'string') {
      const k = findKey(v, key);
      v = k === undefined ? null : v[k];
    } else return null;
    if (v === null || v === undefined) return null;
  }
  return v;
}

function indexOf(a: unknown[], fn: 'indexOf' | 'lastIndexOf'): number {
  arity(a, fn, 2);
  const [c, x] = a;
  if (typeof c === 'string') {
    const s = c.toLowerCase();
    const t = needString(x, fn).toLowerCase();
    return fn === 'indexOf' ? s.indexOf(t) : s.lastIndexOf(t);
  }
  const arr = needArray(c, fn);
  if (fn === 'indexOf') return arr.findIndex((y) => deepEqual(y, x));
  for (let i = arr.length - 1; i >= 0; i--) if (deepEqual(arr[i], x)) return i;
  return -1;
}

function minMax(a: unknown[], fn: 'min' | 'max'): number {
  const list = a.length === 1 && Array.isArray(a[0]) ? a[0] : a;
  if (list.length === 0) throw new Unresolved(`${fn}() of nothing`);
  let best: number | undefined;
  for (const x of list) {
    const n = needInt(x, fn);
    if (best === undefined || (fn === 'min' ? n < best : n > best)) best = n;
  }
  return best ?? 0;
}

function intersection(a: unknown[]): unknown {
  if (a.length < 2) throw new Unresolved('intersection() takes at least two values');
  if (a.every(Array.isArray)) {
    const [first, ...rest] = a as unknown[][];
    const out: unknown[] = [];
    for (const x of first ?? []) if (rest.every((r) => r.some((y) => deepEqual(x, y))) && !out.some((y) => deepEqual(x, y))) out.push(x);
    return out;
  }
  const objs = a.map((x) => needObject(x, 'intersection'));
  const out = safeObject();
  const [first, ...rest] = objs;
  for (const k of Object.keys(first ?? {})) if (rest.every((o) => Object.prototype.hasOwnProperty.call(o, k) && deepEqual(o[k], first?.[k]))) out[k] = first?.[k];
  return out;
}

/** `union` of objects merges deeply (nested objects are united too), of arrays drops duplicates. */
function union(a: unknown[]): unknown {
  if (a.length > 0 && a.every(Array.isArray)) {
    const out: unknown[] = [];
    const seen = new Set<string>();
    for (const list of a as unknown[][]) {
      for (const x of list) {
        const key = typeof x === 'object' && x !== null ? JSON.stringify(x) : `${typeof x}:${String(x)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(x);
      }
      checkLength(out.length, 'union', 'array');
    }
    return out;
  }
  const out = safeObject();
  for (const x of a) {
    if (x === null) continue;
    const obj = needObject(x, 'union');
    for (const k of Object.keys(obj)) {
      const prev = out[k];
      const next = obj[k];
      out[k] = isPlainObject(prev) && isPlainObject(next) ? union([prev, next]) : next;
    }
  }
  return out;
}

export const DATA_FUNCTIONS: [string, Fn][] = [
  ['take', (a) => slice('take', a)],
  ['skip', (a) => slice('skip', a)],
  ['items', items],
  ['flatten', flatten],
  ['tryget', tryGet],
  ['indexof', (a) => indexOf(a, 'indexOf')],
  ['lastindexof', (a) => indexOf(a, 'lastIndexOf')],
  ['min', (a) => minMax(a, 'min')],
  ['max', (a) => minMax(a, 'max')],
  ['intersection', intersection],
  ['union', union],
  ['objectkeys', (a) => (arity(a, 'objectKeys', 1), Object.keys(needObject(a[0], 'objectKeys')))],
  ['shallowmerge', (a) => {
    arity(a, 'shallowMerge', 1);
    const out = safeObject();
    for (const x of needArray(a[0], 'shallowMerge')) {
      const obj = needObject(x, 'shallowMerge');
      for (const k of Object.keys(obj)) out[k] = obj[k];
    }
    return out;
  }],
  ['join', (a) => {
    arity(a, 'join', 2);
    const list = needArray(a[0], 'join');
    const sep = needString(a[1], 'join');
    let length = 0;
    const parts = list.map((x) => {
      const t = needString(x, 'join');
      length += t.length + sep.length;
      checkLength(length, 'join', 'string');
      return t;
    });
    return parts.join(sep);
  }],
  ['filter', (a) => {
    arity(a, 'filter', 2);
    const f = needLambda(a[1], 'filter', 1);
    return needArray(a[0], 'filter').filter((x) => f.call([x]) === true);
  }],
  ['map', (a) => {
    arity(a, 'map', 2);
    const f = a[1] instanceof Lambda && a[1].params.length === 2 ? a[1] : needLambda(a[1], 'map', 1);
    return needArray(a[0], 'map').map((x, i) => f.call([x, i]));
  }],
  ['reduce', (a) => {
    arity(a, 'reduce', 3);
    const f = a[2] instanceof Lambda && a[2].params.length === 3 ? a[2] : needLambda(a[2], 'reduce', 2);
    let acc = a[1];
    needArray(a[0], 'reduce').forEach((x, i) => {
      acc = f.call([acc, x, i]);
    });
    return acc;
  }],
  ['sort', (a) => {
    arity(a, 'sort', 2);
    const f = needLambda(a[1], 'sort', 2);
    // ARM's lambda says whether x comes before y
    return needArray(a[0], 'sort').slice().sort((x, y) => (f.call([x, y]) === true ? -1 : f.call([y, x]) === true ? 1 : 0));
  }],
  ['toobject', (a) => {
    arity(a, 'toObject', 2, 3);
    const keyOf = needLambda(a[1], 'toObject', 1);
    const valueOf = a.length > 2 ? needLambda(a[2], 'toObject', 1) : undefined;
    const out = safeObject();
    for (const x of needArray(a[0], 'toObject')) out[needString(keyOf.call([x]), 'toObject')] = valueOf ? valueOf.call([x]) : x;
    return out;
  }],
  ['groupby', (a) => {
    arity(a, 'groupBy', 2);
    const keyOf = needLambda(a[1], 'groupBy', 1);
    const out = safeObject<unknown[]>();
    for (const x of needArray(a[0], 'groupBy')) {
      const k = needString(keyOf.call([x]), 'groupBy');
      (out[k] ??= []).push(x);
    }
    return out;
  }],
  ['mapvalues', (a) => {
    arity(a, 'mapValues', 2);
    const f = needLambda(a[1], 'mapValues', 1);
    const obj = needObject(a[0], 'mapValues');
    const out = safeObject();
    for (const k of Object.keys(obj)) out[k] = f.call([obj[k]]);
    return out;
  }],
];

export { copyObject, isPlainObject };

import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';

/**
 * Neo4j property values as JSON and back, losing nothing: integers stay integers (`{"$int": "7"}`)
 * and floats floats, temporal values and points keep every component, byte arrays are base64.
 * Values must come from a driver with lossless integers (the default), where every JavaScript
 * number is a Neo4j Float.
 */

export type Encoded =
  | null
  | boolean
  | string
  | number
  | Encoded[]
  | { [tag: string]: string | Record<string, number | string | null> };

const t = neo4j.types;

export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  const n = (x: unknown) => (x === null || x === undefined ? null : Number(x));
  if (neo4j.isDate(value))
    return { $date: { year: n(value.year), month: n(value.month), day: n(value.day) } };
  if (neo4j.isLocalTime(value) || neo4j.isTime(value)) {
    const time: Record<string, number | null> = {
      hour: n(value.hour),
      minute: n(value.minute),
      second: n(value.second),
      nanosecond: n(value.nanosecond),
    };
    if (neo4j.isTime(value)) time.timeZoneOffsetSeconds = n(value.timeZoneOffsetSeconds);
    return neo4j.isTime(value) ? { $time: time } : { $localtime: time };
  }
  if (neo4j.isLocalDateTime(value) || neo4j.isDateTime(value)) {
    const components: Record<string, number | string | null> = {
      year: n(value.year),
      month: n(value.month),
      day: n(value.day),
      hour: n(value.hour),
      minute: n(value.minute),
      second: n(value.second),
      nanosecond: n(value.nanosecond),
    };
    if (neo4j.isDateTime(value)) {
      components.timeZoneOffsetSeconds = n(value.timeZoneOffsetSeconds);
      components.timeZoneId = value.timeZoneId ?? null;
      return { $datetime: components };
    }
    return { $localdatetime: components };
  }
  if (neo4j.isDuration(value)) {
    return {
      $duration: {
        months: n(value.months),
        days: n(value.days),
        seconds: n(value.seconds),
        nanoseconds: n(value.nanoseconds),
      },
    };
  }
  if (neo4j.isPoint(value)) {
    return { $point: { srid: n(value.srid), x: value.x, y: value.y, z: value.z ?? null } };
  }
  throw new Error(
    `Cannot export a property value of type ${Object.prototype.toString.call(value)}`,
  );
}

export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const [[tag, inner]] = Object.entries(value);
  const c = inner as Record<string, number | string | null>;
  const i = (x: number | string | null | undefined) => neo4j.int(x ?? 0);
  switch (tag) {
    case '$int':
      return neo4j.int(inner as string);
    case '$float':
      return Number(inner);
    case '$bytes':
      return new Uint8Array(Buffer.from(inner as string, 'base64'));
    case '$date':
      return new t.Date(i(c.year), i(c.month), i(c.day));
    case '$localtime':
      return new t.LocalTime(i(c.hour), i(c.minute), i(c.second), i(c.nanosecond));
    case '$time':
      return new t.Time(
        i(c.hour),
        i(c.minute),
        i(c.second),
        i(c.nanosecond),
        i(c.timeZoneOffsetSeconds),
      );
    case '$localdatetime':
      return new t.LocalDateTime(
        i(c.year),
        i(c.month),
        i(c.day),
        i(c.hour),
        i(c.minute),
        i(c.second),
        i(c.nanosecond),
      );
    case '$datetime':
      return new t.DateTime(
        i(c.year),
        i(c.month),
        i(c.day),
        i(c.hour),
        i(c.minute),
        i(c.second),
        i(c.nanosecond),
        c.timeZoneOffsetSeconds === null ? undefined : i(c.timeZoneOffsetSeconds),
        (c.timeZoneId as string | null) ?? undefined,
      );
    case '$duration':
      return new t.Duration(i(c.months), i(c.days), i(c.seconds), i(c.nanoseconds));
    case '$point':
      return c.z === null
        ? new t.Point(i(c.srid), Number(c.x), Number(c.y))
        : new t.Point(i(c.srid), Number(c.x), Number(c.y), Number(c.z));
    default:
      throw new Error(`Unknown value tag ${tag}`);
  }
}

export function encodeProperties(props: Record<string, unknown>): Record<string, Encoded> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encodeValue(v)]));
}

export function decodeProperties(props: Record<string, Encoded>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decodeValue(v)]));
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A node's content, independent of the store it sits in: its sorted labels and its properties. */
export function nodeHash(labels: string[], props: Record<string, Encoded>): string {
  return sha256(canonicalJson([[...labels].sort(), props]));
}

/** A relationship's content: its type, its properties and the content of both ends. */
export function relationshipHash(
  type: string,
  props: Record<string, Encoded>,
  startHash: string,
  endHash: string,
): string {
  return sha256(canonicalJson([type, props, startHash, endHash]));
}

/**
 * One digest over every node and relationship, independent of internal ids and of order: the
 * sha256 of the sorted content hashes. Two stores with the same digest hold the same records,
 * labels, types, properties (with their types) and links.
 */
export function graphDigest(nodeHashes: string[], relationshipHashes: string[]): string {
  return sha256(
    `nodes\n${[...nodeHashes].sort().join('\n')}\nrelationships\n${[...relationshipHashes].sort().join('\n')}`,
  );
}

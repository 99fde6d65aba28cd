/**
 * Who a person record is. People are matched by name within a province ("江苏:谢晓军"); national
 * figures by name nationwide ("*:习近平"); a person of an unknown province is "?:name".
 */
declare const personIdBrand: unique symbol;
export type PersonId = string & { readonly [personIdBrand]: true };

const NATIONWIDE = "*";
const UNKNOWN_PROVINCE = "?";

export function personIdOf(name: string, province: string | null): PersonId {
  return `${province ?? UNKNOWN_PROVINCE}:${name}` as PersonId;
}

export function nationalPersonId(name: string): PersonId {
  return `${NATIONWIDE}:${name}` as PersonId;
}

/** A person id read from outside (a URL, an embedding page); ids are opaque beyond their form. */
export function asPersonId(value: string): PersonId | null {
  return value.indexOf(":") > 0 ? (value as PersonId) : null;
}

export function nameOfPerson(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}

export function isNationalPerson(id: string): boolean {
  return id.startsWith(`${NATIONWIDE}:`);
}

/** The province a person is matched in; null for national figures and unknown provinces. */
export function provinceOfPerson(id: string): string | null {
  const scope = id.slice(0, Math.max(0, id.indexOf(":")));
  return scope === NATIONWIDE || scope === UNKNOWN_PROVINCE || !scope ? null : scope;
}

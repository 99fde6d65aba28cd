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

export function nameOfPerson(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}

export function isNationalPerson(id: string): boolean {
  return id.startsWith(`${NATIONWIDE}:`);
}

/**
 * A whole number with its thousands marked (1,557), as `toLocaleString("en")` writes it, without
 * Intl: its first call loads the locale's data, a long task in the middle of an import.
 */
export function withThousands(value: number): string {
  const digits = String(Math.round(Math.abs(value)));
  return `${value < 0 && digits !== "0" ? "-" : ""}${digits.replace(/\B(?=(\d{3})+$)/g, ",")}`;
}

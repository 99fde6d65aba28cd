declare module "virtual:seed-summary" {
  const summary: import("./services/seed-summary").SeedSummary;
  export default summary;
}

/**
 * The main thread's tasks while the network of 2,000 people is drawn, then hovered, panned and zoomed,
 * from a Chromium trace: each task over 50 ms of wall time with its CPU time (`tdur`), which other
 * processes on a busy machine do not inflate. `NETWORK_PROFILE=DIR TIFA_DIST=DIR npx tsx scripts/network-trace.mts`,
 * DIR as in network-2000-screenshot.mts.
 */
import { openNetworkProfile } from "./network-profile.mts";

const { base, context, close } = await openNetworkProfile();
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
try {
  const page = await context.newPage();
  await page.goto(`${base}?view=network&lang=zh`);
  await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: [
        "toplevel",
        "devtools.timeline",
        "__metadata",
        ...(process.env.DETAIL ? ["disabled-by-default-devtools.timeline", "blink", "cc", "v8"] : []),
      ],
    },
    transferMode: "ReportEvents",
  });
  const mark = (label: string) => page.evaluate((l) => console.timeStamp(l), label);
  await mark("draw");
  await page.locator("select").filter({ hasText: "2000" }).selectOption("2000");
  await page.getByTestId("network-count").filter({ hasText: "2000 /" }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2500);
  await mark("hover");
  const box = (await page.locator('[data-testid="chart-network"] canvas').first().boundingBox())!;
  for (let i = 0; i < 40; i++)
    await page.mouse.move(box.x + (((i * 37) % 100) / 100) * box.width, box.y + (((i * 61) % 100) / 100) * box.height);
  await mark("pan");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width / 2 + i * 10, box.y + box.height / 2 + i * 5);
  await page.mouse.up();
  await mark("zoom");
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -120);
  await page.waitForTimeout(1000);
  await mark("end");
  await cdp.send("Tracing.end");
  await done;
  const isTask = (e: TraceEvent) => e.name === "ThreadControllerImpl::RunTask" && e.ph === "X";
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const count = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && isTask(e)).length;
  const longest = mains.reduce((a, b) => (count(a) >= count(b) ? a : b));
  const tasks = events.filter((e) => e.pid === longest.pid && e.tid === longest.tid && isTask(e));
  const stamps = events
    .filter((e) => e.name === "TimeStamp" && e.pid === longest.pid)
    .map((e) => [(e.args as { data?: { message?: string } } | undefined)?.data?.message ?? "?", e.ts] as const)
    .sort((a, b) => a[1] - b[1]);
  for (let m = 0; m < stamps.length - 1; m++) {
    const [label, from] = stamps[m]!;
    const to = stamps[m + 1]![1];
    const phase = tasks.filter((t) => t.ts >= from && t.ts < to);
    const long = phase.filter((t) => (t.dur ?? 0) > 50_000 || (t.tdur ?? 0) > 15_000);
    const ms = (us: number | undefined) => Math.round((us ?? 0) / 1000);
    const worst = phase.reduce<TraceEvent | null>((a, b) => (a && (a.tdur ?? 0) >= (b.tdur ?? 0) ? a : b), null);
    if (worst && process.env.DETAIL) {
      const inside = events.filter(
        (e) =>
          e.pid === worst.pid &&
          e.tid === worst.tid &&
          e.ph === "X" &&
          e.ts >= worst.ts &&
          e.ts + (e.dur ?? 0) <= worst.ts + (worst.dur ?? 0) &&
          e !== worst,
      );
      const by = new Map<string, number>();
      for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0));
      console.log(
        [...by]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 14)
          .map(([n, d]) => `    ${n} ${Math.round(d / 1000)}`)
          .join("\n"),
      );
    }
    console.log(
      `${label}: ${long.length} tasks over 50 ms wall or 15 ms cpu [${long.map((t) => `${ms(t.dur)}/${ms(t.tdur)}cpu`).join(", ")}]; longest cpu ${Math.max(0, ...phase.map((t) => ms(t.tdur)))} ms, ${phase.filter((t) => (t.tdur ?? 0) > 50_000).length} over 50 ms cpu`,
    );
  }
} finally {
  await close();
}

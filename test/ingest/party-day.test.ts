import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

test("a 主题党日 activity is no meeting, whatever bodies its attendance names", () => {
  const [article] = parseText(
    "6月28日,我市在某某县举行重温入党誓词“七一”主题党日活动。柯一民、鲁二平等市四班子领导,市人大常委会、市政府、市政协秘书长等出席。各县区主要负责同志参加。",
  );
  expect([article!.isMeeting, article!.meetingType]).toEqual([false, null]);
});

test("a 主题党日 held with a meeting named beside it stays a meeting", () => {
  const [article] = parseText("6月28日,某某局党支部开展主题党日活动暨专题组织生活会。局党组书记柯一民出席并讲话。");
  expect(article!.isMeeting).toBe(true);
});

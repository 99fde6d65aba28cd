import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

// Invented reports: every name and sentence here is made up for the tests.
const province = (text: string) => parseText(text)[0]!.province;

test("a delegation that visits a place (代表团在某市考察) is the guest: the place it visits holds the meeting", () => {
  const report = [
    "5月8日至9日,江西省委副书记、省长林一峰率江西省党政代表团在拉萨市进行考察,并举行江西·西藏对口支援工作座谈会,共商援藏大计。",
    "自治区副主席王二明主持座谈会。江西省有关部门负责同志参加。",
  ].join("\n");
  expect(province(report)).toBe("西藏");
});

test("a delegation that comes to a province named by its one-character name (来湘考察)", () => {
  const report = [
    "宁夏回族自治区党政代表团来湘考察 两地举行对口合作工作座谈会",
    "13日至14日,宁夏回族自治区党政代表团来湘考察。湖南省委书记高文远会见宁夏回族自治区代表团一行,双方举行对口合作工作座谈会。",
    "宁夏回族自治区有关负责同志参加。",
  ].join("\n");
  expect(province(report)).toBe("湖南");
});

test("a visit still to come (明天会率领代表团到某市访问) does not move the host", () => {
  const report = [
    "行政长官会见传媒",
    "行政长官:大家早上好。我明天会率领特区政府代表团到重庆市访问三日,期间会出席香港与重庆的合作会议。香港特区政府会继续推动两地合作。",
  ].join("\n");
  expect(province(report)).toBe("香港");
});

test("a study tour without a meeting (代表团赴某市学习考察) is the news of the delegation's own place", () => {
  const report = [
    "滁州网讯 8月23日,市委书记林一峰率市党政代表团赴浙江省湖州市学习考察,围绕区域一体化发展进一步深化交流、推进合作。",
    "湖州市委书记高文远陪同考察。市领导王二明、李三华参加考察。",
  ].join("\n");
  expect(province(report)).toBe("安徽");
});

test("provinces that send aid (上海、浙江第十批援疆干部) are guests of the aided place, however often named", () => {
  const report = [
    "6月5日,市委副书记、市长林一峰主持召开上海、浙江第十批援疆干部代表座谈会。会上,上海、浙江两地援疆干部代表作了发言,",
    "市委副书记王二明分别介绍了浙江、上海第十批援疆工作总体思路,林一峰对上海、浙江第十批援疆干部的工作给予肯定。",
    "林一峰强调,要准确把握喀什发展和对口援疆的阶段性特征,突出重点、精准发力。",
  ].join("\n");
  expect(province(report)).toBe("新疆");
});

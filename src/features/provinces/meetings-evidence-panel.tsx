import { Loading } from "../../components/states";
import { CARD } from "../../components/styles";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useReveal } from "../../lib/use-reveal";
import { MeetingSources } from "./meeting-sources";
import { useMeetingEvidence } from "./use-meeting-evidence";
import { CloseButton } from "../../components/close-button";

/**
 * The meetings behind a count: a province chosen on the map or the ranking, or a month clicked on
 * the timeline; each report with the sentences its province, date and meeting type were read from.
 */
export function MeetingsEvidencePanel({
  province,
  month,
  onClose,
}: {
  province: string | null;
  month: string | null;
  onClose?: () => void;
}) {
  const lang = useLang();
  const { data, isPending } = useMeetingEvidence(province, month);
  // A month is opened by a click on the timeline, just above: its meetings are brought into sight.
  const ref = useReveal<HTMLElement>(month !== null && data ? month : null);
  const what = [province ? provinceLabel(province, lang) : null, month].filter(Boolean).join(" · ");
  const total = data ? data.meetings.length + data.more : 0;
  return (
    <section
      ref={ref}
      data-testid={province ? "province-meetings" : "month-meetings"}
      aria-label={pick(lang, { zh: `${what}的会议及原文依据`, en: `${what}: meetings and their sources` })}
      className={`space-y-2 p-3 text-sm ${CARD}`}
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 className="text-base font-semibold">
            {pick(lang, { zh: `${what}的会议及原文依据`, en: `${what}: meetings and their sources` })}
          </h2>
          {data && (
            <p className="text-xs text-stone-600 dark:text-stone-400">
              {pick(lang, {
                zh: `${total} 次会议；每篇报道的省份、日期、会议类型都取自下列原句。`,
                en: `${total} meeting${total === 1 ? "" : "s"}; each report's province, date and meeting type were read from the sentences below.`,
              })}
            </p>
          )}
        </div>
        {onClose && <CloseButton onClick={onClose} />}
      </div>
      {isPending ? (
        <Loading />
      ) : (
        <ol className="space-y-3">
          {data?.meetings.map((m) => (
            <MeetingSources key={m.meetingId} meeting={m} />
          ))}
        </ol>
      )}
      {data && data.more > 0 && (
        <p className="text-xs">
          {pick(lang, {
            zh: `另有 ${data.more} 次会议未列出（最多列出 50 次）。`,
            en: `${data.more} more meetings not listed (at most 50 are).`,
          })}
        </p>
      )}
    </section>
  );
}

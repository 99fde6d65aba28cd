import { PROVINCE_EN } from "../../lib/i18n";
import { useViewState } from "../../lib/view-state";

/** The English map names back to the short Chinese names the filters hold. */
const FROM_ENGLISH = new Map(Object.entries(PROVINCE_EN).map(([zh, en]) => [en, zh]));

/** A click on a province (named in either language) adds it to the filters of every view, or takes it out. */
export function useProvinceToggle(): (province: string) => void {
  const { state, setFilters } = useViewState();
  return (province) => {
    const short = FROM_ENGLISH.get(province) ?? province;
    const current = state.filters.provinces;
    setFilters({ provinces: current.includes(short) ? current.filter((p) => p !== short) : [...current, short] });
  };
}

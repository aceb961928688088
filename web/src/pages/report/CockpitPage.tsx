import { InputNumber, Space } from 'antd';
import { useSearchParams } from 'react-router';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { TownCockpit } from './cockpit/TownCockpit';
import { TownsView } from './cockpit/TownsView';

/**
 * 驾驶舱: town staff see their town's cockpit; staff above the town first see every town side by side
 * (`?indicator=` ranks them) and open one (`?orgId=`), choosing it as their town for the pages its
 * links lead to. Year, indicator and town live in the URL so a view can be shared.
 */
export default function CockpitPage() {
  const [params, setParams] = useSearchParams();
  const { chooses, choose } = useTown();
  const year = Number(params.get('year')) || Number(todayInShanghai().slice(0, 4));
  const orgId = params.get('orgId') ?? undefined;
  const indicator = params.get('indicator') ?? undefined;
  const set = (patch: Record<string, string | undefined>) => {
    const next = { year: String(year), orgId, indicator, ...patch };
    setParams(
      Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>,
    );
  };
  const yearPicker = (
    <Space>
      年度
      <InputNumber
        min={2000}
        max={2100}
        value={year}
        onChange={(y) => y && set({ year: String(y) })}
        data-testid="cockpit-year"
      />
    </Space>
  );
  if (chooses && !orgId)
    return (
      <TownsView
        year={year}
        indicator={indicator}
        yearPicker={yearPicker}
        onIndicator={(key) => set({ indicator: key })}
        onTown={(id) => {
          set({ orgId: id });
          void choose(id);
        }}
      />
    );
  return (
    <TownCockpit
      year={year}
      orgId={chooses ? orgId : undefined}
      yearPicker={yearPicker}
      {...(chooses ? { onBack: () => set({ orgId: undefined }) } : {})}
    />
  );
}

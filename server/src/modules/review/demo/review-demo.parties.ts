import { leaseContract } from './review-demo.texts.js';
import type { DemoCast, Who } from './review-demo.types.js';

/** The villages, offices and contract terms the demo's special and in-progress contracts share. */
export function demoParties(cast: DemoCast, villageWho: (v: { id: string; name: string }) => Who) {
  const v = (name: string) => {
    const found = cast.villages.find((x) => x.name === name);
    if (!found) throw new Error(`demo village ${name} missing`);
    return {
      orgId: found.id,
      orgName: found.name,
      submitter: villageWho(found),
      who: villageWho(found),
    };
  };
  const lease = (name: string, over: Partial<Parameters<typeof leaseContract>[0]>) =>
    leaseContract({
      lessor: `慈溪市桥头镇${name}股份经济合作社`,
      lessee: '慈溪市桥头利丰鞋业有限公司',
      premises: `${name}工业区5号厂房`,
      purpose: '拖鞋生产加工',
      years: 5,
      startDate: '2025-01-01',
      endDate: '2029-12-31',
      annualRentYuan: 60_000,
      ...over,
    });
  const jjfzb = cast.offices.jjfzb;
  const djzhb = cast.offices.djzhb;
  const collective = (yuan: number, years: number) => ({
    amountFen: yuan * years * 100,
    termYears: years,
    contractType: 'lease' as const,
    collectiveAsset: true,
    ...(yuan * years >= 100_000 ? { openTrading: true, publicNoticeDays: 15 } : {}),
    vote: { body: 'representatives_assembly' as const, entitled: 45, present: 40, votesFor: 39 },
  });
  return { v, lease, collective, jjfzb, djzhb };
}

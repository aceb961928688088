/**
 * 参与率 = distinct takers who handed in ÷ the quiz's target population (e.g. 全镇常住人口), as a
 * percentage with one decimal; the definition travels with the figure.
 */
export function participation(participants: number, targetPopulation: number, targetLabel: string) {
  return {
    participants,
    targetPopulation,
    participationRate:
      targetPopulation > 0 ? Math.round((participants / targetPopulation) * 1000) / 10 : null,
    participationDefinition: `参与人数（按手机号去重、已交卷）÷ ${targetLabel}（${targetPopulation} 人）`,
  };
}

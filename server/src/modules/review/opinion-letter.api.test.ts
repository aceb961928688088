import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { leaseContract } from './demo/review-demo.texts.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const LEASE = {
  lessor: '慈溪市桥头镇上林湖村股份经济合作社',
  lessee: '慈溪市桥头某某鞋业有限公司',
  premises: '上林湖村工业区6号厂房',
  purpose: '仓储',
  years: 5,
  startDate: '2025-01-01',
  endDate: '2029-12-31',
  annualRentYuan: 18000,
};
const CHECKLIST = {
  subject: 'pass',
  authority: 'pass',
  procedure: 'pass',
  content: 'pass',
  form: 'pass',
};

describe.skipIf(pgMissing())(
  '合法性审查意见书 read back: built from the record as it stands',
  () => {
    let s: TestServer;
    let cadre: TestClient;
    let clerk: TestClient;
    let reviewer: TestClient;

    beforeAll(async () => {
      s = await startTestServer();
      [cadre, clerk, reviewer] = await Promise.all([
        s.as('cadre'),
        s.as('clerk'),
        s.as('reviewer'),
      ]);
    });
    afterAll(() => s?.close());

    it('cites neither the basis of a finding the reviewer withdrew nor any basis twice', async () => {
      const id = (
        await cadre.post('/api/v1/review/items', {
          type: 'village_contract',
          title: '上林湖村工业区6号厂房租赁合同',
          text: leaseContract({ ...LEASE, defects: ['arbitration_and_court'] }),
          fields: {
            counterparty: LEASE.lessee,
            amountFen: 9_000_000,
            termYears: 5,
            collectiveAsset: true,
            vote: { body: 'representatives_assembly', entitled: 45, present: 38, votesFor: 36 },
          },
        })
      ).json.id as string;
      for (const key of ['counterparty_licence', 'assembly_resolution', 'publicity_record']) {
        const fd = new FormData();
        fd.append('file', new Blob([PDF]), `${key}.pdf`);
        const fileId = (await cadre.post('/api/v1/files', fd)).json.id as string;
        expect(
          (await cadre.post(`/api/v1/review/items/${id}/materials`, { key, fileId })).status,
        ).toBe(201);
      }
      expect((await cadre.post(`/api/v1/review/items/${id}/submit`)).status).toBe(200);
      expect((await clerk.post(`/api/v1/review/items/${id}/accept`)).status).toBe(200);
      const started = await reviewer.post(`/api/v1/review/items/${id}/start-review`);
      const hits = started.json.hits as { id: string; ruleId: string; basis: string }[];
      const withdrawn = hits.find((h) => h.ruleId === 'C12')!;
      expect(withdrawn.basis).toBeTruthy();
      for (const h of hits)
        expect(
          (
            await reviewer.post(`/api/v1/review/items/${id}/hits/${h.id}`, {
              decision: 'accepted',
              dimension: 'content',
            })
          ).status,
        ).toBe(200);
      // The opinion form took its bases from the findings; then the reviewer changed their mind on C12.
      const bases = [
        ...new Set(hits.map((h) => h.basis)),
        '《中华人民共和国民法典》第七百零五条',
        '《中华人民共和国民法典》第七百零五条。',
      ];
      expect(
        (
          await reviewer.post(`/api/v1/review/items/${id}/hits/${withdrawn.id}`, {
            decision: 'dismissed',
            note: '仲裁条款已由双方另行约定',
          })
        ).status,
      ).toBe(200);

      const opinion = await reviewer.post(`/api/v1/review/items/${id}/opinion`, {
        conclusion: 'lawful',
        checklist: CHECKLIST,
        summary: '经审查，该合同合法有效，同意签订。',
        bases,
      });
      expect(opinion.status, JSON.stringify(opinion.json)).toBe(200);
      const letter = opinion.json.opinions[0];
      const doc = await cadre.get(`/api/v1/review/items/${id}/opinions/${letter.id}/document`);
      expect(doc.status).toBe(200);
      const plain = (
        await (await JSZip.loadAsync(doc.body)).file('word/document.xml')!.async('string')
      ).replace(/<[^>]+>/g, '');
      const kept = hits.filter((h) => h.id !== withdrawn.id && h.basis !== withdrawn.basis);
      expect(plain).not.toContain(withdrawn.basis);
      for (const h of kept) expect(plain).toContain(h.basis);
      expect(plain.split('《中华人民共和国民法典》第七百零五条').length - 1).toBe(1);
      expect(plain).not.toMatch(/。。|。；/);
    });
  },
);

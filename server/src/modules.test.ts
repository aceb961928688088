import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isFileOwnerType } from './core/files/owners.js';
import { installModules } from './core/module.js';
import { searchRules, typeLabel } from './core/search/search-types.js';
import { DEMO_SEEDS, JOBS, MIGRATIONS, MODULES, ROLE_GRANTS, ROUTES } from './modules.js';

const root = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the composition root and the module descriptors', () => {
  it('keeps every released migration name and their order (databases have them recorded)', () => {
    const released = [
      '20261125_0001_orgs_people',
      '20261125_0002_audit',
      '20261125_0003_calendar_clocks_tasks',
      '20261125_0004_machinery',
      '20261204_0005_flood_counters',
      '20261126_review_0001_items',
      '20261126_review_0002_review_work',
      '20261126_review_0003_filings_fcr',
      '20261127_disclosure_1001_proactive',
      '20261127_disclosure_1002_village_affairs',
      '20261127_disclosure_2001_requests',
      '20261127_disclosure_2002_annual_report',
    ];
    // New migrations may be added anywhere; these must all remain, in this order.
    expect(Object.keys(MIGRATIONS).filter((name) => released.includes(name))).toEqual(released);
  });

  it('lists one descriptor per module folder, and collects routes, grants, jobs and demo seeds from them', () => {
    const folders = fs
      .readdirSync(path.join(root, 'modules'))
      .filter((d) => !['demo', 'health'].includes(d));
    for (const f of folders)
      expect(
        fs.existsSync(path.join(root, 'modules', f, `${f}.module.ts`)),
        `modules/${f}/${f}.module.ts`,
      ).toBe(true);
    expect(MODULES.map((m) => m.name).sort()).toEqual(['foundation', ...folders].sort());
    expect(ROUTES.length).toBe(MODULES.reduce((n, m) => n + (m.routes?.length ?? 0), 0));
    expect(ROLE_GRANTS.office_clerk).toContain('review.item.read');
    expect(JOBS({ FAZHI_SWEEP_SCHEDULE: 'every:60s' }).map((j) => [j.name, j.schedule])).toEqual([
      ['flood-prune', 'daily@02:10'],
      ['deadline-sweep', 'every:60s'],
      ['indicator-snapshots', 'every:60s'],
      ['notification-sweep', 'daily@08:00'],
      ['notification-delivery', 'every:60s'],
    ]);
    expect(DEMO_SEEDS.map((s) => s.module)).toEqual([
      'review',
      'disclosure',
      'enforcement',
      'disputes',
      'litigation',
      'decisions',
      'legal-services',
      'pufa',
      'team',
      'report',
      'review-now',
      'disclosure-now',
      'enforcement-now',
      'disputes-now',
      'litigation-now',
      'legal-services-now',
    ]);
  });

  it('registers file owners and search types from the descriptors, and nowhere else', () => {
    installModules(MODULES);
    for (const t of [
      'review_item',
      'doc_number',
      'disclosure_item',
      'village_affairs_item',
      'disclosure_request',
      'disclosure_annual_report',
      'enforcement_case',
    ])
      expect(isFileOwnerType(t), t).toBe(true);
    expect(typeLabel('disclosure_request')).toBe('政府信息公开申请');
    expect(searchRules().has('review_item')).toBe(true);
    const callers = sourceFiles(root).filter((f) =>
      /\bregister(FileOwner|SearchType)\(/.test(
        fs.readFileSync(f, 'utf8').replace(/export function register(FileOwner|SearchType)\(/g, ''),
      ),
    );
    expect(callers.map((f) => path.relative(root, f))).toEqual([path.join('core', 'module.ts')]);
  });
});

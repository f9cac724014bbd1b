import { diagnostic } from '../diagnostic.js';
import { laneZone } from '../lanes.js';
import type { LintRule } from './rule.js';

/** BP111: a service blueprint without a customer lane is a process map, not a blueprint. */
export const noCustomerLane: LintRule = {
  code: 'BP111',
  name: 'no-customer-lane',
  check: (ctx) => {
    const bp = ctx.blueprint;
    if (!bp || bp.lanes.some((l) => laneZone(l) === 'customer')) return [];
    return [diagnostic('BP111', {}, bp.stages[0]?.location)];
  },
};

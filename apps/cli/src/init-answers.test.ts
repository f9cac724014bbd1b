import { describe, expect, it } from 'vitest';
import { stepIds } from './init-answers.js';

describe('stepIds', () => {
  it('keeps the words that carry meaning, at most three, and stays unique', () => {
    expect(
      stepIds([
        { customer: 'Goes to the room' },
        { customer: 'Arrives' },
        { customer: 'Checks in at the front desk' },
        { customer: 'Arrives' },
      ] as never),
    ).toEqual(['goes-room', 'arrives', 'checks-in-front', 'arrives-2']);
  });

  it('falls back to step-N for text without Latin letters or for a YAML 1.1 boolean word', () => {
    expect(stepIds([{ customer: '到店' }, { customer: 'Yes' }] as never)).toEqual(['step-1', 'step-2']);
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Writer } from '@/lib/data';
import { BackwardPlanView } from './BackwardPlan';

const observer = { usBased: true, contactType: 'observership' } as Writer;
const home = { usBased: false, contactType: 'home-country' } as Writer;

describe('the plan back from the Match year', () => {
  it('shows the outreach window with its 100-email target and when a US position should be secured', () => {
    render(<BackwardPlanView cycleYear={2027} writers={[]} today="2025-07-01" />);
    expect(screen.getByRole('heading', { name: /plan back from the 2027 Match/ })).toBeTruthy();
    expect(screen.getByText(/about 100 cold emails/).parentElement?.textContent).toMatch(
      /June 3, 2025 to December 3, 2025/,
    );
    expect(screen.getByText(/Have a US position secured/).parentElement?.textContent).toMatch(
      /December 3, 2025 to March 3, 2026/,
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('adds the late-start note under 3 months out, unless a US position is already in the tracker', () => {
    const { rerender } = render(<BackwardPlanView cycleYear={2027} writers={[home]} today="2026-04-15" />);
    expect(screen.getByRole('note').textContent).toMatch(/consider applying a year later/);
    rerender(<BackwardPlanView cycleYear={2027} writers={[home, observer]} today="2026-04-15" />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

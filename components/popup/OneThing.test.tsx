import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addLetter, addWriter, clearAllData, db, todayIso } from '@/lib/data';
import { updateSettings } from '@/lib/platform/settings';
import { PopupApp } from './PopupApp';

beforeEach(async () => {
  await clearAllData();
  // Every day an application day, so the test reads the same on any weekday.
  await updateSettings({ weekPlan: Array(7).fill('application') });
});

async function letterFor(name: string, contactType: 'us-hands-on' | 'home-country', usBased: boolean) {
  const writer = await addWriter({ name, contactType, usBased });
  return addLetter({ writerId: writer.id, stage: 'working-together' });
}

describe('one thing today', () => {
  it('shows the US clinical writer first, then the next pick after "Not today", kept for the day', async () => {
    const user = userEvent.setup();
    await letterFor('Prof. Okafor', 'home-country', false);
    await letterFor('Dr. Chen', 'us-hands-on', true);
    const { unmount } = render(<PopupApp />);
    const card = await screen.findByRole('region', { name: 'One thing today' });
    expect((await within(card).findByTestId('one-thing')).textContent).toBe('Ask Dr. Chen for a strong letter');
    expect(within(card).getByTestId('one-thing-reason').textContent).toBe(
      'A US clinical letter counts most with programs.',
    );
    await user.click(within(card).getByRole('button', { name: 'Not today' }));
    await waitFor(() =>
      expect(within(card).getByTestId('one-thing').textContent).toBe('Ask Prof. Okafor for a strong letter'),
    );
    // Both steps stay listed below.
    expect(within(screen.getByRole('list', { name: 'Next steps' })).getAllByRole('listitem')).toHaveLength(2);
    unmount();
    render(<PopupApp />);
    const again = await screen.findByRole('region', { name: 'One thing today' });
    await waitFor(() =>
      expect(within(again).getByTestId('one-thing').textContent).toBe('Ask Prof. Okafor for a strong letter'),
    );
  });

  it('advances the picked letter from the card', async () => {
    const user = userEvent.setup();
    const letter = await letterFor('Dr. Chen', 'us-hands-on', true);
    render(<PopupApp />);
    const card = await screen.findByRole('region', { name: 'One thing today' });
    await user.click(await within(card).findByRole('button', { name: 'Mark asked' }));
    await waitFor(() =>
      expect(within(card).getByTestId('one-thing').textContent).toBe("Note Dr. Chen's answer to your request"),
    );
    expect((await db.letters.get(letter.id))?.stageDates.asked).toBe(todayIso());
  });
});

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addLetter,
  addOutreach,
  addProgram,
  addWriter,
  assignLetter,
  clearAllData,
  db,
  getLetter,
  todayIso,
} from '@/lib/data';
import { PopupApp } from './PopupApp';

beforeEach(async () => {
  await clearAllData();
});

async function writerWithLetter(name: string, stage: 'agreed' | 'uploaded' = 'agreed') {
  const writer = await addWriter({ name, contactType: 'us-hands-on', usBased: true, weeksTogether: 6 });
  return addLetter({ writerId: writer.id, stage });
}

describe('popup', () => {
  it('starts with the one-minute start and shows the tabs after the first writer', async () => {
    const user = userEvent.setup();
    render(<PopupApp />);
    expect(screen.getByRole('heading', { name: 'StrongLetter' })).toBeTruthy();
    await user.type(await screen.findByLabelText('Specialty you are applying to'), 'Internal Medicine');
    await user.type(screen.getByLabelText("First writer's name"), 'Dr. Lee');
    await user.click(screen.getByRole('button', { name: 'Start tracking' }));
    expect(await screen.findByRole('tab', { name: 'Next' })).toBeTruthy();
    const steps = await screen.findByRole('list', { name: 'Next steps' });
    expect(await within(steps).findByText('Ask Dr. Lee for mid-rotation feedback')).toBeTruthy();
    // The same step is today's one thing, with the reason it was picked.
    expect((await screen.findByTestId('one-thing')).textContent).toBe('Ask Dr. Lee for mid-rotation feedback');
    expect(screen.getByRole('heading', { name: 'StrongLetter' })).toBeTruthy();
  });

  it('refuses an empty first writer with a message and stores nothing', async () => {
    const user = userEvent.setup();
    render(<PopupApp />);
    await user.click(await screen.findByRole('button', { name: 'Start tracking' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/first writer/);
    expect(await db.writers.count()).toBe(0);
  });

  it('loads sample data and removes it in one click', async () => {
    const user = userEvent.setup();
    render(<PopupApp />);
    await user.click(await screen.findByRole('button', { name: 'Look around with sample data' }));
    expect(await screen.findByText('You are looking at sample data.')).toBeTruthy();
    expect(await db.writers.count()).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Remove sample data' }));
    expect(await screen.findByRole('button', { name: 'Look around with sample data' })).toBeTruthy();
    expect(await db.writers.count()).toBe(0);
  });

  it('advances a letter in one click, recording the date, and the next action changes', async () => {
    const user = userEvent.setup();
    const letter = await writerWithLetter('Dr. Rao');
    render(<PopupApp />);
    const steps = await screen.findByRole('list', { name: 'Next steps' });
    expect(await within(steps).findByText('Send the packet to Dr. Rao')).toBeTruthy();
    await user.click(within(steps).getByRole('button', { name: /Mark packet sent/ }));
    expect(await within(steps).findByText('Send Dr. Rao the Letter ID')).toBeTruthy();
    const stored = await getLetter(letter.id);
    expect(stored?.stage).toBe('packet-sent');
    expect(stored?.stageDates['packet-sent']).toBe(todayIso());
  });

  it('moves between tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    await writerWithLetter('Dr. Rao');
    render(<PopupApp />);
    const next = await screen.findByRole('tab', { name: 'Next' });
    next.focus();
    await user.keyboard('{ArrowRight}');
    const letters = screen.getByRole('tab', { name: 'Letters' });
    expect(letters.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(letters);
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Outreach' }).getAttribute('aria-selected')).toBe('true');
  });

  it('refuses a 5th letter for a program with the ERAS message', async () => {
    const user = userEvent.setup();
    const program = await addProgram({ name: 'Metro IM' });
    const letters = [];
    for (const name of ['Dr. A', 'Dr. B', 'Dr. C', 'Dr. D', 'Dr. E']) letters.push(await writerWithLetter(name));
    for (const letter of letters.slice(0, 4)) await assignLetter(program.id, letter.id);
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Programs' }));
    await user.click(await screen.findByRole('checkbox', { name: "Send Dr. E's letter to Metro IM" }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/ERAS allows at most 4 letters per program/);
    expect(await db.assignments.count()).toBe(4);
  });

  it('warns about a missing chair letter and ResidencyCAS', async () => {
    const user = userEvent.setup();
    await writerWithLetter('Dr. A');
    await addProgram({ name: 'Bayside EM', service: 'ResidencyCAS', chairLetterRequired: true });
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Programs' }));
    expect(await screen.findByText('No chair letter')).toBeTruthy();
    expect(screen.getByText(/^Uses ResidencyCAS, not ERAS/)).toBeTruthy();
    const row = screen.getByRole('rowheader', { name: /Bayside EM/ });
    expect(within(row).getByText('At risk')).toBeTruthy();
    expect(within(row).getByText('0 of 3 assigned')).toBeTruthy();
    expect(within(row).getByText(/^Arrange a US hands-on rotation or externship/)).toBeTruthy();
  });

  it('quick-adds a writer and letter in the Letters tab and shows its details', async () => {
    const user = userEvent.setup();
    await writerWithLetter('Dr. A');
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Letters' }));
    await user.type(screen.getByLabelText("Writer's name"), 'Dr. Kim');
    await user.selectOptions(screen.getByLabelText('How they know you'), 'observership');
    await user.click(screen.getByRole('button', { name: 'Add writer' }));
    expect(await screen.findByRole('button', { name: 'Edit Dr. Kim' })).toBeTruthy();
    expect(screen.getByText(/Observership · weeks unknown/)).toBeTruthy();
  });

  it('quick add takes where and when; the edit refuses a rotation that ends before it starts and keeps the data', async () => {
    const user = userEvent.setup();
    await writerWithLetter('Dr. A');
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Letters' }));
    await user.type(screen.getByLabelText("Writer's name"), 'Dr. Kim');
    await user.type(screen.getByLabelText('Institution'), 'Mercy Hospital');
    await user.type(screen.getByLabelText('Rotation start'), '2020-01-06');
    await user.type(screen.getByLabelText('Rotation end'), '2020-01-31');
    await user.click(screen.getByRole('button', { name: 'Add writer' }));
    await screen.findByRole('button', { name: 'Edit Dr. Kim' });
    const kim = (await db.writers.toArray()).find((w) => w.name === 'Dr. Kim');
    expect(kim).toMatchObject({ institution: 'Mercy Hospital', startDate: '2020-01-06', endDate: '2020-01-31' });
    // A rotation long over: the letter stays a prospect.
    expect((await db.letters.where('writerId').equals(kim!.id).first())?.stage).toBe('prospect');

    await user.click(screen.getByRole('button', { name: 'Edit Dr. Kim' }));
    const form = screen.getByRole('form', { name: "Edit Dr. Kim's letter" });
    const end = within(form).getByLabelText('Rotation end');
    await user.clear(end);
    await user.type(end, '2019-12-31');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/End date: cannot be before the start date/);
    expect((await db.writers.get(kim!.id))?.endDate).toBe('2020-01-31');
  });

  it('marks a positive outreach reply, turns it into a writer, and the funnel counts it', async () => {
    const user = userEvent.setup();
    await addOutreach({ contactName: 'Dr. Park', institution: 'Mercy', sentDate: todayIso() });
    await addOutreach({ contactName: 'Dr. Said', sentDate: todayIso() });
    render(<PopupApp />);
    await user.click(await screen.findByRole('tab', { name: 'Outreach' }));
    expect(await screen.findByText(/0 replies from 2 emails/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Positive reply from Dr. Park' }));
    expect(await screen.findByText(/1 reply from 2 emails/)).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Make Dr. Park a writer' }));
    await waitFor(async () => expect((await db.writers.toArray()).map((w) => w.name)).toEqual(['Dr. Park']));
    const list = screen.getByRole('region', { name: 'Outreach emails' });
    expect(await within(list).findByText('In your writers')).toBeTruthy();
  });
});

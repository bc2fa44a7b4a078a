import type { OutreachPurpose } from '@/lib/core/model/settings-values';
import type { StatusChip } from './chip';
import { HintPanel, type PanelActions } from './panel';
import type { ComposeSession } from './session';

const fakeSession = () =>
  ({ kindOption: 'auto', kind: 'outreach', items: [], documentHints: [], setKind() {} }) as unknown as ComposeSession;
const fakeChip = (session: ComposeSession) => ({ el: document.createElement('button'), session }) as StatusChip;

// One overlay root for the file, emptied after each test (as the content script's overlay is per page).
const host = document.createElement('div');
document.body.append(host);
const root = host.attachShadow({ mode: 'open' });
afterEach(() => {
  (root.activeElement as HTMLElement | null)?.blur();
  root.replaceChildren();
});

function setup(lastPurpose: OutreachPurpose = 'externship') {
  const replies: ((text: string) => void)[] = [];
  const logOutreach = vi.fn(
    (_session: ComposeSession, _purpose: OutreachPurpose) => new Promise<string>((resolve) => replies.push(resolve)),
  );
  const actions: PanelActions = {
    openHint() {},
    togglePause() {},
    paused: () => false,
    purpose: () => lastPurpose,
    logOutreach,
  };
  const panel = new HintPanel(root, actions);
  const purpose = () => panel.el.querySelector<HTMLSelectElement>('select[aria-label="Purpose of the email"]')!;
  const button = () => panel.el.querySelector<HTMLButtonElement>('[data-action="log-outreach"]')!;
  const status = () => panel.el.querySelector('[aria-live]')?.textContent;
  return { panel, logOutreach, replies, purpose, button, status };
}

describe('compose panel: log as outreach', () => {
  it('preselects the last purpose used, sends the one chosen, and keeps the choice across redraws', async () => {
    const { panel, logOutreach, replies, purpose, button } = setup('externship');
    const session = fakeSession();
    panel.toggle(fakeChip(session));
    expect([...purpose().options].map((o) => [o.value, o.textContent])).toEqual([
      ['observership', 'Observership'],
      ['externship', 'Externship'],
      ['research', 'Research'],
      ['other', 'Other'],
    ]);
    expect(purpose().value).toBe('externship');
    purpose().value = 'research';
    purpose().dispatchEvent(new Event('change'));
    panel.refresh(session); // the user typed: the panel is drawn again
    expect(purpose().value).toBe('research');
    button().click();
    expect(logOutreach).toHaveBeenCalledWith(session, 'research');
    replies[0]('Logged outreach to rao@med.example.edu.');
  });

  it('disables the button while saving, so a double click logs once, and keeps the answer on screen', async () => {
    const { panel, logOutreach, replies, button, status } = setup();
    const session = fakeSession();
    panel.toggle(fakeChip(session));
    button().click();
    button().click();
    expect(button().disabled).toBe(true);
    expect(status()).toBe('Saving…');
    panel.refresh(session);
    expect(button().disabled, 'still saving after a redraw').toBe(true);
    expect(logOutreach).toHaveBeenCalledTimes(1);
    replies[0]('Already logged: your email to rao@med.example.edu today is in the popup.');
    await vi.waitFor(() => expect(button().disabled).toBe(false));
    expect(status()).toMatch(/^Already logged/);
    panel.refresh(session);
    expect(status(), 'a redraw does not wipe the answer').toMatch(/^Already logged/);
  });

  it('another compose starts again from the last purpose used, with no old message', () => {
    const { panel, purpose, status } = setup('other');
    const first = fakeSession();
    panel.toggle(fakeChip(first));
    purpose().value = 'research';
    purpose().dispatchEvent(new Event('change'));
    panel.toggle(fakeChip(fakeSession()));
    expect(purpose().value).toBe('other');
    expect(status()).toBe('');
  });
});

describe('compose panel: saying what the email is', () => {
  const session = (kind: string, kindOption = 'auto') => {
    const s = { kindOption, kind, items: [], documentHints: [], setKind: vi.fn() };
    return s as unknown as ComposeSession & { setKind: ReturnType<typeof vi.fn> };
  };
  const choice = (panel: HintPanel) => panel.el.querySelector('[role="group"]');

  it('when the kind stays unknown, offers letter, request and cold email as buttons, and passes the choice on', () => {
    const { panel } = setup();
    const unknown = session('unknown');
    panel.toggle(fakeChip(unknown));
    const group = choice(panel);
    expect(group?.getAttribute('aria-label')).toBe('Say what this email is');
    expect(group?.textContent).toBe('This is a:letterrequestcold email');
    const letter = group?.querySelector<HTMLButtonElement>('button[data-kind="letter"]');
    letter?.focus();
    letter?.click();
    expect(unknown.setKind).toHaveBeenCalledWith('letter');
    // The session now reads as a letter: the choice goes and the keyboard lands on the mode switch.
    (unknown as { kind: string; kindOption: string }).kind = 'letter';
    (unknown as { kind: string; kindOption: string }).kindOption = 'letter';
    panel.refresh(unknown);
    expect(choice(panel)).toBeNull();
    expect((root.activeElement as HTMLElement | null)?.getAttribute('aria-label')).toBe('Kind of email');
  });

  it('offers no choice once the kind is known, detected or picked', () => {
    const { panel } = setup();
    panel.toggle(fakeChip(session('request')));
    expect(choice(panel)).toBeNull();
    panel.toggle(fakeChip(session('unknown', 'letter')));
    expect(choice(panel)).toBeNull();
  });

  it('lists a letter’s whole-text hints with why and what to add', () => {
    const { panel } = setup();
    const letter = session('letter', 'letter');
    (letter as unknown as { documentHints: unknown[] }).documentHints = [
      {
        start: 0,
        end: 0,
        ruleId: 'letter-no-example',
        category: 'whole-letter',
        severity: 'warning',
        scope: 'document',
        message: 'The letter has no number, no patient and nothing the applicant did.',
        suggestion: 'Add one short story.',
      },
    ];
    panel.toggle(fakeChip(letter));
    const item = panel.el.querySelector('[aria-label="The letter as a whole"] [data-rule-id="letter-no-example"]');
    expect(item?.textContent).toBe(
      '✗ No specific example: The letter has no number, no patient and nothing the applicant did. Stronger: Add one short story.',
    );
  });
});

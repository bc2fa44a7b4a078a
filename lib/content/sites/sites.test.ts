import { extractParagraphs } from '../extract';
import { adapterForHost, generic } from './';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { yahoo } from './yahoo';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('adapterForHost', () => {
  it.each([
    ['mail.google.com', 'gmail'],
    ['outlook.office.com', 'outlook'],
    ['outlook.live.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['mail.yahoo.com', 'yahoo'],
    ['forum.example.org', 'generic'],
    ['google.com', 'generic'],
  ])('%s → %s', (host, id) => {
    expect(adapterForHost(host).id).toBe(id);
  });
});

describe('finding compose bodies', () => {
  it('Gmail: every compose (dialog and inline reply), not by its translated label', () => {
    const doc = page(`
      <div role="dialog"><div class="M9"><div g_editable="true" contenteditable="true" aria-label="Message Body">a</div></div></div>
      <div class="ip"><div class="M9"><div g_editable="true" contenteditable="true" role="textbox" aria-label="Nachrichtentext">b</div></div></div>
      <div class="a3s" aria-label="Message Body">read only</div>`);
    expect(gmail.findBodies(doc).map((el) => el.textContent)).toEqual(['a', 'b']);
  });

  it('Outlook: the message body, not To/Cc nor the message being read', () => {
    const doc = page(`
      <div contenteditable="true" role="textbox" aria-label="To">x</div>
      <div contenteditable="true" role="textbox" aria-label="Cc">y</div>
      <div role="document" aria-label="Message body">read</div>
      <div contenteditable="false" role="textbox" aria-label="Message body">locked</div>
      <div contenteditable="true" role="textbox" aria-label="Message body, press Alt+F10 to exit">mine</div>`);
    expect(outlook.findBodies(doc).map((el) => el.textContent)).toEqual(['mine']);
  });

  it('Outlook with a translated label: the textbox holding the signature, not the To field', () => {
    const doc = page(`
      <div contenteditable="true" role="textbox" aria-label="To">x</div>
      <div contenteditable="true" role="textbox" aria-label="Corps du message"><div>mine</div><div id="Signature">s</div></div>`);
    expect(outlook.findBodies(doc).map((el) => el.getAttribute('aria-label'))).toEqual(['Corps du message']);
  });

  it('Yahoo: the rich-text body in the editor container', () => {
    const doc = page(`<div id="editor-container"><div data-test-id="rte" contenteditable="true">mine</div></div>`);
    expect(yahoo.findBodies(doc).map((el) => el.textContent)).toEqual(['mine']);
  });

  it('generic: writable multi-line textareas; read-only ones and zero-height boxes are left alone', () => {
    const doc = page(`
      <textarea rows="6">t</textarea>
      <textarea rows="6" readonly>r</textarea>
      <div contenteditable="true"><p contenteditable="true">inner</p></div>`);
    const found = generic.findBodies(doc);
    expect(found.map((el) => el.tagName)).toEqual(['TEXTAREA']);
  });
});

describe('compose details for outreach', () => {
  it('Gmail: recipient and subject from the compose window', () => {
    page(`<div class="M9"><form>
      <span email="rao@med.example.edu" name="Priya Rao">Priya Rao</span>
      <input name="subjectbox" value="Observership inquiry">
      <div g_editable="true" contenteditable="true" id="b">x</div></form></div>`);
    expect(gmail.readCompose(document.getElementById('b')!)).toEqual({
      recipientEmail: 'rao@med.example.edu',
      recipientName: 'Priya Rao',
      subject: 'Observership inquiry',
    });
  });
});

describe('quoted text in a reply', () => {
  const quote = (text: string) => `<blockquote class="gmail_quote">${text}</blockquote>`;
  it.each([
    ['older markup (div.gmail_quote)', 'gmail_quote'],
    ['newer markup (div.gmail_quote_container)', 'gmail_quote gmail_quote_container'],
  ])('Gmail, %s: the answers written between quoted blockquotes are the user’s, the quotes are not', (_, cls) => {
    const doc = page(`<div g_editable="true" contenteditable="true" id="b">Hi,<div class="${cls}">
      <div class="gmail_attr">On Mon, Nov 2, 2026 Amina wrote:<br></div>${quote('Was it satisfactory?')}
      <div>Answer one.</div>${quote('Anything else?')}<div>Answer two.</div></div>
      <div class="gmail_signature" data-smartmail="gmail_signature">Dr. Chen</div></div>`);
    const texts = extractParagraphs(doc.getElementById('b')!, gmail).map((p) => p.text.trim());
    expect(texts.filter(Boolean)).toEqual(['Hi,', 'Answer one.', 'Answer two.']);
  });

  it('Yahoo and Outlook: their reply history has no blockquote, so the whole quoted block stays skipped', () => {
    const doc =
      page(`<div contenteditable="true" id="y">Mine.<div class="ydp1yahoo_quoted"><div>On Monday, Kim wrote:</div>
      <div>Theirs.</div></div></div>
      <div contenteditable="true" id="o">Mine.<div id="appendonsend"></div><div id="divRplyFwdMsg">From: Rao</div><div>Theirs.</div></div>`);
    expect(extractParagraphs(doc.getElementById('y')!, yahoo).map((p) => p.text.trim())).toEqual(['Mine.']);
    expect(extractParagraphs(doc.getElementById('o')!, outlook).map((p) => p.text.trim())).toEqual(['Mine.']);
  });
});

import {
  extractHistory,
  extractParagraphs,
  extractPlainText,
  isQuotedLine,
  isSignatureDelimiter,
  plainTextHistory,
  rangeFor,
} from './extract';
import { generic } from './sites';
import { gmail } from './sites/gmail';
import { outlook } from './sites/outlook';
import { yahoo } from './sites/yahoo';

const body = (html: string) => {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
};
const texts = (el: Element, adapter = gmail) => extractParagraphs(el, adapter).map((p) => p.text);

describe('extractParagraphs', () => {
  it.each([
    [
      'Gmail lines: bare first line, then divs with blank lines',
      gmail,
      'Dear Dr. Rao,<div><br></div><div>She led rounds.</div>',
      ['Dear Dr. Rao,', 'She led rounds.'],
    ],
    [
      'Gmail signature and quote are skipped',
      gmail,
      'Own text.<div class="gmail_signature">Sig text</div><div class="gmail_quote">On Mon wrote:<blockquote>Quoted</blockquote></div>',
      ['Own text.'],
    ],
    [
      'Gmail quote container: its "On … wrote:" line is skipped, text written after it is the user’s',
      gmail,
      'Mine<br><div class="gmail_quote_container"><div class="gmail_attr">On Tue</div></div><div>after</div>',
      ['Mine', 'after'],
    ],
    [
      'inline formatting stays in one paragraph',
      gmail,
      '<div>She is <b>very</b> <i>kind</i>.</div>',
      ['She is very kind.'],
    ],
    [
      'Outlook signature skipped, reply history cut from #appendonsend on',
      outlook,
      '<div>Mine.</div><div id="Signature"><div>Sig</div></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: X</div><div>Old text</div>',
      ['Mine.'],
    ],
    [
      'Outlook received reply header with x_ prefix',
      outlook,
      '<div>Mine.</div><div id="x_divRplyFwdMsg">From</div><div>Old</div>',
      ['Mine.'],
    ],
    [
      'Yahoo random-prefix quote',
      yahoo,
      '<div>Mine.</div><div class="ydp12ab34yahoo_quoted" id="ydp12ab34yahoo_quoted_99"><div>Old</div></div>',
      ['Mine.'],
    ],
    [
      'plain-text quote lines and signature delimiter',
      generic,
      '<div>Mine.</div><div>&gt; quoted</div><div>-- </div><div>Sig</div>',
      ['Mine.'],
    ],
  ])('%s', (_name, adapter, html, expected) => {
    expect(texts(body(html), adapter)).toEqual(expected);
  });

  it('maps analyzer offsets back to the DOM text, across inline elements', () => {
    const el = body('<div>She is <b>very</b> kind.</div>');
    const [paragraph] = extractParagraphs(el, gmail);
    const start = paragraph.text.indexOf('very kind');
    expect(rangeFor(paragraph, start, start + 'very kind'.length)?.toString()).toBe('very kind');
  });

  it('gives no range once the text node is gone', () => {
    const el = body('<div>She is kind.</div>');
    const [paragraph] = extractParagraphs(el, gmail);
    el.innerHTML = '';
    expect(rangeFor(paragraph, 0, 3)).toBeNull();
  });
});

describe('plain text', () => {
  it('keeps own lines with their offsets in the value, dropping quotes and the signature', () => {
    const value = 'Dear Dr. Lee,\n\nShe was on time.\n> quoted line\n-- \nMichael';
    const paragraphs = extractPlainText(value);
    expect(paragraphs.map((p) => p.text)).toEqual(['Dear Dr. Lee,', 'She was on time.']);
    expect(value.slice(paragraphs[1].base, paragraphs[1].base + 16)).toBe('She was on time.');
  });

  it.each([
    ['-- ', true],
    ['--', true],
    ['-- Michael', false],
    ['Best -- Michael', false],
  ])('"%s" is a signature delimiter: %s', (line, expected) => {
    expect(isSignatureDelimiter(line)).toBe(expected);
  });

  it.each([
    ['> quoted', true],
    ['  >> nested', true],
    ['5 > 3 is true', false],
  ])('"%s" is a quoted line: %s', (line, expected) => {
    expect(isQuotedLine(line)).toBe(expected);
  });
});

describe('the quoted conversation under a reply', () => {
  it('is the text of the quotes and the reply history, never the user’s own words', () => {
    const el = body(
      'Here is my CV, as promised.<div class="gmail_quote_container"><div class="gmail_attr">On Mon, Dr. Patel wrote:</div><blockquote>Yes, I will write you a letter.</blockquote></div>',
    );
    const history = extractHistory(el, gmail);
    expect(history).toContain('Yes, I will write you a letter.');
    expect(history).toContain('On Mon, Dr. Patel wrote:');
    expect(history).not.toContain('Here is my CV');
    expect(texts(el)).toEqual(['Here is my CV, as promised.']);
  });

  it('is empty for a new message', () => {
    expect(extractHistory(body('Dear Dr. Rao,<div>Would you write me a strong letter?</div>'), gmail)).toBe('');
  });

  it('in plain text is the ">" lines', () => {
    expect(plainTextHistory('Thanks!\n> Happy to write it.\n> Send your CV.\nSam')).toBe(
      '> Happy to write it.\n> Send your CV.',
    );
  });
});

/** Outreach: cold emails for observerships and research, their replies, and turning a contact into a writer. */

import { todayIso } from '@/lib/core/calendar/zone';
import { ValidationError, validate } from '@/lib/core/model/errors';
import { mergePatch, notFound, nowStamp, type Patch, stampNew, withoutUndefined } from '@/lib/core/model/records';
import {
  type Outreach,
  type OutreachInput,
  OutreachInputSchema,
  OutreachSchema,
  type Writer,
} from '@/lib/core/model/schema';
import { db } from './database';
import { markDeadlineDone } from './deadlines';
import { addWriter, requireWriter } from './writers';

/** Logs an outreach email; returns the stored record. */
export async function addOutreach(input: OutreachInput): Promise<Outreach> {
  const outreach = validate(OutreachSchema, stampNew(validate(OutreachInputSchema, input)));
  await db.transaction('rw', db.outreach, db.writers, async () => {
    if (outreach.writerId) await requireWriter(outreach.writerId);
    await db.outreach.add(withoutUndefined(outreach));
  });
  return outreach;
}

/**
 * Logs an outreach email unless the same address already has one sent that day (a double click, or the
 * same email logged again): then the stored record is returned with `added: false` and nothing is written.
 * Runs in one write transaction, so two logs at once still make one record.
 */
export async function addOutreachOnce(input: OutreachInput): Promise<{ outreach: Outreach; added: boolean }> {
  const parsed = validate(OutreachInputSchema, input);
  const email = parsed.email?.toLowerCase();
  return db.transaction('rw', db.outreach, db.writers, async () => {
    const same =
      email &&
      (await db.outreach
        .where('sentDate')
        .equals(parsed.sentDate)
        .filter((o) => o.email?.toLowerCase() === email)
        .first());
    return same ? { outreach: same, added: false } : { outreach: await addOutreach(parsed), added: true };
  });
}

/** Changes some fields of an outreach record; `null` clears an optional field. */
export async function updateOutreach(id: string, patch: Patch<OutreachInput>): Promise<Outreach> {
  return db.transaction('rw', db.outreach, db.writers, async () => {
    const current = (await db.outreach.get(id)) ?? notFound('Outreach', id);
    const next = validate(OutreachSchema, mergePatch(current, patch));
    if (next.writerId && next.writerId !== current.writerId) await requireWriter(next.writerId);
    await db.outreach.put(withoutUndefined(next));
    return next;
  });
}

/**
 * Records a reply (replied, positive or declined) or marks no reply; a real reply drops the pending
 * follow-up deadlines for this contact.
 */
export async function markOutreachReply(
  id: string,
  status: 'replied' | 'positive' | 'declined' | 'no-reply',
  date: string = todayIso(),
): Promise<Outreach> {
  return db.transaction('rw', db.outreach, db.writers, db.deadlines, async () => {
    const replied = status !== 'no-reply';
    const next = await updateOutreach(id, { status, replyDate: replied ? date : null });
    if (replied) {
      await db.deadlines
        .where('concerns.id')
        .equals(id)
        .filter((deadline) => deadline.kind === 'outreach-follow-up' && !deadline.done)
        .delete();
    }
    return next;
  });
}

/**
 * Records that the user followed up on an email still waiting for a reply: the date is added to the
 * record's follow-up dates (once per day) and its pending follow-up deadlines are marked done. The next
 * follow-up is then derived from this date after the same wait, and none after the second.
 */
export async function recordFollowUp(id: string, date: string = todayIso()): Promise<Outreach> {
  return db.transaction('rw', [db.outreach, db.writers, db.letters, db.programs, db.deadlines], async () => {
    const current = (await db.outreach.get(id)) ?? notFound('Outreach', id);
    if (current.status !== 'sent' && current.status !== 'no-reply') {
      throw new ValidationError([{ field: 'followUpDates', message: 'Follow-up: this email already has a reply' }]);
    }
    const next = current.followUpDates.includes(date)
      ? current
      : await updateOutreach(id, { followUpDates: [...current.followUpDates, date].sort() });
    const pending = await db.deadlines
      .where('concerns.id')
      .equals(id)
      .filter((deadline) => deadline.kind === 'outreach-follow-up' && !deadline.done)
      .toArray();
    for (const deadline of pending) await markDeadlineDone(deadline.id, true, date);
    return next;
  });
}

/**
 * Marks a deadline done or not done. Done on an outreach follow-up means the user followed up: the date is
 * recorded on the outreach (so a second follow-up can come due), wherever the user ticked it.
 */
export async function completeDeadline(id: string, done = true, date: string = todayIso()): Promise<void> {
  const deadline = await db.deadlines.get(id);
  if (done && deadline?.kind === 'outreach-follow-up' && deadline.concerns?.type === 'outreach') {
    const outreach = await db.outreach.get(deadline.concerns.id);
    if (outreach && (outreach.status === 'sent' || outreach.status === 'no-reply')) {
      await recordFollowUp(outreach.id, date);
      return;
    }
  }
  await markDeadlineDone(id, done, date);
}

/** Turns a contact who said yes into a writer, carrying name, institution and email; links the two. */
export async function outreachToWriter(
  id: string,
  extra: Partial<Pick<Writer, 'role' | 'contactType'>> = {},
): Promise<Writer> {
  return db.transaction('rw', db.outreach, db.writers, async () => {
    const outreach = (await db.outreach.get(id)) ?? notFound('Outreach', id);
    if (outreach.writerId) {
      const linked = await db.writers.get(outreach.writerId);
      if (linked) return linked;
    }
    const contactType =
      extra.contactType ??
      (outreach.purpose === 'research'
        ? 'research'
        : outreach.purpose === 'externship'
          ? 'externship'
          : 'observership');
    const writer = await addWriter({
      name: outreach.contactName,
      institution: outreach.institution,
      email: outreach.email,
      usBased: true,
      role: extra.role ?? (outreach.purpose === 'research' ? 'research-mentor' : 'attending'),
      contactType,
      notes: outreach.department ? `Department: ${outreach.department}` : undefined,
      sample: outreach.sample,
    });
    await db.outreach.update(id, { writerId: writer.id, updatedAt: nowStamp() });
    return writer;
  });
}

/** Deletes an outreach record and its follow-up deadlines. */
export async function deleteOutreach(id: string): Promise<void> {
  await db.transaction('rw', db.outreach, db.deadlines, async () => {
    await db.deadlines.where('concerns.id').equals(id).delete();
    await db.outreach.delete(id);
  });
}

/** One outreach record, or undefined. */
export function getOutreach(id: string): Promise<Outreach | undefined> {
  return db.outreach.get(id);
}

/** Every outreach record, most recently sent first. */
export function listOutreach(): Promise<Outreach[]> {
  return db.outreach.orderBy('sentDate').reverse().toArray();
}

/** Outreach records with one status (indexed). */
export function outreachWithStatus(status: Outreach['status']): Promise<Outreach[]> {
  return db.outreach.where('status').equals(status).toArray();
}

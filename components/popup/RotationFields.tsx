/** Where and when the applicant worked with a writer: institution, rotation dates, and the letter's date. */

export interface RotationDraft {
  institution: string;
  startDate: string;
  endDate: string;
  letterDate: string;
}

/** The four fields, shared by quick add and edit. */
export function RotationFields({ value, onChange }: { value: RotationDraft; onChange: (next: RotationDraft) => void }) {
  const set = (patch: Partial<RotationDraft>) => onChange({ ...value, ...patch });
  return (
    <div className="sl-inline">
      <label>
        Institution
        <input value={value.institution} onChange={(e) => set({ institution: e.target.value })} size={16} />
      </label>
      <label>
        Rotation start
        <input type="date" value={value.startDate} onChange={(e) => set({ startDate: e.target.value })} />
      </label>
      <label>
        Rotation end
        <input type="date" value={value.endDate} onChange={(e) => set({ endDate: e.target.value })} />
      </label>
      <label>
        Letter date
        <input type="date" value={value.letterDate} onChange={(e) => set({ letterDate: e.target.value })} />
      </label>
    </div>
  );
}

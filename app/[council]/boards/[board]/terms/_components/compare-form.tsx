type Choice = { label: string; shown: string; status: string; historical?: boolean };

/** Choose any two versions: a plain GET form, so the comparison has its own address. */
export function CompareForm({ action, versions, from, to }: { action: string; versions: Choice[]; from?: string; to?: string }) {
  const option = (v: Choice) => (
    <option key={v.label} value={v.label}>
      {v.shown} ({v.status === 'AGREED' ? 'agreed by the board' : v.status.toLowerCase()}
      {v.historical ? ', historical record' : ''})
    </option>
  );
  return (
    <form method="get" action={action} className="mb-8 flex flex-wrap items-end gap-4 bg-panel p-4">
      <div>
        <label htmlFor="from" className="mb-1 block font-bold">
          From version
        </label>
        <select id="from" name="from" defaultValue={from} className="border-2 border-border-input bg-white p-2">
          {versions.map(option)}
        </select>
      </div>
      <div>
        <label htmlFor="to" className="mb-1 block font-bold">
          To version
        </label>
        <select id="to" name="to" defaultValue={to} className="border-2 border-border-input bg-white p-2">
          {versions.map(option)}
        </select>
      </div>
      <button type="submit" className="cursor-pointer bg-ink px-4 py-2 font-bold text-white">
        Compare versions
      </button>
    </form>
  );
}

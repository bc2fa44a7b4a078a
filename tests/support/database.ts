/**
 * Runs in an extension page (pass it to page.evaluate): every record of the extension's IndexedDB database, table by
 * table, sorted by id, so two reads compare equal when nothing changed.
 */
export function readDatabase(_: null): Promise<Record<string, { id: string }[]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('strongletter');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      if (names.length === 0) return resolve({});
      const transaction = db.transaction(names);
      const result: Record<string, { id: string }[]> = {};
      for (const name of names) {
        const request = transaction.objectStore(name).getAll();
        request.onsuccess = () => {
          result[name] = (request.result as { id: string }[]).sort((a, b) => String(a.id).localeCompare(String(b.id)));
        };
      }
      transaction.oncomplete = () => {
        db.close();
        resolve(result);
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}
